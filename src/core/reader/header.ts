/**
 * Finding the header by content: which rows name the columns, and which field
 * each column holds. Handles title rows above, two-row headers with a parent
 * label over sub-columns (merged, or written once and left empty to its right),
 * a unit row below the header, and a row of column numbers (甲 乙 1 2 3 …).
 */
import { matchHeader, matchSubHeader, unitCellFactor, type HeaderMatch } from '../fields';
import { parseNumberCell } from '../numbers';
import type { CellValue, Grid } from '../types';
import { cellText, filledValue, isEmptyCell, mergeFills, type GridView } from './grid';

/** The header is looked for among the first rows only (keeps reading linear). */
export const HEADER_SEARCH_ROWS = 40;

export interface HeaderColumn {
  /** Grid column index. */
  j: number;
  /** The header texts of all header rows, distinct, joined with '/'. */
  header: string;
  match: HeaderMatch | null;
  /** Grid row of the cell that holds the column's own label (for messages). */
  labelRow: number;
}

export interface HeaderLayout {
  /** Grid row indexes of the header, top to bottom (consecutive). */
  rows: number[];
  columns: HeaderColumn[];
}

interface Reading {
  columns: HeaderColumn[];
  /** Distinct field/section pairs found. */
  keys: number;
  hasName: boolean;
  /** Some column's field rests on the upper row's text, and some on the lower row's. */
  usesUpper: boolean;
  usesLower: boolean;
}

/**
 * Columns the header rows reach: their last values and the merges over them.
 * Narrower than the sheet when a stray cell far away widens one other row.
 */
function headerWidth(view: GridView, grid: Grid, rows: readonly number[]): number {
  let width = 0;
  for (const i of rows) width = Math.max(width, view.rowWidth(i));
  const top = view.row(rows[0]);
  const bottom = view.row(rows[rows.length - 1]);
  for (const merge of Array.isArray(grid.merges) ? grid.merges : []) {
    if (merge !== null && typeof merge === 'object' && merge.top <= bottom && merge.bottom >= top) {
      width = Math.max(width, Math.min(merge.right - view.column(0) + 1, view.width));
    }
  }
  return width;
}

/** Header texts of the given rows, merged areas spread over their cells. */
function headerTexts(view: GridView, grid: Grid, rows: readonly number[]): string[][] {
  const columns = Array.from({ length: headerWidth(view, grid, rows) }, (_, j) => j);
  const fills = mergeFills(view, grid.merges, rows[0], rows[rows.length - 1] + 1, columns);
  const texts = rows.map((i) => columns.map((j) => cellText(filledValue(view, fills, i, j))));
  // Without merges in the header, a parent label written once spans the sub-columns to its right.
  if (fills.size === 0) {
    for (let k = 0; k + 1 < rows.length; k++) forwardFillParents(texts[k], texts[k + 1]);
  }
  return texts;
}

/**
 * Spread a parent label to the empty cells on its right while the row below has
 * sub-labels (not mere units) under all of them, the parent's own column included.
 */
function forwardFillParents(upper: string[], lower: readonly string[]): void {
  let carry: string | null = null;
  for (let j = 0; j < upper.length; j++) {
    const hasSubLabel = lower[j] !== '' && unitCellFactor(lower[j]) === null;
    if (upper[j] !== '') carry = hasSubLabel ? upper[j] : null;
    else if (!hasSubLabel) carry = null;
    else if (carry !== null) upper[j] = carry;
  }
}

interface ColumnReading {
  match: HeaderMatch | null;
  /** Which of the parts (by index) the match rests on. */
  used: boolean[];
}

/** The field of one column from its header texts, top to bottom. */
function readColumn(parts: readonly string[]): ColumnReading {
  const used = parts.map(() => false);
  let unitFactor: number | null = null;
  let unitIndex = -1;
  const labels: { text: string; indexes: number[] }[] = [];
  for (let index = 0; index < parts.length; index++) {
    const text = parts[index];
    if (text === '') continue;
    const factor = unitCellFactor(text);
    const last = labels[labels.length - 1];
    if (factor !== null) {
      unitFactor = factor;
      unitIndex = index;
    } else if (last !== undefined && last.text === text) {
      last.indexes.push(index);
    } else {
      labels.push({ text, indexes: [index] });
    }
  }
  if (labels.length === 0) return { match: null, used };
  const child = labels[labels.length - 1];
  const parent = labels.length > 1 ? labels[labels.length - 2] : null;
  const sub = parent === null ? null : matchSubHeader(parent.text, child.text);
  let match = sub === null ? matchHeader(child.text) : sub.match;
  if (match === null) return { match, used };
  const markUsed = (label: { indexes: number[] }) => label.indexes.forEach((index) => (used[index] = true));
  if (sub === null || sub.usedChild) markUsed(child);
  if (parent !== null && sub !== null && sub.usedParent) markUsed(parent);
  if (unitFactor !== null) {
    match = { ...match, factor: unitFactor };
    used[unitIndex] = true;
  }
  return { match, used };
}

/** Read the given header rows into columns. */
function readHeaderRows(view: GridView, grid: Grid, rows: readonly number[]): Reading {
  const texts = headerTexts(view, grid, rows);
  const columns: HeaderColumn[] = [];
  const keys = new Set<string>();
  let hasName = false;
  let usesUpper = false;
  let usesLower = false;
  for (let j = 0; j < (texts[0]?.length ?? 0); j++) {
    const parts = texts.map((row) => row[j]);
    const distinct = parts.filter((text, k) => text !== '' && parts.indexOf(text) === k);
    if (distinct.length === 0) continue;
    const { match, used } = readColumn(parts);
    const own = rows.filter((i) => !isEmptyCell(view.value(i, j)));
    columns.push({ j, header: distinct.join('/'), match, labelRow: own.length > 0 ? own[own.length - 1] : rows[0] });
    if (match === null) continue;
    keys.add(`${match.field}|${match.section ?? ''}`);
    hasName ||= match.field === 'name';
    usesUpper ||= used[0];
    usesLower ||= used.length > 1 && used[used.length - 1];
  }
  return { columns, keys: keys.size, hasName, usesUpper, usesLower };
}

/** Whether a row holds any number (a data row, not a header row). */
function hasNumbers(view: GridView, i: number): boolean {
  for (let j = 0; j < view.rowWidth(i); j++) {
    const v = view.value(i, j);
    if (v !== null && parseNumberCell(v).kind === 'number') return true;
  }
  return false;
}

function nonEmptyCells(view: GridView, i: number): CellValue[] {
  const cells: CellValue[] = [];
  for (let j = 0; j < view.rowWidth(i); j++) {
    const v = view.value(i, j);
    if (!isEmptyCell(v)) cells.push(v);
  }
  return cells;
}

/** A row of units under the header: （人） （万元） 平方米 … */
function isUnitRow(view: GridView, i: number): boolean {
  const cells = nonEmptyCells(view, i);
  return cells.length > 0 && cells.every((v) => typeof v === 'string' && unitCellFactor(v) !== null);
}

const COLUMN_MARK = /^(?:甲|乙|丙|丁|戊|栏次|行次|栏号|序号)$/;

/** A row numbering the columns under the header: 甲 乙 1 2 3 … */
function isColumnNumberRow(view: GridView, i: number): boolean {
  const numbers: number[] = [];
  for (const v of nonEmptyCells(view, i)) {
    const text = cellText(v).normalize('NFKC');
    if (COLUMN_MARK.test(text)) continue;
    if (!/^\d+$/.test(text)) return false;
    numbers.push(Number(text));
  }
  return numbers.length >= 3 && numbers.every((n, k) => k === 0 || n === numbers[k - 1] + 1);
}

/** Score a reading: a name column is required; then the more fields the better. */
function score(reading: Reading): number {
  return reading.hasName ? reading.keys : 0;
}

/**
 * The header extended by a unit row and a column-number row right below it.
 * Unit rows are read with the labels; column-number rows only counted.
 */
function withTrailingRows(view: GridView, grid: Grid, rows: number[]): HeaderLayout {
  const all = [...rows];
  const labelled = [...rows];
  for (let next = rows[rows.length - 1] + 1; next < view.height && all.length < rows.length + 2; next++) {
    if (isUnitRow(view, next)) labelled.push(next);
    else if (!isColumnNumberRow(view, next)) break;
    all.push(next);
  }
  return { rows: all, columns: readHeaderRows(view, grid, labelled).columns };
}

/**
 * Read fixed header rows (the user's choice). Rows between them count as header rows too.
 *
 * @example
 * headerAt(view, grid, [2, 3]).rows; // [2, 3]
 */
export function headerAt(view: GridView, grid: Grid, rows: readonly number[]): HeaderLayout {
  const consecutive = Array.from({ length: rows[rows.length - 1] - rows[0] + 1 }, (_, k) => rows[0] + k);
  return { rows: consecutive, columns: readHeaderRows(view, grid, rows).columns };
}

/**
 * Find the header among the first rows: the row, or pair of rows, that names a
 * school-name column and the most other fields. When the first rows hold none,
 * the first row further down that names a school-name column is tried. A pair wins over its upper row
 * alone when both of its rows carry labels that the fields rest on (a real
 * two-row header, not a title over a header or a header over data). Null when
 * no row names a school-name column.
 *
 * @example
 * detectHeader(view, grid)?.rows; // [2, 3] for a two-row header below a title
 */
export function detectHeader(view: GridView, grid: Grid): HeaderLayout | null {
  let best = bestHeader(view, grid, 0, Math.min(view.height, HEADER_SEARCH_ROWS));
  if (best === null) {
    // Further down only when the first rows hold none: the first row naming a school-name column, or the pair above it.
    const far = farNameRow(view, HEADER_SEARCH_ROWS);
    if (far >= 0) best = bestHeader(view, grid, Math.max(HEADER_SEARCH_ROWS, far - 1), far + 1);
  }
  return best === null ? null : withTrailingRows(view, grid, best.rows);
}

/** The best header starting at a grid row in [from, to): the row, or pair of rows, naming the most fields. */
function bestHeader(view: GridView, grid: Grid, from: number, to: number): { rows: number[]; score: number } | null {
  let best: { rows: number[]; score: number } | null = null;
  for (let i = from; i < to; i++) {
    const single = score(readHeaderRows(view, grid, [i]));
    let rows = [i];
    let value = single;
    if (i + 1 < view.height && !hasNumbers(view, i + 1)) {
      const pair = readHeaderRows(view, grid, [i, i + 1]);
      if (pair.usesUpper && pair.usesLower && score(pair) >= single) {
        rows = [i, i + 1];
        value = score(pair);
      }
    }
    if (value > 0 && (best === null || value > best.score)) best = { rows, score: value };
  }
  return best;
}

/** Short texts that might name the school-name column (学校名称, 单位, 校名 …): checked before matching. */
const NAME_LIKE = /校|单位|名称/;

/**
 * The first grid row from `from` on with a cell naming a school-name column, or -1.
 * One cheap test per text cell, so a long sheet without a table costs little.
 *
 * @example
 * farNameRow(view, 40); // 499 for a header on sheet row 500
 */
export function farNameRow(view: GridView, from: number): number {
  for (let i = from; i < view.height; i++) {
    for (let j = 0; j < view.rowWidth(i); j++) {
      const v = view.value(i, j);
      if (typeof v === 'string' && v.length <= 16 && NAME_LIKE.test(v) && matchHeader(v)?.field === 'name') return i;
    }
  }
  return -1;
}
