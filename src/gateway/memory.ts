/**
 * The workbook gateway over an in-memory workbook: the task pane's demo mode
 * (the bundled sample county, in a plain browser) and the component tests.
 * It keeps what the pane did — report sheets written, marks applied, the
 * cell selected, settings saved — where a test or the demo can see it.
 */
import { isEarlierReportSheet, isReportSheetName } from '../core/report';
import type { MarkRule, Report, ReportSheet } from '../core/report';
import type { Grid, MergeRange } from '../core/types';
import { splitAddress } from '../core/address';
import { parseRange, rangeText } from './a1';
import { earlierReportsReplaced, EMPTY_SHEET, NOT_IN_TABLE, sheetGone, sheetNotOurs, SINGLE_CELL_SELECTED, tableGone } from './messages';
import { EMPTY_SETTINGS, GatewayError, languageOf } from './types';
import type { FoundTable, StoredSettings, TableLocation, TableSource, WorkbookGateway, WriteSummary } from './types';

/** An Excel table (ListObject) of the in-memory workbook. */
export interface MemoryTable {
  name: string;
  sheet: string;
  /** A1 range, e.g. 'A3:T40'. */
  range: string;
}

export interface MemoryWorkbookInit {
  /** The user's sheets. */
  sheets: Grid[];
  /** Defaults to the first sheet. */
  activeSheet?: string;
  /** The selected range, e.g. { sheet: 'Sheet1', range: 'A1:T40' }. */
  selection?: { sheet: string; range: string };
  tables?: MemoryTable[];
  displayLanguage?: string;
  settings?: StoredSettings;
}

/** What the pane has done to the in-memory workbook. */
export interface MemoryWorkbook {
  readonly sheets: Grid[];
  activeSheet: string;
  selection: { sheet: string; range: string } | null;
  readonly tables: MemoryTable[];
  reports: ReportSheet[];
  marks: MarkRule[];
  /** The last address passed to `selectCell`. */
  selected: string | null;
  settings: StoredSettings;
}

export interface MemoryGateway extends WorkbookGateway {
  readonly workbook: MemoryWorkbook;
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The bounds a grid covers, 1-based inclusive. */
function gridBounds(grid: Grid): MergeRange {
  const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    top: grid.origin.row,
    left: grid.origin.column,
    bottom: grid.origin.row + Math.max(grid.values.length, 1) - 1,
    right: grid.origin.column + Math.max(width, 1) - 1,
  };
}

/**
 * The part of a grid inside `bounds`, with the merges that lie within it.
 *
 * @example
 * subGrid(grid, parseRange('B2:C3')).values; // the 2×2 block at B2
 */
export function subGrid(grid: Grid, bounds: MergeRange): Grid {
  const values = [];
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    const source = grid.values[row - grid.origin.row] ?? [];
    const cells = [];
    for (let column = bounds.left; column <= bounds.right; column++) {
      cells.push(source[column - grid.origin.column] ?? null);
    }
    values.push(cells);
  }
  const inside = (merge: MergeRange) =>
    merge.top >= bounds.top && merge.bottom <= bounds.bottom && merge.left >= bounds.left && merge.right <= bounds.right;
  return {
    sheet: grid.sheet,
    values,
    origin: { row: bounds.top, column: bounds.left },
    merges: (grid.merges ?? []).filter(inside).map((merge) => ({ ...merge })),
    ...(grid.hiddenRows ? { hiddenRows: grid.hiddenRows.filter((row) => row >= bounds.top && row <= bounds.bottom) } : {}),
  };
}

/**
 * A gateway over an in-memory workbook.
 *
 * @example
 * const gateway = createMemoryGateway({ sheets: [sampleCountyGrid()] });
 * (await gateway.findTable('sheet')).grid.sheet; // '学校办学条件'
 */
export function createMemoryGateway(init: MemoryWorkbookInit): MemoryGateway {
  const workbook: MemoryWorkbook = {
    sheets: init.sheets,
    activeSheet: init.activeSheet ?? init.sheets[0]?.sheet ?? '',
    selection: init.selection ?? null,
    tables: init.tables ?? [],
    reports: [],
    marks: [],
    selected: null,
    settings: copy(init.settings ?? EMPTY_SETTINGS),
  };

  function sheet(name: string): Grid {
    const found = workbook.sheets.find((grid) => grid.sheet === name);
    if (found === undefined) throw new GatewayError(sheetGone(name));
    return found;
  }

  function usedRange(name: string): FoundTable {
    const grid = sheet(name);
    if (grid.values.every((row) => row.every((cell) => cell === null || cell === ''))) {
      throw new GatewayError(EMPTY_SHEET);
    }
    const bounds = gridBounds(grid);
    return { location: { source: 'sheet', sheet: name, range: rangeText(bounds), table: null }, grid: subGrid(grid, bounds) };
  }

  function table(found: MemoryTable | undefined, missing: GatewayError): FoundTable {
    if (found === undefined) throw missing;
    const grid = subGrid(sheet(found.sheet), parseRange(found.range));
    return { location: { source: 'table', sheet: found.sheet, range: found.range, table: found.name }, grid };
  }

  function selected(): { sheet: string; bounds: MergeRange } {
    const selection = workbook.selection ?? { sheet: workbook.activeSheet, range: 'A1' };
    return { sheet: selection.sheet, bounds: parseRange(selection.range) };
  }

  function contains(outer: MergeRange, inner: MergeRange): boolean {
    return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
  }

  function find(source: TableSource): FoundTable {
    switch (source) {
      case 'selection': {
        const { sheet: name, bounds } = selected();
        if (bounds.top === bounds.bottom && bounds.left === bounds.right) throw new GatewayError(SINGLE_CELL_SELECTED);
        const range = rangeText(bounds);
        return { location: { source, sheet: name, range, table: null }, grid: subGrid(sheet(name), bounds) };
      }
      case 'table': {
        const { sheet: name, bounds } = selected();
        const around = workbook.tables.find((t) => t.sheet === name && contains(parseRange(t.range), bounds));
        return table(around, new GatewayError(NOT_IN_TABLE));
      }
      case 'sheet':
        return usedRange(workbook.activeSheet);
    }
  }

  function again(location: TableLocation): Grid {
    switch (location.source) {
      case 'selection':
        return subGrid(sheet(location.sheet), parseRange(location.range));
      case 'table': {
        const name = location.table ?? '';
        return table(workbook.tables.find((t) => t.name === name), new GatewayError(tableGone(name))).grid;
      }
      case 'sheet':
        return usedRange(location.sheet).grid;
    }
  }

  return {
    kind: 'memory',
    workbook,
    language: () => languageOf(init.displayLanguage),
    findTable: async (source) => find(source),
    readTable: async (location) => again(location),

    /**
     * Report sheets the pane wrote carry the mark (they live in `reports`); a user's
     * sheet named like one is replaced only when it is clearly an earlier version's
     * report (exact name and title row), and never when it is not.
     */
    async writeReport(report: Report): Promise<WriteSummary> {
      const named = workbook.sheets.filter((grid) => isReportSheetName(grid.sheet));
      const earlier = named.filter((grid) => isEarlierReportSheet(grid.sheet, grid.origin.row === 1 && grid.origin.column === 1 ? grid.values[0]?.[0] : undefined));
      const taken = named.find((grid) => !earlier.includes(grid) && report.sheets.some((sheet) => sheet.name === grid.sheet));
      if (taken !== undefined) throw new GatewayError(sheetNotOurs(taken.sheet));
      const replaced = [...workbook.reports.map((s) => s.name), ...earlier.map((grid) => grid.sheet)];
      for (let i = workbook.sheets.length - 1; i >= 0; i--) if (earlier.includes(workbook.sheets[i])) workbook.sheets.splice(i, 1);
      workbook.reports = copy(report.sheets);
      const notes = earlier.length > 0 ? [earlierReportsReplaced(earlier.map((grid) => grid.sheet))] : [];
      return { sheets: report.sheets.map((s) => s.name), replaced, notes };
    },

    async applyMarks(rules: MarkRule[]): Promise<number> {
      workbook.marks = copy(rules);
      return rules.length;
    },

    async clearMarks(): Promise<number> {
      const removed = workbook.marks.length;
      workbook.marks = [];
      return removed;
    },

    async selectCell(address: string): Promise<void> {
      const { sheet: name } = splitAddress(address);
      if (name !== null) {
        sheet(name);
        workbook.activeSheet = name;
      }
      workbook.selected = address;
    },

    markingUnavailable: () => null,
    loadSettings: async () => copy(workbook.settings),
    async saveSettings(settings: StoredSettings): Promise<void> {
      // As in Excel: a save without `history` leaves the stored one as it is.
      workbook.settings = copy({ ...settings, history: settings.history ?? workbook.settings.history });
    },
  };
}
