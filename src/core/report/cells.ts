/**
 * Building blocks of report sheets: typed cells and a sheet draft that rows
 * are appended to, with merges.
 */
import type { MergeRange } from '../types';
import type { ReportCell, ReportStyle } from './types';

/** Shown where a number cannot be computed (never a misleading 0). */
export const NO_VALUE = '—';

/**
 * A text cell: written as literal text by every surface, even `=HYPERLINK(…)`.
 *
 * @example
 * textCell('=1+1'); // { value: '=1+1', kind: 'text', style: 'body' }
 */
export function textCell(value: string, style: ReportStyle = 'body'): ReportCell {
  return { value, kind: 'text', style };
}

/**
 * A number cell holding the unrounded double; `numFmt` rounds for display.
 * Null or non-finite numbers become a '—' text cell.
 *
 * @example
 * numberCell(4.4949, '0.00'); // { value: 4.4949, kind: 'number', numFmt: '0.00', style: 'body' }
 * numberCell(null, '0.00');   // { value: '—', kind: 'text', style: 'body' }
 */
export function numberCell(value: number | null, numFmt: string, style: ReportStyle = 'body'): ReportCell {
  if (value === null || !Number.isFinite(value)) return shared(CONSTANT_CELLS, NO_VALUE, style);
  return { value, kind: 'number', numFmt, style };
}

/** Shared cells by style, then by value. */
type SharedCells = Map<ReportStyle, Map<string | null, ReportCell>>;

/**
 * Cells that are the same wherever they appear (empty, '—', a section's name in
 * every ledger row) are one frozen object each: at 200 000 schools a report
 * holds millions of them, and no writer changes a cell.
 */
function shared(cells: SharedCells, value: string | null, style: ReportStyle): ReportCell {
  let byValue = cells.get(style);
  if (byValue === undefined) {
    byValue = new Map();
    cells.set(style, byValue);
  }
  let cell = byValue.get(value);
  if (cell === undefined) {
    cell = Object.freeze({ value, kind: 'text', style }) as ReportCell;
    byValue.set(value, cell);
  }
  return cell;
}

/** Empty and '—' cells, for every sheet. */
const CONSTANT_CELLS: SharedCells = new Map();

/** An empty cell in a table (borders, no value). */
export function emptyCell(style: ReportStyle = 'body'): ReportCell {
  return shared(CONSTANT_CELLS, null, style);
}

/**
 * A maker of text cells shared by every row that repeats the text (a ledger's
 * section and indicator names), for one sheet: its cells go when the sheet goes.
 *
 * @example
 * const repeated = repeatedTextCells();
 * repeated('小学') === repeated('小学'); // true
 */
export function repeatedTextCells(): (value: string, style?: ReportStyle) => ReportCell {
  const cells: SharedCells = new Map();
  return (value, style = 'body') => shared(cells, value, style);
}

/** A report sheet while it is being built. */
export interface SheetDraft {
  rows: ReportCell[][];
  merges: MergeRange[];
}

export function newDraft(): SheetDraft {
  return { rows: [], merges: [] };
}

/**
 * Appends a row and returns its 1-based sheet row.
 *
 * @example
 * const draft = newDraft();
 * addRow(draft, [textCell('a')]); // 1
 */
export function addRow(draft: SheetDraft, cells: ReportCell[]): number {
  draft.rows.push(cells);
  return draft.rows.length;
}

/**
 * Appends one text cell merged across `width` columns (a title or a note line).
 *
 * @example
 * addBanner(newDraft(), '小学', 8, 'title'); // 1, merged A1:H1
 */
export function addBanner(draft: SheetDraft, text: string, width: number, style: ReportStyle): number {
  const row = addRow(draft, [textCell(text, style)]);
  if (width > 1) draft.merges.push({ top: row, left: 1, bottom: row, right: width });
  return row;
}

/** Appends an empty row (space between tables). */
export function addGap(draft: SheetDraft): number {
  return addRow(draft, []);
}
