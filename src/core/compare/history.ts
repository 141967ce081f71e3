/**
 * The checks a workbook keeps of itself (the task pane saves one snapshot per
 * check in the workbook's settings): bounded in size, oldest dropped first,
 * each snapshot validated when read back.
 */
import type { L10n, Section } from '../types';
import type { Check } from './check';
import { readSnapshot, snapshotOf } from './snapshot';
import { renderBoth } from '../messages/render';

/** At most this many checks are kept. */
export const HISTORY_MAX_CHECKS = 20;

/**
 * At most this many bytes of JSON (UTF-16 code units, a safe upper bound for the
 * settings store; Office keeps all of a document's settings within 2 MB).
 */
export const HISTORY_MAX_BYTES = 1_000_000;

/** A saved check as read back: its position in the stored list, and the check or what is wrong with it. */
export type HistoryEntry = { index: number; ok: true; check: Check } | { index: number; ok: false; problem: L10n };

/**
 * The stored list read back, oldest first. Damaged entries stay in the list (so they can be deleted) with their problem.
 *
 * @example
 * readHistory(settings.history ?? []).filter((entry) => entry.ok).length; // the usable checks
 */
export function readHistory(stored: readonly unknown[]): HistoryEntry[] {
  return stored.map((json, index) => {
    const read = readSnapshot(json);
    return read.ok ? { index, ok: true, check: read.check } : { index, ok: false, problem: renderBoth('history-damaged-entry', { n: index + 1, problem: read.problem }, 'sheet') };
  });
}

/**
 * The stored list with `check` added last, the oldest dropped while it holds more than
 * `HISTORY_MAX_CHECKS` checks or `HISTORY_MAX_BYTES` of JSON. `dropped` counts them; a check
 * too big to keep on its own is not kept (`kept: false`).
 *
 * @example
 * const { history, dropped } = addToHistory(settings.history ?? [], checkOf(result, ruleset, new Date().toISOString()));
 */
export function addToHistory(stored: readonly unknown[], check: Check): { history: unknown[]; dropped: number; kept: boolean } {
  const history = [...stored, snapshotOf(check)];
  const size = (list: readonly unknown[]) => JSON.stringify(list).length;
  let dropped = 0;
  while (history.length > 1 && (history.length > HISTORY_MAX_CHECKS || size(history) > HISTORY_MAX_BYTES)) {
    history.shift();
    dropped++;
  }
  if (size(history) > HISTORY_MAX_BYTES) return { history: [...stored], dropped: 0, kept: false };
  return { history, dropped, kept: true };
}

/**
 * The stored list without the entry at `index`.
 *
 * @example
 * removeFromHistory(['a', 'b', 'c'], 1); // ['a', 'c']
 */
export function removeFromHistory(stored: readonly unknown[], index: number): unknown[] {
  return stored.filter((_, i) => i !== index);
}

/** One CV over the saved checks, oldest first (null where a check could not compute it). */
export interface CvTrend {
  section: Section;
  /** An indicator id, or 'composite'. */
  indicator: string;
  limit: number | null;
  points: { date: string | null; cv: number | null }[];
}

/**
 * Each CV of the latest check over all `checks` (oldest first), for the trend charts.
 *
 * @example
 * cvTrends([check2025, check2026])[0].points; // [{ date: '2025-09-30…', cv: 0.08 }, { date: '2026-09-30…', cv: 0.08 }]
 */
export function cvTrends(checks: readonly Check[]): CvTrend[] {
  const latest = checks[checks.length - 1];
  if (latest === undefined) return [];
  const sections: Section[] = ['primary', 'junior'];
  return sections.flatMap((section) => {
    const ids = [...Object.keys(latest.sections[section].cvs), ...(latest.sections[section].composite === null ? [] : ['composite'])];
    return ids.map((indicator) => {
      const cvOf = (check: Check) => (indicator === 'composite' ? check.sections[section].composite : check.sections[section].cvs[indicator]);
      return {
        section,
        indicator,
        limit: cvOf(latest)?.limit ?? null,
        points: checks.map((check) => ({ date: check.date, cv: cvOf(check)?.cv ?? null })),
      };
    });
  });
}
