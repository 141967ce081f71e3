/**
 * An analysis view crosses from the worker in pieces: at 20 000 schools its
 * per-school results and lists are ~50 MB, and one structured clone of that
 * holds the page's thread for seconds while it is copied in. The worker sends
 * the long arrays in parts of a few hundred items (each copied in its own short
 * task), then the rest with those arrays empty; the page joins them again.
 */
import { appendAll } from '../../core/arrays';
import type { AnalysisView } from './protocol';

/** The view's arrays that grow with the number of schools, as `object.key`. */
export const LONG_ARRAYS = [
  'check.schools',
  'result.rows',
  'result.messages',
  'findings.failing',
  'findings.passingWithMiss',
  'findings.undecided',
  'findings.cvDrivers',
  'findings.checkFailures',
  'findings.excluded',
  'findings.notes',
] as const;

export type LongArray = (typeof LONG_ARRAYS)[number];

/** Items per part: a few hundred schools clone in well under 100 ms. */
export const PART_SIZE = 400;

export interface ViewPart {
  path: LongArray;
  items: unknown[];
}

type Holder = 'result' | 'findings' | 'check';

function split(path: LongArray): [Holder, string] {
  const [holder, key] = path.split('.') as [Holder, string];
  return [holder, key];
}

/**
 * The view without its long arrays, and those arrays in parts of `size` items.
 *
 * @example
 * const { head, parts } = splitView(view);
 * joinView(head, parts); // equal to view
 */
export function splitView(view: AnalysisView, size: number = PART_SIZE): { head: AnalysisView; parts: ViewPart[] } {
  const head = { ...view, result: { ...view.result }, findings: { ...view.findings }, check: { ...view.check } };
  const parts: ViewPart[] = [];
  for (const path of LONG_ARRAYS) {
    const [holder, key] = split(path);
    const source = head[holder] as unknown as Record<string, unknown[]>;
    const items = source[key];
    for (let start = 0; start < items.length; start += size) parts.push({ path, items: items.slice(start, start + size) });
    source[key] = [];
  }
  return { head, parts };
}

/**
 * The view again from its head and parts (in the order they were sent). `head` is changed and returned.
 *
 * @example
 * joinView(head, parts).check.schools.length; // 20 000
 */
export function joinView(head: AnalysisView, parts: readonly ViewPart[]): AnalysisView {
  for (const part of parts) {
    const [holder, key] = split(part.path);
    appendAll((head[holder] as unknown as Record<string, unknown[]>)[key], part.items);
  }
  return head;
}
