/**
 * The annotated workbook: a copy of the user's workbook with the report sheets
 * added and failing cells marked by conditional formats. Written with ExcelJS;
 * runs in Node and in the browser (no fs). The input bytes are never modified.
 */
import ExcelJS from 'exceljs';
import {
  chartMax,
  inSteps,
  isMarkFormula,
  isReportSheetName,
  MARK_STYLES,
  REPORT_STYLES,
  textBar,
  type MarkRule,
  type PrintBand,
  type PrintSetup,
  type Report,
  type ReportInSteps,
  type ReportCell,
  type ReportChart,
  type ReportSheet,
  type StyleSpec,
} from '../core/report';
import { copyObstacle, copyObstacleOf, type SheetCopyFacts } from './copy-limits';
import { clearReportMark, earlierReportSheets, markedReportSheets, markReportSheet } from './report-mark';
import { readWorkbookBytes, sniffFormat, WorkbookReadError } from './read-workbook';
import { maxOf } from '../core/arrays';
import { cellAddress } from '../core/address';
import { renderBoth } from '../core/messages/render';
import type { Message } from '../core/types';
import type { PlainCell, PlainRows } from './report-rows';

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex}` };
}

/** Dark enough to print: a table on paper reads by its borders (gridlines are not printed). */
const THIN = { style: 'thin' as const, color: argb('595959') };

/**
 * A report style as an ExcelJS cell style. One object per style, shared by all
 * its cells, so a 20 000-row report does not build 20 000 style objects.
 *
 * @example
 * excelStyle(REPORT_STYLES.header).font; // { bold: true }
 */
export function excelStyle(spec: StyleSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.size !== undefined) font.size = spec.size;
  if (spec.color !== undefined) font.color = argb(spec.color);
  if (Object.keys(font).length > 0) style.font = font;
  if (spec.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(spec.fill) };
  if (spec.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (spec.wrap || spec.align !== undefined || spec.border) {
    style.alignment = { vertical: 'middle', wrapText: spec.wrap ?? false, horizontal: spec.align };
  }
  return style;
}

/**
 * A conditional format's look: in a differential format a solid fill takes its colour from bgColor.
 *
 * @example
 * markStyle(MARK_STYLES.fail).fill; // { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF…' } }
 */
export function markStyle(spec: StyleSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (spec.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', bgColor: argb(spec.fill) };
  if (spec.color !== undefined || spec.bold) {
    style.font = { ...(spec.color === undefined ? {} : { color: argb(spec.color) }), ...(spec.bold ? { bold: true } : {}) };
  }
  return style;
}

const CELL_STYLES = Object.fromEntries(
  Object.entries(REPORT_STYLES).map(([key, spec]) => [key, excelStyle(spec)]),
) as Record<keyof typeof REPORT_STYLES, Partial<ExcelJS.Style>>;

/** Number format → report style → the one style object all such cells share (no key string per cell). */
const FORMATTED_STYLES = new Map<string, Map<keyof typeof REPORT_STYLES, Partial<ExcelJS.Style>>>();

/**
 * The shared style of a report cell. ExcelJS caches a style's index per style
 * object, so every cell with the same style and number format gets the same
 * object: a fresh `{ ...style, numFmt }` per cell costs a style lookup each.
 */
function cellStyle(key: keyof typeof REPORT_STYLES, numFmt: string | undefined): Partial<ExcelJS.Style> {
  if (numFmt === undefined) return CELL_STYLES[key];
  let styles = FORMATTED_STYLES.get(numFmt);
  if (styles === undefined) {
    styles = new Map();
    FORMATTED_STYLES.set(numFmt, styles);
  }
  let style = styles.get(key);
  if (style === undefined) {
    style = { ...CELL_STYLES[key], numFmt };
    styles.set(key, style);
  }
  return style;
}

/**
 * Writes one report cell. Text cells get the plain string as their value, never
 * `{ formula }`, so a school named `=HYPERLINK(…)` stays text.
 */
function writeCell(cell: ExcelJS.Cell, model: ReportCell, notes: Message[]): void {
  cell.style = cellStyle(model.style ?? 'plain', model.numFmt);
  cell.value = storedNoting(model.value, cell, notes);
  if (model.note !== undefined) cell.note = model.note;
}

/** Excel's longest cell text. */
const MAX_CELL_TEXT = 32_767;
/** Excel's widest sheet. */
const MAX_COLUMNS = 16_384;

/**
 * A value Excel can open: text cut to 32 767 characters (ending in …), NaN and
 * ±Infinity (which Excel refuses as `<v>NaN</v>`) as an empty cell.
 *
 * @example
 * storable(NaN);              // null
 * storable('长'.repeat(40000)).length; // 32767
 */
export function storable<T>(value: T): T | string | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (typeof value === 'string' && value.length > MAX_CELL_TEXT) return `${value.slice(0, MAX_CELL_TEXT - 1)}…`;
  return value;
}

/**
 * The storable value of a cell, with a message naming the cell when its text had to be cut.
 *
 * @example
 * storedNoting('长'.repeat(40000), sheet.getCell('B7'), notes); // notes[0].cell === 'Sheet1!B7'
 */
function storedNoting<T>(value: T, cell: ExcelJS.Cell, notes: Message[]): T | string | null {
  return storedAt(value, cell.worksheet.name, Number(cell.row), Number(cell.col), notes);
}

/** As `storedNoting`, for the cell at `row`, `column` of `sheet`. */
function storedAt<T>(value: T, sheet: string, row: number, column: number, notes: Message[]): T | string | null {
  const stored = storable(value);
  if (typeof value === 'string' && stored !== value) {
    const where = cellAddress(sheet, row, column);
    const params = { cell: where, length: value.length, limit: MAX_CELL_TEXT };
    notes.push({ severity: 'warning', code: 'copy-text-cut', cell: where, row, text: renderBoth('copy-text-cut', params, 'cli'), params });
  }
  return stored;
}

/** The two looks of a chart bar, shared by all bars. */
const BAR_STYLES = {
  fails: { ...CELL_STYLES.body, font: { color: argb('C00000') } },
  passes: { ...CELL_STYLES.body, font: { color: argb('2F5597') } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** What goes on one sheet row besides its cells: merges starting there, its height, chart bars, a page break below. */
interface RowExtras {
  merges: ReportSheet['merges'];
  height?: number;
  bars: { column: number; text: string; fails: boolean }[];
  breakAfter: boolean;
}

function rowExtras(sheet: ReportSheet, charts: ReportChart[]): Map<number, RowExtras> {
  const extras = new Map<number, RowExtras>();
  const at = (row: number): RowExtras => {
    let entry = extras.get(row);
    if (entry === undefined) {
      entry = { merges: [], bars: [], breakAfter: false };
      extras.set(row, entry);
    }
    return entry;
  };
  for (const merge of sheet.merges) at(merge.top).merges.push(merge);
  for (const { row, points } of sheet.heights) at(row).height = points;
  for (const chart of charts.filter((c) => c.sheet === sheet.key)) {
    const max = chartMax(chart);
    for (const bar of chart.bars) at(bar.row).bars.push({ column: chart.column, text: textBar(bar.cv, bar.limit ?? chart.limit, max), fails: bar.passes === false });
  }
  for (const row of sheet.print.breaksBefore) if (row > 1) at(row - 1).breakAfter = true;
  return extras;
}

/** The options a report sheet is created with: frozen panes, page setup, header and footer. */
function reportSheetOptions(sheet: ReportSheet): Partial<ExcelJS.AddWorksheetOptions> {
  const { rows: frozenRows, columns: frozenColumns } = sheet.freeze;
  return {
    views: frozenRows > 0 || frozenColumns > 0 ? [{ state: 'frozen', xSplit: frozenColumns, ySplit: frozenRows }] : [],
    pageSetup: pageSetupOf(sheet.print),
    headerFooter: { oddHeader: bandText(sheet.print.header), oddFooter: bandText(sheet.print.footer) },
  };
}

/** Whether a row's extras leave it plain: at most a height. */
function plainExtras(extra: RowExtras | undefined): boolean {
  return extra === undefined || (extra.merges.length === 0 && extra.bars.length === 0 && !extra.breakAfter);
}

const PLAIN_ROW: (PlainCell | undefined)[] = [];

/** A row of cells (no note) and at most a height that `plain` can write itself, when it is ready. */
function writePlain(worksheet: ExcelJS.Worksheet, number: number, models: ReportCell[], extra: RowExtras | undefined, plain: PlainRows | undefined, notes: Message[]): boolean {
  if (plain === undefined || !plainExtras(extra) || !plain.ready(worksheet) || models.some((model) => model.note !== undefined)) return false;
  // One scratch row for every row: `plain.write` is done with its cells when it returns (no object per cell of 200 000 rows).
  PLAIN_ROW.length = models.length;
  for (let j = 0; j < models.length; j++) {
    const model = models[j] as ReportCell | undefined;
    if (model === undefined) {
      PLAIN_ROW[j] = undefined;
      continue;
    }
    const cell = PLAIN_ROW[j] ?? { value: null, style: {} };
    cell.value = storedAt(model.value, worksheet.name, number, j + 1, notes);
    cell.style = cellStyle(model.style ?? 'plain', model.numFmt);
    PLAIN_ROW[j] = cell;
  }
  plain.write(worksheet, number, PLAIN_ROW, extra?.height);
  return true;
}

/**
 * Writes a report sheet row by row: each row's cells, then the merges that
 * start on it (cells a merge covers take its first cell's style, as Excel
 * shows them), its height, chart bars (ExcelJS cannot write chart objects: bars
 * are drawn in cells) and a page break below; `done` is called with each
 * finished row (the streaming writer commits it). Rows with none of these
 * extras but a height go to `plain` when given (it writes them without ExcelJS cells).
 */
function fillReportSheet(
  worksheet: ExcelJS.Worksheet,
  sheet: ReportSheet,
  charts: ReportChart[],
  done: (row: ExcelJS.Row) => void,
  notes: Message[],
  plain?: PlainRows,
): void {
  sheet.widths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  const extras = rowExtras(sheet, charts);
  const last = maxOf([...extras.keys()], sheet.rows.length);
  for (let number = 1; number <= last; number++) {
    const extra = extras.get(number);
    if (writePlain(worksheet, number, sheet.rows[number - 1] ?? [], extra, plain, notes)) continue;
    const row = worksheet.getRow(number);
    (sheet.rows[number - 1] ?? []).forEach((model, j) => {
      const cell = row.getCell(j + 1);
      if (cell.type !== ExcelJS.ValueType.Merge) writeCell(cell, model, notes);
    });
    if (extra !== undefined) {
      for (const merge of extra.merges) worksheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
      if (extra.height !== undefined) row.height = extra.height;
      for (const { column, text, fails } of extra.bars) {
        const cell = row.getCell(column);
        cell.value = text;
        cell.style = fails ? BAR_STYLES.fails : BAR_STYLES.passes;
      }
      if (extra.breakAfter) row.addPageBreak();
    }
    done(row);
  }
}

/** ExcelJS's paper size code for A4. */
const PAPER_A4 = 9;

/**
 * A header or footer in Excel's codes: left, centre and right parts.
 *
 * @example
 * bandText({ left: '示例县.xlsx', center: '学校指标', right: '' }); // '&L示例县.xlsx&C学校指标&R'
 */
export function bandText(band: PrintBand): string {
  return `&L${band.left}&C${band.center}&R${band.right}`;
}

/**
 * A report sheet's page setup in ExcelJS's terms: A4, orientation, one page
 * wide, print titles, margins, page numbers, centring, gridlines.
 *
 * @example
 * pageSetupOf(sheet.print).paperSize; // 9 (A4)
 */
export function pageSetupOf(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    margins: print.margins,
    firstPageNumber: print.firstPageNumber,
    horizontalCentered: print.centerHorizontally,
    showGridLines: print.gridlines,
    ...(print.titleRows === null ? {} : { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` }),
  };
}

/** ExcelJS keeps a sheet's conditional formats in a field its typings leave out. */
type WithFormats = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

function isMarkRule(rule: ExcelJS.ConditionalFormattingRule): boolean {
  return rule.type === 'expression' && (rule.formulae ?? []).some((formula) => isMarkFormula(String(formula)));
}

/** Removes the conditional formats an earlier run added; the user's own stay as they are. */
function removeMarks(worksheet: ExcelJS.Worksheet): void {
  const sheet = worksheet as unknown as WithFormats;
  sheet.conditionalFormattings = sheet.conditionalFormattings
    .map((format) => ({
      ...format,
      rules: format.rules.filter((rule) => !isMarkRule(rule)),
    }))
    .filter((format) => format.rules.length > 0);
}

/** Adds the mark rules after the sheet's own conditional formats (their priorities stay). */
function addMarks(worksheet: ExcelJS.Worksheet, marks: MarkRule[]): void {
  const existing = (worksheet as unknown as WithFormats).conditionalFormattings.flatMap((format) => format.rules.map((rule) => rule.priority ?? 0));
  const base = maxOf(existing, 0);
  for (const mark of [...marks].sort((a, b) => a.priority - b.priority)) {
    worksheet.addConditionalFormatting({
      ref: mark.range,
      rules: [{ type: 'expression', formulae: [mark.formula], style: markStyle(MARK_STYLES[mark.level]), priority: base + mark.priority }],
    });
  }
}

/** A CSV file's values as the first sheet of a new workbook. */
async function csvWorkbook(input: Uint8Array, report: Pick<Report, 'source'>, notes: Message[]): Promise<Loaded> {
  const [grid] = await readWorkbookBytes(input, report.source.file ?? `${report.source.sheet}.csv`);
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(excelSheetName(report.source.sheet));
  const width = maxOf(grid.values.map((cells) => cells.length), 0);
  if (width > MAX_COLUMNS) throw new WorkbookReadError('limit', { code: 'copy-too-wide', params: { limit: MAX_COLUMNS } });
  grid.values.forEach((cells, i) => {
    const row = worksheet.getRow(grid.origin.row + i);
    cells.forEach((value, j) => {
      // Plain values only: CSV text such as '=1+1' stays text.
      if (value !== null) {
        const cell = row.getCell(grid.origin.column + j);
        cell.value = storedNoting(value, cell, notes);
      }
    });
  });
  return { workbook, csvSheet: worksheet.name };
}

/**
 * A name Excel accepts for a sheet: no : \ / ? * [ ], at most 31 characters.
 *
 * @example
 * excelSheetName('2025/县直学校'); // '2025_县直学校'
 */
export function excelSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/**
 * Cells that ExcelJS read as NaN or ±Infinity (`<v>NaN</v>`, `<v>1e309</v>`)
 * would be written back as `<v>NaN</v>` / `<v>Infinity</v>`, which Excel
 * refuses to open; they are written as the text the file held instead.
 */
async function keepNonFiniteAsText(workbook: ExcelJS.Workbook, input: Uint8Array): Promise<void> {
  const found: { sheet: string; cell: ExcelJS.Cell; row: number; column: number; number: number }[] = [];
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (typeof cell.value === 'number' && !Number.isFinite(cell.value)) {
          found.push({ sheet: worksheet.name, cell, row: rowNumber, column, number: cell.value });
        }
      });
    });
  }
  if (found.length === 0) return;
  const grids = new Map((await readWorkbookBytes(input, 'copy.xlsx')).map((grid) => [grid.sheet, grid]));
  for (const { sheet, cell, row, column, number } of found) {
    const raw = grids.get(sheet)?.values[row - 1]?.[column - 1];
    cell.value = typeof raw === 'string' ? raw : String(number);
  }
}

/** A loaded workbook; `csvSheet` names the sheet made from a CSV file, which every mark goes to. */
interface Loaded {
  workbook: ExcelJS.Workbook;
  csvSheet: string | null;
}

async function loadWorkbook(input: Uint8Array, report: Pick<Report, 'source'>, copyFacts: SheetCopyFacts[] | null, notes: Message[]): Promise<Loaded> {
  if (sniffFormat(input) !== 'xlsx') return csvWorkbook(input, report, notes);
  const obstacle = copyFacts === null ? await copyObstacle(input) : copyObstacleOf(copyFacts);
  if (obstacle !== null) throw new WorkbookReadError('limit', obstacle);
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy: ExcelJS must never touch the caller's bytes.
    await workbook.xlsx.load(input.slice().buffer);
  } catch {
    throw new WorkbookReadError('limit', { code: 'copy-unsupported', params: {} });
  }
  await keepNonFiniteAsText(workbook, input);
  return { workbook, csvSheet: null };
}

/** What a copy is told besides the input, the report and the marks. */
export interface CopyOptions {
  /** What the reader gathered for the copy's bounds (`readWorkbook`); without them the sheets are parsed once more. */
  copyFacts?: SheetCopyFacts[] | null;
  /** Collects the copy's own notes (a text cut to fit a cell). */
  notes?: Message[];
  /** Hears the names of report sheets of a version older than the mark, replaced in the copy. */
  onEarlier?: (sheets: string[]) => void;
}

/**
 * The user's workbook loaded for the copy, with the report sheets of an
 * earlier run, their mark and their conditional formats removed and this
 * run's marks added to the analysed sheet; the report sheets are still to be
 * written (`writeAnnotatedWorkbook`, or the streaming writer of the command line).
 * `copyFacts` are what the reader gathered for the copy's bounds (`readWorkbook`);
 * without them the sheets are parsed once more to check those bounds.
 * Throws `WorkbookReadError` when the copy cannot be written.
 */
export async function prepareCopy(input: Uint8Array, report: Pick<ReportInSteps, 'source' | 'names'>, marks: MarkRule[], options: CopyOptions = {}): Promise<ExcelJS.Workbook> {
  const { copyFacts = null, notes = [], onEarlier = () => undefined } = options;
  const { workbook, csvSheet } = await loadWorkbook(input, report, copyFacts, notes);
  const marked = markedReportSheets(workbook);
  // Report sheets of a version older than the mark are replaced like marked ones, and said.
  const earlier = earlierReportSheets(workbook, marked);
  for (const name of earlier) marked.add(name);
  if (earlier.length > 0) onEarlier(earlier);
  const wanted = new Set(report.names);
  const taken = workbook.worksheets.find((worksheet) => !marked.has(worksheet.name) && (wanted.has(worksheet.name) || isReportSheetName(worksheet.name)));
  if (taken !== undefined) throw new WorkbookReadError('limit', { code: 'copy-sheet-name-taken', params: { sheet: taken.name } });
  for (const worksheet of [...workbook.worksheets]) {
    if (marked.has(worksheet.name)) workbook.removeWorksheet(worksheet.id);
    else removeMarks(worksheet);
  }
  clearReportMark(workbook);
  for (const name of new Set(marks.map((mark) => csvSheet ?? mark.sheet))) {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet !== undefined) addMarks(worksheet, marks.filter((mark) => (csvSheet ?? mark.sheet) === name));
  }
  return workbook;
}

/** What the streaming writer does with a report sheet: prepare it before its first row, commit each row, write plain rows itself. */
export interface SheetHooks {
  started: (worksheet: ExcelJS.Worksheet) => void;
  done: (row: ExcelJS.Row) => void;
  plain?: PlainRows;
}

const NO_HOOKS: SheetHooks = { started: () => undefined, done: () => undefined };

/** Adds one report sheet, with its mark, to a workbook or a streaming writer. */
export function addReportSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet, charts: ReportChart[], hooks: SheetHooks = NO_HOOKS, notes: Message[] = []): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, reportSheetOptions(sheet));
  hooks.started(worksheet);
  fillReportSheet(worksheet, sheet, charts, hooks.done, notes, hooks.plain);
  markReportSheet(workbook, sheet.name);
  return worksheet;
}

/**
 * A copy of the user's workbook with the report sheets added and failing cells
 * marked (conditional formats on the analysed sheet, so the marks follow later
 * edits). Report sheets of an earlier run, and its marks, are replaced, never
 * duplicated; the user's own sheets keep their values, formulas, merges, widths
 * and styles. For a .csv input there is no workbook to copy: the result is a new
 * workbook whose first sheet holds the CSV's values, followed by the report sheets.
 * ExcelJS does not keep charts, pivot tables or macros of the input workbook.
 * A text longer than a cell can hold is cut, and `notes` gets a message naming the cell.
 * Report sheets written before the mark existed (exact name and title row) are
 * replaced too, and `onEarlier` hears their names.
 *
 * @example
 * const bytes = await writeAnnotatedWorkbook(input, buildReport(result, read, ruleset, 'zh'), buildMarkRules(read, result, ruleset));
 */
export async function writeAnnotatedWorkbook(
  input: Uint8Array,
  report: Report,
  marks: MarkRule[],
  notes: Message[] = [],
  onEarlier: (sheets: string[]) => void = () => undefined,
): Promise<Uint8Array> {
  const workbook = await prepareCopy(input, inSteps(report), marks, { notes, onEarlier });
  for (const reportSheet of report.sheets) addReportSheet(workbook, reportSheet, report.charts, NO_HOOKS, notes);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
