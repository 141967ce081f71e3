/**
 * 整改消号: what changed between an earlier check and the current one. Every
 * ledger item of either check appears exactly once, with its status; every CV
 * with its value then and now; every school entry paired, added or removed.
 */
import { SECTIONS, type Direction, type Lang, type Section } from '../types';
import { type Check, type CheckCv, type CheckIndicator, type CheckSchool } from './check';
import { matchSchools, type ManualPair } from './match';
import { renderMessage } from '../messages/render';
import type { CatalogueMessage } from '../messages/catalogue';
import type { Surface } from '../messages/types';

/**
 * - `closed` 已消号: missed before, meets now;
 * - `improved` 改善 / `unchanged` 未变 / `worse` 加重: missed both times, the value closer to,
 *   as far from, or further from the standard;
 * - `new` 新增: missed now, not before (or the school is new);
 * - `removed`: missed before, and the school is not in the current check (merged, closed, renamed);
 * - `undecided`: missed before, and the value cannot be computed now.
 */
export type ItemStatus = 'closed' | 'improved' | 'unchanged' | 'worse' | 'new' | 'removed' | 'undecided';

export const ITEM_STATUSES: readonly ItemStatus[] = ['closed', 'improved', 'unchanged', 'worse', 'new', 'removed', 'undecided'];

/** One side of a ledger item: the school as that check named it, its value and its shortfalls. */
export interface ItemSide {
  name: string;
  row: number | null;
  value: number | null;
  /** In the resource's unit; 0 when the standard is met. */
  shortfall: number | null;
  shortfallToFloor: number | null;
}

export interface ComparedItem {
  status: ItemStatus;
  section: Section;
  indicator: string;
  /** The standard the item was judged against (the current one when it is missed now). */
  standard: number;
  /** Null when the school is not in the earlier check. */
  before: ItemSide | null;
  /** Null when the school is not in the current check. */
  now: ItemSide | null;
}

export interface ComparedCv {
  section: Section;
  /** An indicator id, or 'composite'. */
  indicator: string;
  before: number | null;
  now: number | null;
  /** now − before; null when either is unknown. */
  change: number | null;
  /** The current limit (the earlier one when the indicator is gone). */
  limit: number | null;
  passesBefore: boolean | null;
  passesNow: boolean | null;
}

/** Counts for the 工作进展报告. */
export interface ProgressCounts {
  /** Items of the earlier check. */
  start: number;
  closed: number;
  improved: number;
  unchanged: number;
  worse: number;
  new: number;
  removed: number;
  undecided: number;
  /** Earlier items still open: improved + unchanged + worse + undecided. */
  remaining: number;
  /** Items of the current check: improved + unchanged + worse + new. */
  now: number;
}

export interface SchoolRef {
  name: string;
  section: Section;
  part: Section | null;
  row: number | null;
}

export interface CheckRef {
  date: string | null;
  ruleset: string;
  file: string | null;
  sheet: string;
}

/** The comparison as the result document's top-level `comparison` holds it. */
export interface Comparison {
  before: CheckRef;
  now: CheckRef;
  counts: ProgressCounts;
  /** The indicators of both checks (names, units), the current ruleset's first. */
  indicators: CheckIndicator[];
  items: ComparedItem[];
  cvs: ComparedCv[];
  schools: {
    matched: { before: SchoolRef; now: SchoolRef; by: 'name' | 'hand' }[];
    added: SchoolRef[];
    removed: SchoolRef[];
  };
  /** Things to know when reading the comparison, in the language asked for (the words of `noteMessages`). */
  notes: string[];
  /** The same notes as catalogue codes with parameters, in the same order: each surface renders them (`comparisonNotes`). */
  noteMessages: CatalogueMessage[];
}

export interface CompareOptions {
  /** Schools paired by hand (renamed schools). */
  pairs?: readonly ManualPair[];
  lang?: Lang;
}

/** Values this close (relative) are the same value: binary noise is not progress. */
const SAME = 1e-9;

function trend(direction: Direction, before: number, now: number): 'improved' | 'unchanged' | 'worse' {
  if (Math.abs(now - before) <= SAME * Math.max(1, Math.abs(before), Math.abs(now))) return 'unchanged';
  return (direction === '>=') === now > before ? 'improved' : 'worse';
}

function side(school: CheckSchool, indicator: string): ItemSide {
  const miss = school.misses[indicator];
  const value = school.values[indicator] ?? null;
  const met = miss === undefined && value !== null;
  return {
    name: school.name,
    row: school.row,
    value,
    shortfall: miss?.shortfall ?? (met ? 0 : null),
    shortfallToFloor: miss?.shortfallToFloor ?? (met ? 0 : null),
  };
}

function ref(school: CheckSchool): SchoolRef {
  return { name: school.name, section: school.section, part: school.part, row: school.row };
}

function checkRef(check: Check): CheckRef {
  return { date: check.date, ruleset: check.ruleset, file: check.source.file, sheet: check.source.sheet };
}

/** Indicators of both checks, the current ones first, in their rulesets' order. */
function allIndicators(before: Check, now: Check): CheckIndicator[] {
  const ids = new Set(now.indicators.map((def) => def.id));
  return [...now.indicators, ...before.indicators.filter((def) => !ids.has(def.id))];
}

/** The items of one pair of entries (or of an entry alone on one side). */
function pairItems(before: CheckSchool | null, now: CheckSchool | null, indicators: readonly CheckIndicator[]): ComparedItem[] {
  const items: ComparedItem[] = [];
  const section = (now ?? before)?.section as Section;
  for (const def of indicators) {
    const missedBefore = before?.misses[def.id];
    const missedNow = now?.misses[def.id];
    if (missedBefore === undefined && missedNow === undefined) continue;
    const b = before === null ? null : side(before, def.id);
    const n = now === null ? null : side(now, def.id);
    let status: ItemStatus;
    if (missedBefore === undefined) status = 'new';
    else if (n === null) status = 'removed';
    else if (missedNow !== undefined) status = b?.value == null || n.value === null ? 'unchanged' : trend(def.direction, b.value, n.value);
    else status = n.value === null ? 'undecided' : 'closed';
    items.push({ status, section, indicator: def.id, standard: (missedNow ?? missedBefore)?.standard as number, before: b, now: n });
  }
  return items;
}

function compareCv(section: Section, indicator: string, before: CheckCv | undefined | null, now: CheckCv | undefined | null): ComparedCv {
  const b = before?.cv ?? null;
  const n = now?.cv ?? null;
  return {
    section,
    indicator,
    before: b,
    now: n,
    change: b === null || n === null ? null : n - b,
    limit: now?.limit ?? before?.limit ?? null,
    passesBefore: before?.passes ?? null,
    passesNow: now?.passes ?? null,
  };
}

function compareCvs(before: Check, now: Check, indicators: readonly CheckIndicator[]): ComparedCv[] {
  return SECTIONS.flatMap((section) => {
    const b = before.sections[section];
    const n = now.sections[section];
    const cvs = indicators
      .filter((def) => def.id in b.cvs || def.id in n.cvs)
      .map((def) => compareCv(section, def.id, b.cvs[def.id], n.cvs[def.id]));
    if (b.composite !== null || n.composite !== null) cvs.push(compareCv(section, 'composite', b.composite, n.composite));
    return cvs;
  });
}

/**
 * The counts of a list of compared items.
 *
 * @example
 * progressCounts(comparison.items).closed; // items 已消号
 */
export function progressCounts(items: readonly ComparedItem[]): ProgressCounts {
  const n = (status: ItemStatus) => items.filter((item) => item.status === status).length;
  const counts = {
    closed: n('closed'),
    improved: n('improved'),
    unchanged: n('unchanged'),
    worse: n('worse'),
    new: n('new'),
    removed: n('removed'),
    undecided: n('undecided'),
  };
  const still = counts.improved + counts.unchanged + counts.worse;
  return { start: items.length - counts.new, ...counts, remaining: still + counts.undecided, now: still + counts.new };
}

const STATUS_ORDER = new Map(ITEM_STATUSES.map((status, i) => [status, i]));

/**
 * Compares the current check with an earlier one.
 *
 * @example
 * const comparison = compareChecks(checkOf(earlier, QUALITY_2017), checkOf(result, QUALITY_2017));
 * comparison.counts; // { start: 4, closed: 2, improved: 1, … }
 */
export function compareChecks(before: Check, now: Check, options: CompareOptions = {}): Comparison {
  const lang = options.lang ?? 'zh';
  const matching = matchSchools(before.schools, now.schools, options.pairs ?? []);
  const indicators = allIndicators(before, now);
  const items = [
    ...matching.pairs.flatMap((pair) => pairItems(pair.before, pair.now, indicators)),
    ...matching.removed.flatMap((school) => pairItems(school, null, indicators)),
    ...matching.added.flatMap((school) => pairItems(null, school, indicators)),
  ];
  // Stable sort: within a status, the pairs' row-independent order.
  items.sort((a, b) => (STATUS_ORDER.get(a.status) ?? 0) - (STATUS_ORDER.get(b.status) ?? 0));
  const noteMessages: CatalogueMessage[] = [
    ...(before.ruleset === now.ruleset ? [] : [{ code: 'compare-rulesets-differ' as const, params: { before: before.ruleset, now: now.ruleset } }]),
    ...matching.notes,
  ];
  return {
    before: checkRef(before),
    now: checkRef(now),
    counts: progressCounts(items),
    indicators,
    items,
    cvs: compareCvs(before, now, indicators),
    schools: {
      matched: matching.pairs.map((pair) => ({ before: ref(pair.before), now: ref(pair.now), by: pair.by })),
      added: matching.added.map(ref),
      removed: matching.removed.map(ref),
    },
    notes: comparisonNotes({ noteMessages }, lang, 'sheet'),
    noteMessages,
  };
}

/**
 * The notes of a comparison in the surface's words.
 *
 * @example
 * comparisonNotes(comparison, 'en', 'cli'); // ['The two checks used different rulesets (then basic-2012, now quality-2017): …']
 */
export function comparisonNotes(comparison: Pick<Comparison, 'noteMessages'>, lang: Lang, surface: Surface): string[] {
  return comparison.noteMessages.map((note) => renderMessage(note.code, note.params, lang, surface));
}

/**
 * The one line every surface shows first: "上次 23 项未达标，已消号 15 项，改善 4 项，新增 2 项",
 * with the items of schools not in this check and those that cannot be computed added when there are any.
 *
 * @example
 * comparisonHeadline(comparison.counts, 'zh'); // '上次 4 项未达标，已消号 2 项，改善 1 项，新增 1 项'
 */
export function comparisonHeadline(counts: ProgressCounts, lang: Lang): string {
  let line = renderMessage('compare-headline', { ...counts }, lang, 'sheet');
  if (counts.removed > 0) line += renderMessage('compare-headline-removed', { removed: counts.removed }, lang, 'sheet');
  if (counts.undecided > 0) line += renderMessage('compare-headline-undecided', { undecided: counts.undecided }, lang, 'sheet');
  return line;
}
