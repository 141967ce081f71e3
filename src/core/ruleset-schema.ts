/**
 * The JSON schema of a user ruleset (zod), apart from rulesets.ts so that zod
 * is loaded only when a user ruleset is parsed: `parseRuleset` there requires
 * this file on first use.
 */
import { z } from 'zod';
import { appendAll } from './arrays';
import { duplicateIdProblems, issueProblems } from './ruleset-problems';
import { QUALITY_2017, RESOURCE_FIELD_IDS, RESOURCE_FIELDS, type ParseRulesetResult } from './rulesets';
import type { IndicatorDef, L10n, Section } from './types';

/** A plain string names both languages. */
const l10nSchema = z
  .union([z.string().min(1), z.strictObject({ zh: z.string().min(1), en: z.string().min(1) })])
  .transform((v): L10n => (typeof v === 'string' ? { zh: v, en: v } : v));

/** Stable ASCII ids: they appear in formulas and in the result document. */
const asciiId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
const positive = z.number().positive();
const threshold = z.number().positive().nullable();

/** A single number applies to both sections; null or absent: no standard. */
const standardSchema = z
  .union([threshold, z.strictObject({ primary: threshold.default(null), junior: threshold.default(null) })])
  .default(null)
  .transform((v): Record<Section, number | null> =>
    v === null || typeof v === 'number' ? { primary: v, junior: v } : v,
  );

const indicatorSchema = z
  .strictObject({
    id: asciiId,
    name: l10nSchema,
    // One field may be written without the brackets.
    numerator: z.preprocess(
      (v) => (typeof v === 'string' ? [v] : v),
      z.array(z.enum(RESOURCE_FIELD_IDS)).min(1),
    ),
    scale: positive.default(1),
    direction: z.enum(['>=', '<=']).default('>='),
    standard: standardSchema,
    unit: l10nSchema.optional(),
    countable: z.boolean().optional(),
    split: z.enum(['weighted-pupils', 'section-columns']).optional(),
    decimals: z.number().int().min(0).max(6).optional(),
  })
  // Unit, countability and splitting follow from what is counted unless stated.
  .transform((def): IndicatorDef => {
    const kind = RESOURCE_FIELDS[def.numerator[0]];
    return {
      ...def,
      unit: def.unit ?? kind.unit,
      countable: def.countable ?? kind.countable,
      split: def.split ?? kind.split,
    };
  });

const sectionLimits = z.strictObject({ primary: positive, junior: positive });

const rulesetSchema = z.strictObject({
  id: asciiId,
  name: l10nSchema,
  indicators: z.array(indicatorSchema).min(1),
  schoolRule: z.strictObject({
    maxMisses: z.number().int().min(0),
    floorRatio: z.number().positive().max(1).nullable().default(null),
  }),
  countyRule: z.strictObject({
    mode: z.enum(['per-indicator', 'composite']).default('per-indicator'),
    limits: sectionLimits,
  }),
  exclusions: z
    .strictObject({
      teachingPointMinPupils: z.number().min(0).nullable().default(QUALITY_2017.exclusions.teachingPointMinPupils),
      excludePrivate: z.boolean().default(QUALITY_2017.exclusions.excludePrivate),
    })
    .default({ ...QUALITY_2017.exclusions }),
  checks: z
    .strictObject({
      schoolSize: z.strictObject({ max: positive, maxMultiSection: positive }).optional(),
      classSize: sectionLimits.optional(),
      specialRooms: z.strictObject({ perClasses: positive }).optional(),
    })
    .default({}),
});

/**
 * Validates a user ruleset (parsed JSON) against the schema; `parseRuleset`
 * (rulesets.ts) is the way in.
 *
 * @example
 * parseRulesetJson({ id: 'x' }).ok; // false, with the missing fields named
 */
export function parseRulesetJson(json: unknown): ParseRulesetResult {
  const parsed = rulesetSchema.safeParse(json, { reportInput: true });
  const problems = parsed.success ? [] : issueProblems(parsed.error.issues);
  appendAll(problems, duplicateIdProblems(json));
  return parsed.success && problems.length === 0 ? { ok: true, ruleset: parsed.data } : { ok: false, problems };
}
