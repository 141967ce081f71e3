/**
 * The command line as users run it — a whole process of the bundle
 * (dist/cli/junheng.js) on a synthetic county — interleaved, run by run, with
 * what they would otherwise run: the pandas script (bench/pandas_cv.py),
 * LibreOffice opening and saving a file, and ExcelJS alone loading and writing
 * it. Ratios are taken pair by pair within a run, then their median.
 */
import fs from 'fs';
import path from 'path';
import { BUNDLE } from '../scripts/build-cli';
import { maxOf } from '../src/core/arrays';
import { bundleExcelJsAlone, findPandas, findSoffice, sofficeArgs, type Found } from './anchors';
import { writeCountyWorkbook } from './county-file';
import { runProcess, type ProcessRun } from './process';
import { spread, type Spread } from './timing';

export type Step = 'analyse' | 'out';

export interface Measured {
  label: string;
  seconds: Spread | null;
  peakMb: number | null;
  /** Median of this run's Junheng time ÷ this run's time, over the runs where both succeeded. */
  junhengRatio: Spread | null;
  failure: string | null;
}

export interface SizeResult {
  schools: number;
  runs: number;
  inputMb: number;
  outputMb: number | null;
  steps: Record<Step, Measured[]>;
  /** Largest relative difference between pandas's and Junheng's CVs, when both ran. */
  cvAgreement: number | null;
}

export interface CliBench {
  sizes: SizeResult[];
  notes: string[];
}

/** LibreOffice re-saving Junheng's own output is timed up to this size (the 20 000-school goal names it; at 200 000 it would take minutes a run). */
const LO_OUTPUT_MAX = 20_000;

interface Task {
  step: Step;
  label: string;
  run: () => Promise<ProcessRun>;
}

/** Junheng's CVs from its result document, keyed `section/indicator`. */
function junhengCvs(file: string): Map<string, number> {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    sections: Record<string, { indicators: Record<string, { cv: number | null }> }>;
  };
  const cvs = new Map<string, number>();
  for (const [section, data] of Object.entries(doc.sections))
    for (const [id, indicator] of Object.entries(data.indicators)) if (indicator.cv !== null) cvs.set(`${section}/${id}`, indicator.cv);
  return cvs;
}

function agreement(junhengJson: string, pandasJson: string): number | null {
  try {
    const ours = junhengCvs(junhengJson);
    const theirs = JSON.parse(fs.readFileSync(pandasJson, 'utf8')) as Record<string, Record<string, number>>;
    let worst = 0;
    let compared = 0;
    for (const [section, indicators] of Object.entries(theirs))
      for (const [id, cv] of Object.entries(indicators)) {
        const mine = ours.get(`${section}/${id}`);
        if (mine === undefined) return Number.POSITIVE_INFINITY;
        worst = Math.max(worst, Math.abs(mine - cv) / Math.abs(cv));
        compared++;
      }
    return compared > 0 ? worst : null;
  } catch {
    return null;
  }
}

function summarise(label: string, runs: ProcessRun[], junheng: ProcessRun[] | null): Measured {
  const ok = runs.filter((r) => r.failure === null);
  const peaks = ok.map((r) => r.peakMb).filter((p): p is number => p !== null);
  const ratios =
    junheng === null ? [] : runs.flatMap((r, i) => (r.failure === null && junheng[i].failure === null ? [junheng[i].seconds / r.seconds] : []));
  return {
    label,
    seconds: ok.length > 0 ? spread(ok.map((r) => r.seconds)) : null,
    peakMb: peaks.length > 0 ? maxOf(peaks) : null,
    junhengRatio: ratios.length > 0 ? spread(ratios) : null,
    failure: ok.length === runs.length ? null : (runs.find((r) => r.failure !== null)?.failure ?? null),
  };
}

/** Runs every size; `log` reports progress. Input workbooks are kept in `workDir` between runs of the bench. */
export async function benchCli(sizes: readonly number[], runsFor: (schools: number) => number, workDir: string, log: (line: string) => void): Promise<CliBench> {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${path.relative(process.cwd(), BUNDLE)} is missing: run "npm run build" (or "npm run build:cli") first`);
  fs.mkdirSync(workDir, { recursive: true });
  const pandas: Found = findPandas();
  const soffice: Found = findSoffice();
  const excelJs = bundleExcelJsAlone(workDir);
  const notes = [`LibreOffice re-saving Junheng’s output is timed up to ${LO_OUTPUT_MAX.toLocaleString('en')} schools.`, `Junheng: \`node dist/cli/junheng.js\` (the launcher: the minified bundle from V8’s code cache, ExcelJS loaded only for \`--out\`), Node.js ${process.version}.`, `pandas script (\`bench/pandas_cv.py\`): ${pandas.note}.`, `LibreOffice: ${soffice.note}.`];
  const profile = path.join(workDir, 'lo-profile');
  const results: SizeResult[] = [];
  for (const schools of sizes) {
    const runs = runsFor(schools);
    const dir = path.join(workDir, String(schools));
    fs.mkdirSync(dir, { recursive: true });
    const input = path.join(workDir, `county-${schools}.xlsx`);
    log(`  ${schools} schools: writing the synthetic workbook …`);
    await writeCountyWorkbook(schools, input);
    const out = (name: string) => path.join(dir, name);
    const node = process.execPath;
    const tasks: Task[] = [
      { step: 'analyse', label: 'Junheng `analyze --json` (to a file)', run: () => runProcess(node, [BUNDLE, 'analyze', input, '--json'], { stdoutFile: out('junheng.json') }) },
      { step: 'out', label: 'Junheng `analyze --out`', run: () => runProcess(node, [BUNDLE, 'analyze', input, '--out', out('junheng.xlsx')]) },
    ];
    if (pandas.command !== null) {
      const python = pandas.command;
      const script = path.join(__dirname, 'pandas_cv.py');
      tasks.push(
        { step: 'analyse', label: 'pandas + openpyxl: read, CVs', run: () => runProcess(python, [script, input], { stdoutFile: out('pandas.json') }) },
        { step: 'out', label: 'pandas + openpyxl: read, CVs, write per-school table', run: () => runProcess(python, [script, input, '--out', out('pandas.xlsx')]) },
      );
    }
    if (soffice.command !== null) {
      const sofficeCommand = soffice.command;
      const loOut = out('lo');
      // The first start of a fresh profile is slower than any later one: make it before timing.
      if (!fs.existsSync(profile)) await runProcess(sofficeCommand, sofficeArgs(input, path.join(workDir, 'lo-warm'), profile));
      tasks.push(
        { step: 'out', label: 'LibreOffice open + save of the input', run: () => runProcess(sofficeCommand, sofficeArgs(input, path.join(loOut, 'input'), profile)) },
      );
      if (schools <= LO_OUTPUT_MAX)
        tasks.push({ step: 'out', label: 'LibreOffice open + save of Junheng’s output', run: () => runProcess(sofficeCommand, sofficeArgs(out('junheng.xlsx'), path.join(loOut, 'output'), profile)) });
    }
    tasks.push({ step: 'out', label: 'ExcelJS alone: load + write the input', run: () => runProcess(node, [excelJs, input, out('exceljs.xlsx')]) });

    const timings = tasks.map(() => [] as ProcessRun[]);
    for (let r = 0; r < runs; r++) {
      for (let t = 0; t < tasks.length; t++) {
        const run = await tasks[t].run();
        timings[t].push(run);
        log(`  ${schools} schools, run ${r + 1}/${runs}: ${tasks[t].label} ${run.seconds.toFixed(2)} s${run.failure ? ` (failed: ${run.failure})` : ''}`);
      }
    }
    const junheng: Record<Step, ProcessRun[]> = { analyse: timings[0], out: timings[1] };
    const steps: Record<Step, Measured[]> = { analyse: [], out: [] };
    tasks.forEach((task, t) => steps[task.step].push(summarise(task.label, timings[t], t < 2 ? null : junheng[task.step])));
    results.push({
      schools,
      runs,
      inputMb: fs.statSync(input).size / 2 ** 20,
      outputMb: fs.existsSync(out('junheng.xlsx')) ? fs.statSync(out('junheng.xlsx')).size / 2 ** 20 : null,
      steps,
      cvAgreement: pandas.command !== null && timings[0][0].failure === null ? agreement(out('junheng.json'), out('pandas.json')) : null,
    });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { sizes: results, notes };
}
