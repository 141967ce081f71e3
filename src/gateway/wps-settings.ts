/**
 * Where the WPS gateway keeps the pane's settings (user rulesets, the ruleset
 * chosen last) inside the workbook: a hidden sheet named `SETTINGS_SHEET`.
 * Cell A1 says what the sheet is; the settings' JSON follows in A2, A3, … in
 * pieces of at most `PIECE` characters (a cell holds 32 767). docs/WPS.md
 * explains why a hidden sheet rather than custom document properties.
 */
import { rangeText } from './a1';
import { EMPTY_SETTINGS } from './types';
import type { StoredSettings } from './types';
import type { EtApplication, EtWorkbook, EtWorksheet } from './wps-model';
import { XL_SHEET_HIDDEN } from './wps-model';

/** The hidden sheet's name: clearly Junheng's, never a report sheet's name. */
export const SETTINGS_SHEET = '均衡-设置';

/** What A1 of the settings sheet says to anyone who unhides it. */
export const SETTINGS_NOTE = '均衡加载项的设置（省级规则集），由加载项维护，请勿编辑。/ Junheng add-in settings; do not edit.';

/** Characters of JSON per cell, under the 32 767 a cell can hold. */
export const PIECE = 30_000;

/**
 * The settings' JSON cut into cell-sized pieces.
 *
 * @example
 * settingsPieces({ rulesets: [], rulesetId: null }); // ['{"rulesets":[],"rulesetId":null}']
 */
export function settingsPieces(settings: StoredSettings): string[] {
  const json = JSON.stringify(settings);
  const pieces: string[] = [];
  for (let start = 0; start < json.length; start += PIECE) pieces.push(json.slice(start, start + PIECE));
  return pieces;
}

/**
 * Settings from the pieces read back; the empty settings when they are missing or not ours.
 *
 * @example
 * settingsOf(['{"rulesets":[],', '"rulesetId":"p"}']); // { rulesets: [], rulesetId: 'p' }
 */
export function settingsOf(pieces: readonly unknown[]): StoredSettings {
  try {
    const parsed = JSON.parse(pieces.map((piece) => (typeof piece === 'string' ? piece : '')).join('')) as Partial<StoredSettings>;
    return {
      rulesets: Array.isArray(parsed.rulesets) ? parsed.rulesets : EMPTY_SETTINGS.rulesets,
      rulesetId: typeof parsed.rulesetId === 'string' ? parsed.rulesetId : null,
    };
  } catch {
    return { ...EMPTY_SETTINGS, rulesets: [] };
  }
}

/** The workbook's sheet of that name, or null (compared by name, 1-based `Item`). */
export function findSheet(book: EtWorkbook, name: string): EtWorksheet | null {
  const sheets = book.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const sheet = sheets.Item(i);
    if (sheet.Name === name) return sheet;
  }
  return null;
}

/** A1's column A from row `from` to `to` as a list (Value2 is a bare value for one cell). */
function columnA(sheet: EtWorksheet, from: number, to: number): unknown[] {
  if (to < from) return [];
  const value = sheet.Range(rangeText({ top: from, left: 1, bottom: to, right: 1 })).Value2;
  return Array.isArray(value) ? value.map((row: unknown) => (Array.isArray(row) ? row[0] : row)) : [value];
}

/** The last used row of the settings sheet. */
function lastRow(sheet: EtWorksheet): number {
  const used = sheet.UsedRange;
  return used.Row + used.Rows.Count - 1;
}

/**
 * The settings kept in the workbook, or the empty settings when it has none.
 *
 * @example
 * loadWpsSettings(wps.EtApplication().ActiveWorkbook); // { rulesets: [...], rulesetId: 'province' }
 */
export function loadWpsSettings(book: EtWorkbook): StoredSettings {
  const sheet = findSheet(book, SETTINGS_SHEET);
  if (sheet === null) return { ...EMPTY_SETTINGS, rulesets: [] };
  return settingsOf(columnA(sheet, 2, lastRow(sheet)));
}

/**
 * Writes the settings to the hidden settings sheet, adding it (hidden, after the
 * last sheet) the first time. The active sheet stays the one the user had.
 *
 * @example
 * saveWpsSettings(app, app.ActiveWorkbook, { rulesets: [ruleset], rulesetId: ruleset.id });
 */
export function saveWpsSettings(app: EtApplication, book: EtWorkbook, settings: StoredSettings): void {
  const pieces = settingsPieces(settings);
  let sheet = findSheet(book, SETTINGS_SHEET);
  const before = sheet === null ? 0 : lastRow(sheet);
  if (sheet === null) {
    const active = app.ActiveSheet;
    const sheets = book.Worksheets;
    sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
    sheet.Name = SETTINGS_SHEET;
    sheet.Visible = XL_SHEET_HIDDEN;
    active.Activate();
  }
  const rows = Math.max(before, pieces.length + 1);
  const column = sheet.Range(rangeText({ top: 1, left: 1, bottom: rows, right: 1 }));
  column.NumberFormat = '@';
  column.Value2 = Array.from({ length: rows }, (_, i) => [i === 0 ? SETTINGS_NOTE : (pieces[i - 1] ?? '')]);
}
