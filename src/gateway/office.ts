/**
 * The workbook gateway inside Excel, through Office.js.
 *
 * Every operation takes a fixed handful of `context.sync` calls plus one per
 * chunk of about `REQUEST_BUDGET` bytes (see `payload.ts`): values move as
 * whole 2-D arrays, never cell by cell, and calculation and screen updating
 * are suspended while writing. The user's cells are only ever read; writes go
 * to report sheets and to conditional formats tagged with the report model's
 * `MARK_TAG`.
 */
import { chartMax, isEarlierReportSheet, isMarkFormula, isReportSheetName, MARK_STYLES, textBar } from '../core/report';
import { REPORT_MARK } from '../files/report-mark';
import type { MarkRule, PrintSetup, Report, ReportChart, ReportSheet } from '../core/report';
import type { Grid, L10n, MergeRange } from '../core/types';
import {
  earlierReportsReplaced,
  EMPTY_SHEET,
  marksNeed,
  MERGES_UNREADABLE,
  NOT_IN_TABLE,
  reportLimits,
  SELECTION_UNREADABLE,
  settingsNotSaved,
  sheetGone,
  sheetNotOurs,
  sheetProtected,
  SINGLE_CELL_SELECTED,
  tableGone,
  WORKBOOK_PROTECTED,
  WORKBOOK_READ_ONLY,
} from './messages';
import { splitAddress } from '../core/address';
import { parseRange, rangeText, splitAreas } from './a1';
import { intersection, loadEach } from './batches';
import {
  borderRectangles,
  cellInput,
  cellNumberFormat,
  cellProperties,
  sheetWidth,
  widthPoints,
} from './layout';
import type { ExcelInput } from './layout';
import {
  chunkByBytes,
  gridCell,
  jsonBytes,
  OPERATION_BYTES,
  READ_BYTES_PER_CELL,
  readBytesPerCell,
  REQUEST_BUDGET,
  rowsPerRead,
  textBytes,
} from './payload';
import { EMPTY_SETTINGS, GatewayError, languageOf } from './types';
import type {
  FoundTable,
  ProgressListener,
  StoredSettings,
  TableLocation,
  TableSource,
  WorkbookGateway,
  WriteSummary,
} from './types';
import { appendAll, maxOf, minOf } from '../core/arrays';

/** What the gateway needs from Office, so tests can hand in office-addin-mock objects. */
export interface OfficeHost {
  /** `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.document.settings`: kept inside the workbook file; used where `workbook.settings` (ExcelApi 1.4) is missing. */
  settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;
  /** `Office.context.displayLanguage`, e.g. 'zh-CN'. */
  displayLanguage: string;
  /** Whether the host supports an ExcelApi requirement set, e.g. '1.9'. */
  supports(version: string): boolean;
}

/**
 * The host of the running add-in, from Office.js's globals.
 *
 * @example
 * const gateway = createOfficeGateway(officeHost());
 */
export function officeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings,
    displayLanguage: Office.context.displayLanguage,
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

/** Document-settings keys. */
const SETTING_RULESETS = 'junheng.rulesets';
const SETTING_RULESET_ID = 'junheng.rulesetId';
const SETTING_HISTORY = 'junheng.history';
const SETTING_KEYS = [SETTING_RULESETS, SETTING_RULESET_ID, SETTING_HISTORY] as const;
/** Report sheets written by an Excel without defined names on sheets (ExcelApi 1.4): the mark kept in the document settings. */
const SETTING_REPORT_SHEETS = 'junheng.reportSheets';

/** Conditional formats came with ExcelApi 1.6: without it the pane checks and writes reports but cannot mark. */
const MARKS_NEED = '1.6';

/** A sheet's protection and the marks Junheng left on it. */
interface SheetMarks {
  name: string;
  protected: boolean;
  ours: Excel.ConditionalFormat[];
}

const RANGE_META = 'address,rowIndex,columnIndex,rowCount,columnCount';

/**
 * The cells at 0-based indexes, by A1 address: `getRangeByIndexes` needs ExcelApi 1.7,
 * `getRange` works in every Excel (Office 2016 volume licence has only 1.1).
 */
function cellsAt(worksheet: Excel.Worksheet, rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): Excel.Range {
  return worksheet.getRange(rangeText({ top: rowIndex + 1, left: columnIndex + 1, bottom: rowIndex + rowCount, right: columnIndex + columnCount }));
}

/**
 * Queues a sheet's used range (values only where the host can say so). Read it
 * after the sync with `usedOrNull`.
 */
function queueUsedRange(host: OfficeHost, worksheet: Excel.Worksheet): Excel.Range {
  if (host.supports('1.4')) return worksheet.getUsedRangeOrNullObject(true).load(RANGE_META);
  return (host.supports('1.2') ? worksheet.getUsedRange(true) : worksheet.getUsedRange()).load(RANGE_META);
}

/**
 * The used range queued by `queueUsedRange`, or null when the sheet is empty. Before
 * ExcelApi 1.4 an empty sheet's used range is A1, so a single cell is looked at once more.
 */
async function usedOrNull(context: Excel.RequestContext, range: Excel.Range): Promise<Excel.Range | null> {
  if (range.isNullObject) return null;
  if (range.rowCount * range.columnCount > 1) return range;
  range.load('values');
  await context.sync();
  const [[value]] = range.values;
  return value === '' || value === null ? null : range;
}

/**
 * Queues writes into syncs of at most `REQUEST_BUDGET` estimated bytes, each with
 * calculation suspended. Screen updating is suspended for the first sync only:
 * suspending it again after every chunk makes the screen flicker (office-js #545).
 */
class WriteBatch {
  private bytes = 0;
  private screenSuspended = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly host: OfficeHost,
    private readonly onSync: () => void = () => undefined,
  ) {
    this.suspend();
  }

  /** Makes room for an operation of `bytes`, sending what is queued first when it would grow past the budget. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > REQUEST_BUDGET) {
      await this.context.sync();
      this.onSync();
      this.bytes = 0;
      this.suspend();
    }
    this.bytes += bytes;
  }

  /** Sends the rest. */
  async finish(): Promise<void> {
    await this.context.sync();
    this.onSync();
  }

  private suspend(): void {
    if (this.host.supports('1.6')) this.context.application.suspendApiCalculationUntilNextSync();
    if (!this.screenSuspended && this.host.supports('1.9')) {
      this.context.application.suspendScreenUpdatingUntilNextSync();
      this.screenSuspended = true;
    }
  }
}

/**
 * The merged areas of a range, in a sync of their own: `getMergedAreasOrNullObject`
 * fails for more than 512 areas (Excel.Range reference), and then the table is
 * read as unmerged, with a warning, rather than not at all.
 */
async function readMerges(
  context: Excel.RequestContext,
  host: OfficeHost,
  range: Excel.Range,
): Promise<{ merges: MergeRange[]; warning: L10n | null }> {
  if (!host.supports('1.13')) return { merges: [], warning: null };
  const merged = range.getMergedAreasOrNullObject().load('address');
  try {
    await context.sync();
  } catch {
    return { merges: [], warning: MERGES_UNREADABLE };
  }
  return { merges: merged.isNullObject ? [] : mergesOf(merged.address), warning: null };
}

/** Reads a located range (address and bounds loaded) as a grid, in chunks of `rowsPerRead` rows, then its merges. */
async function readGrid(context: Excel.RequestContext, host: OfficeHost, range: Excel.Range): Promise<{ grid: Grid; warnings: L10n[] }> {
  const sheet = splitAddress(range.address).sheet ?? '';
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  const values: Grid['values'] = [];
  let bytesPerCell = READ_BYTES_PER_CELL;
  for (let start = 0; start < rowCount; ) {
    const count = Math.min(rowsPerRead(columnCount, bytesPerCell), rowCount - start);
    const part = cellsAt(worksheet, rowIndex + start, columnIndex, count, columnCount).load('values');
    await context.sync();
    for (const row of part.values) values.push(row.map(gridCell));
    bytesPerCell = readBytesPerCell(jsonBytes(part.values) / (count * columnCount));
    start += count;
  }
  const { merges, warning } = await readMerges(context, host, range);
  return { grid: { sheet, values, origin: { row: rowIndex + 1, column: columnIndex + 1 }, merges }, warnings: warning ? [warning] : [] };
}

function mergesOf(addresses: string): MergeRange[] {
  return splitAreas(addresses).map((area) => parseRange(splitAddress(area).range));
}

/** A sync that fails when the selection is several areas or an object (a chart): said plainly. */
async function syncSelection(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch {
    throw new GatewayError(SELECTION_UNREADABLE);
  }
}

/**
 * The selected cells, cut to the sheet's used range: a selection of whole
 * columns (1 048 576 rows) reads only the rows that hold something.
 */
async function locateSelection(context: Excel.RequestContext, host: OfficeHost): Promise<Excel.Range> {
  const range = context.workbook.getSelectedRange().load(RANGE_META);
  const worksheet = context.workbook.worksheets.getActiveWorksheet();
  const queued = queueUsedRange(host, worksheet);
  await syncSelection(context);
  if (range.rowCount * range.columnCount <= 1) {
    throw new GatewayError(SINGLE_CELL_SELECTED);
  }
  const used = await usedOrNull(context, queued);
  const inside = used === null ? null : intersection(range, used);
  if (inside === null) throw new GatewayError(EMPTY_SHEET);
  if (inside.rowCount === range.rowCount && inside.columnCount === range.columnCount) return range;
  const clipped = cellsAt(worksheet, inside.rowIndex, inside.columnIndex, inside.rowCount, inside.columnCount).load(RANGE_META);
  await context.sync();
  return clipped;
}

/**
 * The Excel table around the selection: `Range.getTables` (ExcelApi 1.9), else
 * every table's range compared with the selection's.
 */
async function selectedTable(context: Excel.RequestContext, host: OfficeHost): Promise<Excel.Table | undefined> {
  if (host.supports('1.9')) {
    const around = context.workbook.getSelectedRange().getTables(false).load('items/name');
    await syncSelection(context);
    return around.items[0];
  }
  const selection = context.workbook.getSelectedRange().load(RANGE_META);
  const tables = context.workbook.tables.load('items/name');
  await syncSelection(context);
  const ranges = tables.items.map((table) => table.getRange().load(RANGE_META));
  await context.sync();
  const sheet = splitAddress(selection.address).sheet;
  const index = ranges.findIndex((range) => {
    const inside = splitAddress(range.address).sheet === sheet ? intersection(range, selection) : null;
    return inside !== null && inside.rowCount === selection.rowCount && inside.columnCount === selection.columnCount;
  });
  return tables.items[index];
}

async function locateTable(context: Excel.RequestContext, host: OfficeHost, name: string | null): Promise<Located> {
  let table: Excel.Table | undefined;
  if (name === null) {
    table = await selectedTable(context, host);
  } else {
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    table = tables.items.find((item) => item.name === name);
  }
  if (table === undefined) {
    throw new GatewayError(name === null ? NOT_IN_TABLE : tableGone(name));
  }
  const range = table.getRange().load(RANGE_META);
  await context.sync();
  return { range, table: table.name };
}

async function locateUsedRange(context: Excel.RequestContext, host: OfficeHost, worksheet: Excel.Worksheet): Promise<Excel.Range> {
  const queued = queueUsedRange(host, worksheet);
  await context.sync();
  const range = await usedOrNull(context, queued);
  if (range === null) throw new GatewayError(EMPTY_SHEET);
  return range;
}

interface Located {
  range: Excel.Range;
  table: string | null;
}

/** Finds the table at a source for the first time. */
async function locateNew(context: Excel.RequestContext, host: OfficeHost, source: TableSource): Promise<Located> {
  switch (source) {
    case 'selection':
      return { range: await locateSelection(context, host), table: null };
    case 'table':
      return locateTable(context, host, null);
    case 'sheet':
      return { range: await locateUsedRange(context, host, context.workbook.worksheets.getActiveWorksheet()), table: null };
  }
}

/** Finds a table found before: the same cells, the same Excel table, or the same sheet's used range (which may have grown). */
async function locateAgain(context: Excel.RequestContext, host: OfficeHost, location: TableLocation): Promise<Located> {
  const worksheet = context.workbook.worksheets.getItem(location.sheet);
  switch (location.source) {
    case 'selection': {
      const range = worksheet.getRange(location.range).load(RANGE_META);
      await context.sync();
      return { range, table: null };
    }
    case 'table':
      return locateTable(context, host, location.table);
    case 'sheet':
      return { range: await locateUsedRange(context, host, worksheet), table: null };
  }
}

function locationOf(source: TableSource, range: Excel.Range, table: string | null): TableLocation {
  const { sheet, range: a1 } = splitAddress(range.address);
  return { source, sheet: sheet ?? '', range: a1, table };
}

/** One report sheet as 2-D arrays for Office.js, and the estimated request bytes of each row. */
interface SheetArrays {
  width: number;
  values: ExcelInput[][];
  formats: string[][];
  properties: Excel.SettableCellProperties[][];
  rowBytes: number[];
}

/** An in-cell bar of a CV chart, in the column the model leaves for it (`ReportChart.column`). */
export interface BarCell {
  row: number;
  column: number;
  text: string;
}

/**
 * The in-cell bars of a report sheet's CV charts (shared with the WPS gateway).
 *
 * @example
 * barCells(report.sheets[1], report.charts)[0]; // { row: 6, column: 8, text: '██████…┃' }
 */
export function barCells(sheet: ReportSheet, charts: readonly ReportChart[]): BarCell[] {
  return charts
    .filter((chart) => chart.sheet === sheet.key)
    .flatMap((chart) => {
      const max = chartMax(chart);
      return chart.bars.map((bar) => ({ row: bar.row, column: chart.column, text: textBar(bar.cv, bar.limit, max) }));
    });
}

function sheetArrays(sheet: ReportSheet, bars: readonly BarCell[]): SheetArrays {
  const width = maxOf(bars.map((bar) => bar.column), sheetWidth(sheet));
  const cells = sheet.rows.map((row) => Array.from({ length: width }, (_, j) => row[j]));
  const values = cells.map((row) => row.map(cellInput));
  for (const bar of bars) values[bar.row - 1][bar.column - 1] = bar.text;
  const formats = cells.map((row) => row.map(cellNumberFormat));
  const properties = cells.map((row) => row.map(cellProperties));
  const rowBytes = values.map((row, i) => jsonBytes(row) + jsonBytes(formats[i]) + jsonBytes(properties[i]));
  return { width, values, formats, properties, rowBytes };
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * Writes one report sheet. Values, number formats and borders work in every Excel
 * (ExcelApi 1.1); the rest only where the host has it: merges, widths and heights
 * 1.2, frozen panes 1.7, cell styles 1.9, notes 1.18 (`reportLimits` says what is missing).
 */
async function writeSheet(
  worksheet: Excel.Worksheet,
  sheet: ReportSheet,
  arrays: SheetArrays,
  batch: WriteBatch,
  host: OfficeHost,
  notes: Excel.NoteCollection | null,
): Promise<void> {
  const styled = host.supports('1.9');
  for (const chunk of chunkByBytes(arrays.rowBytes, REQUEST_BUDGET - 3 * OPERATION_BYTES)) {
    const end = chunk.start + chunk.count;
    const rowBytes = arrays.rowBytes.slice(chunk.start, end).reduce((sum, bytes) => sum + bytes, 0);
    await batch.reserve(rowBytes + 3 * OPERATION_BYTES);
    const range = cellsAt(worksheet, chunk.start, 0, chunk.count, arrays.width);
    range.numberFormat = arrays.formats.slice(chunk.start, end);
    range.values = arrays.values.slice(chunk.start, end);
    const properties = arrays.properties.slice(chunk.start, end);
    // Cell styles need ExcelApi 1.9 (Office 2019 has 1.7): without it the report keeps its values and number formats.
    if (styled && properties.some((row) => row.some((cell) => cell.format !== undefined))) range.setCellProperties(properties);
  }
  for (const rect of borderRectangles(sheet.rows)) {
    await batch.reserve(6 * OPERATION_BYTES);
    const borders = worksheet.getRange(rangeText(rect)).format.borders;
    for (const edge of BORDER_EDGES) borders.getItem(edge).style = 'Continuous';
    if (rect.bottom > rect.top) borders.getItem('InsideHorizontal').style = 'Continuous';
    if (rect.right > rect.left) borders.getItem('InsideVertical').style = 'Continuous';
  }
  if (host.supports('1.2')) await sizeAndMerge(worksheet, sheet, batch);
  if (host.supports('1.7')) await freeze(worksheet, sheet, batch);
  if (notes !== null) await addNotes(worksheet, sheet, batch, notes);
}

/** Merged title rows, column widths and row heights (ExcelApi 1.2). */
async function sizeAndMerge(worksheet: Excel.Worksheet, sheet: ReportSheet, batch: WriteBatch): Promise<void> {
  for (const merge of sheet.merges) {
    await batch.reserve(OPERATION_BYTES);
    worksheet.getRange(rangeText(merge)).merge(false);
  }
  for (const [j, width] of sheet.widths.entries()) {
    await batch.reserve(OPERATION_BYTES);
    cellsAt(worksheet, 0, j, 1, 1).getEntireColumn().format.columnWidth = widthPoints(width);
  }
  for (const run of heightRuns(sheet.heights)) {
    await batch.reserve(OPERATION_BYTES);
    cellsAt(worksheet, run.first - 1, 0, run.last - run.first + 1, 1).format.rowHeight = run.points;
  }
}

/** Consecutive rows of the same height, set in one operation. */
function heightRuns(heights: ReportSheet['heights']): { first: number; last: number; points: number }[] {
  const runs: { first: number; last: number; points: number }[] = [];
  for (const { row, points } of heights) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.last === row - 1 && last.points === points) last.last = row;
    else runs.push({ first: row, last: row, points });
  }
  return runs;
}

/** Inches (the model's margins) as points (Office.js). */
const POINTS_PER_INCH = 72;

/**
 * The sheet's page setup through `worksheet.pageLayout` (ExcelApi 1.9): A4,
 * orientation, one page wide, print titles, margins, header and footer, page
 * breaks. Hosts without 1.9 print with Excel's defaults; the cells are the same.
 */
async function pageSetup(worksheet: Excel.Worksheet, print: PrintSetup, batch: WriteBatch): Promise<void> {
  const bands = [print.header, print.footer].flatMap((band) => [band.left, band.center, band.right]);
  await batch.reserve(12 * OPERATION_BYTES + bands.reduce((sum, text) => sum + textBytes(text), 0));
  const layout = worksheet.pageLayout;
  layout.paperSize = print.paper;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  layout.leftMargin = print.margins.left * POINTS_PER_INCH;
  layout.rightMargin = print.margins.right * POINTS_PER_INCH;
  layout.topMargin = print.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = print.margins.header * POINTS_PER_INCH;
  layout.footerMargin = print.margins.footer * POINTS_PER_INCH;
  layout.firstPageNumber = print.firstPageNumber;
  layout.centerHorizontally = print.centerHorizontally;
  layout.printGridlines = print.gridlines;
  const pages = layout.headersFooters.defaultForAllPages;
  pages.leftHeader = print.header.left;
  pages.centerHeader = print.header.center;
  pages.rightHeader = print.header.right;
  pages.leftFooter = print.footer.left;
  pages.centerFooter = print.footer.center;
  pages.rightFooter = print.footer.right;
  if (print.titleRows !== null) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  for (const row of print.breaksBefore) {
    await batch.reserve(OPERATION_BYTES);
    worksheet.horizontalPageBreaks.add(`A${row}`);
  }
}

async function freeze(worksheet: Excel.Worksheet, sheet: ReportSheet, batch: WriteBatch): Promise<void> {
  const { rows, columns } = sheet.freeze;
  if (rows === 0 && columns === 0) return;
  await batch.reserve(OPERATION_BYTES);
  if (columns === 0) worksheet.freezePanes.freezeRows(rows);
  else if (rows === 0) worksheet.freezePanes.freezeColumns(columns);
  else worksheet.freezePanes.freezeAt(cellsAt(worksheet, 0, 0, rows, columns));
}

async function addNotes(
  worksheet: Excel.Worksheet,
  sheet: ReportSheet,
  batch: WriteBatch,
  notes: Excel.NoteCollection,
): Promise<void> {
  for (const [i, row] of sheet.rows.entries()) {
    for (const [j, cell] of row.entries()) {
      if (cell.note === undefined) continue;
      await batch.reserve(OPERATION_BYTES + textBytes(cell.note));
      notes.add(cellsAt(worksheet, i, j, 1, 1), cell.note);
    }
  }
}

async function addChart(worksheet: Excel.Worksheet, chart: ReportChart, width: number, batch: WriteBatch): Promise<void> {
  await batch.reserve(8 * OPERATION_BYTES + textBytes(chart.title));
  const added = worksheet.charts.add('BarClustered', worksheet.getRange(splitAddress(chart.values).range), 'Columns');
  added.series.getItemAt(0).setXAxisValues(worksheet.getRange(splitAddress(chart.labels).range));
  added.title.text = chart.title;
  added.legend.visible = false;
  const top = Math.max(1, minOf(chart.bars.map((bar) => bar.row)) - 1);
  added.setPosition(rangeText({ top, left: width + 2, bottom: top, right: width + 2 }));
}

/** The workbook's report sheets as their marks say, read before a report is written. */
interface ReportSheets {
  /** Sheets to replace: marked ones, and earlier-version reports (exact name and title) without a mark. */
  replaced: string[];
  /** Of those, the ones without a mark. */
  earlier: string[];
  /** Sheets with a report sheet's name that are not reports: never deleted. */
  others: string[];
  /** Sheets the workbook-scoped mark (written by the command line's copy) points at; null without one. */
  workbookMark: string[] | null;
}

/**
 * Queues the workbook-scoped mark `_JunhengReport` the command line writes (its
 * formula names the report sheets; `value` where `formula`, ExcelApi 1.7, is missing).
 */
function queueWorkbookMark(context: Excel.RequestContext, host: OfficeHost): Excel.NamedItemCollection {
  return context.workbook.names.load(host.supports('1.7') ? 'items/name,items/formula' : 'items/name,items/value');
}

function workbookMarkSheets(host: OfficeHost, names: Excel.NamedItemCollection): string[] | null {
  const mark = names.items.find((item) => item.name === REPORT_MARK);
  if (mark === undefined) return null;
  const text = String((host.supports('1.7') ? mark.formula : mark.value) ?? '').replace(/^=/, '');
  return splitAreas(text).map((area) => splitAddress(area).sheet ?? '');
}

/**
 * Which sheets named like report sheets carry the report mark — a sheet-scoped
 * `_JunhengReport` name (ExcelApi 1.4), the command line's workbook-scoped one, or,
 * in an Excel without sheet names, the list in the document settings — and which
 * are reports of an earlier version (exact name and title row, `isEarlierReportSheet`).
 * One sync, and none when no sheet has a report sheet's name.
 */
async function readReportSheets(
  context: Excel.RequestContext,
  host: OfficeHost,
  worksheets: Excel.WorksheetCollection,
  names: Excel.NamedItemCollection,
): Promise<ReportSheets> {
  const workbookMark = workbookMarkSheets(host, names);
  const marked = new Set(workbookMark ?? []);
  // The list in the document settings can be stale (a sheet deleted and a user's made with its name): its sheets also need their title.
  const stored = host.supports('1.4') ? null : host.settings.get(SETTING_REPORT_SHEETS);
  const listed = new Set(Array.isArray(stored) ? stored.map(String) : []);
  const candidates = worksheets.items.filter((worksheet) => isReportSheetName(worksheet.name));
  const found: ReportSheets = { replaced: [], earlier: [], others: [], workbookMark };
  if (candidates.length === 0) return found;
  const looks = candidates.map((worksheet) => ({
    name: worksheet.name,
    mark: host.supports('1.4') ? worksheet.names.getItemOrNullObject(REPORT_MARK).load('name') : null,
    title: worksheet.getRange('A1').load('values'),
  }));
  await context.sync();
  for (const { name, mark, title } of looks) {
    const titled = isEarlierReportSheet(name, title.values[0][0] as string);
    if (marked.has(name) || (mark !== null && !mark.isNullObject) || (listed.has(name) && titled)) found.replaced.push(name);
    else if (titled) found.earlier.push(name);
    else found.others.push(name);
  }
  appendAll(found.replaced, found.earlier);
  return found;
}

/**
 * Marks the sheets just written as reports: a sheet-scoped `_JunhengReport` name on
 * each (ExcelApi 1.4, read by the command line too), else the list in the document
 * settings. A workbook-scoped mark whose sheets were all replaced is removed.
 */
async function markReportSheets(
  context: Excel.RequestContext,
  host: OfficeHost,
  written: readonly { name: string; worksheet: Excel.Worksheet }[],
  found: ReportSheets,
): Promise<void> {
  if (!host.supports('1.4')) {
    host.settings.set(SETTING_REPORT_SHEETS, written.map(({ name }) => name));
    await new Promise<void>((resolve) => host.settings.saveAsync(() => resolve()));
    return;
  }
  for (const { worksheet } of written) worksheet.names.add(REPORT_MARK, worksheet.getRange('A1'));
  if (found.workbookMark?.every((sheet) => found.replaced.includes(sheet))) context.workbook.names.getItem(REPORT_MARK).delete();
}

/**
 * The gateway inside Excel.
 *
 * @example
 * Office.onReady((info) => { if (info.host) render(createOfficeGateway(officeHost())); });
 */
export function createOfficeGateway(host: OfficeHost): WorkbookGateway {
  async function read(source: TableSource, locate: (context: Excel.RequestContext) => Promise<Located>): Promise<FoundTable> {
    return host.run(async (context) => {
      const { range, table } = await locate(context);
      const location = locationOf(source, range, table);
      const { grid, warnings } = await readGrid(context, host, range);
      return warnings.length > 0 ? { location, grid, warnings } : { location, grid };
    });
  }

  /**
   * Junheng's conditional formats, sheet by sheet: custom rules whose formula carries the
   * report model's `MARK_TAG`. The tag travels inside the workbook, so marks are found
   * after the file was copied or a sheet renamed, and a user's own rules never match.
   * Types are loaded first and formulas of custom rules only: loading formulas across
   * rules of other types can throw (office-js #2180, #6827). A sheet whose rules cannot
   * be read is skipped rather than stopping the others.
   */
  async function findOurMarks(context: Excel.RequestContext): Promise<SheetMarks[]> {
    const worksheets = context.workbook.worksheets.load(host.supports('1.2') ? 'items/name,items/protection/protected' : 'items/name');
    await context.sync();
    const sheets = worksheets.items;
    const formats = await loadEach(
      context,
      sheets.map((worksheet) => () => worksheet.getRange().conditionalFormats.load('items/type')),
    );
    const custom = formats.map((collection) => (collection === null ? [] : collection.items.filter((cf) => cf.type === 'Custom')));
    const formulas = await loadEach(
      context,
      custom.map((list) => () => list.map((cf) => cf.load('customOrNullObject/rule/formula'))),
    );
    return sheets.map((worksheet, i) => ({
      name: worksheet.name,
      protected: host.supports('1.2') && worksheet.protection.protected,
      ours: (formulas[i] ?? []).filter((cf) => !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula)),
    }));
  }

  /** Refuses, naming the sheet, when a sheet to change is protected. */
  function checkUnprotected(sheets: readonly SheetMarks[], names: ReadonlySet<string>): void {
    const locked = sheets.find((sheet) => sheet.protected && names.has(sheet.name));
    if (locked !== undefined) throw new GatewayError(sheetProtected(locked.name));
  }

  return {
    kind: 'excel',
    language: () => languageOf(host.displayLanguage),
    findTable: (source) => read(source, (context) => locateNew(context, host, source)),
    readTable: async (location) => (await read(location.source, (context) => locateAgain(context, host, location))).grid,

    async writeReport(report: Report, onProgress?: ProgressListener): Promise<WriteSummary> {
      return host.run(async (context) => {
        const worksheets = context.workbook.worksheets.load('items/name');
        const protection = host.supports('1.7') ? context.workbook.protection.load('protected') : null;
        const names = queueWorkbookMark(context, host);
        await context.sync();
        if (protection?.protected) throw new GatewayError(WORKBOOK_PROTECTED);
        const found = await readReportSheets(context, host, worksheets, names);
        const taken = found.others.find((name) => report.sheets.some((sheet) => sheet.name === name));
        if (taken !== undefined) throw new GatewayError(sheetNotOurs(taken));
        const { replaced } = found;
        const arrays = report.sheets.map((sheet) => sheetArrays(sheet, barCells(sheet, report.charts)));
        const totalBytes = arrays.flatMap((sheet) => sheet.rowBytes).reduce((sum, bytes) => sum + bytes, 0);
        const total = Math.ceil(totalBytes / REQUEST_BUDGET) + 1;
        let done = 0;
        const batch = new WriteBatch(context, host, () => onProgress?.(Math.min(++done, total), total));
        for (const name of replaced) worksheets.getItem(name).delete();
        const notes = host.supports('1.18') ? context.workbook.notes : null;
        const written: { name: string; worksheet: Excel.Worksheet }[] = [];
        for (const [i, sheet] of report.sheets.entries()) {
          const worksheet = worksheets.add(sheet.name);
          written.push({ name: sheet.name, worksheet });
          await writeSheet(worksheet, sheet, arrays[i], batch, host, notes);
          if (host.supports('1.9')) await pageSetup(worksheet, sheet.print, batch);
          // A chart's category labels need ExcelApi 1.7; without them the in-cell bars stand alone.
          for (const chart of host.supports('1.7') ? report.charts.filter((c) => c.sheet === sheet.key) : []) {
            await addChart(worksheet, chart, arrays[i].width, batch);
          }
        }
        if (report.sheets.length > 0) worksheets.getItem(report.sheets[0].name).activate();
        await batch.reserve(written.length * OPERATION_BYTES);
        await markReportSheets(context, host, written, found);
        await batch.finish();
        const withNotes = report.sheets.some((sheet) => sheet.rows.some((row) => row.some((cell) => cell.note !== undefined)));
        const said = [reportLimits(host.supports, withNotes), found.earlier.length > 0 ? earlierReportsReplaced(found.earlier) : null];
        return { sheets: report.sheets.map((sheet) => sheet.name), replaced, notes: said.filter((note): note is L10n => note !== null) };
      });
    },

    markingUnavailable: () => (host.supports(MARKS_NEED) ? null : marksNeed(MARKS_NEED)),

    async applyMarks(rules: MarkRule[]): Promise<number> {
      if (!host.supports(MARKS_NEED)) throw new GatewayError(marksNeed(MARKS_NEED));
      return host.run(async (context) => {
        const sheets = await findOurMarks(context);
        const earlier = sheets.flatMap((sheet) => sheet.ours);
        checkUnprotected(sheets, new Set([...sheets.filter((s) => s.ours.length > 0).map((s) => s.name), ...rules.map((r) => r.sheet)]));
        const batch = new WriteBatch(context, host);
        for (const cf of earlier) cf.delete();
        const worksheets = new Map<string, Excel.Worksheet>();
        const worksheet = (name: string) => {
          if (!worksheets.has(name)) worksheets.set(name, context.workbook.worksheets.getItem(name));
          return worksheets.get(name) as Excel.Worksheet;
        };
        // add() puts each new rule on top, so the rule that must win (lowest priority) goes last.
        for (const rule of [...rules].sort((a, b) => b.priority - a.priority)) {
          await batch.reserve(6 * OPERATION_BYTES + textBytes(rule.formula));
          const cf = worksheet(rule.sheet).getRange(rule.range).conditionalFormats.add('Custom');
          cf.custom.rule.formula = `=${rule.formula}`;
          const style = MARK_STYLES[rule.level];
          if (style.fill !== undefined) cf.custom.format.fill.color = `#${style.fill}`;
          if (style.color !== undefined) cf.custom.format.font.color = `#${style.color}`;
          if (style.bold) cf.custom.format.font.bold = true;
        }
        await batch.finish();
        return rules.length;
      });
    },

    async clearMarks(): Promise<number> {
      if (!host.supports(MARKS_NEED)) return 0;
      return host.run(async (context) => {
        const sheets = await findOurMarks(context);
        const ours = sheets.flatMap((sheet) => sheet.ours);
        if (ours.length === 0) return 0;
        checkUnprotected(sheets, new Set(sheets.filter((s) => s.ours.length > 0).map((s) => s.name)));
        for (const cf of ours) cf.delete();
        await context.sync();
        return ours.length;
      });
    },

    async selectCell(address: string): Promise<void> {
      const { sheet, range } = splitAddress(address);
      await host.run(async (context) => {
        // Sheets by name rather than getItemOrNullObject (ExcelApi 1.4): the same in every Excel.
        const worksheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        const worksheet = sheet === null ? worksheets.getActiveWorksheet() : worksheets.items.find((item) => item.name === sheet);
        if (worksheet === undefined) {
          throw new GatewayError(sheetGone(sheet ?? ''));
        }
        worksheet.activate();
        worksheet.getRange(range).select();
        await context.sync();
      });
    },

    async loadSettings(): Promise<StoredSettings> {
      const stored = host.supports('1.4')
        ? await host.run(async (context) => {
            const items = SETTING_KEYS.map((key) => context.workbook.settings.getItemOrNullObject(key).load('value'));
            await context.sync();
            return items.map((item) => (item.isNullObject ? null : (item.value as unknown)));
          })
        : [null, null, null];
      // Workbooks saved by earlier versions keep them in the document settings.
      const [rulesets, rulesetId, history] = stored.every((value) => value === null) ? SETTING_KEYS.map((key) => host.settings.get(key) as unknown) : stored;
      return {
        rulesets: Array.isArray(rulesets) ? rulesets : EMPTY_SETTINGS.rulesets,
        rulesetId: typeof rulesetId === 'string' ? rulesetId : null,
        ...(Array.isArray(history) ? { history } : {}),
      };
    },

    /** Saves in `workbook.settings` (ExcelApi 1.4, as the docs advise), else the document settings; refuses plainly in a read-only workbook. */
    async saveSettings(settings: StoredSettings): Promise<void> {
      if (host.supports('1.4')) {
        await host.run(async (context) => {
          if (host.supports('1.8')) {
            const workbook = context.workbook.load('readOnly');
            await context.sync();
            if (workbook.readOnly) throw new GatewayError(WORKBOOK_READ_ONLY);
          }
          context.workbook.settings.add(SETTING_RULESETS, settings.rulesets);
          context.workbook.settings.add(SETTING_RULESET_ID, settings.rulesetId);
          if (settings.history !== undefined) context.workbook.settings.add(SETTING_HISTORY, settings.history);
          await context.sync();
        });
        return;
      }
      host.settings.set(SETTING_RULESETS, settings.rulesets);
      host.settings.set(SETTING_RULESET_ID, settings.rulesetId);
      if (settings.history !== undefined) host.settings.set(SETTING_HISTORY, settings.history);
      await new Promise<void>((resolve, reject) => {
        host.settings.saveAsync((result) => {
          if (String(result.status) === 'failed') {
            reject(new GatewayError(settingsNotSaved(result.error?.message ?? '')));
          } else {
            resolve();
          }
        });
      });
    },
  };
}

