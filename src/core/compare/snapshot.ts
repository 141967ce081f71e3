/**
 * The saved form of a check (the task pane keeps these in the workbook's
 * settings, and a file can hold one): plain JSON with a format name and a
 * version. Read back, it is data from outside: validated with zod, and a
 * damaged or hand-edited one gets a message, never a crash. Older versions are
 * upgraded on reading, so a workbook saved by an earlier Junheng still compares.
 */
import { z } from 'zod';
import type { L10n } from '../types';
import type { Check } from './check';
import { renderBoth } from '../messages/render';
import { CATALOGUE } from '../messages/catalogue';

export const SNAPSHOT_FORMAT = 'junheng-check';

/** The version `snapshotOf` writes. Bump it with a new schema and an upgrade from the previous one. */
export const SNAPSHOT_VERSION = 1;

/** A check as saved. */
export type Snapshot = { format: typeof SNAPSHOT_FORMAT; version: typeof SNAPSHOT_VERSION } & Check;

export type SnapshotRead = { ok: true; check: Check } | { ok: false; problem: L10n };

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
const READERS: Record<number, (json: unknown) => z.ZodSafeParseResult<Check>> = {
  1: (json) => v1.transform(({ format: _format, version: _version, ...check }): Check => check).safeParse(json),
};


/** The first few problems, with where they are: `schools[3].values.teaching-space: …`. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
      return `${path === '' ? '(root)' : path}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * A check in its saved form, with the current format name and version.
 *
 * @example
 * JSON.stringify(snapshotOf(checkOf(result, QUALITY_2017, '2026-09-30'))); // '{"format":"junheng-check","version":1,…}'
 */
export function snapshotOf(check: Check): Snapshot {
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, ...check };
}

/**
 * Whether parsed JSON says it is a saved check (of any version), as opposed to a result document.
 *
 * @example
 * isSnapshot({ format: 'junheng-check', version: 1 }); // true
 */
export function isSnapshot(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === SNAPSHOT_FORMAT;
}

/**
 * Reads a saved check of any known version. Never throws: anything else is a
 * message saying what is wrong and what to do.
 *
 * @example
 * readSnapshot(JSON.parse(saved));       // { ok: true, check }
 * readSnapshot({ format: 'junheng-check', version: 1, schools: 'x' }).ok; // false, with the field named
 */
export function readSnapshot(json: unknown): SnapshotRead {
  if (!isSnapshot(json)) return { ok: false, problem: CATALOGUE['snapshot-not-snapshot'] };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SNAPSHOT_VERSION) {
    return { ok: false, problem: renderBoth('snapshot-newer', { version, current: SNAPSHOT_VERSION }, 'sheet') };
  }
  const reader = typeof version === 'number' ? READERS[version] : undefined;
  if (reader === undefined) return { ok: false, problem: renderBoth('snapshot-damaged', { detail: `version: ${JSON.stringify(version) ?? 'missing'}` }, 'sheet') };
  const parsed = reader(json);
  if (!parsed.success) return { ok: false, problem: renderBoth('snapshot-damaged', { detail: describeIssues(parsed.error.issues) }, 'sheet') };
  return { ok: true, check: parsed.data };
}
