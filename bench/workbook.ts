/**
 * The command line end to end on a large workbook (read, analyse, write the
 * annotated copy) against what ExcelJS alone needs to read and write the same
 * file, plus where the time goes.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { syntheticCountyGrid } from '../samples/synthetic-county';
import { runCli } from '../src/cli/run';
import { readWorkbookBytes } from '../src/files/read-workbook';
import { writeAnnotatedWorkbook } from '../src/files/annotate';
import { readSheet } from '../src/core/reader';
import { analyze } from '../src/core/analyze';
import { QUALITY_2017 } from '../src/core/rulesets';
import { buildMarkRules, buildReport } from '../src/core/report';
import { medianMs } from './timing';

async function syntheticWorkbook(schools: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRows(syntheticCountyGrid(schools).values as ExcelJS.CellValue[][]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function excelJsRoundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const secondsOf = async (fn: () => Promise<unknown>) => (await medianMs(fn, 3, 0)) / 1000;

export async function benchWorkbook(schools = 20_000) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'junheng-bench-'));
  try {
    const input = path.join(dir, 'county.xlsx');
    const output = path.join(dir, 'county-annotated.xlsx');
    const bytes = await syntheticWorkbook(schools);
    fs.writeFileSync(input, bytes);

    const io = {
      stdout: () => undefined,
      stderr: (text: string) => process.stderr.write(text),
      readFile: async (file: string) => new Uint8Array(fs.readFileSync(file)),
      writeFile: async (file: string, data: Uint8Array) => fs.writeFileSync(file, data),
      cwd: dir,
    };
    const cli = await secondsOf(async () => {
      const status = await runCli(['analyze', input, '--out', output], io);
      if (status !== 0) throw new Error(`junheng analyze exited ${status}`);
    });
    const outputBytes = new Uint8Array(fs.readFileSync(output));
    const exceljsInput = await secondsOf(() => excelJsRoundTrip(bytes));
    const exceljsOutput = await secondsOf(() => excelJsRoundTrip(outputBytes));

    // Where the time goes, step by step.
    const steps: Record<string, number> = {};
    const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
      const start = process.hrtime.bigint();
      const value = await fn();
      steps[name] = Number(process.hrtime.bigint() - start) / 1e9;
      return value;
    };
    const grids = await step('readWorkbookBytes', () => readWorkbookBytes(bytes, 'county.xlsx'));
    const read = await step('readSheet', () => readSheet(grids[0]));
    const result = await step('analyze', () => analyze(read, QUALITY_2017));
    const report = await step('buildReport', () => buildReport(result, read, QUALITY_2017, 'zh'));
    const marks = await step('buildMarkRules', () => buildMarkRules(read, result, QUALITY_2017));
    await step('writeAnnotatedWorkbook', () => writeAnnotatedWorkbook(bytes, report, marks));

    return {
      schools,
      inputMb: bytes.length / 2 ** 20,
      outputMb: outputBytes.length / 2 ** 20,
      cliSeconds: cli,
      exceljsInputSeconds: exceljsInput,
      exceljsOutputSeconds: exceljsOutput,
      steps,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
