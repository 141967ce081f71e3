/**
 * The parts of a saved result document that a check is made of, as a zod
 * schema, apart from result-document.ts so that zod is loaded only when an
 * earlier result document is read (`readEarlierCheck` requires this file).
 */
import { z } from 'zod';

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
export const resultDocument = z.looseObject({
  ruleset: z.string().min(1),
  source: z.looseObject({ file: z.string().nullable(), sheet: z.string() }),
  schools: z.array(school),
  sections: z.looseObject({ primary: sectionResult, junior: sectionResult }),
});
