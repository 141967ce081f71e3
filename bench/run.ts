/**
 * `npm run bench`: runs every benchmark and rewrites docs/BENCHMARKS.md with the
 * results, the machine and the date. Speed is measured here, never in unit tests.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { benchKernel } from './kernel';
import { benchScaling } from './scaling';
import { benchSyncs, bundleSizes } from './taskpane';
import { fixed } from './timing';
import { benchWorkbook } from './workbook';

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 2 ** 30);
  return `${cpu}, ${os.cpus().length} cores, ${memory} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}`;
}

async function main(): Promise<void> {
  const sections: string[] = [];
  const log = (line: string) => process.stdout.write(line + '\n');

  log('CV kernel …');
  const kernel = await benchKernel();
  sections.push(
    [
      '## CV kernel against a bare loop',
      '',
      `\`weightedCv\` over ${kernel.schools.toLocaleString('en')} schools against a hand-written two-pass loop over the same arrays (median of 9 runs).`,
      '',
      '| weightedCv | bare loop | ratio |',
      '|---:|---:|---:|',
      `| ${fixed(kernel.libraryMs, 2)} ms | ${fixed(kernel.bareMs, 2)} ms | ${fixed(kernel.ratio, 2)} |`,
    ].join('\n'),
  );

  log('reader + engine scaling …');
  const scaling = benchScaling();
  sections.push(
    [
      '## Reader + engine on growing counties',
      '',
      'Synthetic counties (`samples/synthetic-county.ts`), each size in a fresh process (best of 3); peak memory is the process’s maximum resident set, baseline is the same process before building the county.',
      '',
      '| schools | readSheet | analyze | total | per 1 000 schools | peak RSS | baseline RSS |',
      '|---:|---:|---:|---:|---:|---:|---:|',
      ...scaling.map((row) => {
        const total = row.readMs + row.analyzeMs;
        return `| ${row.schools.toLocaleString('en')} | ${fixed(row.readMs)} ms | ${fixed(row.analyzeMs)} ms | ${fixed(total)} ms | ${fixed((total / row.schools) * 1000, 2)} ms | ${fixed(row.maxRssMb, 0)} MB | ${fixed(row.baselineRssMb, 0)} MB |`;
      }),
    ].join('\n'),
  );

  log('command line end to end on 20 000 schools …');
  const workbook = await benchWorkbook(20_000);
  sections.push(
    [
      '## The command line on a 20 000-school workbook',
      '',
      `\`junheng analyze county.xlsx --out annotated.xlsx\` in-process (median of 3) on a synthetic ${fixed(workbook.inputMb)} MB workbook, against ExcelJS alone loading and writing a file (median of 3). The annotated copy is ${fixed(workbook.outputMb)} MB: the four report sheets (one row per school and section in 学校指标, each school's CV share in 差异系数, every missed indicator in 整改台账) hold several times the input's cells.`,
      '',
      '| what | seconds | junheng ÷ this |',
      '|---|---:|---:|',
      `| junheng analyze … --out | ${fixed(workbook.cliSeconds, 2)} | 1.00 |`,
      `| ExcelJS load + write of the annotated copy (the file junheng writes) | ${fixed(workbook.exceljsOutputSeconds, 2)} | ${fixed(workbook.cliSeconds / workbook.exceljsOutputSeconds, 2)} |`,
      `| ExcelJS load + write of the input | ${fixed(workbook.exceljsInputSeconds, 2)} | ${fixed(workbook.cliSeconds / workbook.exceljsInputSeconds, 2)} |`,
      '',
      'Where the time goes (one run, same file):',
      '',
      '| step | seconds |',
      '|---|---:|',
      ...Object.entries(workbook.steps).map(([step, seconds]) => `| ${step} | ${fixed(seconds, 2)} |`),
    ].join('\n'),
  );

  log('task pane round trips …');
  const counties = [10, 1_000, 20_000];
  const syncs: Awaited<ReturnType<typeof benchSyncs>>[] = [];
  for (const n of counties) syncs.push(await benchSyncs(n));
  const sizes = bundleSizes();
  sections.push(
    [
      '## The task pane',
      '',
      '`context.sync` calls per step through the Office.js gateway against office-addin-mock’s workbook (`tests/gateway/fake-excel.ts`); megabytes are request + response JSON. Writes are packed into requests of at most 3 MB, so only payload size — never the number of rows — adds a sync.',
      '',
      '| schools | read | write report | mark | clear marks |',
      '|---:|---:|---:|---:|---:|',
      ...counties.map((n, i) => {
        const cell = (step: 'read' | 'write' | 'mark' | 'clear') =>
          `${syncs[i][step].syncs} (${fixed(syncs[i][step].megabytes, 1)} MB)`;
        return `| ${n.toLocaleString('en')} | ${cell('read')} | ${cell('write')} | ${cell('mark')} | ${cell('clear')} |`;
      }),
      '',
      sizes === null
        ? 'Bundle sizes: run `npm run build` before `npm run bench` to measure them.'
        : [
            'Production bundles (`npm run build`), gzip level 9. `taskpane.js` is what the pane loads first (aim: under 300 KB); `web.js` loads ExcelJS lazily as a separate chunk.',
            '',
            '| file | bytes | gzipped |',
            '|---|---:|---:|',
            ...sizes.map((s) => `| ${s.file} | ${s.bytes.toLocaleString('en')} | ${s.gzipped.toLocaleString('en')} |`),
          ].join('\n'),
    ].join('\n'),
  );

  const date = new Date().toISOString().slice(0, 10);
  const document = [
    '# Benchmarks',
    '',
    `Measured ${date} on ${machine()}.`,
    '',
    'Reproduce with `npm run bench` (rewrites this file).',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  const target = path.resolve(__dirname, '../docs/BENCHMARKS.md');
  fs.writeFileSync(target, document);
  log(`written ${path.relative(process.cwd(), target)}`);
}

main().catch((error) => {
  process.stderr.write(String(error instanceof Error ? error.message : error) + '\n');
  process.exitCode = 1;
});
