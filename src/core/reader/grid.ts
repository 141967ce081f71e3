/**
 * A defensive view of a Grid: ragged rows, missing cells and odd merges read
 * as blanks instead of throwing, and sheet coordinates are one call away.
 */
import { cellAddress } from '../address';
import type { CellValue, Grid, MergeRange } from '../types';

export interface GridView {
  sheet: string;
  /** Number of grid rows. */
  height: number;
  /** Widest row's length. */
  width: number;
  /** Length of grid row i (rows may be ragged: a far stray cell widens one row only); cells beyond it are blank. */
  rowWidth(i: number): number;
  /** Sheet row of grid row i. */
  row(i: number): number;
  /** Sheet column of grid column j. */
  column(j: number): number;
  /** The raw cell; anything missing is null. */
  value(i: number, j: number): CellValue;
  /** `Sheet1!F7` of grid cell (i, j). */
  address(i: number, j: number): string;
}

function positiveInteger(n: unknown, fallback: number): number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : fallback;
}

/**
 * Wrap a grid for safe reading.
 *
 * @example
 * const view = gridView({ sheet: 'S', values: [[1, 'a']], origin: { row: 3, column: 2 } });
 * view.address(0, 1); // 'S!C3'
 */
export function gridView(grid: Grid): GridView {
  const values = Array.isArray(grid.values) ? grid.values : [];
  const originRow = positiveInteger(grid.origin?.row, 1);
  const originColumn = positiveInteger(grid.origin?.column, 1);
  const sheet = typeof grid.sheet === 'string' ? grid.sheet : '';
  let width = 0;
  for (const cells of values) {
    if (Array.isArray(cells) && cells.length > width) width = cells.length;
  }
  return {
    sheet,
    height: values.length,
    width,
    rowWidth: (i) => {
      const cells = values[i];
      return Array.isArray(cells) ? cells.length : 0;
    },
    row: (i) => originRow + i,
    column: (j) => originColumn + j,
    value: (i, j) => {
      const cells = values[i];
      const v = Array.isArray(cells) ? cells[j] : undefined;
      return v === undefined ? null : v;
    },
    address: (i, j) => cellAddress(sheet, originRow + i, originColumn + j),
  };
}

/**
 * A cell as text: strings trimmed, numbers and booleans written out, dates and
 * blanks empty.
 *
 * @example
 * cellText(' 城关小学 '); // '城关小学'
 * cellText(12);          // '12'
 */
export function cellText(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Whether a cell holds nothing (null, empty or whitespace text).
 *
 * @example
 * isEmptyCell('  '); // true
 * isEmptyCell(0);    // false
 */
export function isEmptyCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Values that merged areas spread over their covered cells, within grid rows
 * [fromRow, toRow) and the given grid columns: key `i * width + j` → the value
 * of the merge's top-left cell. Merges reaching outside the grid are clipped;
 * top-left cells outside the grid give nothing.
 *
 * @example
 * // A1:A2 merged, holding '学校名称': A2 (grid cell 1, 0) gets it.
 * mergeFills(view, [{ top: 1, left: 1, bottom: 2, right: 1 }], 0, 2, [0]).get(1 * view.width + 0); // '学校名称'
 */
export function mergeFills(
  view: GridView,
  merges: readonly MergeRange[] | undefined,
  fromRow: number,
  toRow: number,
  columns: readonly number[],
): Map<number, CellValue> {
  const fills = new Map<number, CellValue>();
  if (!Array.isArray(merges) || columns.length === 0) return fills;
  const wanted = new Set(columns);
  const firstRow = view.row(0);
  const firstColumn = view.column(0);
  for (const merge of merges) {
    if (merge === null || typeof merge !== 'object') continue;
    const top = merge.top - firstRow;
    const left = merge.left - firstColumn;
    if (!Number.isInteger(top) || !Number.isInteger(left) || top < 0 || left < 0) continue;
    if (top >= view.height || left >= view.width) continue;
    const bottom = Math.min(merge.bottom - firstRow, toRow - 1, view.height - 1);
    const right = Math.min(merge.right - firstColumn, view.width - 1);
    if (!Number.isFinite(bottom) || !Number.isFinite(right) || bottom < fromRow) continue;
    const master = view.value(top, left);
    if (isEmptyCell(master)) continue;
    // Only the wanted columns are visited: a merge as wide as the sheet costs no more than a narrow one.
    const spanned = right - left + 1 <= wanted.size ? range(left, right) : columns.filter((j) => j >= left && j <= right);
    for (const j of spanned) {
      if (!wanted.has(j)) continue;
      for (let i = Math.max(top, fromRow); i <= bottom; i++) {
        if (i !== top || j !== left) fills.set(i * view.width + j, master);
      }
    }
  }
  return fills;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

/**
 * The cell's value, or the merged value covering it when the cell itself is empty.
 *
 * @example
 * filledValue(view, fills, 1, 0); // '学校名称' (from the merge above)
 */
export function filledValue(view: GridView, fills: Map<number, CellValue>, i: number, j: number): CellValue {
  const own = view.value(i, j);
  if (!isEmptyCell(own)) return own;
  return fills.get(i * view.width + j) ?? own;
}
