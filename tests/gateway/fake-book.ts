/**
 * What the fake Excel and the fake WPS share: a workbook's sheets loaded from
 * grids, cells stored as values and formulas, and range arithmetic. Each fake
 * keeps its own host's object model on top.
 */
import type { CellValue, Grid, MergeRange } from '../../src/core/types';
import { rangeText } from '../../src/gateway/a1';

/** The cells of a fake sheet: 0-based [row][column] from A1; formulas null where a cell holds a constant. */
export interface FakeCells {
  values: CellValue[][];
  formulas: (string | null)[][];
  merges: string[];
}

/** A sheet the fake opens with: the grid and the formulas of its cells. */
export interface FakeBookSheet {
  grid: Grid;
  formulas?: { row: number; column: number; formula: string }[];
}

/**
 * Stores a value (and its formula, or null) at a 1-based cell, growing the rows as needed.
 *
 * @example
 * storeCell(sheet, 2, 3, 45, null); // sheet.values[1][2] === 45
 */
export function storeCell(sheet: FakeCells, row: number, column: number, value: CellValue, formula: string | null): void {
  while (sheet.values.length < row) {
    sheet.values.push([]);
    sheet.formulas.push([]);
  }
  const values = sheet.values[row - 1];
  const formulas = sheet.formulas[row - 1];
  while (values.length < column) {
    values.push(null);
    formulas.push(null);
  }
  values[column - 1] = value;
  formulas[column - 1] = formula;
}

/**
 * The user's sheets as the workbook opens: each added with `addSheet`, its values, formulas and merges stored.
 *
 * @example
 * loadSheets([{ grid }], (name) => this.addSheet(name, true));
 */
export function loadSheets(sheets: readonly FakeBookSheet[], addSheet: (name: string) => FakeCells): void {
  for (const { grid, formulas = [] } of sheets) {
    const sheet = addSheet(grid.sheet);
    grid.values.forEach((row, i) => row.forEach((value, j) => storeCell(sheet, grid.origin.row + i, grid.origin.column + j, value, null)));
    for (const { row, column, formula } of formulas) {
      storeCell(sheet, row, column, sheet.values[row - 1]?.[column - 1] ?? null, `=${formula}`);
    }
    sheet.merges.push(...(grid.merges ?? []).map(rangeText));
  }
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: MergeRange, inner: MergeRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** Whether two ranges share a cell. */
export function intersects(a: MergeRange, b: MergeRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
