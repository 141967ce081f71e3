/**
 * The composite CV of basic-2012 (the mean of the single CVs) brought within
 * its limit at least cost: lower, step by step, the indicator whose next step
 * of CV costs least (each indicator's cost of reaching a CV is convex in it, so
 * equal marginal costs are optimal and the greedy steps approach them).
 */

/** One indicator of a section: its CV now and the cost of bringing it to a lower CV. */
export interface CompositeTerm {
  id: string;
  cv: number;
  /** Cost of reaching CV `target` (≤ cv), in a measure common to all terms; Infinity when unreachable. */
  cost: (target: number) => number;
}

/** Steps the excess is cut into; small enough to follow the marginal costs, few enough to stay fast. */
const STEPS = 200;
/** The smallest step of CV the greedy takes. */
const MIN_STEP = 1e-4;

/**
 * Target CVs, one per term, whose mean is at most `limit`, reached by lowering
 * the terms whose next step costs least. Terms that are not lowered keep their
 * CV. Null when the limit cannot be reached (every term at 0).
 *
 * @example
 * compositeTargets([{ id: 'books', cv: 0.8, cost: (t) => 0.8 - t }, { id: 'computers', cv: 0.6, cost: (t) => 10 * (0.6 - t) }], 0.6);
 * // Map { 'books' → 0.6, 'computers' → 0.6 }: books are ten times cheaper to even out
 */
export function compositeTargets(terms: readonly CompositeTerm[], limit: number): Map<string, number> | null {
  const targets = new Map(terms.map((term) => [term.id, term.cv]));
  const goal = limit * terms.length;
  let sum = terms.reduce((s, term) => s + term.cv, 0);
  if (sum <= goal) return targets;
  const step = Math.max(MIN_STEP, (sum - goal) / STEPS);
  // Each term's cost so far and of its next step; only the term that moves is re-costed.
  const spent = new Map(terms.map((term) => [term.id, 0]));
  const nextStep = (term: CompositeTerm) => {
    const now = targets.get(term.id) as number;
    const next = Math.max(0, now - step);
    return { next, marginal: now <= 0 ? Infinity : (term.cost(next) - (spent.get(term.id) as number)) / (now - next) };
  };
  const candidates = new Map(terms.map((term) => [term.id, nextStep(term)]));
  while (sum > goal) {
    let best: CompositeTerm | null = null;
    for (const term of terms) {
      const marginal = (candidates.get(term.id) as { marginal: number }).marginal;
      if (Number.isFinite(marginal) && (best === null || marginal < (candidates.get(best.id) as { marginal: number }).marginal)) best = term;
    }
    if (best === null) return null;
    const { next } = candidates.get(best.id) as { next: number };
    sum -= (targets.get(best.id) as number) - next;
    targets.set(best.id, next);
    spent.set(best.id, best.cost(next));
    candidates.set(best.id, nextStep(best));
  }
  return targets;
}
