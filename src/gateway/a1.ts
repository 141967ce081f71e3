/**
 * A1 addresses as Excel hands them to add-ins ("Sheet1!A1:T40",
 * "'My Sheet'!F7", "Sheet1!A1:B2, Sheet1!D4") and back.
 */

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

export { parseRange, rangeText } from '../core/address';
