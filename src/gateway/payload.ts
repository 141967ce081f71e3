/**
 * What goes over the wire to Excel: cell values as Excel must receive them
 * (text that stays text) and the size of each request, so that large reads and
 * writes are split to stay well under Excel on the web's 5 MB request limit.
 *
 * The chunk rule: rows are packed, in order, into chunks whose JSON size in
 * UTF-8 (an upper bound of the request's length however it is counted) stays
 * within `REQUEST_BUDGET`, 3 MB; each chunk is one `context.sync`. Reads, whose sizes are unknown
 * before they arrive, assume `READ_BYTES_PER_CELL` per cell for the first chunk
 * and then half as much again as the cells read so far took (`readBytesPerCell`).
 * So the number of
 * syncs grows with the bytes moved, not with calls per row: a 20 000-school
 * county takes a few more syncs than a 10-school one, never thousands.
 */
import type { CellValue } from '../core/types';

/** Estimated bytes per request: well under Excel on the web's 5 MB limit. */
export const REQUEST_BUDGET = 3_000_000;

/**
 * Assumed bytes per cell when reading: a number or a short Chinese text,
 * JSON-encoded, with room to spare (typical school rows average about 12).
 */
export const READ_BYTES_PER_CELL = 24;

/**
 * Bytes per cell to assume for the next read, from what the cells read so far
 * took: half as much again, and never less than half the first guess.
 *
 * @example
 * readBytesPerCell(8.8); // 13.2
 * readBytesPerCell(2);   // 12
 */
export function readBytesPerCell(measured: number): number {
  return Math.max(measured * 1.5, READ_BYTES_PER_CELL / 2);
}

/** Overhead of one queued operation (object path, property name, framing). */
export const OPERATION_BYTES = 200;

/**
 * Bytes of a text in UTF-8 (a surrogate pair, 4 bytes, counts as 3 + 3: an upper bound).
 *
 * @example
 * textBytes('A1');   // 2
 * textBytes('学校'); // 6
 */
export function textBytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/**
 * Estimated request bytes of a JSON value.
 *
 * @example
 * jsonBytes([[1, 'a']]); // 9
 */
export function jsonBytes(value: unknown): number {
  return textBytes(JSON.stringify(value) ?? '');
}

/** Text that Excel, reading it as typed input, would turn into a formula, number, date, boolean or error. */
const NOT_PLAIN_TEXT = [
  /^[=+\-@']/, // a formula (=, +, -, @) or a leading apostrophe Excel would swallow
  /^[\s(]*[$¥€£]?\s*[\d.]/, // a number, date, time, percentage or amount
  /^\s*(true|false)\s*$/i,
  /^#/, // an error value such as #N/A
];

/**
 * A text as it must be written through `Range.values` to stay text: with a
 * leading apostrophe (Excel's text prefix, not part of the value) when Excel
 * would otherwise read it as a formula, number, date, boolean or error.
 *
 * @example
 * excelText('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * excelText('城关小学');               // '城关小学'
 */
export function excelText(text: string): string {
  return NOT_PLAIN_TEXT.some((pattern) => pattern.test(text)) ? `'${text}` : text;
}

/**
 * Splits rows into consecutive chunks whose summed bytes stay within `budget`.
 * A single row larger than the budget forms a chunk of its own.
 *
 * @example
 * chunkByBytes([5, 5, 5], 10); // [{ start: 0, count: 2 }, { start: 2, count: 1 }]
 */
export function chunkByBytes(rowBytes: readonly number[], budget: number): { start: number; count: number }[] {
  const chunks: { start: number; count: number }[] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((size, i) => {
    if (i > start && bytes + size > budget) {
      chunks.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rowBytes.length > start) chunks.push({ start, count: rowBytes.length - start });
  return chunks;
}

/**
 * How many rows to read per sync for a table `columns` wide.
 *
 * @example
 * rowsPerRead(14);       // 8928
 * rowsPerRead(14, 13.2); // 16233
 */
export function rowsPerRead(columns: number, bytesPerCell = READ_BYTES_PER_CELL, budget = REQUEST_BUDGET): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columns) * bytesPerCell)));
}

/**
 * A cell as the reader wants it: Excel gives '' for empty cells; the grid says null.
 *
 * @example
 * gridCell('');  // null
 * gridCell(12);  // 12
 */
export function gridCell(value: unknown): CellValue {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
