/**
 * The saved form of a check (the task pane keeps these in the workbook's
 * settings, and a file can hold one): plain JSON with a format name and a
 * version. Read back, it is data from outside: validated with zod (snapshot-schema.ts), and a
 * damaged or hand-edited one gets a message, never a crash. Older versions are
 * upgraded on reading, so a workbook saved by an earlier Junheng still compares.
 */
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

/** The version schemas (zod), loaded when a saved check is read: zod's start-up is not paid by a run that reads none. */
function snapshotSchema(): typeof import('./snapshot-schema') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return require('./snapshot-schema');
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
  const { READERS, describeIssues } = snapshotSchema();
  const reader = typeof version === 'number' ? READERS[version] : undefined;
  if (reader === undefined) return { ok: false, problem: renderBoth('snapshot-damaged', { detail: `version: ${JSON.stringify(version) ?? 'missing'}` }, 'sheet') };
  const parsed = reader(json);
  if (!parsed.success) return { ok: false, problem: renderBoth('snapshot-damaged', { detail: describeIssues(parsed.error.issues) }, 'sheet') };
  return { ok: true, check: parsed.data };
}
