import fc from 'fast-check';
import { costFill, fillCost, LEVEL_TOLERANCE, waterFill, waterLevel } from '../../../src/core/plan/waterfill';
import { weightedCv } from '../../../src/core/stats';

/** A small county over its limit: values, pupils, a limit below the CV. */
const instance = fc
  .record({
    values: fc.array(fc.double({ min: 0.5, max: 10, noNaN: true }), { minLength: 2, maxLength: 5 }),
    weights: fc.array(fc.integer({ min: 20, max: 2000 }), { minLength: 5, maxLength: 5 }),
    costs: fc.array(fc.constantFrom(1, 1 / 0.45, 1 / 0.6, 1.5), { minLength: 5, maxLength: 5 }),
    ratio: fc.double({ min: 0.3, max: 0.95, noNaN: true }),
  })
  .map(({ values, weights, costs, ratio }) => {
    const w = weights.slice(0, values.length);
    return { values, weights: w, costs: costs.slice(0, values.length), limit: (weightedCv(values, w) as number) * ratio };
  })
  .filter(({ limit }) => limit > 1e-3);

/**
 * How far a plan found by bisection may lie above the true least cost: its
 * levels are exact to LEVEL_TOLERANCE of the level, so its cost to that much
 * of the whole county's resource at the level (a relative bound on the cost
 * itself would be loose or tight depending on how little was added).
 */
function bisectionSlack(targets: number[], weights: number[], costs: number[]): number {
  return 4 * LEVEL_TOLERANCE * targets.reduce((sum, y, i) => sum + Math.abs(y) * weights[i] * costs[i], 0);
}

/** Scales an allocation direction until the CV is within the limit (bisection): a feasible allocation and what it costs. */
function feasibleCost(values: number[], weights: number[], costs: number[], direction: number[], limit: number): number {
  const cvAt = (t: number) => weightedCv(values.map((x, i) => x + t * direction[i]), weights) as number;
  let high = 1;
  while (cvAt(high) > limit && high < 1e9) high *= 2;
  if (cvAt(high) > limit) return Infinity;
  let low = 0;
  for (let k = 0; k < 100; k++) {
    const mid = (low + high) / 2;
    if (cvAt(mid) > limit) low = mid;
    else high = mid;
  }
  return fillCost(values, values.map((x, i) => x + high * direction[i]), weights, costs);
}

// Brute force is slow: report a failure at once rather than shrinking for minutes.
fc.configureGlobal({ endOnFailure: true });

describe('waterLevel', () => {
  it('raises the low school to the level that meets the limit exactly', () => {
    expect(waterLevel([1, 3], [1, 1], 0.2)).toBeCloseTo(2, 8);
    expect(waterFill([1, 3], [1, 1], 0.2)[1]).toBe(3);
  });

  it('is null when the CV is already within the limit or nothing can be computed', () => {
    expect(waterLevel([2, 3], [1, 1], 0.5)).toBeNull();
    expect(waterLevel([0, 0], [1, 1], 0.1)).toBeNull();
  });

  it('leaves locked schools as they are and raises the others further; null when they keep the CV out of reach', () => {
    // Locking the low school leaves nothing to raise; with the middle one locked at 2 the CV of [L, 2, 4] never reaches 0.2.
    expect(waterLevel([1, 3], [1, 1], 0.2, [true, false])).toBeNull();
    expect(waterLevel([1, 2, 4], [1, 1, 1], 0.2, [false, true, false])).toBeNull();
    // Locking a school below the free level (2 < 2.23) raises the lowest one further instead.
    const free = waterLevel([1, 2, 3, 4], [1, 1, 1, 1], 0.25) as number;
    const locked = waterFill([1, 2, 3, 4], [1, 1, 1, 1], 0.25, [false, true, false, false]);
    expect(free).toBeGreaterThan(2);
    expect(locked[1]).toBe(2);
    expect(locked[0]).toBeGreaterThan(free);
    expect(weightedCv(locked, [1, 1, 1, 1]) as number).toBeLessThanOrEqual(0.25);
    // The least: a level 1e-9 lower is over the limit.
    const cvAt = (l: number) => weightedCv([Math.max(1, l), 2, Math.max(3, l), Math.max(4, l)], [1, 1, 1, 1]) as number;
    expect(cvAt(locked[0] * (1 - 2 * LEVEL_TOLERANCE))).toBeGreaterThan(0.25);
    // Unequal costs: the locked school keeps its value, the others meet the limit.
    const filled = costFill([1, 2.5, 3, 4], [10, 10, 10, 10], [1, Infinity, 2, 1], 0.2) as number[];
    expect(filled).not.toBeNull();
    expect(filled[1]).toBe(2.5);
    expect(weightedCv(filled, [10, 10, 10, 10]) as number).toBeLessThanOrEqual(0.2);
    expect(costFill([1, 3], [1, 1], [Infinity, 1], 0.2)).toBeNull();
  });

  it('finds the least level to 1e-9 relative, on the feasible side', () => {
    fc.assert(
      fc.property(instance, ({ values, weights, limit }) => {
        const level = waterLevel(values, weights, limit) as number;
        const cvAt = (l: number) => weightedCv(values.map((x) => Math.max(x, l)), weights) as number;
        expect(cvAt(level)).toBeLessThanOrEqual(limit);
        expect(cvAt(level * (1 - 2 * LEVEL_TOLERANCE))).toBeGreaterThan(limit);
      }),
      { numRuns: 200 },
    );
  });

  it('never adds more than any other feasible allocation (brute force over random directions)', () => {
    fc.assert(
      fc.property(instance, fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }), { minLength: 30, maxLength: 30 }), ({ values, weights, limit }, directions) => {
        const ones = values.map(() => 1);
        const filled = waterFill(values, weights, limit);
        const planned = fillCost(values, filled, weights, ones);
        const slack = bisectionSlack(filled, weights, ones);
        for (const direction of directions) {
          const d = direction.slice(0, values.length);
          if (d.every((x) => x === 0)) continue;
          expect(planned).toBeLessThanOrEqual(feasibleCost(values, weights, ones, d, limit) + slack);
        }
        // Every single school raised alone, too (the corners of the brute force).
        values.forEach((_, i) => {
          const d = values.map((__, j) => (j === i ? 1 : 0));
          expect(planned).toBeLessThanOrEqual(feasibleCost(values, weights, ones, d, limit) + slack);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('costFill: levels A − B·cᵢ for schools of unequal cost', () => {
  it('brings the CV within the limit', () => {
    fc.assert(
      fc.property(instance, ({ values, weights, costs, limit }) => {
        const targets = costFill(values, weights, costs, limit) as number[];
        expect(weightedCv(targets, weights) as number).toBeLessThanOrEqual(limit);
        targets.forEach((y, i) => expect(y).toBeGreaterThanOrEqual(values[i]));
      }),
      { numRuns: 100 },
    );
  });

  it('costs no more than plain water-filling or any other feasible allocation', () => {
    fc.assert(
      fc.property(instance, fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }), { minLength: 20, maxLength: 20 }), ({ values, weights, costs, limit }, directions) => {
        const targets = costFill(values, weights, costs, limit) as number[];
        const planned = fillCost(values, targets, weights, costs);
        const slack = bisectionSlack(targets, weights, costs);
        expect(planned).toBeLessThanOrEqual(fillCost(values, waterFill(values, weights, limit), weights, costs) + slack);
        for (const direction of directions) {
          const d = direction.slice(0, values.length);
          if (d.every((x) => x === 0)) continue;
          expect(planned).toBeLessThanOrEqual(feasibleCost(values, weights, costs, d, limit) * (1 + 1e-6));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('searches B over its whole range (a case whose best B lies beyond the plain level)', () => {
    const values = [0.9223556752323339, 7.465709078793963, 2.6377625382042864, 0.9041222659882442, 3.6380246010471113];
    const weights = [30, 1122, 24, 474, 224];
    const costs = [1 / 0.6, 1, 1, 1.5, 1.5];
    // B searched only up to the plain level gave 204.31; the best B (≈ 2.2) gives 203.62.
    expect(fillCost(values, costFill(values, weights, costs, 0.5316404571076927) as number[], weights, costs)).toBeLessThan(203.7);
  });

  it('raises a cheap school further than a dear one', () => {
    const targets = costFill([1, 1, 3], [1, 1, 1], [1, 2, 1], 0.2) as number[];
    expect(targets[0]).toBeGreaterThan(targets[1]);
  });
});
