/**
 * Range arguments as Excel hands them to a custom function: a 2-D array per
 * argument (a single cell or a typed number is a 1 × 1 array), and, when the
 * function asks for them, the arguments' addresses so that messages can name
 * cells as `Sheet1!E7`.
 *
 * Blank cells arrive as null or "" depending on the platform; both are blank.
 */

import { cellAddress, columnNumber, splitAddress } from '../core/address';
import { parseNumberCell } from '../core/numbers';
import type { CellValue, L10n } from '../core/types';
import { valueError } from './errors';

/** One cell of a range argument as received (the functions declare `unknown[][]`). */
export type Cell = unknown;

/** Where a range starts in its sheet (1-based). */
export interface Origin {
  sheet: string;
  row: number;
  column: number;
}

/** A range argument with its name for messages and, when known, its place in the sheet. */
export interface RangeArg {
  cells: readonly (readonly Cell[])[];
  name: L10n;
  origin: Origin | null;
}

/**
 * The top-left cell of a range address as Excel reports it: `Sheet1!$E$5:$E$40`,
 * `'My Sheet'!E:E` (whole column: row 1), `Sheet1!5:40` (whole rows: column A).
 * Null when the address is missing or unreadable (a typed value has none).
 *
 * @example
 * rangeOrigin("'学校 表'!$E$5:$E$40"); // { sheet: '学校 表', row: 5, column: 5 }
 */
export function rangeOrigin(address: string | null | undefined): Origin | null {
  if (!address) return null;
  const { sheet, range } = splitAddress(address);
  const match = /^([A-Za-z]{1,3})?(\d+)?(?::\S+)?$/.exec(range);
  if (match === null || (match[1] === undefined && match[2] === undefined)) return null;
  return {
    sheet: sheet ?? '',
    row: match[2] !== undefined ? Number(match[2]) : 1,
    column: match[1] !== undefined ? columnNumber(match[1]) : 1,
  };
}

/**
 * Names the range arguments of one call: `names[k]` goes with `cells[k]`, and
 * the invocation's `parameterAddresses[k]` (present when the function declares
 * `@requiresParameterAddresses` and Excel supports it) places it in the sheet.
 *
 * @example
 * const [values, pupils] = rangeArgs([valueCells, pupilCells], [VALUES, PUPILS], invocation);
 */
export function rangeArgs(
  cells: readonly (readonly (readonly Cell[])[])[],
  names: readonly L10n[],
  invocation: CustomFunctions.Invocation | null | undefined,
): RangeArg[] {
  const addresses = invocation?.parameterAddresses ?? [];
  return cells.map((c, k) => ({ cells: c, name: names[k], origin: rangeOrigin(addresses[k]) }));
}

/**
 * A cell of a range argument named for messages: its address, or its place in
 * the range when Excel gave no address.
 *
 * @example
 * cellName(pupils, 2, 0); // { zh: 'Sheet1!D7', en: 'Sheet1!D7' } for a range starting at D5
 */
export function cellName(arg: RangeArg, row: number, column: number): L10n {
  if (arg.origin !== null) {
    const address = cellAddress(arg.origin.sheet, arg.origin.row + row, arg.origin.column + column);
    return { zh: address, en: address };
  }
  return {
    zh: `${arg.name.zh}区域第 ${row + 1} 行第 ${column + 1} 列`,
    en: `row ${row + 1}, column ${column + 1} of the ${arg.name.en} range`,
  };
}

// ---------------------------------------------------------------------------
// Reading one cell as a number.
// ---------------------------------------------------------------------------

/**
 * A cell read as a number: numbers and unambiguous numeric text ("1,234",
 * "56人", "12.5万元" → 125000) count; blanks and dashes are blank; text without
 * any digit (a header such as 在校生数, a note) is a label; anything else is
 * invalid with the reason and what to write.
 */
export type Reading =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'label' }
  | { kind: 'invalid'; reason: L10n };

/**
 * @example
 * readCell('');         // { kind: 'blank' }
 * readCell('1,234人');  // { kind: 'number', value: 1234 }
 * readCell('在校生数');  // { kind: 'label' }
 */
export function readCell(cell: Cell): Reading {
  // Anything that is not a CellValue (an entity, say) falls to parseNumberCell's "cannot be read".
  const parsed = parseNumberCell((cell ?? null) as CellValue);
  if (parsed.kind === 'number') return { kind: 'number', value: parsed.value * (parsed.factor ?? 1) };
  if (parsed.kind === 'blank') return parsed;
  if (typeof cell === 'string' && !/\d/.test(cell.normalize('NFKC'))) return { kind: 'label' };
  return parsed;
}

/**
 * A cell that holds nothing to compute with: blank, a dash, or a header.
 *
 * @example
 * isEmpty('在校生数'); // true
 */
export function isEmpty(cell: Cell): boolean {
  const kind = readCell(cell).kind;
  return kind === 'blank' || kind === 'label';
}

/** #VALUE! for a cell that should hold a number: which cell, and why. */
export function cellError(arg: RangeArg, row: number, column: number, reason: L10n): CustomFunctions.Error {
  const cell = cellName(arg, row, column);
  return valueError({ zh: `${cell.zh}（${arg.name.zh}）：${reason.zh}`, en: `${cell.en} (${arg.name.en}): ${reason.en}` });
}

const BLANK_WITH_PUPILS: L10n = {
  zh: '该行有在校生，但此单元格为空：请填写数值（没有则填 0）',
  en: 'this row has pupils but the cell is blank: enter the number (0 if there is none)',
};

/** The reason a reading is not a usable number (blank, label or invalid). */
function notANumber(reading: Exclude<Reading, { kind: 'number' }>): L10n {
  if (reading.kind === 'blank') return BLANK_WITH_PUPILS;
  if (reading.kind === 'label') {
    return { zh: '这是文字而不是数值：请填写数值', en: 'this is text, not a number: enter the number' };
  }
  return reading.reason;
}

// ---------------------------------------------------------------------------
// Shapes: ranges of one size, single cells standing for every row.
// ---------------------------------------------------------------------------

export interface Shape {
  rows: number;
  columns: number;
}

function shapeOf(arg: RangeArg): Shape {
  return { rows: arg.cells.length, columns: arg.cells[0]?.length ?? 0 };
}

function isSingle(arg: RangeArg): boolean {
  const { rows, columns } = shapeOf(arg);
  return rows === 1 && columns === 1;
}

function sizeError(args: readonly RangeArg[]): CustomFunctions.Error {
  const sizes = args.map((arg) => ({ arg, ...shapeOf(arg) }));
  return valueError({
    zh: `区域大小不一致：${sizes.map((s) => `${s.arg.name.zh} ${s.rows} 行 × ${s.columns} 列`).join('，')}。请选择行数、列数相同的区域`,
    en: `the ranges differ in size: ${sizes.map((s) => `${s.arg.name.en} ${s.rows} × ${s.columns}`).join(', ')}. Select ranges of the same size`,
  });
}

/**
 * The size shared by the arguments. With `broadcast`, single cells are left out
 * (they stand for every row, like a typed number); otherwise every argument
 * must have the same size.
 *
 * @example
 * commonShape([amounts, pupils], false); // { rows: 36, columns: 1 }, or #VALUE! when they differ
 */
export function commonShape(args: readonly RangeArg[], broadcast: boolean): Shape {
  const sized = broadcast ? args.filter((arg) => !isSingle(arg)) : args;
  if (sized.length === 0) return { rows: 1, columns: 1 };
  const shape = shapeOf(sized[0]);
  if (sized.some((arg) => shapeOf(arg).rows !== shape.rows || shapeOf(arg).columns !== shape.columns)) {
    throw sizeError(args);
  }
  return shape;
}

/** The cell of an argument at a position; a single cell stands for every position. */
export function cellAt(arg: RangeArg, row: number, column: number): Cell {
  return isSingle(arg) ? arg.cells[0][0] : arg.cells[row][column];
}

// ---------------------------------------------------------------------------
// Pupil-weighted pairs (COEFVAR, WMEAN, COEFVAROF).
// ---------------------------------------------------------------------------

/** The rows that count, as parallel arrays. */
export interface Pairs {
  values: number[];
  pupils: number[];
}

/**
 * The (value, pupils) pairs of the rows that count, cell by cell across two
 * ranges of the same size.
 *
 * A row counts when its pupils cell holds a number greater than 0. Rows whose
 * pupils cell is blank, 0, a dash, or text without digits (a header) are
 * skipped, so whole columns work. Everything else is #VALUE! naming the cell:
 * negative pupils, text that is not a clean number, and a value cell that is
 * blank or not a number in a row that counts.
 *
 * @example
 * pupilPairs(values, pupils); // { values: [6.2, 3.7], pupils: [45, 37] }
 */
export function pupilPairs(values: RangeArg, pupils: RangeArg): Pairs {
  const { rows, columns } = commonShape([values, pupils], false);
  const pairs: Pairs = { values: [], pupils: [] };
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const weight = pupilCount(pupils, i, j);
      if (weight === null || weight === 0) continue;
      const value = readCell(values.cells[i][j]);
      if (value.kind !== 'number') throw cellError(values, i, j, notANumber(value));
      pairs.values.push(value.value);
      pairs.pupils.push(weight);
    }
  }
  return pairs;
}

/**
 * A pupils cell as a count: null when it is blank or a label (the row has no
 * school), #VALUE! when it is negative or unreadable.
 */
export function pupilCount(pupils: RangeArg, row: number, column: number): number | null {
  const reading = readCell(cellAt(pupils, row, column));
  if (reading.kind === 'blank' || reading.kind === 'label') return null;
  if (reading.kind === 'invalid') throw cellError(pupils, row, column, reading.reason);
  if (reading.value < 0) {
    throw cellError(pupils, row, column, { zh: '在校生数不能为负数', en: 'pupils cannot be negative' });
  }
  return reading.value;
}

/**
 * A number a row needs (an amount or a value), #VALUE! when the cell is blank,
 * a label or unreadable.
 */
export function requiredNumber(arg: RangeArg, row: number, column: number): number {
  const reading = readCell(cellAt(arg, row, column));
  if (reading.kind !== 'number') throw cellError(arg, row, column, notANumber(reading));
  return reading.value;
}

// ---------------------------------------------------------------------------
// Elementwise results (PERPUPIL, PER100, SPLIT, MEETS, SHORTFALL).
// ---------------------------------------------------------------------------

/** One cell of a spilled result: a number, TRUE/FALSE, "" for a row without a school, or an error. */
export type ResultCell = number | boolean | string | CustomFunctions.Error;

function isBlankRow(args: readonly RangeArg[], row: number, columns: number): boolean {
  for (const arg of args) {
    if (isSingle(arg)) continue;
    for (let j = 0; j < columns; j++) {
      if (readCell(arg.cells[row][j]).kind !== 'blank') return false;
    }
  }
  return true;
}

/** Rows up to the last one where some range is not blank. */
function usedRows(args: readonly RangeArg[], { rows, columns }: Shape): number {
  let used = rows;
  while (used > 1 && isBlankRow(args, used - 1, columns)) used--;
  return used;
}

/** A cell's result; an error thrown for it becomes the cell's value. */
function attempt(compute: () => ResultCell): ResultCell {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error;
    throw error;
  }
}

/**
 * Computes one result per cell position of the arguments and returns them as
 * a range that spills. Trailing rows where every range is blank are dropped, so
 * a whole column spills only as far as the data goes. An error thrown for one
 * cell becomes that cell's result; the other cells still compute.
 *
 * @example
 * elementwise([amounts, pupils], (i, j) => ...); // [[6.2], [3.7], [''], …]
 */
export function elementwise(args: readonly RangeArg[], compute: (row: number, column: number) => ResultCell): ResultCell[][] {
  const shape = commonShape(args, true);
  const result: ResultCell[][] = [];
  for (let i = 0, used = usedRows(args, shape); i < used; i++) {
    const line: ResultCell[] = [];
    for (let j = 0; j < shape.columns; j++) line.push(attempt(() => compute(i, j)));
    result.push(line);
  }
  return result;
}

/**
 * One result per row of a range, as a column that spills; trailing blank rows
 * are dropped and an error thrown for one row becomes that row's result.
 *
 * @example
 * rowwise(values, (i) => ...); // [[true], [false]]
 */
export function rowwise(arg: RangeArg, compute: (row: number) => ResultCell): ResultCell[][] {
  const result: ResultCell[][] = [];
  for (let i = 0, used = usedRows([arg], shapeOf(arg)); i < used; i++) result.push([attempt(() => compute(i))]);
  return result;
}
