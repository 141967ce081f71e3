/**
 * `npm run bench`: measures what users wait for and rewrites docs/BENCHMARKS.md
 * (each section with its machine and date). Speed is measured here, never in unit tests.
 *
 *   npm run bench                                   # everything (about 25 minutes on 2 cores)
 *   npm run bench -- --sizes 300,20000 --runs 3     # fewer sizes and runs
 *   npm run bench -- --only cli,kernel              # some parts; the other sections are kept
 *
 * Parts: cli (whole-process command line against pandas, LibreOffice, ExcelJS), plan (整改测算),
 * kernel, web (the page's longest main-thread task), pane (Excel round trips), bundles.
 */
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { benchCli, type CliBench, type Measured } from './cli';
import { writeCountyWorkbook } from './county-file';
import { benchKernel } from './kernel';
import { benchPlan, planTable } from './plan';
import { peakMemorySource } from './process';
import { benchPaneWorker } from './pane-worker';
import { benchCheckSteps, benchSyncs, bundleSizes } from './taskpane';
import { fixed, showSpread } from './timing';
import { benchWebTrace } from './web-trace';

const PARTS = ['cli', 'plan', 'kernel', 'web', 'pane', 'bundles'] as const;
type Part = (typeof PARTS)[number];
const DEFAULT_SIZES = [300, 20_000, 200_000];
/** Runs per size by default: a median at county and province size, one run at 200 000 (a run there takes minutes). */
const defaultRuns = (schools: number) => (schools >= 200_000 ? 1 : schools >= 20_000 ? 3 : 5);
const WEB_SCHOOLS = 20_000;
const ROOT = path.resolve(__dirname, '..');
const TARGET = path.join(ROOT, 'docs/BENCHMARKS.md');

interface Options {
  sizes: number[];
  runs: number | null;
  only: Set<Part>;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { sizes: DEFAULT_SIZES, runs: null, only: new Set(PARTS) };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const numbers = () => (value ?? '').split(',').map((n) => Number(n.replace(/_/g, '')));
    if (argv[i] === '--sizes' && numbers().every((n) => Number.isInteger(n) && n > 0)) options.sizes = numbers();
    else if (argv[i] === '--runs' && Number.isInteger(Number(value)) && Number(value) > 0) options.runs = Number(value);
    else if (argv[i] === '--only' && (value ?? '').split(',').every((p) => (PARTS as readonly string[]).includes(p)))
      options.only = new Set(value.split(',') as Part[]);
    else throw new Error(`unknown or invalid option ${argv[i]} ${value ?? ''}: use --sizes 300,20000 --runs 3 --only ${PARTS.join(',')}`);
    i++;
  }
  return options;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 2 ** 30);
  return `${cpu}, ${os.cpus().length} cores, ${memory} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}`;
}

/** Date, machine and the load on it when the part started (other work on the machine makes figures noisy). */
const measuredOn = () => `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; load average ${fixed(os.loadavg()[0], 1)} at the start.`;
const count = (n: number) => n.toLocaleString('en');
const megabytes = (mb: number) => (mb < 1 ? `${fixed(mb * 1024, 0)} KB` : `${fixed(mb, 1)} MB`);

/** Synthetic workbooks are kept here between runs; the name changes when their generator does. */
function workDir(): string {
  const hash = crypto.createHash('sha1');
  for (const file of ['samples/synthetic-county.ts', 'bench/county-file.ts']) hash.update(fs.readFileSync(path.join(ROOT, file)));
  return path.join(os.tmpdir(), `junheng-bench-${hash.digest('hex').slice(0, 8)}`);
}

function measuredCells(m: Measured): string {
  const seconds = m.seconds === null ? `**fails**: ${m.failure}` : `${showSpread(m.seconds)}${m.failure ? ` (some runs failed: ${m.failure})` : ''}`;
  const peak = m.peakMb === null ? '—' : `${fixed(m.peakMb, 0)} MB`;
  return `${seconds} | ${peak}`;
}

function cliSection(bench: CliBench): string {
  const rows = bench.sizes.flatMap((size) =>
    (['analyse', 'out'] as const).flatMap((step) =>
      size.steps[step].map((m) => {
        const ratio = m.junhengRatio === null ? '—' : showSpread(m.junhengRatio);
        return `| ${count(size.schools)} | ${step === 'analyse' ? 'read + analyse' : '`--out`'} | ${m.label} | ${measuredCells(m)} | ${ratio} |`;
      }),
    ),
  );
  const files = bench.sizes.map(
    (s) =>
      `${count(s.schools)} schools: input ${megabytes(s.inputMb)}, Junheng’s annotated copy ${s.outputMb === null ? '—' : megabytes(s.outputMb)}, ${s.runs} run${s.runs > 1 ? 's' : ''}${
        s.cvAgreement === null ? '' : `; pandas’s CVs agree with Junheng’s to ${s.cvAgreement.toExponential(1)} (largest relative difference)`
      }.`,
  );
  return [
    '## The command line against what users would otherwise run',
    '',
    measuredOn(),
    '',
    'Whole processes on synthetic counties (`samples/synthetic-county.ts`, one sheet), interleaved run by run. Seconds are the median (min–max) of wall times; peak RSS is the largest over the runs, from ' +
      `${peakMemorySource()}. “Junheng ÷ this” is the median of per-run ratios of Junheng’s time for the same step to this command’s time (below 1: Junheng is faster). ` +
      'The pandas script computes the same pupil-weighted CVs of quality-2017 (一贯制 schools split 1 : 1.1) and, for `--out`, writes one row per school and section plus the CVs — fewer cells than Junheng’s four report sheets and marked copy.',
    '',
    '| schools | step | command | seconds | peak RSS | Junheng ÷ this |',
    '|---:|---|---|---:|---:|---:|',
    ...rows,
    '',
    ...files.map((line) => `- ${line}`),
    ...bench.notes.map((line) => `- ${line}`),
  ].join('\n');
}

async function planSection(): Promise<string> {
  return [
    '## 整改测算: `junheng plan` against `junheng analyze`',
    '',
    measuredOn(),
    '',
    'One fresh process each (start-up included) on the same synthetic county, summaries printed (not `--json`); “verified” is the plan’s own check that, with the additions, every school passes and every CV is within its limit.',
    '',
    planTable(await benchPlan()),
  ].join('\n');
}

async function kernelSection(): Promise<string> {
  const k = await benchKernel();
  return [
    '## CV kernel against a one-pass floor',
    '',
    measuredOn(),
    '',
    `\`weightedCv\` (two passes over \`number[]\`, overflow-free form) against the least work possible: one pass over \`Float64Array\`s accumulating Σp, Σpx, Σpx² — ${count(k.schools)} schools, ${k.runs} interleaved calls each after warm-up; median (min–max).`,
    '',
    '| weightedCv | one-pass floor | kernel ÷ floor |',
    '|---:|---:|---:|',
    `| ${showSpread(k.kernelMs)} ms | ${showSpread(k.floorMs)} ms | ${showSpread(k.ratio)} |`,
  ].join('\n');
}

async function webSection(dir: string): Promise<string> {
  const workbook = path.join(dir, `county-${WEB_SCHOOLS}.xlsx`);
  await writeCountyWorkbook(WEB_SCHOOLS, workbook);
  const w = await benchWebTrace(workbook, WEB_SCHOOLS, path.join(ROOT, 'dist'));
  return [
    '## The web page’s main thread',
    '',
    measuredOn(),
    '',
    `The production page (\`dist/web.html\`) in headless Chromium (${w.browser}) given a ${count(w.schools)}-school workbook; tasks are the \`RunTask\` events of the renderer’s main thread in a Chromium performance trace, from choosing the file until one second after the verdict is shown. A task over 100 ms is a visible freeze.`,
    '',
    '| schools | verdict shown after | longest main-thread task | tasks over 100 ms (total) | page height |',
    '|---:|---:|---:|---:|---:|',
    `| ${count(w.schools)} | ${fixed(w.verdictSeconds, 2)} s | ${fixed(w.longestTaskMs, 0)} ms | ${w.longTasks} (${fixed(w.longTasksMs, 0)} ms) | ${count(w.pageHeightPx)} px |`,
  ].join('\n');
}

async function paneSection(dist: string): Promise<string> {
  const counties = [10, 1_000, 20_000];
  const rows: string[] = [];
  for (const n of counties) {
    const syncs = await benchSyncs(n);
    const cell = (step: keyof typeof syncs) => `${syncs[step].syncs} (${fixed(syncs[step].megabytes, 1)} MB)`;
    rows.push(`| ${count(n)} | ${cell('read')} | ${cell('write')} | ${cell('mark')} | ${cell('clear')} |`);
  }
  const steps = benchCheckSteps(WEB_SCHOOLS, 3);
  const worker = fs.existsSync(path.join(dist, 'pane-worker.js')) ? await benchPaneWorker(WEB_SCHOOLS, dist) : null;
  return [
    '## The task pane’s Excel round trips',
    '',
    measuredOn(),
    '',
    '`context.sync` calls per step through the Office.js gateway against office-addin-mock’s workbook (`tests/gateway/fake-excel.ts`); megabytes are request + response JSON. Writes are packed into requests of at most 3 MB, so only payload size — never the number of rows — adds a sync.',
    '',
    '| schools | read | write report | mark | clear marks |',
    '|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `The check’s pure steps after the read (\`runCheck\`), timed in Node on ${count(WEB_SCHOOLS)} schools: median (min–max) of 3 runs after a warm-up, ms. They run in the pane’s check worker (\`pane-worker.js\`); only where no worker starts (an old webview) do they run on the pane’s thread, one task each, a freeze of about that length.`,
    '',
    '| schools | recognise (readSheet) | analyse | findings |',
    '|---:|---:|---:|---:|',
    `| ${count(WEB_SCHOOLS)} | ${showSpread(steps.parse, 0)} | ${showSpread(steps.analyze, 0)} | ${showSpread(steps.findings, 0)} |`,
    '',
    worker === null
      ? 'Run `npm run build` first to measure the check worker in Chromium.'
      : [
          `The same check in the built worker (\`dist/pane-worker.js\`) in headless Chromium: from posting the grid to the whole outcome received (${count(worker.messages)} messages: long arrays in parts), with the pane’s main-thread tasks from a Chromium performance trace.`,
          '',
          '| schools | outcome received after | longest main-thread task | tasks over 100 ms |',
          '|---:|---:|---:|---:|',
          `| ${count(worker.schools)} | ${fixed(worker.seconds, 2)} s | ${fixed(worker.longestTaskMs, 0)} ms | ${worker.longTasks} |`,
        ].join('\n'),
  ].join('\n');
}

function bundlesSection(): string {
  const pages = bundleSizes();
  if (pages === null) return '## Bundle sizes\n\nRun `npm run build` before `npm run bench -- --only bundles` to measure them.';
  const rows = pages.flatMap(({ page, scripts }) => [
    ...scripts.map((s) => `| ${page} | ${s.file} | ${count(s.bytes)} | ${count(s.gzipped)} |`),
    `| ${page} | **all** | ${count(scripts.reduce((sum, s) => sum + s.bytes, 0))} | **${count(scripts.reduce((sum, s) => sum + s.gzipped, 0))}** |`,
  ]);
  return [
    '## Bundle sizes',
    '',
    measuredOn(),
    '',
    'The scripts each page of the production build (`npm run build`) loads first, gzip level 9. `taskpane.html` (the shared runtime) loads the pane and the custom functions, which share one webpack runtime and one chunk (zod, the core), so zod is loaded once; `pane.html` is the pane alone; `web.html` loads ExcelJS lazily as a separate chunk.',
    '',
    '| page | file | bytes | gzipped |',
    '|---|---|---:|---:|',
    ...rows,
  ].join('\n');
}

/** The sections of the existing document, by part (between `<!-- bench:part -->` markers). */
function existingSections(): Map<string, string> {
  const sections = new Map<string, string>();
  if (!fs.existsSync(TARGET)) return sections;
  const text = fs.readFileSync(TARGET, 'utf8');
  for (const match of text.matchAll(/<!-- bench:(\w+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g)) sections.set(match[1], match[2]);
  return sections;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => process.stdout.write(line + '\n');
  const sections = existingSections();
  const dir = workDir();
  fs.mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const timed = async (part: Part, make: () => Promise<string> | string) => {
    if (!options.only.has(part)) return;
    const start = Date.now();
    log(`${part} …`);
    sections.set(part, await make());
    log(`${part}: ${fixed((Date.now() - start) / 1000, 0)} s`);
  };
  await timed('bundles', bundlesSection);
  await timed('plan', planSection);
  await timed('kernel', kernelSection);
  await timed('pane', () => paneSection(path.join(ROOT, 'dist')));
  await timed('web', () => webSection(dir));
  await timed('cli', async () => cliSection(await benchCli(options.sizes, (n) => options.runs ?? defaultRuns(n), dir, log)));

  const document = [
    '# Benchmarks',
    '',
    'Reproduce with `npm run build && npm run bench` (about 10 minutes on 2 cores; rewrites this file). Parts and sizes: `npm run bench -- --only cli,plan,kernel,web,pane,bundles --sizes 300,20000,200000 --runs 3`; a partial run keeps the other sections as they were, each with its own date.',
    '',
    ...PARTS.filter((part) => sections.has(part)).flatMap((part) => [`<!-- bench:${part} -->`, sections.get(part) ?? '', `<!-- /bench:${part} -->`, '']),
  ].join('\n');
  fs.writeFileSync(TARGET, document);
  log(`written ${path.relative(process.cwd(), TARGET)} in ${fixed((Date.now() - started) / 1000, 0)} s`);
}

main().catch((error) => {
  process.stderr.write(String(error instanceof Error ? (error.stack ?? error.message) : error) + '\n');
  process.exitCode = 1;
});
