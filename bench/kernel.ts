/**
 * The CV kernel (`weightedCv`) against a floor: one pass over Float64Arrays
 * accumulating Σp, Σpx and Σpx² — less careful numerically than the kernel's
 * two-pass, overflow-free form, but the least work any implementation can do.
 * The two are timed interleaved, call by call, so load on the machine hits both.
 */
import { weightedCv } from '../src/core/stats';
import { spread, timeMs, type Spread } from './timing';

/** The floor: CV = sqrt(Σpx²/P − x̄²) / x̄ in one pass. */
function onePassCv(values: Float64Array, weights: Float64Array): number {
  let total = 0;
  let weighted = 0;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i];
    const wx = w * values[i];
    total += w;
    weighted += wx;
    squares += wx * values[i];
  }
  const mean = weighted / total;
  return Math.sqrt(squares / total - mean * mean) / mean;
}

export interface KernelResult {
  schools: number;
  runs: number;
  kernelMs: Spread;
  floorMs: Spread;
  ratio: Spread;
}

export async function benchKernel(schools = 1_000_000, runs = 25): Promise<KernelResult> {
  const values: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < schools; i++) {
    values.push(3 + ((i * 7919) % 1000) / 100);
    weights.push(50 + ((i * 104729) % 2000));
  }
  const typedValues = Float64Array.from(values);
  const typedWeights = Float64Array.from(weights);
  const floor = onePassCv(typedValues, typedWeights);
  const kernel = weightedCv(values, weights);
  if (kernel === null || Math.abs(kernel - floor) > 1e-9 * floor) {
    throw new Error(`the kernel disagrees with the one-pass floor: ${kernel} vs ${floor}`);
  }
  const kernelMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const k = await timeMs(() => weightedCv(values, weights));
    const f = await timeMs(() => onePassCv(typedValues, typedWeights));
    if (i < 3) continue; // warm-up: both functions optimised before timing
    kernelMs.push(k);
    floorMs.push(f);
  }
  return {
    schools,
    runs,
    kernelMs: spread(kernelMs),
    floorMs: spread(floorMs),
    ratio: spread(kernelMs.map((k, i) => k / floorMs[i])),
  };
}
