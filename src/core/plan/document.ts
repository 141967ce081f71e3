/**
 * The plan document from the additions and the engine's judgement of the
 * county before and after them: per addition its effect on each section, per
 * section and indicator the CV before and after, the totals, and the
 * verification (every planned school and CV passes on the planned data).
 */
import { unitCost } from './costs';
import { canPlanSchool, lowerMisses } from './school';
import type { Planned } from './county';
import type { AnalysisResult, IndicatorDef, Ruleset, SchoolResult, Section } from '../types';
import { SECTIONS } from '../types';
import type { PlanComposite, PlanIndicator, PlannedAddition, PlanTotal, PlanUnplannable, PlanVerification, UnitCosts } from './types';

function entriesOf(result: AnalysisResult): Map<string, SchoolResult> {
  return new Map(result.schools.filter((s) => !s.excluded && s.section !== null).map((s) => [`${s.row}|${s.section}`, s]));
}

/**
 * What additions cannot fix: failing school sections whose '≤' misses the
 * rule cannot absorb, and CVs of '≤' indicators over their limit (a plan that
 * only adds would lower the CV by raising the low schools, against the
 * indicator's direction).
 *
 * @example
 * unplannableOf(before, provincialRuleset).cvs; // [{ section: 'junior', indicator: 'computer-ceiling', cv: 0.62, limit: 0.45 }]
 */
export function unplannableOf(before: AnalysisResult, ruleset: Ruleset): PlanUnplannable {
  const schools = [...entriesOf(before).values()]
    .filter((s) => s.passes === false && !canPlanSchool(s, ruleset))
    .map((s) => ({ row: s.row, name: s.name, section: s.section as Section, indicators: lowerMisses(s, ruleset).map((d) => d.id) }));
  const cvs: PlanUnplannable['cvs'] = [];
  const lowerIsBetter = ruleset.indicators.some((def) => def.direction === '<=');
  for (const section of SECTIONS) {
    const was = before.sections[section];
    // The composite with a '≤' indicator in it: the planner does not lower it.
    if (ruleset.countyRule.mode === 'composite' && lowerIsBetter && was.compositeCv !== null && was.compositeLimit !== null && was.compositeCv > was.compositeLimit) {
      cvs.push({ section, indicator: 'composite', cv: was.compositeCv, limit: was.compositeLimit });
    }
  }
  if (ruleset.countyRule.mode === 'per-indicator') {
    for (const section of SECTIONS) {
      for (const def of ruleset.indicators) {
        const county = before.sections[section].indicators[def.id];
        if (def.direction === '<=' && county?.passes === false && county.cvLimit !== null) cvs.push({ section, indicator: def.id, cv: county.cv, limit: county.cvLimit });
      }
    }
  }
  return { schools, cvs };
}

/**
 * The engine's verdict on the planned data for what the plan set out to fix
 * (not what `unplannableOf` leaves).
 *
 * @example
 * verify(before, after, QUALITY_2017).passes; // true when every planned school and CV passes
 */
export function verify(before: AnalysisResult, after: AnalysisResult, ruleset: Ruleset): PlanVerification {
  const afterEntries = entriesOf(after);
  const left = unplannableOf(before, ruleset);
  const leftSchools = new Set(left.schools.map((s) => `${s.row}|${s.section}`));
  const leftCvs = new Set(left.cvs.map((c) => `${c.section}|${c.indicator}`));
  const planned = [...entriesOf(before).values()].filter((s) => s.passes === false && !leftSchools.has(`${s.row}|${s.section}`));
  const schoolsStillFailing = planned
    .filter((s) => afterEntries.get(`${s.row}|${s.section}`)?.passes !== true)
    .map((s) => ({ row: s.row, name: s.name, section: s.section as Section }));
  const cvsStillOver: PlanVerification['cvsStillOver'] = [];
  let cvsPlanned = 0;
  for (const section of SECTIONS) {
    const was = before.sections[section];
    const now = after.sections[section];
    if (ruleset.countyRule.mode === 'composite') {
      if (was.compositeCv === null || was.compositeLimit === null || was.compositeCv <= was.compositeLimit || leftCvs.has(`${section}|composite`)) continue;
      cvsPlanned++;
      if (now.compositeCv === null || now.compositeCv > was.compositeLimit) cvsStillOver.push({ section, indicator: 'composite', cv: now.compositeCv, limit: was.compositeLimit });
      continue;
    }
    for (const [id, county] of Object.entries(was.indicators)) {
      if (county.passes !== false || county.cvLimit === null || leftCvs.has(`${section}|${id}`)) continue;
      cvsPlanned++;
      const cv = now.indicators[id]?.cv ?? null;
      if (cv === null || cv > county.cvLimit) cvsStillOver.push({ section, indicator: id, cv, limit: county.cvLimit });
    }
  }
  return {
    schoolsPlanned: planned.length,
    schoolsStillFailing,
    cvsPlanned,
    cvsStillOver,
    passes: schoolsStillFailing.length === 0 && cvsStillOver.length === 0,
  };
}

/**
 * The additions as the plan document lists them, in ruleset then row order, with each section's value before and after.
 *
 * @example
 * plannedAdditions(planned, before, after, QUALITY_2017, {})[0].effects; // [{ section: 'junior', current: 0.625, target: 0.9375, … }]
 */
export function plannedAdditions(additions: Planned[], before: AnalysisResult, after: AnalysisResult, ruleset: Ruleset, costs: UnitCosts): PlannedAddition[] {
  const beforeEntries = entriesOf(before);
  const defs = new Map(ruleset.indicators.map((def) => [def.id, def]));
  const order = new Map(ruleset.indicators.map((def, i) => [def.id, i]));
  const rows = new Map<number, SchoolResult[]>();
  for (const school of after.schools) rows.set(school.row, [...(rows.get(school.row) ?? []), school]);
  return additions
    .map((a) => {
      const price = unitCost(costs, defs.get(a.indicator) as IndicatorDef);
      const mine = rows.get(a.row) ?? [];
      const effects = mine
        .filter((s) => !s.excluded && s.section !== null && (a.column === null || a.column === s.section))
        .map((s) => ({
          section: s.section as Section,
          pupils: s.pupils ?? 0,
          current: beforeEntries.get(`${s.row}|${s.section}`)?.indicators[a.indicator]?.value ?? 0,
          target: s.indicators[a.indicator]?.value ?? 0,
        }));
      const reasons = (['standard', 'floor', 'cv'] as const).filter((r) => a.reasons.has(r));
      return { row: a.row, name: mine[0]?.name ?? '', indicator: a.indicator, field: a.field, column: a.column, addition: a.amount, cost: price === null ? null : a.amount * price, reasons, effects };
    })
    .sort((x, y) => (order.get(x.indicator) ?? 0) - (order.get(y.indicator) ?? 0) || x.row - y.row);
}

/**
 * Every section's indicators before and after, with the limit (or the composite plan's target) and the schools raised.
 *
 * @example
 * planIndicators(before, after, additions, []).find((i) => i.indicator === 'multimedia-rooms')?.cvAfter; // 0.4498…
 */
export function planIndicators(before: AnalysisResult, after: AnalysisResult, additions: PlannedAddition[], composites: PlanComposite[]): PlanIndicator[] {
  const out: PlanIndicator[] = [];
  const raised = new Map<string, number>();
  for (const a of additions) for (const e of a.effects) raised.set(`${e.section}|${a.indicator}`, (raised.get(`${e.section}|${a.indicator}`) ?? 0) + 1);
  for (const section of SECTIONS) {
    if (before.sections[section].schools === 0) continue;
    for (const [id, was] of Object.entries(before.sections[section].indicators)) {
      const now = after.sections[section].indicators[id];
      const target = composites.find((c) => c.section === section)?.lowered.find((l) => l.indicator === id)?.target ?? null;
      out.push({
        section,
        indicator: id,
        meanBefore: was.mean,
        meanAfter: now?.mean ?? null,
        cvBefore: was.cv,
        cvAfter: now?.cv ?? null,
        limit: was.cvLimit ?? target,
        schools: raised.get(`${section}|${id}`) ?? 0,
      });
    }
  }
  return out;
}

/**
 * County totals per indicator: the resource to add, its cost when priced, the schools.
 *
 * @example
 * planTotals(additions, QUALITY_2017); // [{ indicator: 'multimedia-rooms', addition: 10, cost: null, schools: 6 }, …]
 */
export function planTotals(additions: PlannedAddition[], ruleset: Ruleset): PlanTotal[] {
  return ruleset.indicators
    .map((def) => {
      const mine = additions.filter((a) => a.indicator === def.id);
      const costed = mine.every((a) => a.cost !== null);
      return {
        indicator: def.id,
        addition: mine.reduce((s, a) => s + a.addition, 0),
        cost: costed && mine.length > 0 ? mine.reduce((s, a) => s + (a.cost as number), 0) : null,
        schools: new Set(mine.map((a) => a.row)).size,
      };
    })
    .filter((t) => t.schools > 0);
}
