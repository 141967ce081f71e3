/**
 * What each surface means for one table, as data to compare: the verdict and
 * its parts (statuses, reason codes and parameters), the counts, the school
 * lists (who, which row, which section, which indicators) and the messages
 * (code, parameters, cell). Layout and wording are left out: two surfaces
 * agree when these are equal.
 *
 * Each surface is driven through its own path: the command line through
 * `runCli` on an .xlsx file, the web page through its pipeline, the task pane
 * through the in-memory gateway and its flow, the WPS build through the same
 * flow over the fake `wps` object.
 */
import ExcelJS from 'exceljs';
import { runCli, type CliIo } from '../../src/cli/run';
import { buildFindings, type Findings } from '../../src/core/findings';
import type { Report } from '../../src/core/report';
import { buildReport } from '../../src/core/report';
import type { AnalysisResult, Grid, Lang, ResultMessage, Ruleset, Section, Verdict } from '../../src/core/types';
import { createMemoryGateway } from '../../src/gateway/memory';
import type { WorkbookGateway } from '../../src/gateway/types';
import { createWpsGateway } from '../../src/gateway/wps';
import { runCheck } from '../../src/taskpane/flow';
import { FakeWps } from '../gateway/fake-wps';

export type Meaning = Omit<Findings, 'verdict' | 'sections'> & {
  verdict: Verdict;
  sections: Record<Section, Verdict | null>;
  messages: Omit<ResultMessage, 'message'>[];
};

/** Plain data, as a JSON document carries it (no undefined fields). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function codedMessages(messages: readonly ResultMessage[]): Meaning['messages'] {
  return messages.map(({ message: _words, ...coded }) => coded);
}

/**
 * The meaning of an analysis: its findings and its coded messages.
 *
 * @example
 * meaningOf(result, buildFindings(result, ruleset)).verdict.status; // 'fail'
 */
export function meaningOf(result: AnalysisResult, findings: Findings): Meaning {
  return plain({ ...findings, messages: codedMessages(result.messages) });
}

/** The command line's `--json` document. */
interface ResultDocument extends AnalysisResult {
  findings: Omit<Findings, 'verdict' | 'sections'>;
}

/**
 * The meaning the command line's `--json` document carries.
 *
 * @example
 * documentMeaning(JSON.parse(stdout)).counts.schools; // 30
 */
export function documentMeaning(doc: ResultDocument): Meaning {
  return plain({
    ...doc.findings,
    verdict: doc.verdict,
    sections: { primary: doc.sections.primary.verdict ?? null, junior: doc.sections.junior.verdict ?? null },
    messages: codedMessages(doc.messages),
  });
}

/** A grid as an .xlsx file: one sheet of the grid's name, its values and merges where they are. */
export async function xlsxOf(grid: Grid): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(grid.sheet);
  grid.values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== null && value !== '') sheet.getCell(grid.origin.row + i, grid.origin.column + j).value = value as ExcelJS.CellValue;
    }),
  );
  for (const merge of grid.merges ?? []) sheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line on one file held in memory.
 *
 * @example
 * const { status, stdout } = await cliOn(bytes, 'county.xlsx', ['--json', '--ruleset', 'basic-2012']);
 */
export async function cliOn(bytes: Uint8Array, file: string, options: string[]): Promise<CliRun> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: async (path) => {
      if (path !== `/county/${file}`) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: async () => undefined,
    cwd: '/county',
  };
  const status = await runCli(['analyze', file, ...options], io);
  return { status, ...out };
}

/** What a workbook surface (the task pane in Excel, in demo mode, in WPS) shows and writes. */
export interface PaneRun {
  meaning: Meaning;
  /** The report as the pane builds it and hands it to the gateway. */
  report: Report;
}

/**
 * The task pane's check over a gateway: find the table on the active sheet, run
 * the flow, build the findings the results step shows, and write the report.
 */
async function paneCheck(gateway: WorkbookGateway, ruleset: Ruleset, lang: Lang): Promise<PaneRun> {
  const found = await gateway.findTable('sheet');
  const outcome = await runCheck(gateway, found.location, {}, ruleset, lang, () => undefined);
  const report = buildReport(outcome.result, outcome.read, outcome.ruleset, lang);
  await gateway.writeReport(report);
  return { meaning: meaningOf(outcome.result, buildFindings(outcome.result, outcome.ruleset)), report };
}

/**
 * The pane in demo mode (the in-memory gateway), with the text of the report sheets it wrote.
 *
 * @example
 * const { meaning, sheets } = await memoryPane(grid, QUALITY_2017);
 */
export async function memoryPane(grid: Grid, ruleset: Ruleset): Promise<PaneRun & { sheets: Map<string, string> }> {
  const gateway = createMemoryGateway({ sheets: [grid] });
  const run = await paneCheck(gateway, ruleset, 'zh');
  const sheets = new Map(gateway.workbook.reports.map((sheet) => [sheet.name, sheet.rows.map((row) => row.map((cell) => String(cell.value ?? '')).join('\t')).join('\n')]));
  return { ...run, sheets };
}

/**
 * The pane in WPS 表格 (the fake `wps` object), with the text of the report sheets as WPS holds them.
 *
 * @example
 * const { meaning, sheets } = await wpsPane(grid, QUALITY_2017);
 */
export async function wpsPane(grid: Grid, ruleset: Ruleset): Promise<PaneRun & { sheets: Map<string, string> }> {
  const wps = new FakeWps({ sheets: [{ grid }] });
  const run = await paneCheck(createWpsGateway(wps.host()), ruleset, 'zh');
  const sheets = new Map(
    wps.sheets.filter((sheet) => !sheet.user).map((sheet) => [sheet.name, sheet.values.map((row) => row.map((v) => String(v ?? '')).join('\t')).join('\n')]),
  );
  return { ...run, sheets };
}
