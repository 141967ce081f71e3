/** Small statistics and formatting helpers shared by the benchmarks. */

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median with min and max of a non-empty list. @example spread([3, 1, 2]) // { median: 2, min: 1, max: 3 } */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** "1.23 (1.20–1.31)", or just "1.23" when there was one run. @example showSpread({ median: 1, min: 1, max: 1 }, 2) // '1.00' */
export function showSpread(s: Spread, digits = 2): string {
  return s.min === s.max ? fixed(s.median, digits) : `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;
}

export function fixed(x: number, digits = 1): string {
  return x.toFixed(digits);
}

/** Wall time of `fn` in milliseconds. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
