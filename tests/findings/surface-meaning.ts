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
import { runCli } from '../../src/cli/run';
import { memoryIo } from '../cli/memory-io';
import { SCHOOL_LIMIT } from '../../src/cli/summary';
import {
  buildFindings,
  checkLine,
  countLines,
  countyHeadline,
  driverLine,
  entryLabel,
  entryLine,
  excludedLine,
  listTitle,
  missLine,
  noteLine,
  reasonText,
  undecidedLine,
  verdictParts,
  type ExcludedRow,
  type Findings,
  type SchoolFinding,
} from '../../src/core/findings';
import type { Surface } from '../../src/core/messages/types';
import type { Report } from '../../src/core/report';
import { buildReport, reportSheetName } from '../../src/core/report';
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
  const { io, out } = memoryIo(new Map([[`/county/${file}`, bytes]]), '/county');
  const status = await runCli(['analyze', file, ...options], io);
  return { status, stdout: out.stdout, stderr: out.stderr };
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

/** The lists the findings pages show, by the hook (`data-testid`) each list's items carry. */
export const LIST_IDS = ['cv-driver', 'failing-school', 'passing-with-miss', 'undecided-school', 'check-failure', 'excluded-row', 'note-row'] as const;
export type ListId = (typeof LIST_IDS)[number];

/** One item of a list as shown: its line, the misses under a school, why a school is undecided. */
export interface ShownItem {
  line: string;
  misses: string[];
  why: string | null;
}

/**
 * A meaning as words, the way the findings are shown: the verdict banner (status,
 * headline, each part with its status, line and reasons), the count lines, the
 * ruleset suggestion, the sections' statuses and every list whole (title and items).
 * Read off a page (tests/browser/support/read-shown.ts) or rendered from a meaning
 * by `shownMeaning`, two surfaces agree when these are equal.
 */
export interface ShownMeaning {
  status: string;
  headline: string;
  parts: { key: string; status: string; line: string; reasons: string[] }[];
  counts: string[];
  suggestion: string | null;
  sections: Record<Section, string | null>;
  /** The "none of the judged schools fails" title, shown instead of an empty failing list. */
  failingNone: string | null;
  lists: Partial<Record<ListId, { title: string; items: ShownItem[] }>>;
}

function item(line: string, misses: string[] = [], why: string | null = null): ShownItem {
  return { line, misses, why };
}

/**
 * What a surface must show for a meaning, in the words of the findings module
 * (`src/core/findings/words.ts`): the lists whole, the parts and suggestion as
 * `surface` names its own controls.
 *
 * @example
 * expect(await readShown(page)).toEqual(shownMeaning(cliMeaning, ruleset, 'web', 'zh'));
 */
export function shownMeaning(meaning: Meaning, ruleset: Ruleset, surface: Surface, lang: Lang): ShownMeaning {
  const { verdict, counts } = meaning;
  const school = (s: SchoolFinding) => item(entryLine(s, lang), s.misses.map((miss) => missLine(miss, ruleset, lang)));
  const lists: ShownMeaning['lists'] = {};
  const add = (id: ListId, code: Parameters<typeof listTitle>[0], items: ShownItem[]) => {
    if (items.length > 0) lists[id] = { title: listTitle(code, items.length, lang), items };
  };
  add('cv-driver', 'list-drivers', meaning.cvDrivers.map((d) => item(driverLine(d, ruleset, lang))));
  if (meaning.judgesSchools) add('failing-school', 'list-failing', meaning.failing.map(school));
  add('passing-with-miss', 'list-passing-with-miss', meaning.passingWithMiss.map(school));
  add('undecided-school', 'list-undecided', meaning.undecided.map((s) => item(entryLine(s, lang), [], undecidedLine(s, ruleset, lang))));
  add('check-failure', 'list-check-failures', meaning.checkFailures.map((f) => item(checkLine(f, lang))));
  add('excluded-row', 'list-excluded', meaning.excluded.map((r) => item(excludedLine(r, lang))));
  add('note-row', 'list-notes', meaning.notes.map((n) => item(noteLine(n, lang))));
  const judged = counts.entries - counts.undecidedEntries;
  return {
    status: verdict.status,
    headline: countyHeadline(verdict, lang),
    parts: verdictParts(verdict, ruleset, lang, surface).map((part) => ({ key: part.key, status: part.status ?? 'none', line: part.line, reasons: [...part.reasons] })),
    counts: countLines(counts, meaning.judgesSchools, lang),
    suggestion: meaning.suggestion === null ? null : reasonText(meaning.suggestion.reason, lang, surface),
    sections: { primary: meaning.sections.primary?.status ?? null, junior: meaning.sections.junior?.status ?? null },
    failingNone: meaning.judgesSchools && meaning.failing.length === 0 && judged > 0 ? listTitle('list-failing-none', judged, lang) : null,
    lists,
  };
}

/**
 * The lines of `shown` (rendered for the command line) that its text lacks: the
 * verdict, its parts, the counts, the suggestion, every list's title, and the
 * items the command line prints (the first `SCHOOL_LIMIT` of each school list;
 * excluded rows and notes as a table, so by row name only).
 *
 * @example
 * expect(missingFromText(stdout, shownMeaning(meaning, ruleset, 'cli', 'zh'))).toEqual([]);
 */
export function missingFromText(text: string, shown: ShownMeaning, excluded: readonly ExcludedRow[]): string[] {
  const lines = [shown.headline, ...shown.parts.flatMap((p) => [p.line, ...p.reasons]), ...shown.counts];
  if (shown.suggestion !== null) lines.push(shown.suggestion);
  if (shown.failingNone !== null) lines.push(shown.failingNone);
  for (const [id, list] of Object.entries(shown.lists) as [ListId, { title: string; items: ShownItem[] }][]) {
    lines.push(list.title);
    if (id === 'excluded-row' || id === 'note-row') continue;
    for (const one of id === 'cv-driver' ? list.items : list.items.slice(0, SCHOOL_LIMIT)) {
      lines.push(one.line, ...one.misses, ...(one.why === null ? [] : [one.why]));
    }
  }
  lines.push(...excluded.slice(0, SCHOOL_LIMIT).map((row) => row.name));
  return lines.filter((line) => !text.includes(line));
}

/**
 * What report sheets (name → text, cells joined by tabs) fail to say of a meaning:
 * the 差异系数 and 学校指标 sheets must each state the verdict and its parts, and
 * the sheets together must name every failing school.
 *
 * @example
 * expect(missingFromSheets(pane.sheets, meaning, ruleset)).toEqual([]);
 */
export function missingFromSheets(sheets: ReadonlyMap<string, string>, meaning: Meaning, ruleset: Ruleset): string[] {
  const missing: string[] = [];
  const said = [countyHeadline(meaning.verdict, 'zh'), ...verdictParts(meaning.verdict, ruleset, 'zh', 'sheet').map((p) => p.line)];
  for (const key of ['county', 'schools'] as const) {
    const text = sheets.get(reportSheetName(key, 'zh'));
    if (text === undefined) missing.push(`the sheet ${reportSheetName(key, 'zh')}`);
    else missing.push(...said.filter((line) => !text.includes(line)).map((line) => `${reportSheetName(key, 'zh')}: ${line}`));
  }
  const all = [...sheets.values()].join('\n');
  missing.push(...meaning.failing.map((school) => entryLabel(school, 'zh')).filter((label) => !all.includes(label)));
  return missing;
}
