/**
 * Plain-text tables for the terminal. Chinese characters take two columns in a
 * terminal, so alignment counts display width, not string length.
 */
import { maxOf } from '../core/arrays';

/** East Asian wide and full-width ranges (Unicode EAW W/F), which terminals draw two columns wide. */
const WIDE_RANGES: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high);
}

/**
 * Columns a text takes in a terminal: 2 per Chinese (wide) character, 1 otherwise.
 *
 * @example
 * displayWidth('县均值 5.68'); // 11
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return width;
}

export type Align = 'left' | 'right';

/**
 * Pads `text` to `width` display columns.
 *
 * @example
 * pad('达标', 6, 'right'); // '  达标'
 */
export function pad(text: string, width: number, align: Align = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Lines of a table whose columns line up in a terminal, two spaces apart, with
 * no trailing spaces. `align` gives each column's alignment (default left).
 *
 * @example
 * formatTable([['指标', '差异系数'], ['生均图书', '0.515']], ['left', 'right']);
 * // ['指标      差异系数', '生均图书     0.515']
 */
export function formatTable(rows: readonly (readonly string[])[], align: readonly Align[] = []): string[] {
  const columns = maxOf(rows.map((row) => row.length), 0);
  const widths = Array.from({ length: columns }, (_, j) => maxOf(rows.map((row) => displayWidth(row[j] ?? ''))));
  return rows.map((row) =>
    widths
      .map((width, j) => pad(row[j] ?? '', width, align[j] ?? 'left'))
      .join('  ')
      .trimEnd(),
  );
}
