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
 * (B = 0: one level for all). A school of infinite cost (locked, or one an
 * addition cannot reach) is never raised.
 */
function raised(values: readonly number[], level: number, b: number, costs: readonly number[] | null): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const target = costs === null ? level : costs[i] === Infinity ? -Infinity : level - b * costs[i];
    out[i] = values[i] < target ? target : values[i];
  }
  return out;
}

/** Doublings of the bracket's top before a limit counts as out of reach. */
const MAX_DOUBLINGS = 60;
/** Points tried between the lowest and highest value when locked schools make the CV non-monotone in the level. */
const SCAN_POINTS = 64;

/**
 * The least level, by bisection, once a feasible level is found. Without
 * locked schools the CV falls as the level rises, so the bracket [low, high]
 * only grows upwards (doubling) until its top is feasible. With locked schools
 * (`scan`) raising the others may first widen the gap to a locked school and
 * then close it (or never), so the levels are first scanned upwards from `low`
 * and the first feasible one brackets the least. Null when none is found.
 */
function leastLevel(low: number, high: number, step: number, feasible: (level: number) => boolean, scan: boolean): number | null {
  const points: number[] = [];
  if (scan) for (let k = 1; k < SCAN_POINTS; k++) points.push(low + ((high - low) * k) / SCAN_POINTS);
  points.push(high);
  for (let k = 0; k < MAX_DOUBLINGS; k++) {
    high += step;
    step *= 2;
    points.push(high);
  }
  let below = low;
  for (const point of points) {
    if (feasible(point)) return bisect({ low: below, high: point }, feasible);
    below = point;
  }
  return null;
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
 * side). Schools marked `locked` keep their values (the others take their
 * share). Null when nothing needs raising (the CV already within the limit)
 * or nothing can be done (every value 0, or locked schools keep the CV above
 * the limit however far the others are raised).
 *
 * @example
 * waterLevel([1, 3], [1, 1], 0.2); // 2: values [2, 3] have CV 0.2
 * waterLevel([2, 3], [1, 1], 0.5); // null: already within
 * waterLevel([3, 1], [1, 1], 0.2, [false, true]); // null: the low school is locked
 */
export function waterLevel(values: readonly number[], weights: readonly number[], limit: number, locked?: readonly boolean[]): number | null {
  if (values.length === 0 || within(values, weights, limit)) return null;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (weights[i] === 0) continue;
    low = Math.min(low, values[i]);
    high = Math.max(high, values[i]);
  }
  // All equal values have CV 0, so max X is feasible unless they are all 0 (or some are locked).
  if (!(high > 0)) return null;
  const costs = locked === undefined ? null : locked.map((l) => (l ? Infinity : 1));
  return leastLevel(low, high, high, (level) => within(raised(values, level, 0, costs), weights, limit), locked?.includes(true) ?? false);
}

/**
 * The water-filled values: every value below the least level raised to it,
 * `locked` schools left as they are. The values themselves when nothing
 * needs raising or the limit is out of reach.
 *
 * @example
 * waterFill([1, 3], [1, 1], 0.2); // [2, 3] (to 1e-9)
 */
export function waterFill(values: readonly number[], weights: readonly number[], limit: number, locked?: readonly boolean[]): number[] {
  const level = waterLevel(values, weights, limit, locked);
  return level === null ? [...values] : raised(values, level, 0, locked === undefined ? null : locked.map((l) => (l ? Infinity : 1)));
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
  // A school not raised costs nothing, whatever its cost factor (a locked school's is infinite).
  for (let i = 0; i < values.length; i++) if (targets[i] !== values[i]) total += costs[i] * weights[i] * (targets[i] - values[i]);
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
    if (weights[i] === 0 || costs[i] === Infinity) continue;
    low = Math.min(low, values[i] + b * costs[i]);
    high = Math.max(high, values[i] + b * costs[i]);
    maxCost = Math.max(maxCost, costs[i]);
  }
  if (!(high > 0)) return null;
  // Above max(Xᵢ + B·cᵢ) every school sits on its level A − B·cᵢ; those levels
  // differ by B·(cᵢ − cⱼ), whose CV falls as A grows. Double until within.
  return leastLevel(low, high, Math.max(high, b * maxCost, 1), feasible, costs.includes(Infinity));
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
 * costs this is `waterFill`. A school of cost Infinity (locked by the user) is
 * never raised. Returns the values themselves when nothing needs raising, null
 * when the limit cannot be reached.
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
  // Schools of infinite cost (locked) are never raised; the others share the work.
  const open = costs.filter((c) => c !== Infinity);
  const locked = costs.map((c) => c === Infinity);
  const flat = costs.map((c) => (c === Infinity ? Infinity : 1));
  if (open.length === 0) return null;
  if (open.every((c) => c === open[0])) {
    const level = waterLevel(values, weights, limit, locked);
    return level === null ? null : raised(values, level, 0, flat);
  }
  const plain = waterLevel(values, weights, limit, locked);
  if (plain === null) return null;
  // B's range: a raised school has 0 ≤ Xᵢ < A − B·cᵢ, so B < A ÷ min c with A = (1 + c²)·Ȳ, and the
  // optimum costs no more than water-filling, so Ȳ ≤ X̄ + (its cost ÷ min c) ÷ P.
  const minCost = minOf(open.filter((c) => c > 0));
  let pupils = 0;
  let mean = 0;
  values.forEach((x, i) => {
    pupils += weights[i];
    mean += weights[i] * x;
  });
  mean /= pupils;
  const plainCost = fillCost(values, raised(values, plain, 0, flat), weights, costs);
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
