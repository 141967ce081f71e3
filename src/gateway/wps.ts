/**
 * The workbook gateway inside WPS 表格, over its synchronous object model
 * (`wps.EtApplication()`, modelled on Excel's VBA objects).
 *
 * The same promises as the Office.js gateway: the user's cells are only read
 * (values in blocks of rows, never cell by cell); reports go to new sheets and
 * replace only report sheets of an earlier run; marks are formula
 * conditional formats (`xlExpression`) with the report model's formulas,
 * tagged with `MARK_TAG` so clearing removes exactly Junheng's; settings live
 * in a hidden sheet (`wps-settings.ts`). Screen updating, calculation and
 * alerts are switched off while writing and restored afterwards.
 */
import { isEarlierReportSheet, isMarkFormula, isReportSheetName, MARK_STYLES, REPORT_STYLES } from '../core/report';
import type { MarkRule, Report, ReportSheet } from '../core/report';
import type { CellValue, Grid, MergeRange } from '../core/types';
import { splitAddress } from '../core/address';
import { parseRange, rangeText, splitAreas } from './a1';
import { borderRectangles, cellInput, sheetWidth } from './layout';
import type { ExcelInput } from './layout';
import { EMPTY_SHEET, NO_WORKBOOK, NOT_IN_TABLE, settingsNotSaved, sheetGone, sheetNotOurs, SINGLE_CELL_SELECTED, tableGone } from './messages';
import { barCells } from './office';
import { chunkByBytes, gridCell, jsonBytes, REQUEST_BUDGET, rowsPerRead } from './payload';
import { GatewayError, languageOf } from './types';
import type { FoundTable, ProgressListener, StoredSettings, TableLocation, TableSource, WorkbookGateway, WriteSummary } from './types';
import { applyLooks, numberFormatRectangles, styleRectangles } from './wps-layout';
import type { EtApplication, EtRange, EtWorkbook, EtWorksheet } from './wps-model';
import { wpsColor, XL_CALCULATION_MANUAL, XL_CONTINUOUS, XL_EXPRESSION } from './wps-model';
import { findSheet, loadWpsSettings, saveWpsSettings } from './wps-settings';
import { appendAll } from '../core/arrays';

/** What the gateway needs from WPS, so tests can hand in a fake. */
export interface WpsHost {
  /** `wps.EtApplication()`. */
  application: EtApplication;
  /** The UI language, e.g. 'zh-CN'. */
  displayLanguage: string;
}

/** A range's place: sheet and 1-based bounds. */
interface Place {
  sheet: EtWorksheet;
  bounds: MergeRange;
}

function placeOf(range: EtRange): Place {
  const top = range.Row;
  const left = range.Column;
  return { sheet: range.Worksheet, bounds: { top, left, bottom: top + range.Rows.Count - 1, right: left + range.Columns.Count - 1 } };
}

/**
 * A `Value2` as rows × columns of cells: a single cell's bare value becomes a 1 × 1 block.
 *
 * @example
 * valueRows(7, 1, 1);          // [[7]]
 * valueRows([[1, undefined]], 1, 2); // [[1, null]]
 */
export function valueRows(value: unknown, rows: number, columns: number): CellValue[][] {
  const block = Array.isArray(value) ? (value as unknown[][]) : [[value]];
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => gridCell(block[i]?.[j])));
}

/** Reads a block's values in chunks of `rowsPerRead` rows, one `Value2` each. */
function readValues({ sheet, bounds }: Place): CellValue[][] {
  const columns = bounds.right - bounds.left + 1;
  const values: CellValue[][] = [];
  const step = rowsPerRead(columns);
  for (let top = bounds.top; top <= bounds.bottom; top += step) {
    const bottom = Math.min(bounds.bottom, top + step - 1);
    const block = sheet.Range(rangeText({ ...bounds, top, bottom })).Value2;
    appendAll(values, valueRows(block, bottom - top + 1, columns));
  }
  return values;
}

/**
 * The merged areas inside a block. `MergeCells` is false for a block with no
 * merged cell, so the block is halved only where merges are, and cells are
 * looked at one by one only in rows that hold one.
 */
function mergesIn(sheet: EtWorksheet, bounds: MergeRange, found: Map<string, MergeRange>): void {
  if (sheet.Range(rangeText(bounds)).MergeCells === false) return;
  if (bounds.top < bounds.bottom) {
    const middle = Math.floor((bounds.top + bounds.bottom) / 2);
    mergesIn(sheet, { ...bounds, bottom: middle }, found);
    mergesIn(sheet, { ...bounds, top: middle + 1 }, found);
    return;
  }
  for (let column = bounds.left; column <= bounds.right; column++) {
    const cell = sheet.Range(rangeText({ ...bounds, left: column, right: column }));
    if (cell.MergeCells !== true) continue;
    const area = parseRange(cell.MergeArea.Address(false, false));
    found.set(rangeText(area), area);
    column = Math.max(column, area.right);
  }
}

function mergesOf({ sheet, bounds }: Place): MergeRange[] {
  const found = new Map<string, MergeRange>();
  mergesIn(sheet, bounds, found);
  const inside = (m: MergeRange) => m.top >= bounds.top && m.bottom <= bounds.bottom && m.left >= bounds.left && m.right <= bounds.right;
  return [...found.values()].filter(inside).sort((a, b) => a.top - b.top || a.left - b.left);
}

function readGrid(place: Place, values = readValues(place)): Grid {
  return {
    sheet: place.sheet.Name,
    values,
    origin: { row: place.bounds.top, column: place.bounds.left },
    merges: mergesOf(place),
  };
}

/**
 * The smallest block around the non-empty cells of `values` (which start at
 * `origin`), as Excel's used range of values would be; null when all are empty.
 *
 * @example
 * valueBounds([[null, null], [null, 5]], { row: 1, column: 1 }); // { top: 2, left: 2, bottom: 2, right: 2 }
 */
export function valueBounds(values: readonly (readonly CellValue[])[], origin: { row: number; column: number }): MergeRange | null {
  let bounds: MergeRange | null = null;
  values.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell === null) return;
      const r = origin.row + i;
      const c = origin.column + j;
      bounds = bounds === null
        ? { top: r, left: c, bottom: r, right: c }
        : { top: Math.min(bounds.top, r), left: Math.min(bounds.left, c), bottom: Math.max(bounds.bottom, r), right: Math.max(bounds.right, c) };
    }),
  );
  return bounds;
}

/**
 * The used range of a sheet with values: WPS's `UsedRange` also counts cells
 * that only carry formatting, so the block is trimmed to its values, as
 * Office.js's `getUsedRange(true)` gives it.
 */
function usedTable(sheet: EtWorksheet): FoundTable {
  const used = placeOf(sheet.UsedRange);
  const values = readValues(used);
  const bounds = valueBounds(values, { row: used.bounds.top, column: used.bounds.left });
  if (bounds === null) throw new GatewayError(EMPTY_SHEET);
  const trimmed = values
    .slice(bounds.top - used.bounds.top, bounds.bottom - used.bounds.top + 1)
    .map((row) => row.slice(bounds.left - used.bounds.left, bounds.right - used.bounds.left + 1));
  const place = { sheet, bounds };
  return { location: { source: 'sheet', sheet: sheet.Name, range: rangeText(bounds), table: null }, grid: readGrid(place, trimmed) };
}

function tableFound(name: string, range: EtRange): FoundTable {
  const place = placeOf(range);
  return {
    location: { source: 'table', sheet: place.sheet.Name, range: rangeText(place.bounds), table: name },
    grid: readGrid(place),
  };
}

/**
 * The gateway inside WPS 表格.
 *
 * @example
 * const gateway = createWpsGateway({ application: wps.EtApplication(), displayLanguage: 'zh-CN' });
 */
export function createWpsGateway(host: WpsHost): WorkbookGateway {
  const app = host.application;

  function workbook(): EtWorkbook {
    const book = app.ActiveWorkbook;
    if (book === null || book === undefined) throw new GatewayError(NO_WORKBOOK);
    return book;
  }

  function sheetNamed(name: string): EtWorksheet {
    const sheet = findSheet(workbook(), name);
    if (sheet === null) throw new GatewayError(sheetGone(name));
    return sheet;
  }

  function sheets(): EtWorksheet[] {
    const all = workbook().Worksheets;
    return Array.from({ length: all.Count }, (_, i) => all.Item(i + 1));
  }

  /** The selected block (its first area when several are selected), or null when no cells are selected. */
  function selection(): EtRange | null {
    const selected = app.Selection;
    if (selected === null || selected === undefined || typeof selected.Address !== 'function') return null;
    return selected.Areas !== undefined && selected.Areas.Count > 1 ? selected.Areas.Item(1) : selected;
  }

  /** Runs `work` with screen updating, automatic calculation and alerts (the delete prompt) off, and restores them. */
  async function quietly<T>(work: () => T | Promise<T>): Promise<T> {
    const saved = { screen: app.ScreenUpdating, calculation: app.Calculation, alerts: app.DisplayAlerts };
    app.ScreenUpdating = false;
    app.DisplayAlerts = false;
    app.Calculation = XL_CALCULATION_MANUAL;
    try {
      return await work();
    } finally {
      app.Calculation = saved.calculation;
      app.DisplayAlerts = saved.alerts;
      app.ScreenUpdating = saved.screen;
    }
  }

  function find(source: TableSource): FoundTable {
    workbook();
    switch (source) {
      case 'selection': {
        const selected = selection();
        const place = selected === null ? null : placeOf(selected);
        if (place === null || (place.bounds.top === place.bounds.bottom && place.bounds.left === place.bounds.right)) {
          throw new GatewayError(SINGLE_CELL_SELECTED);
        }
        return { location: { source, sheet: place.sheet.Name, range: rangeText(place.bounds), table: null }, grid: readGrid(place) };
      }
      case 'table': {
        const table = selection()?.ListObject;
        if (table === null || table === undefined) throw new GatewayError(NOT_IN_TABLE);
        return tableFound(table.Name, table.Range);
      }
      case 'sheet':
        return usedTable(app.ActiveSheet);
    }
  }

  function again(location: TableLocation): Grid {
    switch (location.source) {
      case 'selection':
        return readGrid({ sheet: sheetNamed(location.sheet), bounds: parseRange(location.range) });
      case 'table': {
        const name = location.table ?? '';
        for (const sheet of sheets()) {
          const tables = sheet.ListObjects;
          for (let i = 1; i <= tables.Count; i++) {
            const table = tables.Item(i);
            if (table.Name === name) return tableFound(name, table.Range).grid;
          }
        }
        throw new GatewayError(tableGone(name));
      }
      case 'sheet':
        return usedTable(sheetNamed(location.sheet)).grid;
    }
  }

  function writeSheet(sheet: EtWorksheet, model: ReportSheet, bars: ReturnType<typeof barCells>): void {
    const width = Math.max(sheetWidth(model), ...bars.map((bar) => bar.column));
    const values: ExcelInput[][] = model.rows.map((row) => Array.from({ length: width }, (_, j) => cellInput(row[j])));
    for (const bar of bars) values[bar.row - 1][bar.column - 1] = bar.text;
    for (const chunk of chunkByBytes(values.map(jsonBytes), REQUEST_BUDGET)) {
      const bounds = { top: chunk.start + 1, left: 1, bottom: chunk.start + chunk.count, right: width };
      sheet.Range(rangeText(bounds)).Value2 = values.slice(chunk.start, chunk.start + chunk.count);
    }
    for (const { key, rect } of numberFormatRectangles(model)) sheet.Range(rangeText(rect)).NumberFormat = key;
    for (const { key, rect } of styleRectangles(model)) applyLooks(sheet.Range(rangeText(rect)), REPORT_STYLES[key as keyof typeof REPORT_STYLES]);
    for (const rect of borderRectangles(model.rows)) sheet.Range(rangeText(rect)).Borders.LineStyle = XL_CONTINUOUS;
    for (const merge of model.merges) sheet.Range(rangeText(merge)).Merge();
    model.widths.forEach((characters, j) => {
      const column = rangeText({ top: 1, bottom: 1, left: j + 1, right: j + 1 }).replace(/\d+/g, '');
      sheet.Range(`${column}:${column}`).ColumnWidth = characters;
    });
    model.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell.note !== undefined) sheet.Range(rangeText({ top: i + 1, bottom: i + 1, left: j + 1, right: j + 1 })).AddComment(cell.note);
      }),
    );
    freeze(sheet, model.freeze);
  }

  /** Freezes panes through the window, which needs the sheet active. */
  function freeze(sheet: EtWorksheet, { rows, columns }: ReportSheet['freeze']): void {
    if (rows === 0 && columns === 0) return;
    sheet.Activate();
    const window = app.ActiveWindow;
    window.FreezePanes = false;
    window.SplitRow = rows;
    window.SplitColumn = columns;
    window.FreezePanes = true;
  }

  /** Deletes Junheng's conditional formats in every sheet (formula rules carrying `MARK_TAG`), last first. */
  function deleteOurMarks(): number {
    let removed = 0;
    for (const sheet of sheets()) {
      const rules = sheet.Cells.FormatConditions;
      for (let i = rules.Count; i >= 1; i--) {
        const rule = rules.Item(i);
        if (rule.Type === XL_EXPRESSION && isMarkFormula(rule.Formula1)) {
          rule.Delete();
          removed++;
        }
      }
    }
    return removed;
  }

  /**
   * Adds the rules. A rule's relative references (`$P6`) are read from the
   * active cell, so the top-left cell of each range is selected first; the
   * user's sheet and selection are put back afterwards. Rules are added from
   * the one that must win to the one that must yield, each moved last, so
   * the order does not depend on where `Add` puts a new rule.
   */
  function addMarks(rules: readonly MarkRule[]): void {
    const active = app.ActiveSheet;
    const selected = selection();
    const back = selected === null ? null : { sheet: selected.Worksheet, range: selected.Address(false, false) };
    for (const rule of [...rules].sort((a, b) => a.priority - b.priority)) {
      const sheet = sheetNamed(rule.sheet);
      const { top, left } = parseRange(rule.range);
      sheet.Activate();
      sheet.Range(rangeText({ top, left, bottom: top, right: left })).Select();
      const condition = sheet.Range(rule.range).FormatConditions.Add(XL_EXPRESSION, undefined, `=${rule.formula}`);
      condition.SetLastPriority();
      const style = MARK_STYLES[rule.level];
      if (style.fill !== undefined) condition.Interior.Color = wpsColor(style.fill);
      if (style.color !== undefined) condition.Font.Color = wpsColor(style.color);
      if (style.bold) condition.Font.Bold = true;
    }
    if (back !== null) {
      back.sheet.Activate();
      back.sheet.Range(splitAreas(back.range)[0]).Select();
    }
    active.Activate();
  }

  return {
    kind: 'wps',
    language: () => languageOf(host.displayLanguage),
    // FormatConditions are part of every WPS 表格 that runs add-ins.
    markingUnavailable: () => null,
    findTable: async (source) => find(source),
    readTable: async (location) => again(location),

    async writeReport(report: Report, onProgress?: ProgressListener): Promise<WriteSummary> {
      const book = workbook();
      // No report mark in WPS yet: a sheet named like a report is taken for one only when its A1 holds
      // that report's title (isEarlierReportSheet); a user's own sheet of that name stops the write.
      const named = sheets().filter((sheet) => isReportSheetName(sheet.Name));
      const ours = named.filter((sheet) => isEarlierReportSheet(sheet.Name, sheet.Range('A1').Value2 as CellValue));
      const taken = named.find((sheet) => !ours.includes(sheet) && report.sheets.some((model) => model.name === sheet.Name));
      if (taken !== undefined) throw new GatewayError(sheetNotOurs(taken.Name));
      const replaced = ours.map((sheet) => sheet.Name);
      await quietly(async () => {
        for (const name of replaced) sheetNamed(name).Delete();
        for (const [i, model] of report.sheets.entries()) {
          const all = book.Worksheets;
          const sheet = all.Add(undefined, all.Item(all.Count));
          sheet.Name = model.name;
          writeSheet(sheet, model, barCells(model, report.charts));
          onProgress?.(i + 1, report.sheets.length);
          // The object model is synchronous: let the pane paint its progress between sheets.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        if (report.sheets.length > 0) sheetNamed(report.sheets[0].name).Activate();
      });
      return { sheets: report.sheets.map((sheet) => sheet.name), replaced };
    },

    async applyMarks(rules: MarkRule[]): Promise<number> {
      workbook();
      await quietly(() => {
        deleteOurMarks();
        addMarks(rules);
      });
      return rules.length;
    },

    async clearMarks(): Promise<number> {
      workbook();
      return quietly(deleteOurMarks);
    },

    async selectCell(address: string): Promise<void> {
      const { sheet: name, range } = splitAddress(address);
      const sheet = name === null ? app.ActiveSheet : sheetNamed(name);
      sheet.Activate();
      sheet.Range(range).Select();
    },

    loadSettings: async () => loadWpsSettings(workbook()),

    async saveSettings(settings: StoredSettings): Promise<void> {
      const book = workbook();
      try {
        await quietly(() => saveWpsSettings(app, book, settings));
      } catch (error) {
        throw new GatewayError(settingsNotSaved(error instanceof Error ? error.message : String(error)));
      }
    },
  };
}
