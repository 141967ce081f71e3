/**
 * The school plan (step 1): what a school failing the school rule must add.
 * All misses but at most `maxMisses` go to the standard; the ones left may
 * stay below it but must reach the floor (85 %). Which ones stay is chosen so
 * that the school's cost is least: by unit costs when every miss has one,
 * otherwise the largest relative gaps stay (they cost most to close).
 */
import { presentShortfall } from '../format';
import { relativeGap } from '../report/ledger';
import type { IndicatorDef, Ruleset, SchoolResult } from '../types';

/** One indicator a school must raise, in the resource of its section (after splitting), unrounded. */
export interface SchoolNeed {
  def: IndicatorDef;
  amount: number;
  reason: 'standard' | 'floor';
}

/**
 * The '≤' indicators (lower is better) a school section misses. A plan only
 * adds, so these misses stay: they use up the misses the school rule allows.
 *
 * @example
 * lowerMisses(school, ruleset).map((d) => d.id); // ['computer-ceiling']
 */
export function lowerMisses(school: SchoolResult, ruleset: Ruleset): IndicatorDef[] {
  return ruleset.indicators.filter((def) => def.direction === '<=' && school.indicators[def.id]?.meets === false);
}

/**
 * Whether additions can make a failing school section pass: its '≤' misses
 * (which a plan cannot lower) are no more than the rule allows and reach their floor.
 *
 * @example
 * canPlanSchool(北坪乡初级中学, QUALITY_2017); // true: it misses only '≥' indicators
 */
export function canPlanSchool(school: SchoolResult, ruleset: Ruleset): boolean {
  const lower = lowerMisses(school, ruleset);
  return lower.length <= ruleset.schoolRule.maxMisses && lower.every((def) => school.indicators[def.id].aboveFloor !== false);
}

/**
 * What a school section must add to pass the school rule; empty when it
 * passes, cannot be decided, or cannot pass by additions (`canPlanSchool`).
 * `unitCost` gives 元 per unit of an indicator's resource (null when unknown).
 * Only '≥' indicators are planned: a plan adds resources, it does not take
 * them away; a '≤' miss stays and takes one of the misses the rule allows.
 *
 * @example
 * schoolNeeds(北坪乡初级中学, QUALITY_2017, () => null);
 * // key teachers to the standard (1.37 teachers), multimedia rooms to the floor (0.63 rooms)
 */
export function schoolNeeds(school: SchoolResult, ruleset: Ruleset, unitCost: (def: IndicatorDef) => number | null): SchoolNeed[] {
  if (school.passes !== false || school.section === null || !canPlanSchool(school, ruleset)) return [];
  const misses = ruleset.indicators.filter((def) => {
    const result = school.indicators[def.id];
    return def.direction === '>=' && result?.meets === false && result.value !== null && result.standard !== null;
  });
  const saving = (def: IndicatorDef): number => {
    const result = school.indicators[def.id];
    const cost = unitCost(def);
    // In the units that will be added: 1.2 teachers short of the standard and 0.7 of the floor spare 1 teacher.
    const spared = (presentShortfall(def, result.shortfall) ?? 0) - (presentShortfall(def, result.shortfallToFloor) ?? 0);
    return cost === null ? NaN : spared * cost;
  };
  const byCost = misses.every((def) => !Number.isNaN(saving(def)));
  const gap = (def: IndicatorDef) => relativeGap(school.indicators[def.id].value as number, school.indicators[def.id].standard as number);
  const order = [...misses].sort((a, b) => (byCost ? saving(b) - saving(a) : gap(b) - gap(a)));
  const atFloor = new Set(order.slice(0, Math.min(ruleset.schoolRule.maxMisses - lowerMisses(school, ruleset).length, misses.length)));
  const needs: SchoolNeed[] = [];
  for (const def of misses) {
    const result = school.indicators[def.id];
    if (!atFloor.has(def)) needs.push({ def, amount: result.shortfall ?? 0, reason: 'standard' });
    else if (result.aboveFloor === false) needs.push({ def, amount: result.shortfallToFloor ?? 0, reason: 'floor' });
  }
  return needs;
}
