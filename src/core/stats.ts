/**
 * The pupil-weighted statistics of the evaluation (spec §2). Values are the
 * schools' indicator values (finite, ≥ 0: numbers read from cells), weights
 * their pupils in the section, so a pair whose weight is 0 adds nothing to any
 * sum: it does not enter, without a test in the loop.
 *
 * Sums run over shares Pᵢ/P and relative deviations (Xᵢ − X̄)/X̄, never over
 * Pᵢ·Xᵢ or Pᵢ·(Xᵢ − X̄)²: those overflow to Infinity for one absurd cell
 * (1e300 元) while the CV itself is a modest number.
 * These run on whole columns, so they are plain loops over arrays: no
 * branches, intermediate arrays or closures.
 */

function checkLengths(values: ArrayLike<number>, weights: ArrayLike<number>): void {
  if (values.length !== weights.length) {
    throw new RangeError(
      `values and weights differ in length (${values.length} vs ${weights.length})`,
    );
  }
}

/**
 * The value the mean's sum is centred on: the first one with a weight.
 * Centring makes X̄ exactly the common value when all values are equal, so one
 * school or equal schools give a CV of exactly 0 (not 1e-16) and no shares.
 */
function centre(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) {
    if (weights[i] !== 0) return values[i];
  }
  return 0;
}

/**
 * X̄ and 1/P (P = Σ Pᵢ, 1/P turns a weight into its share Pᵢ/P), or null when
 * P is 0 (or too close to 0 to invert, which no pupil count is).
 * X̄ = c + Σ Pᵢ(Xᵢ − c) ÷ P; when that sum overflows (one absurd cell, 1e300 元),
 * it is summed again as Σ (Pᵢ/P)(Xᵢ − c), whose terms are at most |Xᵢ − c| and
 * whose shares sum to 1, so it stays within the values' range.
 */
function meanOf(values: ArrayLike<number>, weights: ArrayLike<number>): { mean: number; share: number } | null {
  const c = centre(values, weights);
  let total = 0;
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i];
    total += w;
    offset += w * (values[i] - c);
  }
  const share = 1 / total;
  if (!Number.isFinite(share)) return null;
  if (Number.isFinite(offset)) return { mean: c + offset / total, share };
  offset = 0;
  for (let i = 0; i < values.length; i++) offset += weights[i] * share * (values[i] - c);
  return { mean: c + offset, share };
}

/**
 * CV² = Σ (Pᵢ/P)(Xᵢ/X̄ − 1)², for X̄ ≠ 0 and `share` = 1/P. Each school adds
 * (Pᵢ·rᵢ)·rᵢ with rᵢ = (Xᵢ − X̄)/X̄; for values ≥ 0, |rᵢ| ≤ P/Pᵢ, so a term is at
 * most P²/Pᵢ: finite for any county's pupils (P < 1e150), whatever the values,
 * where Pᵢ·(Xᵢ − X̄)² overflows for one value of 1e160.
 * (The loop body is written out, not a helper call: this is the hot kernel.)
 */
function relativeVariance(values: ArrayLike<number>, weights: ArrayLike<number>, mean: number, share: number): number {
  const inverse = 1 / mean;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const r = (values[i] - mean) * inverse;
    squares += weights[i] * r * r;
  }
  return squares * share;
}

/**
 * The pupil-weighted mean X̄ = Σ Pᵢ·Xᵢ ÷ Σ Pᵢ (the county total resource per pupil).
 * Null when the weights sum to 0.
 *
 * @example
 * weightedMean([2, 4], [1, 3]); // 3.5
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  checkLengths(values, weights);
  return meanOf(values, weights)?.mean ?? null;
}

/**
 * The official 差异系数: CV = S ÷ X̄ with S = sqrt(Σ (Pᵢ/P)(Xᵢ − X̄)²), the
 * pupil-weighted population form (no n − 1). Computed as
 * sqrt(Σ (Pᵢ/P)(Xᵢ/X̄ − 1)²), the same number, which stays finite for any
 * finite values ≥ 0 (1e300 元 in one cell included). Null when no pair has a
 * weight or X̄ = 0 (the CV cannot be computed then; it is never 0), or when it
 * exceeds the largest double (possible only with negative values around a mean
 * near 0). One school gives 0.
 *
 * @example
 * // the official training example (生均图书, five primary schools)
 * weightedCv([279 / 45, 137 / 37, 935 / 89, 160 / 76, 402 / 55], [45, 37, 89, 76, 55]); // 0.515257…
 */
export function weightedCv(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  checkLengths(values, weights);
  const centred = meanOf(values, weights);
  if (centred === null) return null;
  const { mean, share } = centred;
  if (mean === 0) return null;
  const squares = relativeVariance(values, weights, mean, share);
  // S ÷ X̄ has the sign of X̄; the root of the relative form has none.
  const cv = Math.sign(mean) * Math.sqrt(squares);
  return Number.isFinite(cv) ? cv : null;
}

/**
 * Each school's share of Σ (Pᵢ/P)(Xᵢ − X̄)²: which schools drive the CV. The
 * shares sum to 1; all are 0 when the variance is 0 or the CV cannot be
 * computed (no pair with a weight, X̄ = 0).
 *
 * @example
 * cvContributions([1, 3], [1, 1]); // [0.5, 0.5]
 */
export function cvContributions(values: ArrayLike<number>, weights: ArrayLike<number>): number[] {
  checkLengths(values, weights);
  const shares = new Array<number>(values.length).fill(0);
  const centred = meanOf(values, weights);
  if (centred === null) return shares;
  const { mean } = centred;
  if (mean === 0) return shares;
  // The terms of relativeVariance: the same shares as Pᵢ(Xᵢ − X̄)² ÷ Σ, without overflowing.
  const inverse = 1 / mean;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const r = (values[i] - mean) * inverse;
    const term = weights[i] * r * r;
    shares[i] = term;
    squares += term;
  }
  if (squares === 0 || !Number.isFinite(squares)) return shares.fill(0);
  for (let i = 0; i < shares.length; i++) shares[i] /= squares;
  return shares;
}

/**
 * The middle value (the mean of the two middle ones for an even count), unweighted:
 * what a typical school has, untouched by one absurd value. Null when there are none.
 *
 * @example
 * median([5, 1, 1e300]); // 5
 * median([4, 1, 3, 2]); // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : sorted[middle - 1] / 2 + sorted[middle] / 2;
}

/**
 * The composite CV of basic-2012: the mean of the single CVs, unrounded.
 * Null when there are none or any of them could not be computed.
 *
 * @example
 * compositeCv([0.4, 0.6, 0.8]); // 0.6
 */
export function compositeCv(cvs: readonly (number | null)[]): number | null {
  if (cvs.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < cvs.length; i++) {
    const cv = cvs[i];
    if (cv === null) return null;
    sum += cv;
  }
  return sum / cvs.length;
}
