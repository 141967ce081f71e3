/**
 * Judging one indicator value and one school (spec §1, §5, §6): the per-pupil
 * value, the comparison with the standard in the indicator's direction, the
 * floor, the shortfall in the resource's own unit, the borderline flag and the
 * school rule. The engine (`analyze`) and the JUNHENG.* worksheet functions
 * both call these; nothing here knows about sheets or cells.
 */

import { roundTo } from './format';
import type { Direction, IndicatorDef, IndicatorResult, Ruleset, Section } from './types';

/**
 * One school's indicator value: scale × amount ÷ pupils (scale 1 per pupil, 100 per hundred pupils).
 *
 * @example
 * indicatorValue(12, 400, 100); // 3 teachers per hundred pupils
 */
export function indicatorValue(amount: number, pupils: number, scale: number): number {
  return (scale * amount) / pupils;
}

/**
 * Whether a value reaches a threshold in the indicator's direction: at least it
 * for '>=', at most it for '<='. Equal reaches.
 *
 * @example
 * meetsStandard(4.5, 4.5, '>='); // true
 * meetsStandard(46, 45, '<='); // false
 */
export function meetsStandard(value: number, standard: number, direction: Direction): boolean {
  return direction === '>=' ? value >= standard : value <= standard;
}

/**
 * The least acceptable value of a missed indicator: standard × floorRatio for
 * '>=', standard ÷ floorRatio for '<=' (a ceiling that far above the standard).
 *
 * @example
 * floorOf(4.5, 0.85, '>='); // 3.825
 * floorOf(45, 0.9, '<='); // 50
 */
export function floorOf(standard: number, floorRatio: number, direction: Direction): number {
  return direction === '>=' ? standard * floorRatio : standard / floorRatio;
}

/**
 * The resource a school lacks to reach `target` (a standard or a floor), in the
 * resource's own unit and unrounded; for '<=' the excess to remove. 0 when the
 * value already reaches the target, whatever the last binary digit of the
 * subtraction says.
 *
 * @example
 * shortfallTo(4.5, 400, 100, 1, '>='); // 50 (㎡ of teaching space for 100 pupils)
 * shortfallTo(4.5, 450, 100, 1, '>='); // 0
 */
export function shortfallTo(target: number, amount: number, pupils: number, scale: number, direction: Direction): number {
  if (meetsStandard(indicatorValue(amount, pupils, scale), target, direction)) return 0;
  const needed = (target * pupils) / scale;
  return Math.max(0, direction === '>=' ? needed - amount : amount - needed);
}

/**
 * Whether the value shown with 2 decimals would be judged otherwise than the
 * unrounded value (spec §5). Rounding moves a value by at most 0.005, so only
 * values that close to the standard are worth rounding.
 *
 * @example
 * isBorderline(4.496, 4.5, '>='); // true: shown as 4.50, yet it misses
 * isBorderline(4.4, 4.5, '>='); // false
 */
export function isBorderline(value: number, standard: number, direction: Direction): boolean {
  if (value - standard > 0.01 || standard - value > 0.01) return false;
  return meetsStandard(roundTo(value, 2), standard, direction) !== meetsStandard(value, standard, direction);
}

/**
 * How many times its reference a school's value may be before it is taken for a
 * slip rather than a fact: 元 entered under a 万元 header, a digit too many, a
 * pupil count missing a digit. The reference is the section's standard, or the
 * county median where the ruleset sets none. Such values are still analysed
 * (a statistician decides); the engine names their cells with this threshold.
 */
export const IMPLAUSIBLE_RATIO = 50;

/**
 * Whether a value is beyond belief: more than `IMPLAUSIBLE_RATIO` times its
 * reference. Never for a reference of 0 or below (nothing to compare with).
 *
 * @example
 * isImplausible(125_000, 2000); // true: 62.5 times the 生均教学仪器设备值 standard
 * isImplausible(9000, 2000); // false
 */
export function isImplausible(value: number, reference: number): boolean {
  return reference > 0 && value > IMPLAUSIBLE_RATIO * reference;
}

/** A computed number as the result document may carry it: null for Infinity or NaN (JSON has neither). */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** What the school rule needs of one indicator (an `IndicatorResult` is one). */
export type IndicatorVerdict = Pick<IndicatorResult, 'meets' | 'aboveFloor'>;

/**
 * A value judged against the section's standard and floor; null verdicts when
 * the value is unknown or the ruleset sets no standard for the section.
 *
 * @example
 * judgeValue(teachingSpace, 'primary', 4.0, 0.85); // { meets: false, aboveFloor: true }
 */
export function judgeValue(def: IndicatorDef, section: Section, value: number | null, floorRatio: number | null): IndicatorVerdict {
  const standard = def.standard[section];
  if (value === null || standard === null) return { meets: null, aboveFloor: null };
  return {
    meets: meetsStandard(value, standard, def.direction),
    aboveFloor: floorRatio === null ? null : meetsStandard(value, floorOf(standard, floorRatio, def.direction), def.direction),
  };
}

/**
 * One indicator of one school section. `amount` is the section's resource in
 * base units (after splitting), null when its cell is blank or unreadable;
 * `pupils` is above 0. The floor is null without a standard or a floor ratio.
 * A value or shortfall too large for a double (100 × 1e307 rooms ÷ 1 pupil) is
 * null, never Infinity.
 *
 * @example
 * judgeIndicator(teachingSpace, 'primary', 400, 100, 0.85);
 * // { value: 4, amount: 400, standard: 4.5, meets: false, floor: 3.825, aboveFloor: true,
 * //   shortfall: 50, shortfallToFloor: 0, borderline: false }
 */
export function judgeIndicator(
  def: IndicatorDef,
  section: Section,
  amount: number | null,
  pupils: number,
  floorRatio: number | null,
): IndicatorResult {
  const standard = def.standard[section];
  const floor = standard === null || floorRatio === null ? null : floorOf(standard, floorRatio, def.direction);
  const value = amount === null ? null : finiteOrNull(indicatorValue(amount, pupils, def.scale));
  if (amount === null || value === null || standard === null) {
    return { value, amount, standard, meets: null, floor, aboveFloor: null, shortfall: null, shortfallToFloor: null, borderline: false };
  }
  const { meets, aboveFloor } = judgeValue(def, section, value, floorRatio);
  return {
    value,
    amount,
    standard,
    meets,
    floor,
    aboveFloor,
    shortfall: finiteOrNull(shortfallTo(standard, amount, pupils, def.scale, def.direction)),
    shortfallToFloor: floor === null ? null : finiteOrNull(shortfallTo(floor, amount, pupils, def.scale, def.direction)),
    borderline: isBorderline(value, standard, def.direction),
  };
}

/**
 * The school rule on one school section: at most `maxMisses` indicators below
 * standard and none of them below the floor. Indicators without a standard for
 * the section do not count. `passes` is null when no indicator has a standard
 * (basic-2012), or when a verdict is unknown (blank value, missing column) and
 * the school does not already fail. `misses` lists the missed ids in ruleset order.
 *
 * @example
 * judgeSchool(QUALITY_2017, 'primary', results); // { passes: true, misses: ['teaching-space'] }
 */
export function judgeSchool(
  ruleset: Ruleset,
  section: Section,
  results: Readonly<Record<string, IndicatorVerdict | undefined>>,
): { passes: boolean | null; misses: string[] } {
  const misses: string[] = [];
  let judged = 0;
  let unknown = 0;
  let belowFloor = false;
  for (const def of ruleset.indicators) {
    if (def.standard[section] === null) continue;
    judged++;
    const result = results[def.id];
    if (result === undefined || result.meets === null) {
      unknown++;
    } else if (!result.meets) {
      misses.push(def.id);
      if (result.aboveFloor === false) belowFloor = true;
    }
  }
  if (judged === 0) return { passes: null, misses };
  if (misses.length > ruleset.schoolRule.maxMisses || belowFloor) return { passes: false, misses };
  return { passes: unknown === 0 ? true : null, misses };
}
