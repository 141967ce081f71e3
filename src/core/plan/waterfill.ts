/**
 * The least additions that bring one section's CV of one indicator within its
 * limit (docs/PLANNING.md). Schools i have values Xᵢ and pupils Pᵢ; a plan
 * raises them to Yᵢ ≥ Xᵢ. With equal costs the optimum raises every school
 * below a level L up to L (water-filling); with a cost factor cᵢ per school it
 * raises each to a level of its own, Yᵢ = max(Xᵢ, A − B·cᵢ). Both come from the
 * KKT conditions of the convex problem; the least level is found by bisection.
 * Pure numbers: no schools, sheets or units here.
 */
import { weightedCv } from '../stats';
import { minOf } from '../arrays';

/** Bisection stops when the bracket is this small relative to the level. */
export const LEVEL_TOLERANCE = 1e-9;

/** Enough halvings for 1e-9 relative from any bracket a double allows. */
const MAX_HALVINGS = 200;

/** Where the least level lies: CV at `low` over the limit, at `high` within it. */
interface Bracket {
  low: number;
  high: number;
}

/**
 * The values after raising each below its level: Yᵢ = max(Xᵢ, level − B·cᵢ)
 * (B = 0: one level for all).
 */
function raised(values: readonly number[], level: number, b: number, costs: readonly number[] | null): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const target = costs === null ? level : level - b * costs[i];
    out[i] = values[i] < target ? target : values[i];
  }
  return out;
}

function within(values: readonly number[], weights: readonly number[], limit: number): boolean {
  const cv = weightedCv(values, weights);
  return cv !== null && cv <= limit;
}

/** Halves the bracket until it is within LEVEL_TOLERANCE of the level; returns its feasible end. */
function bisect(bracket: Bracket, feasible: (level: number) => boolean): number {
  let { low, high } = bracket;
  for (let k = 0; k < MAX_HALVINGS && high - low > LEVEL_TOLERANCE * Math.max(Math.abs(high), Number.MIN_VALUE); k++) {
    const middle = low + (high - low) / 2;
    if (middle <= low || middle >= high) break;
    if (feasible(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * The least level L such that raising every value below L to L brings the
 * pupil-weighted CV within `limit`, to 1e-9 relative (always on the feasible
 * side). Null when nothing needs raising (the CV already within the limit) or
 * nothing can be done (every value 0: the CV cannot be computed).
 *
 * @example
 * waterLevel([1, 3], [1, 1], 0.2); // 2: values [2, 3] have CV 0.2
 * waterLevel([2, 3], [1, 1], 0.5); // null: already within
 */
export function waterLevel(values: readonly number[], weights: readonly number[], limit: number): number | null {
  if (values.length === 0 || within(values, weights, limit)) return null;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (weights[i] === 0) continue;
    low = Math.min(low, values[i]);
    high = Math.max(high, values[i]);
  }
  // All equal values have CV 0, so max X is feasible unless they are all 0.
  if (!(high > 0)) return null;
  return bisect({ low, high }, (level) => within(raised(values, level, 0, null), weights, limit));
}

/**
 * The water-filled values: every value below the least level raised to it.
 * The values themselves when nothing needs raising.
 *
 * @example
 * waterFill([1, 3], [1, 1], 0.2); // [2, 3] (to 1e-9)
 */
export function waterFill(values: readonly number[], weights: readonly number[], limit: number): number[] {
  const level = waterLevel(values, weights, limit);
  return level === null ? [...values] : raised(values, level, 0, null);
}

/**
 * What raising `values` to `targets` costs: Σ cᵢ·Pᵢ·(Yᵢ − Xᵢ) (÷ the scale
 * for the resource itself; the plan converts).
 *
 * @example
 * fillCost([1, 3], [2, 3], [1, 1], [1, 1]); // 1
 */
export function fillCost(values: readonly number[], targets: readonly number[], weights: readonly number[], costs: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += costs[i] * weights[i] * (targets[i] - values[i]);
  return total;
}

/** For a given B, the least A with CV(max(X, A − B·c)) within the limit; null when none is found. */
function levelFor(values: readonly number[], weights: readonly number[], costs: readonly number[], limit: number, b: number): number | null {
  const feasible = (a: number) => within(raised(values, a, b, costs), weights, limit);
  // At A = min(Xᵢ + B·cᵢ) no school is raised, so the CV is that of X: over the limit.
  let low = Infinity;
  let high = -Infinity;
  let maxCost = 0;
  for (let i = 0; i < values.length; i++) {
    if (weights[i] === 0) continue;
    low = Math.min(low, values[i] + b * costs[i]);
    high = Math.max(high, values[i] + b * costs[i]);
    maxCost = Math.max(maxCost, costs[i]);
  }
  if (!(high > 0)) return null;
  // Above max(Xᵢ + B·cᵢ) every school sits on its level A − B·cᵢ; those levels
  // differ by B·(cᵢ − cⱼ), whose CV falls as A grows. Double until within.
  let step = Math.max(high, b * maxCost, 1);
  for (let k = 0; k < 60 && !feasible(high); k++) {
    low = high;
    high += step;
    step *= 2;
  }
  if (!feasible(high)) return null;
  return bisect({ low, high }, feasible);
}

/** Candidate values of B tried before refining around the best. */
const B_GRID = 32;
/** Golden-section refinements of B around the best grid point. */
const B_REFINEMENTS = 40;

/**
 * The least-cost values within the CV limit when raising school i by one unit
 * per pupil costs cᵢ (a 九年一贯制 school's 初中部 costs 1 ÷ its share, the
 * unit cost when given). The KKT conditions give Yᵢ = max(Xᵢ, A − B·cᵢ): A is
 * fixed by the limit once B is chosen (bisection), and B, the one free
 * parameter, by least cost (a grid over its whole range, then golden-section refinement). With equal
 * costs this is `waterFill`. Returns the values themselves when nothing needs
 * raising, null when the limit cannot be reached.
 *
 * @example
 * costFill([1, 1, 3], [1, 1, 1], [1, 2, 1], 0.2); // the cheap school raised further than the dear one
 */
export function costFill(
  values: readonly number[],
  weights: readonly number[],
  costs: readonly number[],
  limit: number,
): number[] | null {
  if (within(values, weights, limit)) return [...values];
  const equal = costs.every((c) => c === costs[0]);
  if (equal) {
    const level = waterLevel(values, weights, limit);
    return level === null ? null : raised(values, level, 0, null);
  }
  const plain = waterLevel(values, weights, limit);
  if (plain === null) return null;
  // B's range: a raised school has 0 ≤ Xᵢ < A − B·cᵢ, so B < A ÷ min c with A = (1 + c²)·Ȳ, and the
  // optimum costs no more than water-filling, so Ȳ ≤ X̄ + (its cost ÷ min c) ÷ P.
  const minCost = minOf(costs.filter((c) => c > 0));
  let pupils = 0;
  let mean = 0;
  values.forEach((x, i) => {
    pupils += weights[i];
    mean += weights[i] * x;
  });
  mean /= pupils;
  const plainCost = fillCost(values, raised(values, plain, 0, null), weights, costs);
  const spread = ((1 + limit * limit) * (mean + plainCost / minCost / pupils)) / minCost;
  const evaluate = (b: number): { cost: number; targets: number[] } | null => {
    const a = levelFor(values, weights, costs, limit, b);
    if (a === null) return null;
    const targets = raised(values, a, b, costs);
    return { cost: fillCost(values, targets, weights, costs), targets };
  };
  let best = { b: 0, ...(evaluate(0) ?? { cost: Infinity, targets: [...values] }) };
  const step = spread / B_GRID;
  for (let k = 1; k <= B_GRID; k++) {
    const found = evaluate(k * step);
    if (found !== null && found.cost < best.cost) best = { b: k * step, ...found };
  }
  let low = Math.max(0, best.b - step);
  let high = best.b + step;
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < B_REFINEMENTS && high - low > LEVEL_TOLERANCE * spread; k++) {
    const left = high - ratio * (high - low);
    const right = low + ratio * (high - low);
    const fl = evaluate(left);
    const fr = evaluate(right);
    for (const [b, found] of [[left, fl], [right, fr]] as const) {
      if (found !== null && found.cost < best.cost) best = { b, ...found };
    }
    if ((fl?.cost ?? Infinity) <= (fr?.cost ?? Infinity)) high = right;
    else low = left;
  }
  return Number.isFinite(best.cost) ? best.targets : null;
}
