/**
 * A1 addresses as Excel hands them to add-ins ("Sheet1!A1:T40",
 * "'My Sheet'!F7", "Sheet1!A1:B2, Sheet1!D4") and back.
 */
import { columnLetter, columnNumber } from '../core/address';
import type { MergeRange } from '../core/types';

/**
 * The addresses of a multi-area reference ("Sheet1!A1:B2, Sheet1!D4"), split at
 * commas outside quoted sheet names.
 *
 * @example
 * splitAreas("'a,b'!A1:B2, 'a,b'!D4"); // ["'a,b'!A1:B2", "'a,b'!D4"]
 */
export function splitAreas(addresses: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of addresses) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      areas.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') areas.push(current.trim());
  return areas;
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
