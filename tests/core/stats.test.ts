import fc from 'fast-check';
import { compositeCv, cvContributions, median, weightedCv, weightedMean } from '../../src/core/stats';

/** The official training example (spec §2): five primary schools, 生均图书册数. */
const PUPILS = [45, 37, 89, 76, 55];
const BOOKS = [279, 137, 935, 160, 402];
const PER_PUPIL = BOOKS.map((books, i) => books / PUPILS[i]);

/** The textbook CVs the spec warns against, to show the official one is not them. */
function textbookCv(values: number[], sample: boolean): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const squares = values.reduce((a, x) => a + (x - mean) ** 2, 0);
  return Math.sqrt(squares / (values.length - (sample ? 1 : 0))) / mean;
}

/** Schools as (value, pupils) pairs with realistic ranges. */
const school = fc.record({
  value: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
  pupils: fc.integer({ min: 1, max: 5000 }),
});
const schools = fc.array(school, { minLength: 1, maxLength: 40 });

/** Any finite value ≥ 0 a cell can hold (0, or from 1e-300 up to the largest double), with realistic pupils. */
const absurdSchool = fc.record({
  value: fc.oneof(fc.constant(0), fc.double({ min: 1e-300, max: Number.MAX_VALUE, noNaN: true })),
  pupils: fc.integer({ min: 1, max: 5000 }),
});

function columns(list: { value: number; pupils: number }[]): [number[], number[]] {
  return [list.map((s) => s.value), list.map((s) => s.pupils)];
}

function closeTo(a: number | null, b: number | null, relative = 1e-9): boolean {
  if (a === null || b === null) return a === b;
  // Infinity is never close to anything: |∞ − x| ≤ r·∞ would hold.
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('weightedMean', () => {
  it('is county resource over county pupils in the official example', () => {
    expect(weightedMean(PER_PUPIL, PUPILS)).toBeCloseTo(1913 / 302, 12);
    expect(weightedMean(PER_PUPIL, PUPILS)).toBeCloseTo(6.3344, 4);
  });

  it('is null when the weights sum to 0', () => {
    expect(weightedMean([], [])).toBeNull();
    expect(weightedMean([5, 7], [0, 0])).toBeNull();
  });

  it('leaves out pairs with weight 0', () => {
    expect(weightedMean([2, 4, 1e9], [1, 3, 0])).toBe(3.5);
    expect(weightedMean([1e300, 5, 7], [0, 1, 1])).toBe(6);
  });

  it('is exactly the common value when all values are equal, where Σ Pᵢ·Xᵢ ÷ Σ Pᵢ is not', () => {
    const value = 0.026914752394495874;
    expect((3 * value) / 3).not.toBe(value);
    expect(weightedMean([value], [3])).toBe(value);
    expect(weightedMean([value, value], [3, 7])).toBe(value);
  });

  it('throws a RangeError on mismatched lengths', () => {
    expect(() => weightedMean([1, 2], [1])).toThrow(RangeError);
  });

  it('stays finite where Σ Pᵢ·Xᵢ overflows', () => {
    expect(3 * 1e308).toBe(Infinity);
    const mean = weightedMean([0, 1e308], [1, 3]);
    expect(Number.isFinite(mean)).toBe(true);
    expect(closeTo(mean, 7.5e307)).toBe(true);
  });

  it('equals Σ amount ÷ Σ pupils (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.double({ min: 0, max: 1e7, noNaN: true }), pupils: fc.integer({ min: 1, max: 5000 }) }), { minLength: 1, maxLength: 40 }),
        (list) => {
          const amounts = list.reduce((a, s) => a + s.amount, 0);
          const pupils = list.reduce((a, s) => a + s.pupils, 0);
          const mean = weightedMean(list.map((s) => s.amount / s.pupils), list.map((s) => s.pupils));
          return closeTo(mean, amounts / pupils);
        },
      ),
    );
  });
});

describe('weightedCv', () => {
  it('gives the official example CV 0.515257', () => {
    expect(weightedCv(PER_PUPIL, PUPILS)).toBeCloseTo(0.515257, 6);
  });

  it('differs from the unweighted and the sample CV, which are wrong here', () => {
    const unweighted = textbookCv(PER_PUPIL, false);
    const sample = textbookCv(PER_PUPIL, true);
    expect(unweighted).toBeCloseTo(0.4888, 4);
    expect(sample).toBeCloseTo(0.5465, 4);
    const official = weightedCv(PER_PUPIL, PUPILS) as number;
    expect(Math.abs(official - unweighted)).toBeGreaterThan(0.02);
    expect(Math.abs(official - sample)).toBeGreaterThan(0.02);
  });

  it('is 0 for one school and for equal values', () => {
    expect(weightedCv([7.2], [300])).toBe(0);
    expect(weightedCv([3, 3, 3], [10, 20, 30])).toBe(0);
    expect(weightedCv([0.026914752394495874], [3])).toBe(0);
  });

  it('is exactly 0 whenever the values are equal (property)', () => {
    fc.assert(
      fc.property(school.map((s) => s.value), fc.array(school.map((s) => s.pupils), { minLength: 1, maxLength: 40 }), (value, weights) =>
        weightedCv(weights.map(() => value), weights) === 0,
      ),
    );
  });

  it('is null when X̄ = 0 or no pair has a weight, never 0', () => {
    expect(weightedCv([0, 0, 0], [10, 20, 30])).toBeNull();
    expect(weightedCv([1, 2], [0, 0])).toBeNull();
    expect(weightedCv([], [])).toBeNull();
  });

  it('leaves out pairs with weight 0', () => {
    expect(weightedCv([...PER_PUPIL, 999], [...PUPILS, 0])).toBeCloseTo(0.515257, 6);
  });

  it('throws a RangeError on mismatched lengths', () => {
    expect(() => weightedCv([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('stays finite with 1e300 元 in one school, where Pᵢ·(Xᵢ − X̄)² overflows', () => {
    // absurd-values.xlsx: 生均教学仪器设备值 of three primary schools, one with 1e300 元.
    const values = [2500, 1e300 / 500, 2200];
    const weights = [800, 500, 300];
    expect(500 * (1e300 / 500) * (1e300 / 500)).toBe(Infinity);
    const cv = weightedCv(values, weights);
    expect(cv).not.toBeNull();
    expect(Number.isFinite(cv)).toBe(true);
    // The CV does not depend on the unit: the same values in units of 1e290 元 give it without overflow.
    expect(closeTo(cv, weightedCv(values.map((x) => x / 1e290), weights), 1e-12)).toBe(true);
    expect(cv).toBeCloseTo(Math.sqrt(1600 / 500 - 1), 9);
  });

  it('keeps the sign of X̄ (S ÷ X̄) for negative values', () => {
    expect(weightedCv([-1, -3], [1, 1])).toBe(-0.5);
  });

  it('does not change when the values are scaled by any factor from 1e-250 to 1e250 (property)', () => {
    const factor = fc.integer({ min: -250, max: 250 }).map((e) => 10 ** e);
    fc.assert(
      fc.property(schools, factor, (list, c) => {
        const [values, weights] = columns(list);
        return closeTo(weightedCv(values.map((x) => c * x), weights), weightedCv(values, weights), 1e-9);
      }),
    );
  });

  it('is a finite number for any finite values ≥ 0 that are not all 0 (property)', () => {
    fc.assert(
      fc.property(fc.array(absurdSchool, { minLength: 1, maxLength: 40 }), (list) => {
        const [values, weights] = columns(list);
        const cv = weightedCv(values, weights);
        return values.every((x) => x === 0) ? cv === null : cv !== null && Number.isFinite(cv) && cv >= 0;
      }),
    );
  });

  it('does not change when all values are scaled by a positive constant (property)', () => {
    fc.assert(
      fc.property(schools, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (list, c) => {
        const [values, weights] = columns(list);
        return closeTo(weightedCv(values.map((x) => c * x), weights), weightedCv(values, weights), 1e-9);
      }),
    );
  });

  it('does not change when the schools are reordered (property)', () => {
    const reordered = schools.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(reordered, ([list, shuffled]) => {
        const [values, weights] = columns(list);
        const [values2, weights2] = columns(shuffled);
        return closeTo(weightedCv(values2, weights2), weightedCv(values, weights), 1e-9);
      }),
    );
  });
});

describe('cvContributions', () => {
  it('gives each school its share of Σ (Pᵢ/P)(Xᵢ − X̄)²', () => {
    const shares = cvContributions(PER_PUPIL, PUPILS);
    const mean = 1913 / 302;
    const terms = PER_PUPIL.map((x, i) => PUPILS[i] * (x - mean) ** 2);
    const total = terms.reduce((a, b) => a + b, 0);
    shares.forEach((share, i) => expect(share).toBeCloseTo(terms[i] / total, 12));
    // 第三所学校 (935 books for 89 pupils) drives the CV most.
    expect(shares.indexOf(Math.max(...shares))).toBe(2);
  });

  it('is all 0 when the variance is 0, and 0 for weight-0 pairs', () => {
    expect(cvContributions([4, 4], [10, 20])).toEqual([0, 0]);
    expect(cvContributions([1, 3, 50], [1, 1, 0])).toEqual([0.5, 0.5, 0]);
    expect(cvContributions([1, 2], [0, 0])).toEqual([0, 0]);
    expect(cvContributions([0.026914752394495874], [3])).toEqual([0]);
  });

  it('throws a RangeError on mismatched lengths', () => {
    expect(() => cvContributions([1], [1, 2])).toThrow(RangeError);
  });

  it('gives finite shares with 1e300 元 in one school, the most to that school', () => {
    const shares = cvContributions([2500, 1e300 / 500, 2200], [800, 500, 300]);
    expect(shares.every(Number.isFinite)).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(shares.indexOf(Math.max(...shares))).toBe(1);
  });

  it('gives finite shares summing to 1 for any finite values ≥ 0 that differ (property)', () => {
    fc.assert(
      fc.property(fc.array(absurdSchool, { minLength: 1, maxLength: 40 }), (list) => {
        const [values, weights] = columns(list);
        const shares = cvContributions(values, weights);
        const sum = shares.reduce((a, b) => a + b, 0);
        const varies = values.some((x) => x !== values[0]);
        return shares.every(Number.isFinite) && (varies ? Math.abs(sum - 1) < 1e-9 : sum === 0);
      }),
    );
  });

  it('sums to 1 whenever the values differ (property)', () => {
    fc.assert(
      fc.property(schools, (list) => {
        const [values, weights] = columns(list);
        const shares = cvContributions(values, weights);
        const sum = shares.reduce((a, b) => a + b, 0);
        const varies = values.some((x) => x !== values[0]);
        return varies ? Math.abs(sum - 1) < 1e-9 : sum === 0;
      }),
    );
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 1e300])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('does not overflow between two huge middle values, nor reorder its input', () => {
    const values = [Number.MAX_VALUE, Number.MAX_VALUE];
    expect(median(values)).toBe(Number.MAX_VALUE);
    const unsorted = [3, 1, 2];
    median(unsorted);
    expect(unsorted).toEqual([3, 1, 2]);
  });

  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('compositeCv', () => {
  it('is the mean of the unrounded CVs', () => {
    expect(compositeCv([0.4, 0.6, 0.8])).toBeCloseTo(0.6, 15);
    expect(compositeCv([0.1234, 0.5678])).toBe((0.1234 + 0.5678) / 2);
  });

  it('is null when there are none or any is null', () => {
    expect(compositeCv([])).toBeNull();
    expect(compositeCv([0.3, null, 0.5])).toBeNull();
  });
});
