/**
 * How wide and tall report cells print: the text a cell shows (its number
 * format applied), its width in Excel's character units with CJK characters
 * counted double, the column widths a sheet needs so that no number prints as
 * ####, and the heights of rows whose wrapped text takes more than one line.
 */
import type { MergeRange } from '../types';
import { roundTo } from '../format';
import { REPORT_STYLES } from './styles';
import type { ReportCell } from './types';
import { maxOf } from '../arrays';

/** Narrowest column a report writes, in characters. */
export const MIN_WIDTH = 4;

/** Points per line of 11-point text, with the leading CJK fonts need. */
const LINE_POINTS = 16;
const DEFAULT_FONT_SIZE = 11;

/**
 * CJK ideographs, kana, hangul, full-width forms, CJK punctuation and symbols (㎡, ＿),
 * and symbols CJK fonts print wide (—, ≥). Box-drawing and block characters (the
 * in-cell bars █ · ┃) print narrow in the sheet's Latin font and count 1.
 */
const WIDE = /[\u2010-\u24FF\u25A0-\u2BFF\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * The width of a text in Excel's character units: a CJK (or full-width) character counts 2, others 1.
 *
 * @example
 * textWidth('城关小学 4.50'); // 13
 */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character, outside every wide range.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Whether a UTF-16 code unit is in `WIDE` (all its ranges are in the basic plane). */
function isWide(code: number): boolean {
  if (code < 0x2010) return false;
  return (
    code <= 0x24ff ||
    (code >= 0x25a0 && code <= 0x2bff) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** A number format the report model uses: an optional quoted prefix and suffix around General, 0, 0.00…, or 0.0%. */
const NUMBER_FORMAT = /^(?:"([^"]*)")?(General|0(?:\.(0+))?(%)?)(?:"([^"]*)")?$/;

/** A number format's parts, as `NUMBER_FORMAT` reads them. */
interface NumberFormat {
  prefix: string;
  body: string;
  decimals: string;
  percent: string | undefined;
  suffix: string;
}

/** Formats read so far: a report has a handful, over many cells. */
const FORMATS = new Map<string, NumberFormat | null>();

function numberFormat(numFmt: string): NumberFormat | null {
  let format = FORMATS.get(numFmt);
  if (format === undefined) {
    const match = NUMBER_FORMAT.exec(numFmt);
    format = match === null ? null : { prefix: match[1] ?? '', body: match[2], decimals: match[3] ?? '', percent: match[4], suffix: match[5] ?? '' };
    FORMATS.set(numFmt, format);
  }
  return format;
}

/**
 * The text a cell shows: text as is, numbers through their number format
 * ('0.00', '0.000', '0', '0.0%', '"≥"General', '0.00" ㎡"').
 *
 * @example
 * displayText({ kind: 'number', value: 4.4949, numFmt: '0.00' }); // '4.49'
 * displayText({ kind: 'number', value: 0.1234, numFmt: '0.0%' }); // '12.3%'
 */
export function displayText(cell: Pick<ReportCell, 'value' | 'numFmt'>): string {
  const { value } = cell;
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const format = numberFormat(cell.numFmt ?? 'General');
  if (format === null) return String(value);
  const { prefix, body, decimals, percent, suffix } = format;
  const shown = percent ? value * 100 : value;
  const digits = decimals.length;
  // General shows at most 10 significant digits in a column of ordinary width.
  const number = body === 'General' ? String(Number(shown.toPrecision(10))) : roundTo(shown, digits).toFixed(digits);
  return `${prefix}${number}${percent ? '%' : ''}${suffix}`;
}

function fontScale(cell: ReportCell): number {
  const spec = REPORT_STYLES[cell.style ?? 'plain'];
  return ((spec.size ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) * (spec.bold ? 1.1 : 1);
}

function wraps(cell: ReportCell): boolean {
  return REPORT_STYLES[cell.style ?? 'plain'].wrap === true;
}

/** The widest piece a wrapped text cannot be broken inside: a Latin word or number, or one CJK character. */
function unbreakableWidth(text: string): number {
  const pieces = text.split(/[\s\u2E80-\uA4CF\uFF00-\uFF60]+/u).map(textWidth);
  return Math.max(WIDE.test(text) ? 2 : 0, ...pieces);
}

/**
 * The column width (Excel characters) a cell needs to print whole: its shown
 * text, CJK counted double, scaled for bold or larger type, plus a character of
 * padding. A wrapping cell only needs room for its longest unbreakable piece.
 *
 * @example
 * widthNeeded({ kind: 'number', value: 2345.678, numFmt: '0.00', style: 'body' }); // 9
 */
export function widthNeeded(cell: ReportCell): number {
  const text = displayText(cell);
  if (text === '') return 0;
  const width = wraps(cell) ? unbreakableWidth(text) : textWidth(text);
  return Math.ceil(width * fontScale(cell) * 1.05) + 1;
}

/** Excel's last column: a cell's key is row × this + column. */
const COLUMNS = 16384;

/** Where each merged area starts, by `cellKey` (a number: no string per cell of a 200 000-row sheet). */
function mergeStarts(merges: readonly MergeRange[]): Map<number, MergeRange> {
  return new Map(merges.map((merge) => [cellKey(merge.top, merge.left), merge]));
}

function cellKey(row: number, column: number): number {
  return row * COLUMNS + column;
}

/**
 * The width of columns `left`..`right` (1-based, inclusive) together.
 *
 * @example
 * spanWidth([6, 20, 8], 2, 3); // 28
 */
export function spanWidth(widths: readonly number[], left: number, right: number): number {
  let sum = 0;
  for (let j = left; j <= right; j++) sum += widths[j - 1] ?? MIN_WIDTH;
  return sum;
}

/**
 * Column widths that print every cell whole: at least `minimums`, wide enough
 * for every cell's shown text (`widthNeeded`); a merged cell that does not
 * wrap widens the last column of its area when the area is too narrow.
 *
 * @example
 * fitWidths([[numberCell(12345.678, '0.00')]], [], [6]); // [10]
 */
export function fitWidths(rows: readonly (readonly ReportCell[])[], merges: readonly MergeRange[], minimums: readonly number[]): number[] {
  const starts = mergeStarts(merges);
  const columns = maxOf(rows.map((row) => row.length), minimums.length);
  const widths = Array.from({ length: columns }, (_, j) => Math.max(MIN_WIDTH, minimums[j] ?? MIN_WIDTH));
  const merged: { area: MergeRange; need: number }[] = [];
  rows.forEach((row, i) =>
    row.forEach((cell, j) => {
      const area = starts.get(cellKey(i + 1, j + 1));
      const need = widthNeeded(cell);
      if (area !== undefined && area.right > area.left) merged.push({ area, need });
      else widths[j] = Math.max(widths[j], need);
    }),
  );
  for (const { area, need } of merged) {
    const short = need - spanWidth(widths, area.left, area.right);
    if (short > 0) widths[area.right - 1] += short;
  }
  return widths;
}

/**
 * A column width for texts such as school names: the widest text (CJK double)
 * plus padding, kept between `min` and `max` (longer texts wrap).
 *
 * @example
 * textColumnWidth(['城关小学', '东关镇中心小学'], 10, 30); // 16
 */
export function textColumnWidth(texts: readonly string[], min: number, max: number): number {
  const widest = texts.reduce((width, text) => Math.max(width, textWidth(text)), 0);
  return Math.min(max, Math.max(min, widest + 2));
}

/**
 * Heights (points) of rows whose wrapped cells take more than one line at the
 * given widths, or that hold large type (titles); other rows keep the default height. Excel does not
 * grow a row for merged wrapped cells, so the model says how tall they are.
 *
 * @example
 * rowHeights([[labelCell('一句很长很长的说明文字')]], [], [10]); // [{ row: 1, points: 48 }]
 */
export function rowHeights(
  rows: readonly (readonly ReportCell[])[],
  merges: readonly MergeRange[],
  widths: readonly number[],
): { row: number; points: number }[] {
  const starts = mergeStarts(merges);
  const heights: { row: number; points: number }[] = [];
  rows.forEach((row, i) => {
    let points = 0;
    row.forEach((cell, j) => {
      const scale = fontScale(cell);
      if ((!wraps(cell) && scale <= 1.2) || cell.value === null || cell.value === '') return;
      let lines = 1;
      if (wraps(cell)) {
        const area = starts.get(cellKey(i + 1, j + 1));
        const room = Math.max(1, spanWidth(widths, j + 1, area?.right ?? j + 1) - 1);
        lines = displayText(cell)
          .split('\n')
          // Fonts print CJK a little narrower than two characters: judge lines at 85 %.
          .reduce((sum, part) => sum + Math.max(1, Math.ceil((textWidth(part) * scale * 0.85) / room)), 0);
      }
      if (lines > 1 || scale > 1.2) points = Math.max(points, Math.ceil(lines * LINE_POINTS * scale) + 4);
    });
    if (points > 0) heights.push({ row: i + 1, points });
  });
  return heights;
}
