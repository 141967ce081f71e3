/**
 * The workbook gateway: everything the task pane asks of the open workbook.
 * The pane receives one from outside — Office.js inside Excel (`office.ts`),
 * WPS 表格's object model inside WPS (`wps.ts`), an in-memory workbook in demo mode and in tests (`memory.ts`) — so the
 * components never touch Office themselves.
 */
import type { MarkRule, Report } from '../core/report/types';
import type { Grid, L10n, Lang } from '../core/types';

/**
 * Where the school table is taken from:
 * - `selection`: the cells the user selected;
 * - `table`: the Excel table (ListObject) the selection is in;
 * - `sheet`: the used range of the active sheet.
 */
export type TableSource = 'selection' | 'table' | 'sheet';

/** Enough to read the same table again later (the user may have edited it since). */
export interface TableLocation {
  source: TableSource;
  sheet: string;
  /** A1 range without the sheet, e.g. 'A1:T40', as found. */
  range: string;
  /** The Excel table's name when `source` is 'table'. */
  table: string | null;
}

export interface FoundTable {
  location: TableLocation;
  grid: Grid;
  /** What the user should know about how the table was read (e.g. merges Excel could not list). */
  warnings?: L10n[];
}

/** What the pane keeps with the workbook, so a colleague who opens the file gets it too. */
export interface StoredSettings {
  /** User (provincial) rulesets as plain JSON, validated with `parseRuleset` when used. */
  rulesets: unknown[];
  /** The ruleset chosen last; null for the default. */
  rulesetId: string | null;
  /**
   * Saved checks (snapshots, `core/compare/history`), validated with `readHistory` when used.
   * Absent when saving: the stored history is left as it is.
   */
  history?: unknown[];
}

/** What a report write did. */
export interface WriteSummary {
  /** Sheets written, in order. */
  sheets: string[];
  /** Sheets of an earlier run that were replaced. */
  replaced: string[];
  /**
   * What the user should know about the write: parts of the report this Excel
   * cannot write (an older ExcelApi), sheets taken for reports of an earlier version.
   */
  notes?: L10n[];
}

/** Progress of a long operation: `done` of `total` steps. */
export type ProgressListener = (done: number, total: number) => void;

/** A failure the user can act on, in both languages. */
export class GatewayError extends Error {
  readonly text: L10n;

  constructor(text: L10n) {
    super(text.en);
    this.name = 'GatewayError';
    this.text = text;
  }
}

export interface WorkbookGateway {
  /** 'excel' inside Excel; 'wps' inside WPS 表格; 'memory' for demo mode and tests. */
  readonly kind: 'excel' | 'wps' | 'memory';
  /** The host's display language: English when it starts with 'en', else Chinese. */
  language(): Lang;
  /** Finds the table at `source` and reads it as a grid. */
  findTable(source: TableSource): Promise<FoundTable>;
  /** Reads the table found earlier again, with the values it has now. */
  readTable(location: TableLocation): Promise<Grid>;
  /** Writes the report sheets, replacing those of an earlier run (never a user's sheet). */
  writeReport(report: Report, onProgress?: ProgressListener): Promise<WriteSummary>;
  /** Why this host cannot mark cells (an Excel without ExcelApi 1.6), or null when it can. */
  markingUnavailable(): L10n | null;
  /** Marks cells with conditional formats; replaces the marks of an earlier run. Returns how many were added. */
  applyMarks(rules: MarkRule[]): Promise<number>;
  /** Removes exactly the conditional formats Junheng added. Returns how many were removed. */
  clearMarks(): Promise<number>;
  /** Activates the sheet and selects the cell of an address such as `Sheet1!F7` or `'My Sheet'!F7`. */
  selectCell(address: string): Promise<void>;
  loadSettings(): Promise<StoredSettings>;
  saveSettings(settings: StoredSettings): Promise<void>;
}

/** Settings of a workbook that has none yet. */
export const EMPTY_SETTINGS: StoredSettings = { rulesets: [], rulesetId: null };

/**
 * The pane's language for a host display language such as 'zh-CN' or 'en-US'.
 *
 * @example
 * languageOf('en-GB'); // 'en'
 * languageOf('zh-CN'); // 'zh'
 */
export function languageOf(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh';
}
