/** Reader + engine on growing counties, each size in a fresh process. */
import { execFileSync } from 'child_process';
import path from 'path';

export interface ScalingRow {
  schools: number;
  readMs: number;
  analyzeMs: number;
  maxRssMb: number;
  baselineRssMb: number;
  heapMb: number;
}

export function benchScaling(sizes = [200, 2_000, 20_000, 200_000]): ScalingRow[] {
  const tsx = path.resolve(__dirname, '../node_modules/.bin/tsx');
  const child = path.resolve(__dirname, 'scaling-child.ts');
  return sizes.map((n) => {
    // Best of three: the first run of a process pays for JIT warm-up and GC sizing.
    const runs = [0, 1, 2].map(
      () => JSON.parse(execFileSync(tsx, [child, String(n)], { encoding: 'utf8' })) as ScalingRow,
    );
    runs.sort((a, b) => a.readMs + a.analyzeMs - (b.readMs + b.analyzeMs));
    return runs[0];
  });
}
