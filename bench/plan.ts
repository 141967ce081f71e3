/**
 * 整改测算 whole-process: `junheng plan` as a user runs it (a fresh process
 * that reads the workbook, plans, verifies and prints) against `junheng
 * analyze` on the same synthetic county, at 300 and 20 000 schools. Prints one
 * markdown row per size. `npm run bench -- --only plan`, or alone:
 * `npx tsx bench/plan.ts [sizes…]` (after `npm run build:cli`).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { syntheticCountyGrid } from '../samples/synthetic-county';

import { BUNDLE } from '../scripts/build-cli';

const ROOT = path.join(__dirname, '..');
/** The command line as users run it: the bundle (`npm run build:cli`). */
const CLI = [BUNDLE];

export interface PlanBenchRow {
  schools: number;
  analyzeSeconds: number;
  planSeconds: number;
  verified: boolean;
}

/** Seconds of one child process running the command line; its stdout. */
function timed(args: string[]): { seconds: number; stdout: string } {
  const start = process.hrtime.bigint();
  const stdout = execFileSync(process.execPath, [...CLI, ...args], { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, stdout };
}

async function writeCounty(file: string, schools: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').addRows(syntheticCountyGrid(schools).values as ExcelJS.CellValue[][]);
  await workbook.xlsx.writeFile(file);
}

/**
 * `analyze` and `plan` once each per size, printing their summaries (not `--json`: the result
 * document lists every school and would time the JSON, not the work), in fresh processes
 * (start-up included, as a user sees it). The plan's last line says whether it is verified.
 */
export async function benchPlan(sizes: readonly number[] = [300, 20_000]): Promise<PlanBenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'junheng-plan-bench-'));
  try {
    const rows: PlanBenchRow[] = [];
    for (const schools of sizes) {
      const file = path.join(dir, `county-${schools}.xlsx`);
      await writeCounty(file, schools);
      const analysed = timed(['analyze', file, '--lang', 'en']);
      const planned = timed(['plan', file, '--lang', 'en']);
      rows.push({ schools, analyzeSeconds: analysed.seconds, planSeconds: planned.seconds, verified: planned.stdout.includes('\nVerified:') });
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows as a markdown table. */
export function planTable(rows: readonly PlanBenchRow[]): string {
  const lines = [
    '| schools | `analyze` s | `plan` s | plan ÷ analyze | verified |',
    '|---:|---:|---:|---:|:---|',
    ...rows.map((r) => `| ${r.schools} | ${r.analyzeSeconds.toFixed(1)} | ${r.planSeconds.toFixed(1)} | ${(r.planSeconds / r.analyzeSeconds).toFixed(1)} | ${r.verified ? 'yes' : 'NO'} |`),
  ];
  return lines.join('\n');
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  void benchPlan(sizes.length > 0 ? sizes : undefined).then((rows) => console.log(planTable(rows)));
}
