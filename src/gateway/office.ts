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
import { chartMax, isMarkFormula, isReportSheetName, MARK_STYLES, textBar } from '../core/report';
import type { MarkRule, PrintSetup, Report, ReportChart, ReportSheet } from '../core/report';
import type { Grid, L10n, MergeRange } from '../core/types';
import {
  EMPTY_SHEET,
  marksNeed,
  MERGES_UNREADABLE,
  NOT_IN_TABLE,
  SELECTION_UNREADABLE,
  settingsNotSaved,
  sheetGone,
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
import { maxOf, minOf } from '../core/arrays';

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
    const part = worksheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount).load('values');
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
async function locateSelection(context: Excel.RequestContext): Promise<Excel.Range> {
  const range = context.workbook.getSelectedRange().load(RANGE_META);
  const worksheet = context.workbook.worksheets.getActiveWorksheet();
  const used = worksheet.getUsedRangeOrNullObject(true).load(RANGE_META);
  await syncSelection(context);
  if (range.rowCount * range.columnCount <= 1) {
    throw new GatewayError(SINGLE_CELL_SELECTED);
  }
  const inside = used.isNullObject ? null : intersection(range, used);
  if (inside === null) throw new GatewayError(EMPTY_SHEET);
  if (inside.rowCount === range.rowCount && inside.columnCount === range.columnCount) return range;
  const clipped = worksheet.getRangeByIndexes(inside.rowIndex, inside.columnIndex, inside.rowCount, inside.columnCount).load(RANGE_META);
  await context.sync();
  return clipped;
}

async function locateTable(context: Excel.RequestContext, name: string | null): Promise<Located> {
  const tables = (
    name === null ? context.workbook.getSelectedRange().getTables(false) : context.workbook.tables
  ).load('items/name');
  await syncSelection(context);
  const table = name === null ? tables.items[0] : tables.items.find((item) => item.name === name);
  if (table === undefined) {
    throw new GatewayError(name === null ? NOT_IN_TABLE : tableGone(name));
  }
  const range = table.getRange().load(RANGE_META);
  await context.sync();
  return { range, table: table.name };
}

async function locateUsedRange(context: Excel.RequestContext, worksheet: Excel.Worksheet): Promise<Excel.Range> {
  const range = worksheet.getUsedRangeOrNullObject(true).load(RANGE_META);
  await context.sync();
  if (range.isNullObject) {
    throw new GatewayError(EMPTY_SHEET);
  }
  return range;
}

interface Located {
  range: Excel.Range;
  table: string | null;
}

/** Finds the table at a source for the first time. */
async function locateNew(context: Excel.RequestContext, source: TableSource): Promise<Located> {
  switch (source) {
    case 'selection':
      return { range: await locateSelection(context), table: null };
    case 'table':
      return locateTable(context, null);
    case 'sheet':
      return { range: await locateUsedRange(context, context.workbook.worksheets.getActiveWorksheet()), table: null };
  }
}

/** Finds a table found before: the same cells, the same Excel table, or the same sheet's used range (which may have grown). */
async function locateAgain(context: Excel.RequestContext, location: TableLocation): Promise<Located> {
  const worksheet = context.workbook.worksheets.getItem(location.sheet);
  switch (location.source) {
    case 'selection': {
      const range = worksheet.getRange(location.range).load(RANGE_META);
      await context.sync();
      return { range, table: null };
    }
    case 'table':
      return locateTable(context, location.table);
    case 'sheet':
      return { range: await locateUsedRange(context, worksheet), table: null };
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

async function writeSheet(
  worksheet: Excel.Worksheet,
  sheet: ReportSheet,
  arrays: SheetArrays,
  batch: WriteBatch,
  notes: Excel.NoteCollection | null,
  styled: boolean,
): Promise<void> {
  for (const chunk of chunkByBytes(arrays.rowBytes, REQUEST_BUDGET - 3 * OPERATION_BYTES)) {
    const end = chunk.start + chunk.count;
    const rowBytes = arrays.rowBytes.slice(chunk.start, end).reduce((sum, bytes) => sum + bytes, 0);
    await batch.reserve(rowBytes + 3 * OPERATION_BYTES);
    const range = worksheet.getRangeByIndexes(chunk.start, 0, chunk.count, arrays.width);
    range.numberFormat = arrays.formats.slice(chunk.start, end);
    range.values = arrays.values.slice(chunk.start, end);
    const properties = arrays.properties.slice(chunk.start, end);
    // Cell styles need ExcelApi 1.9 (Office 2019 has 1.8): without it the report keeps its values and number formats.
    if (styled && properties.some((row) => row.some((cell) => cell.format !== undefined))) range.setCellProperties(properties);
  }
  for (const rect of borderRectangles(sheet.rows)) {
    await batch.reserve(6 * OPERATION_BYTES);
    const borders = worksheet.getRange(rangeText(rect)).format.borders;
    for (const edge of BORDER_EDGES) borders.getItem(edge).style = 'Continuous';
    if (rect.bottom > rect.top) borders.getItem('InsideHorizontal').style = 'Continuous';
    if (rect.right > rect.left) borders.getItem('InsideVertical').style = 'Continuous';
  }
  for (const merge of sheet.merges) {
    await batch.reserve(OPERATION_BYTES);
    worksheet.getRange(rangeText(merge)).merge(false);
  }
  for (const [j, width] of sheet.widths.entries()) {
    await batch.reserve(OPERATION_BYTES);
    worksheet.getRangeByIndexes(0, j, 1, 1).getEntireColumn().format.columnWidth = widthPoints(width);
  }
  for (const run of heightRuns(sheet.heights)) {
    await batch.reserve(OPERATION_BYTES);
    worksheet.getRangeByIndexes(run.first - 1, 0, run.last - run.first + 1, 1).format.rowHeight = run.points;
  }
  await freeze(worksheet, sheet, batch);
  if (notes !== null) await addNotes(worksheet, sheet, batch, notes);
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
  else worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, rows, columns));
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
      notes.add(worksheet.getRangeByIndexes(i, j, 1, 1), cell.note);
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
    findTable: (source) => read(source, (context) => locateNew(context, source)),
    readTable: async (location) => (await read(location.source, (context) => locateAgain(context, location))).grid,

    async writeReport(report: Report, onProgress?: ProgressListener): Promise<WriteSummary> {
      return host.run(async (context) => {
        const worksheets = context.workbook.worksheets.load('items/name');
        const protection = host.supports('1.7') ? context.workbook.protection.load('protected') : null;
        await context.sync();
        if (protection?.protected) throw new GatewayError(WORKBOOK_PROTECTED);
        const replaced = worksheets.items.map((worksheet) => worksheet.name).filter(isReportSheetName);
        const arrays = report.sheets.map((sheet) => sheetArrays(sheet, barCells(sheet, report.charts)));
        const totalBytes = arrays.flatMap((sheet) => sheet.rowBytes).reduce((sum, bytes) => sum + bytes, 0);
        const total = Math.ceil(totalBytes / REQUEST_BUDGET) + 1;
        let done = 0;
        const batch = new WriteBatch(context, host, () => onProgress?.(Math.min(++done, total), total));
        for (const name of replaced) worksheets.getItem(name).delete();
        const notes = host.supports('1.18') ? context.workbook.notes : null;
        for (const [i, sheet] of report.sheets.entries()) {
          const worksheet = worksheets.add(sheet.name);
          await writeSheet(worksheet, sheet, arrays[i], batch, notes, host.supports('1.9'));
          if (host.supports('1.9')) await pageSetup(worksheet, sheet.print, batch);
          for (const chart of report.charts.filter((c) => c.sheet === sheet.key)) {
            await addChart(worksheet, chart, arrays[i].width, batch);
          }
        }
        if (report.sheets.length > 0) worksheets.getItem(report.sheets[0].name).activate();
        await batch.finish();
        return { sheets: report.sheets.map((sheet) => sheet.name), replaced };
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
        const worksheets = context.workbook.worksheets;
        const worksheet = sheet === null ? worksheets.getActiveWorksheet() : worksheets.getItemOrNullObject(sheet);
        worksheet.load('name');
        await context.sync();
        if (worksheet.isNullObject) {
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

