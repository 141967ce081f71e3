/**
 * An earlier check from a saved result document (`junheng analyze … --json > 结果.json`)
 * or a saved snapshot. The file comes from outside: it is validated with zod and
 * a damaged one gets a message naming the field, never a crash.
 */
import { z } from 'zod';
import { getBuiltinRuleset } from '../rulesets';
import type { Ruleset } from '../types';
import { checkOf, type Check } from './check';
import { isSnapshot, readSnapshot, type SnapshotRead } from './snapshot';
import { renderBoth } from '../messages/render';

const num = z.number().refine(Number.isFinite);
const section = z.enum(['primary', 'junior']);
const schoolType = z.enum(['primary', 'junior', 'nine-year', 'complete-secondary', 'twelve-year', 'teaching-point', 'special', 'vocational', 'senior']);

const indicator = z.looseObject({
  value: num.nullable(),
  amount: num.nullable().default(null),
  standard: num.nullable(),
  meets: z.boolean().nullable(),
  floor: num.nullable().default(null),
  aboveFloor: z.boolean().nullable().default(null),
  shortfall: num.nullable(),
  shortfallToFloor: num.nullable(),
  borderline: z.boolean().default(false),
});

const school = z.looseObject({
  name: z.string(),
  row: z.number().int().positive(),
  type: schoolType.nullable().catch(null),
  section: section.nullable(),
  pupils: num.nullable(),
  ownership: z.enum(['public', 'private']).nullable().catch(null),
  part: section.nullable().default(null),
  excluded: z.boolean(),
  excludedReason: z.string().nullable().default(null),
  indicators: z.record(z.string(), indicator),
  passes: z.boolean().nullable().default(null),
  misses: z.array(z.string()).default([]),
  checks: z.record(z.string(), z.object({ value: z.number(), limit: z.number(), meets: z.boolean() })).catch({}),
  // Documents saved before the verdict had parts do not list the checks that could not run.
  checksMissing: z.array(z.string()).catch([]),
});

const countyIndicator = z.looseObject({
  mean: num.nullable(),
  cv: num.nullable(),
  cvLimit: num.nullable(),
  passes: z.boolean().nullable(),
  borderline: z.boolean().default(false),
  schools: z.number().default(0),
  contributions: z.array(z.object({ row: z.number(), name: z.string(), part: section.nullable(), share: z.number() })).catch([]),
});

const sectionResult = z.looseObject({
  schools: z.number().int().nonnegative(),
  pupils: z.number().default(0),
  indicators: z.record(z.string(), countyIndicator),
  compositeCv: num.nullable(),
  compositeLimit: num.nullable(),
  compositeBorderline: z.boolean().default(false),
  passes: z.boolean().nullable(),
  failingSchools: z.number().default(0),
});

/** The parts of the result document (contract §3) a check is made of. */
const resultDocument = z.looseObject({
  ruleset: z.string().min(1),
  source: z.looseObject({ file: z.string().nullable(), sheet: z.string() }),
  schools: z.array(school),
  sections: z.looseObject({ primary: sectionResult, junior: sectionResult }),
});

/**
 * An earlier check from parsed JSON: a saved snapshot (any known version) or a
 * result document. A result document is read with the built-in ruleset it names,
 * else with `ruleset` (a provincial ruleset is not saved in the document).
 *
 * @example
 * readEarlierCheck(JSON.parse(text), QUALITY_2017); // { ok: true, check }
 * readEarlierCheck({ schools: 3 }, QUALITY_2017).ok;  // false, with the field named
 */
export function readEarlierCheck(json: unknown, ruleset: Ruleset): SnapshotRead {
  if (isSnapshot(json)) return readSnapshot(json);
  const parsed = resultDocument.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join('.');
    return { ok: false, problem: renderBoth('snapshot-not-result', { detail: `${path === '' ? '(root)' : path}: ${issue.message}` }, 'sheet') };
  }
  const document = parsed.data;
  const check: Check = checkOf(document, getBuiltinRuleset(document.ruleset) ?? ruleset);
  return { ok: true, check };
}
