/**
 * The saved check's versions as zod schemas, apart from snapshot.ts so that zod
 * is loaded only when a saved check is read (`readSnapshot` requires this file).
 */
import { z } from 'zod';
import type { Check } from './check';
import { SNAPSHOT_FORMAT } from './snapshot';

const l10n = z.strictObject({ zh: z.string(), en: z.string() });
const section = z.enum(['primary', 'junior']);
const num = z.number().refine(Number.isFinite);
const cv = z.strictObject({ cv: num.nullable(), limit: num.nullable(), passes: z.boolean().nullable() });

/** Version 1 (Junheng 0.1). Frozen: change it only by adding version 2 and an upgrade. */
const v1 = z
  .strictObject({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(1),
    date: z.string().nullable(),
    ruleset: z.string().min(1),
    source: z.strictObject({ file: z.string().nullable(), sheet: z.string() }),
    indicators: z.array(
      z.strictObject({ id: z.string().min(1), name: l10n, unit: l10n, countable: z.boolean(), direction: z.enum(['>=', '<=']) }),
    ),
    schools: z.array(
      z.strictObject({
        name: z.string(),
        section,
        part: section.nullable(),
        row: z.number().int().positive().nullable(),
        pupils: num.nullable(),
        values: z.record(z.string(), num.nullable()),
        misses: z.record(z.string(), z.strictObject({ standard: num, shortfall: num.nullable(), shortfallToFloor: num.nullable() })),
      }),
    ),
    sections: z.strictObject({
      primary: z.strictObject({ schools: z.number().int().nonnegative(), passes: z.boolean().nullable(), cvs: z.record(z.string(), cv), composite: cv.nullable() }),
      junior: z.strictObject({ schools: z.number().int().nonnegative(), passes: z.boolean().nullable(), cvs: z.record(z.string(), cv), composite: cv.nullable() }),
    }),
  })
  .superRefine((snapshot, context) => {
    const ids = new Set(snapshot.indicators.map((def) => def.id));
    snapshot.schools.forEach((school, i) => {
      for (const id of Object.keys(school.misses)) {
        if (!ids.has(id)) context.addIssue({ code: 'custom', path: ['schools', i, 'misses', id], message: 'unknown indicator' });
      }
    });
  });

/** Readers by version: each parses its own version and upgrades it to the current one. */
export const READERS: Record<number, (json: unknown) => z.ZodSafeParseResult<Check>> = {
  1: (json) => v1.transform(({ format: _format, version: _version, ...check }): Check => check).safeParse(json),
};


/**
 * The first few problems, with where they are.
 *
 * @example
 * describeIssues(parsed.error.issues); // 'schools[3].values.teaching-space: Invalid input'
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
      return `${path === '' ? '(root)' : path}: ${issue.message}`;
    })
    .join('; ');
}
