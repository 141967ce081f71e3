/**
 * Unit costs that turn a plan into a budget: 元 per ㎡ of teaching space, per
 * ㎡ of sports ground, per multimedia room, per teacher per year. Empty by
 * default: the plan is then in resource units only.
 */
import type { IndicatorDef, NumericField } from '../types';
import type { UnitCosts } from './types';

/** The key that sets one cost for every teacher-counted indicator (元 per teacher per year). */
export const TEACHER_COST_KEY = 'teacher';

const TEACHER_FIELDS: ReadonlySet<NumericField> = new Set(['teachers', 'degreeTeachers', 'keyTeachers', 'peArtTeachers', 'seniorTeachers']);

/**
 * 元 per unit of an indicator's resource: its own key, else `teacher` for
 * teacher counts; a resource counted in 元 (equipment) costs 1 once any cost is
 * given. Null without costs or without a key for it.
 *
 * @example
 * unitCost({ 'teaching-space': 3500 }, teachingSpace); // 3500
 * unitCost({ teacher: 80000 }, keyTeachers); // 80000
 * unitCost({ teacher: 80000 }, equipment); // 1
 * unitCost({}, equipment); // null
 */
export function unitCost(costs: UnitCosts, def: IndicatorDef): number | null {
  if (Object.keys(costs).length === 0) return null;
  const own = costs[def.id];
  if (own !== undefined) return own;
  if (TEACHER_FIELDS.has(def.numerator[0]) && costs[TEACHER_COST_KEY] !== undefined) return costs[TEACHER_COST_KEY];
  return def.unit.zh === '元' ? 1 : null;
}

/**
 * Reads `key=value` pairs (`teaching-space=3500`) into unit costs. Keys must be
 * indicator ids of the ruleset or `teacher`; values numbers ≥ 0 (commas and a
 * trailing 元 allowed). Errors name the pair and what is allowed.
 *
 * @example
 * parseCosts(['teaching-space=3500', 'teacher=80,000'], ['teaching-space']);
 * // { ok: true, costs: { 'teaching-space': 3500, teacher: 80000 } }
 */
export function parseCosts(
  pairs: readonly string[],
  ids: readonly string[],
): { ok: true; costs: UnitCosts } | { ok: false; pair: string; problem: 'key' | 'value' } {
  const costs: Record<string, number> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = (at < 0 ? pair : pair.slice(0, at)).trim();
    if (at < 0 || !(ids.includes(key) || key === TEACHER_COST_KEY)) return { ok: false, pair, problem: 'key' };
    const text = pair.slice(at + 1).replace(/[,，\s]|元$/g, '');
    const value = Number(text);
    if (text === '' || !Number.isFinite(value) || value < 0) return { ok: false, pair, problem: 'value' };
    costs[key] = value;
  }
  return { ok: true, costs };
}
