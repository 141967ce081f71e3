/**
 * How a report sheet is laid out through WPS 表格's object model: values as
 * 2-D arrays (the same inputs Office.js gets, from `layout.ts`), and number
 * formats and cell looks as a few rectangles of equal cells, because the
 * object model sets one format or one look per range, not one per cell.
 */
import type { StyleSpec } from '../core/report';
import { REPORT_STYLES } from '../core/report';
import type { ReportCell, ReportSheet } from '../core/report';
import type { MergeRange } from '../core/types';
import { cellNumberFormat } from './layout';
import type { EtRange } from './wps-model';
import { wpsColor, XL_ALIGN } from './wps-model';
import { appendAll } from '../core/arrays';

/** A rectangle of cells that share one key (a number format, a style name). 1-based, inclusive. */
export interface KeyedRectangle {
  key: string;
  rect: MergeRange;
}

/**
 * Rectangles covering every cell with a key: runs of equal keys in a row,
 * stacked while the next row has the same run. A school table's number column
 * becomes one rectangle, not one per school. Cells whose key is null are left out.
 *
 * @example
 * keyedRectangles([[a, a], [a, a]], () => 'x');
 * // [{ key: 'x', rect: { top: 1, left: 1, bottom: 2, right: 2 } }]
 */
export function keyedRectangles(
  rows: readonly (readonly (ReportCell | undefined)[])[],
  keyOf: (cell: ReportCell | undefined) => string | null,
): KeyedRectangle[] {
  const done: KeyedRectangle[] = [];
  let open: KeyedRectangle[] = [];
  rows.forEach((row, i) => {
    const next: KeyedRectangle[] = [];
    for (const run of runs(row, i + 1, keyOf)) {
      const above = open.find((r) => r.key === run.key && r.rect.left === run.rect.left && r.rect.right === run.rect.right);
      next.push(above ? { key: above.key, rect: { ...above.rect, bottom: run.rect.bottom } } : run);
    }
    appendAll(done, open.filter((r) => !next.some((kept) => kept.rect.top === r.rect.top && kept.rect.left === r.rect.left)));
    open = next;
  });
  return [...done, ...open].sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
}

function runs(
  row: readonly (ReportCell | undefined)[],
  sheetRow: number,
  keyOf: (cell: ReportCell | undefined) => string | null,
): KeyedRectangle[] {
  const found: KeyedRectangle[] = [];
  row.forEach((cell, j) => {
    const key = keyOf(cell);
    if (key === null) return;
    const last = found[found.length - 1];
    if (last !== undefined && last.key === key && last.rect.right === j) last.rect.right = j + 1;
    else found.push({ key, rect: { top: sheetRow, bottom: sheetRow, left: j + 1, right: j + 1 } });
  });
  return found;
}

/**
 * The number-format rectangles of a sheet (General cells are left alone).
 *
 * @example
 * numberFormatRectangles(sheet); // [{ key: '0.00', rect: { top: 5, left: 3, bottom: 40, right: 9 } }, …]
 */
export function numberFormatRectangles(sheet: ReportSheet): KeyedRectangle[] {
  return keyedRectangles(sheet.rows, (cell) => {
    const format = cellNumberFormat(cell);
    return format === 'General' ? null : format;
  });
}

/** Whether a style sets anything besides borders (which go by `borderRectangles`). */
function looksOf(spec: StyleSpec): boolean {
  return Boolean(spec.bold || spec.italic || spec.size || spec.color || spec.fill || spec.wrap || spec.align);
}

/**
 * The style rectangles of a sheet, keyed by report style name.
 *
 * @example
 * styleRectangles(sheet)[0]; // { key: 'title', rect: { top: 1, left: 1, bottom: 1, right: 1 } }
 */
export function styleRectangles(sheet: ReportSheet): KeyedRectangle[] {
  return keyedRectangles(sheet.rows, (cell) =>
    cell?.style !== undefined && looksOf(REPORT_STYLES[cell.style]) ? cell.style : null,
  );
}

/**
 * Gives a range a report style's looks (not its borders): font, fill, wrapping, alignment.
 *
 * @example
 * applyLooks(sheet.Range('A3:W3'), REPORT_STYLES.header);
 */
export function applyLooks(range: EtRange, spec: StyleSpec): void {
  if (spec.bold) range.Font.Bold = true;
  if (spec.italic) range.Font.Italic = true;
  if (spec.size !== undefined) range.Font.Size = spec.size;
  if (spec.color !== undefined) range.Font.Color = wpsColor(spec.color);
  if (spec.fill !== undefined) range.Interior.Color = wpsColor(spec.fill);
  if (spec.wrap) range.WrapText = true;
  if (spec.align !== undefined) range.HorizontalAlignment = XL_ALIGN[spec.align];
}
