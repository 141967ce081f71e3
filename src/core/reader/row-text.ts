/**
 * A row's words as the reader sees them: its texts joined, whether it is
 * blank, its first text, a name without line breaks.
 */
import { cellText, isEmptyCell, type GridView } from './grid';

const MAX_ROW_TEXT = 200;

/**
 * The non-empty texts of a row joined by spaces (shortened), or null for a blank row.
 *
 * @example
 * rowText(view, 1); // '填报单位：XX县教育局 填报日期：2024年9月'
 */
export function rowText(view: GridView, i: number): string | null {
  const texts: string[] = [];
  for (let j = 0; j < view.rowWidth(i); j++) {
    const text = cellText(view.value(i, j));
    if (text !== '') texts.push(text);
  }
  const joined = texts.join(' ');
  if (joined === '') return null;
  return joined.length > MAX_ROW_TEXT ? `${joined.slice(0, MAX_ROW_TEXT)}…` : joined;
}

/**
 * Whether every cell of the row is empty.
 *
 * @example
 * isBlankRow(view, 12); // true for a row of nulls and spaces
 */
export function isBlankRow(view: GridView, i: number): boolean {
  for (let j = 0; j < view.rowWidth(i); j++) if (!isEmptyCell(view.value(i, j))) return false;
  return true;
}

/**
 * A name as users wrote it, without line breaks or runs of spaces.
 *
 * @example
 * cleanName('城关\r\n小学  '); // '城关小学'
 */
export function cleanName(text: string): string {
  return /\s/.test(text) ? text.replace(/[\r\n]+/g, '').replace(/\s+/g, ' ').trim() : text;
}

/**
 * The first text (string) cell of a row among grid columns [0, end), or ''.
 *
 * @example
 * firstString(view, 2, view.width); // '城关小学'
 */
export function firstString(view: GridView, i: number, end: number): string {
  for (let j = 0; j < Math.min(end, view.rowWidth(i)); j++) {
    const v = view.value(i, j);
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return '';
}
