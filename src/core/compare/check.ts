/**
 * One check reduced to what a later check is compared with: per section the
 * CVs, per analysed school entry its indicator values, and the ledger items
 * (the indicators it misses, with the shortfalls). A saved snapshot holds this,
 * so an earlier check can be a workbook, a result document or a snapshot.
 */
import { ledgerEntries } from '../report/ledger';
import type { AnalysisResult, Direction, L10n, Ruleset, Section, SectionResult } from '../types';

/** What the comparison needs to know about an indicator (its name, unit and direction). */
export interface CheckIndicator {
  id: string;
  name: L10n;
  unit: L10n;
  countable: boolean;
  direction: Direction;
}

/** A missed indicator of one school entry: a ledger item. */
export interface CheckMiss {
  standard: number;
  /** In the resource's unit, unrounded. */
  shortfall: number | null;
  shortfallToFloor: number | null;
}

/** An analysed school entry (a 一贯制 school has one per section). */
export interface CheckSchool {
  name: string;
  section: Section;
  part: Section | null;
  /** 1-based sheet row; null when unknown. */
  row: number | null;
  pupils: number | null;
  /** Every indicator's value (scale applied, unrounded); null when it could not be computed. */
  values: Record<string, number | null>;
  /** The ledger items of this entry, by indicator id. */
  misses: Record<string, CheckMiss>;
}

export interface CheckCv {
  cv: number | null;
  limit: number | null;
  passes: boolean | null;
}

export interface CheckSection {
  schools: number;
  passes: boolean | null;
  /** By indicator id. */
  cvs: Record<string, CheckCv>;
  /** Composite rulesets (basic-2012) only. */
  composite: CheckCv | null;
}

export interface Check {
  /** When the check was made (ISO 8601), or null when unknown. */
  date: string | null;
  ruleset: string;
  source: { file: string | null; sheet: string };
  indicators: CheckIndicator[];
  schools: CheckSchool[];
  sections: Record<Section, CheckSection>;
}

/** The parts of a result document a check is made of. */
export type CheckableResult = Pick<AnalysisResult, 'ruleset' | 'schools'> & {
  /** Section verdicts are not needed (documents saved by earlier versions have none). */
  sections: Record<Section, Omit<SectionResult, 'verdict'>>;
  source: Pick<AnalysisResult['source'], 'file' | 'sheet'>;
};

/** One ledger item of a check, as the comparison walks them. */
export interface CheckItem {
  school: CheckSchool;
  indicator: string;
  miss: CheckMiss;
}

/**
 * A check of an analysis: the ruleset's indicators, every analysed entry with
 * its values, the ledger items exactly as the 整改台账 lists them, and the CVs.
 *
 * @example
 * const check = checkOf(result, QUALITY_2017, '2026-09-30');
 * checkItems(check).length; // the rows of the 整改台账
 */
export function checkOf(result: CheckableResult, ruleset: Ruleset, date: string | null = null): Check {
  const entries = ledgerEntries(result, ruleset);
  const schools: CheckSchool[] = [];
  const bySchool = new Map<object, CheckSchool>();
  for (const school of result.schools) {
    if (school.excluded || school.section === null) continue;
    const values: Record<string, number | null> = {};
    for (const def of ruleset.indicators) {
      const indicator = school.indicators[def.id];
      if (indicator !== undefined) values[def.id] = indicator.value;
    }
    const entry: CheckSchool = { name: school.name, section: school.section, part: school.part, row: school.row, pupils: school.pupils, values, misses: {} };
    schools.push(entry);
    bySchool.set(school, entry);
  }
  for (const { school, def, indicator } of entries) {
    const entry = bySchool.get(school);
    // ledgerEntries keeps analysed entries with a standard only.
    if (entry === undefined || indicator.standard === null) continue;
    entry.misses[def.id] = { standard: indicator.standard, shortfall: indicator.shortfall, shortfallToFloor: indicator.shortfallToFloor };
  }
  const section = (id: Section): CheckSection => {
    const county = result.sections[id];
    const cvs: Record<string, CheckCv> = {};
    for (const def of ruleset.indicators) {
      const indicator = county.indicators[def.id];
      if (indicator !== undefined) cvs[def.id] = { cv: indicator.cv, limit: indicator.cvLimit, passes: indicator.passes };
    }
    const composite = county.compositeLimit === null ? null : { cv: county.compositeCv, limit: county.compositeLimit, passes: county.passes };
    return { schools: county.schools, passes: county.passes, cvs, composite };
  };
  return {
    date,
    ruleset: result.ruleset,
    source: { file: result.source.file, sheet: result.source.sheet },
    indicators: ruleset.indicators.map(({ id, name, unit, countable, direction }) => ({ id, name, unit, countable, direction })),
    schools,
    sections: { primary: section('primary'), junior: section('junior') },
  };
}

/**
 * Every ledger item of a check, school by school in the check's order.
 *
 * @example
 * checkItems(check).map((item) => item.indicator); // ['pe-art-teachers', 'key-teachers', …]
 */
export function checkItems(check: Check): CheckItem[] {
  return check.schools.flatMap((school) =>
    check.indicators.filter((def) => def.id in school.misses).map((def) => ({ school, indicator: def.id, miss: school.misses[def.id] })),
  );
}
