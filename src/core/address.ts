/**
 * A1-style cell addresses: every message that concerns a cell names it this way
 * (`Sheet1!F7`, `'My Sheet'!F7`) so users can find it in their workbook.
 */
import type { MergeRange } from './types';

/** Excel's last column, XFD. */
const MAX_COLUMN = 16384;

/**
 * The column letters of a 1-based column number.
 *
 * @example
 * columnLetter(1);  // 'A'
 * columnLetter(27); // 'AA'
 */
export function columnLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`column number must be a positive integer, got ${n}`);
  }
  let letters = '';
  let rest = n;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = (rest - 1 - digit) / 26;
  }
  return letters;
}

/**
 * The 1-based column number of column letters (case-insensitive).
 *
 * @example
 * columnNumber('AA'); // 27
 */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) {
    throw new RangeError(`column letters expected, got '${letters}'`);
  }
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n;
}

/** A1 references such as `AB12` (column within XFD) would be misread as a cell. */
function looksLikeA1(name: string): boolean {
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  return match !== null && columnNumber(match[1]) <= MAX_COLUMN;
}

/** R1C1 references such as `R`, `C`, `R2C3`, `RC4` would be misread too. */
function looksLikeR1C1(name: string): boolean {
  return /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Whether a sheet name must be written in apostrophes in a reference, as Excel
 * does: anything other than letters (any script), digits, `_` and `.`, a leading
 * digit or period, or a name that reads as a cell reference.
 *
 * @example
 * needsQuotes('Sheet1');  // false
 * needsQuotes('学校表');   // false
 * needsQuotes('My Sheet'); // true
 */
export function needsQuotes(sheet: string): boolean {
  if (sheet === '') return false;
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)) return true;
  return looksLikeA1(sheet) || looksLikeR1C1(sheet);
}

/**
 * The sheet part of a reference, quoted when needed, apostrophes doubled.
 *
 * @example
 * sheetPrefix("Tom's"); // "'Tom''s'"
 */
export function sheetPrefix(sheet: string): string {
  return needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/**
 * The address of a cell as Excel writes it: `Sheet1!F7`, `'My Sheet'!F7`.
 * An empty sheet name gives the bare cell (`F7`).
 *
 * @example
 * cellAddress('Sheet1', 7, 6);   // 'Sheet1!F7'
 * cellAddress('学校 表', 1, 1);   // "'学校 表'!A1"
 */
export function cellAddress(sheet: string, row: number, column: number): string {
  const cell = `${columnLetter(column)}${row}`;
  return sheet === '' ? cell : `${sheetPrefix(sheet)}!${cell}`;
}

export interface SheetAddress {
  /** The sheet name, unquoted; null when the address names none. */
  sheet: string | null;
  /** The range part, e.g. 'A1:T40' or 'F7', with any `$` removed. */
  range: string;
}

/**
 * Splits `Sheet1!A1:B2` or `'Tom''s'!F7` into sheet and range.
 *
 * @example
 * splitAddress("'My Sheet'!$F$7"); // { sheet: 'My Sheet', range: 'F7' }
 * splitAddress('B2');              // { sheet: null, range: 'B2' }
 */
export function splitAddress(address: string): SheetAddress {
  const text = address.trim();
  const bang = text.lastIndexOf('!');
  const range = text.slice(bang + 1).replace(/\$/g, '');
  if (bang < 0) return { sheet: null, range };
  const rawSheet = text.slice(0, bang);
  const quoted = /^'(.*)'$/s.exec(rawSheet);
  return { sheet: quoted ? quoted[1].replace(/''/g, "'") : rawSheet, range };
}

/**
 * A1 range text ('B3:D4' or 'F7') as 1-based inclusive bounds.
 *
 * @example
 * parseRange('B3:D4'); // { top: 3, left: 2, bottom: 4, right: 4 }
 */
export function parseRange(range: string): MergeRange {
  const [first, last = first] = range.replace(/\$/g, '').split(':');
  const start = /^([A-Za-z]+)(\d+)$/.exec(first);
  const end = /^([A-Za-z]+)(\d+)$/.exec(last);
  if (start === null || end === null) throw new RangeError(`A1 range expected, got '${range}'`);
  return {
    top: Number(start[2]),
    left: columnNumber(start[1]),
    bottom: Number(end[2]),
    right: columnNumber(end[1]),
  };
}

/**
 * The A1 text of 1-based inclusive bounds; a single cell has no colon.
 *
 * @example
 * rangeText({ top: 3, left: 2, bottom: 4, right: 4 }); // 'B3:D4'
 * rangeText({ top: 7, left: 6, bottom: 7, right: 6 }); // 'F7'
 */
export function rangeText(bounds: MergeRange): string {
  const first = `${columnLetter(bounds.left)}${bounds.top}`;
  const last = `${columnLetter(bounds.right)}${bounds.bottom}`;
  return first === last ? first : `${first}:${last}`;
}
