/**
 * Builds the findings from a result: the lists every surface shows and the
 * counts behind them. The verdict itself is judged by the engine (verdict.ts)
 * and carried in the result.
 */
import {
  SECTIONS,
  type AnalysisResult,
  type Ruleset,
  type SchoolResult,
  type Section,
} from '../types';
import { tableSuggestion } from './suggest';
import type { CheckFailure, CvDriver, EntryRef, Findings, Miss, SchoolFinding, UndecidedFinding } from './types';

/** Schools named as driving a CV over its limit. */
export const TOP_CONTRIBUTORS = 3;

/** Under a composite ruleset, the indicators named as driving the composite over its limit. */
export const TOP_COMPOSITE_INDICATORS = 3;

function entryRef(school: SchoolResult): EntryRef {
  return { name: school.name, row: school.row, section: school.section as Section, part: school.part };
}

function misses(school: SchoolResult, ruleset: Ruleset): Miss[] {
  return ruleset.indicators
    .filter((def) => school.indicators[def.id]?.meets === false)
    .map((def) => {
      const r = school.indicators[def.id];
      return {
        indicator: def.id,
        value: r.value,
        standard: r.standard,
        floor: r.floor,
        aboveFloor: r.aboveFloor,
        shortfall: r.shortfall,
        shortfallToFloor: r.shortfallToFloor,
        borderline: r.borderline,
      };
    });
}

function schoolFinding(school: SchoolResult, ruleset: Ruleset): SchoolFinding {
  return { ...entryRef(school), misses: misses(school, ruleset) };
}

function undecidedFinding(school: SchoolResult, ruleset: Ruleset): UndecidedFinding {
  const section = school.section as Section;
  const unknown = ruleset.indicators
    .filter((def) => def.standard[section] !== null && school.indicators[def.id]?.meets == null)
    .map((def) => def.id);
  return { ...entryRef(school), unknown };
}

/**
 * The TOP_CONTRIBUTORS largest shares, largest first, earlier rows first among
 * equal shares (what a stable sort would put first), in one pass over a county's
 * contributions.
 */
function topShares(contributions: readonly CvDriver['top'][number][]): CvDriver['top'] {
  const top: CvDriver['top'] = [];
  for (const contribution of contributions) {
    let at = top.length;
    while (at > 0 && top[at - 1].share < contribution.share) at--;
    if (at >= TOP_CONTRIBUTORS) continue;
    top.splice(at, 0, contribution);
    if (top.length > TOP_CONTRIBUTORS) top.pop();
  }
  return top.map(({ name, row, part, share }) => ({ name, row, part, share }));
}

function cvDrivers(result: AnalysisResult, ruleset: Ruleset): CvDriver[] {
  const drivers: CvDriver[] = [];
  for (const section of SECTIONS) {
    const county = result.sections[section];
    if (county.schools === 0) continue;
    if (ruleset.countyRule.mode === 'composite') {
      if (!(county.compositeCv !== null && county.compositeLimit !== null && county.compositeCv > county.compositeLimit)) continue;
      const largest = ruleset.indicators
        .filter((def) => county.indicators[def.id]?.cv != null)
        .sort((a, b) => (county.indicators[b.id].cv as number) - (county.indicators[a.id].cv as number))
        .slice(0, TOP_COMPOSITE_INDICATORS);
      for (const def of largest) {
        const indicator = county.indicators[def.id];
        drivers.push({ section, indicator: def.id, cv: indicator.cv, limit: null, top: topShares(indicator.contributions) });
      }
      continue;
    }
    for (const def of ruleset.indicators) {
      const indicator = county.indicators[def.id];
      if (indicator?.passes !== false) continue;
      drivers.push({ section, indicator: def.id, cv: indicator.cv, limit: indicator.cvLimit, top: topShares(indicator.contributions) });
    }
  }
  return drivers;
}

/** Failed further checks, once per school row (both parts of a 一贯制 school carry the same checks). */
function checkFailures(entries: readonly SchoolResult[]): CheckFailure[] {
  const seen = new Set<string>();
  const failures: CheckFailure[] = [];
  for (const school of entries) {
    for (const [check, result] of Object.entries(school.checks)) {
      const key = `${school.row}:${check}`;
      if (result.meets || seen.has(key)) continue;
      seen.add(key);
      failures.push({ name: school.name, row: school.row, check, value: result.value, limit: result.limit });
    }
  }
  return failures;
}

/**
 * Whether the ruleset judges schools at all (some indicator has a standard).
 *
 * @example
 * judgesSchools(QUALITY_2017); // true
 */
export function judgesSchools(ruleset: Ruleset): boolean {
  return ruleset.indicators.some((def) => SECTIONS.some((section) => def.standard[section] !== null));
}

/** The analysed entries of sections the ruleset has standards for. */
function judgedEntries(result: AnalysisResult, ruleset: Ruleset): SchoolResult[] {
  const judging: Record<Section, boolean> = {
    primary: ruleset.indicators.some((def) => def.standard.primary !== null),
    junior: ruleset.indicators.some((def) => def.standard.junior !== null),
  };
  return result.schools.filter((s) => !s.excluded && s.section !== null && judging[s.section]);
}

/**
 * The judged entries whose pass or fail cannot be decided (a value is missing).
 *
 * @example
 * undecidedEntries(result, QUALITY_2017).length; // 5 for the training example
 */
export function undecidedEntries(result: AnalysisResult, ruleset: Ruleset): SchoolResult[] {
  return judgedEntries(result, ruleset).filter((s) => s.passes === null);
}

/**
 * What a result means, as lists and counts every surface renders.
 *
 * @example
 * const findings = buildFindings(analyze(read, QUALITY_2017), QUALITY_2017);
 * findings.verdict.status;      // 'fail'
 * findings.failing[0].misses[0]; // { indicator: 'teaching-space', value: 3.9, standard: 4.5, … }
 */
export function buildFindings(result: AnalysisResult, ruleset: Ruleset): Findings {
  const entries = result.schools.filter((s) => !s.excluded && s.section !== null);
  const judged = judgedEntries(result, ruleset);
  const failing = judged.filter((s) => s.passes === false);
  const passingWithMiss = judged.filter((s) => s.passes === true && s.misses.length > 0);
  const undecided = judged.filter((s) => s.passes === null);
  const excluded = result.schools.filter((s) => s.excluded);
  const notes = result.rows.filter((r) => r.kind === 'note');
  return {
    verdict: result.verdict,
    sections: { primary: result.sections.primary.verdict, junior: result.sections.junior.verdict },
    counts: {
      schools: result.summary.schools,
      entries: result.summary.entries,
      failingSchools: new Set(failing.map((s) => s.row)).size,
      failingEntries: failing.length,
      passingWithMissEntries: passingWithMiss.length,
      undecidedEntries: undecided.length,
      excludedRows: excluded.length,
      noteRows: notes.length,
      privateSchools: result.summary.privateSchools,
    },
    judgesSchools: judgesSchools(ruleset),
    failing: failing.map((s) => schoolFinding(s, ruleset)),
    passingWithMiss: passingWithMiss.map((s) => schoolFinding(s, ruleset)),
    undecided: undecided.map((s) => undecidedFinding(s, ruleset)),
    cvDrivers: cvDrivers(result, ruleset),
    checkFailures: checkFailures(entries),
    excluded: excluded.map((s) => ({ name: s.name, row: s.row, reason: s.excludedReason ?? '' })),
    notes: notes.map((r) => ({ row: r.row, text: r.text })),
    suggestion: tableSuggestion(result, ruleset),
  };
}
