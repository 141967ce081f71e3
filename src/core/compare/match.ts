/**
 * Which school entry of the earlier check is which of the current one: pairs
 * given by hand first, then the same normalised name in the same section.
 * Nothing is dropped: every entry ends up paired, added or removed, and names
 * that appear twice are never guessed at.
 */
import type { Section } from '../types';
import type { CheckSchool } from './check';
import { normalizeSchoolName, schoolKey } from './names';
import { appendAll } from '../arrays';
import type { CatalogueMessage } from '../messages/catalogue';

/** A pair given by hand: the school's earlier name and its current name (a renamed school). */
export interface ManualPair {
  before: string;
  now: string;
}

export interface SchoolPair {
  before: CheckSchool;
  now: CheckSchool;
  by: 'name' | 'hand';
}

export interface Matching {
  pairs: SchoolPair[];
  /** Entries of the current check with no earlier entry (new schools, renamed ones not paired). */
  added: CheckSchool[];
  /** Entries of the earlier check with no current entry (closed, merged or renamed schools). */
  removed: CheckSchool[];
  /** Why some entries were left unpaired: names that repeat, hand pairs that name no school. */
  notes: CatalogueMessage[];
}

const SECTION_ORDER: readonly Section[] = ['primary', 'junior'];

/** Row-independent order: section, then normalised name, then the name as written. */
export function bySchool(a: CheckSchool, b: CheckSchool): number {
  const an = normalizeSchoolName(a.name);
  const bn = normalizeSchoolName(b.name);
  return SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section) || (an < bn ? -1 : an > bn ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function groupByKey(schools: readonly CheckSchool[]): Map<string, CheckSchool[]> {
  const groups = new Map<string, CheckSchool[]>();
  for (const school of schools) {
    const key = schoolKey(school.name, school.section);
    groups.set(key, [...(groups.get(key) ?? []), school]);
  }
  return groups;
}

/** Hand pairs, section by section; returns the entries they took. */
function handPairs(before: readonly CheckSchool[], now: readonly CheckSchool[], manual: readonly ManualPair[], result: Matching): Set<CheckSchool> {
  const taken = new Set<CheckSchool>();
  for (const pair of manual) {
    const earlier = before.filter((s) => normalizeSchoolName(s.name) === normalizeSchoolName(pair.before));
    const current = now.filter((s) => normalizeSchoolName(s.name) === normalizeSchoolName(pair.now));
    if (earlier.length === 0) result.notes.push({ code: 'compare-pair-not-found-before', params: { name: pair.before } });
    if (current.length === 0) result.notes.push({ code: 'compare-pair-not-found-now', params: { name: pair.now } });
    for (const section of SECTION_ORDER) {
      const b = earlier.filter((s) => s.section === section && !taken.has(s));
      const n = current.filter((s) => s.section === section && !taken.has(s));
      if (b.length !== 1 || n.length !== 1) continue;
      result.pairs.push({ before: b[0], now: n[0], by: 'hand' });
      taken.add(b[0]).add(n[0]);
    }
  }
  return taken;
}

/**
 * Pairs the entries of two checks. A hand pair (`{ before: '石桥乡中心小学', now: '石桥镇中心小学' }`)
 * pairs the two names in every section both have; the rest pair by `schoolKey`.
 * A key held by more than one entry on either side is not paired (a note says so).
 * Lists are in a row-independent order (section, normalised name).
 *
 * @example
 * const m = matchSchools(earlier.schools, current.schools);
 * m.pairs.length + m.removed.length; // earlier.schools.length
 */
export function matchSchools(before: readonly CheckSchool[], now: readonly CheckSchool[], manual: readonly ManualPair[] = []): Matching {
  const result: Matching = { pairs: [], added: [], removed: [], notes: [] };
  const taken = handPairs(before, now, manual, result);
  const earlier = groupByKey(before.filter((s) => !taken.has(s)));
  const current = groupByKey(now.filter((s) => !taken.has(s)));
  for (const [key, schools] of earlier) {
    const others = current.get(key) ?? [];
    if (schools.length === 1 && others.length === 1) {
      result.pairs.push({ before: schools[0], now: others[0], by: 'name' });
      current.delete(key);
    } else {
      if (schools.length > 1 || others.length > 1) {
        result.notes.push({ code: 'compare-repeated-name', params: { name: schools[0].name, before: schools.length, now: others.length } });
      }
      appendAll(result.removed, schools);
      appendAll(result.added, others);
      current.delete(key);
    }
  }
  for (const schools of current.values()) {
    if (schools.length > 1) result.notes.push({ code: 'compare-repeated-name', params: { name: schools[0].name, before: 0, now: schools.length } });
    appendAll(result.added, schools);
  }
  result.pairs.sort((a, b) => bySchool(a.now, b.now));
  result.added.sort(bySchool);
  result.removed.sort(bySchool);
  return result;
}
