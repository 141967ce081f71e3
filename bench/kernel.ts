/**
 * The CV kernel against a bare loop over the same arrays. The bare loop is the
 * fastest honest way to compute the official formula in the kernel's
 * overflow-free form, CV = sqrt(Σ (Pᵢ/P)(Xᵢ/X̄ − 1)²); the ratio shows what the
 * library function's checks and structure cost.
 */
import { weightedCv } from '../src/core/stats';
import { medianMs } from './timing';

function bareLoopCv(values: number[], weights: number[]): number {
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < values.length; i++) {
    total += weights[i];
    weighted += weights[i] * values[i];
  }
  const mean = weighted / total;
  const inverse = 1 / mean;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const r = (values[i] - mean) * inverse;
    squares += weights[i] * r * r;
  }
  return Math.sqrt(squares / total);
}

export async function benchKernel(schools = 1_000_000) {
  const values: number[] = new Array(schools);
  const weights: number[] = new Array(schools);
  for (let i = 0; i < schools; i++) {
    values[i] = 3 + ((i * 7919) % 1000) / 100;
    weights[i] = 50 + ((i * 104729) % 2000);
  }
  const expected = bareLoopCv(values, weights);
  const actual = weightedCv(values, weights);
  if (actual === null || Math.abs(actual - expected) > 1e-9) {
    throw new Error(`kernel disagrees with the bare loop: ${actual} vs ${expected}`);
  }
  const library = await medianMs(() => weightedCv(values, weights), 9, 3);
  const bare = await medianMs(() => bareLoopCv(values, weights), 9, 3);
  return { schools, libraryMs: library, bareMs: bare, ratio: library / bare };
}
