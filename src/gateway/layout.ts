/**
 * How a report sheet is laid out in Excel through Office.js: values and number
 * formats as 2-D arrays, cell looks as `setCellProperties` data, borders as a
 * few rectangles rather than one operation per cell.
 */
import { REPORT_STYLES } from '../core/report/styles';
import type { StyleSpec } from '../core/report/styles';
import type { ReportCell, ReportSheet, ReportStyle } from '../core/report/types';
import type { MergeRange } from '../core/types';
import { excelText } from './payload';
import { appendAll } from '../core/arrays';

/** What `Range.values` receives for one cell. */
export type ExcelInput = string | number | boolean;

/**
 * A report cell as Excel must receive it: text stays text, numbers stay unrounded
 * doubles (the number format rounds them on screen), nothing becomes ''.
 *
 * @example
 * cellInput({ kind: 'text', value: '+1' });      // "'+1"
 * cellInput({ kind: 'number', value: 4.4949 });  // 4.4949
 */
export function cellInput(cell: ReportCell | undefined): ExcelInput {
  if (cell === undefined || cell.value === null) return '';
  if (cell.kind === 'text') return excelText(String(cell.value));
  if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? cell.value : '';
  return cell.value;
}

/**
 * The number format of a cell: its own for numbers, General otherwise.
 *
 * @example
 * cellNumberFormat({ kind: 'number', value: 1, numFmt: '0.00' }); // '0.00'
 */
export function cellNumberFormat(cell: ReportCell | undefined): string {
  return cell?.kind === 'number' && cell.numFmt ? cell.numFmt : 'General';
}

const ALIGNMENTS = { left: 'Left', center: 'Center', right: 'Right' } as const;

/**
 * A style as Office.js cell properties (everything but borders, which go by rectangle).
 *
 * @example
 * styleProperties({ bold: true, fill: 'D9E1F2' });
 * // { format: { fill: { color: '#D9E1F2' }, font: { bold: true } } }
 */
export function styleProperties(spec: StyleSpec): Excel.SettableCellProperties {
  const font: Excel.CellPropertiesFont = {};
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.size !== undefined) font.size = spec.size;
  if (spec.color !== undefined) font.color = `#${spec.color}`;
  const format: Excel.CellPropertiesFormat = {};
  if (spec.fill !== undefined) format.fill = { color: `#${spec.fill}` };
  if (Object.keys(font).length > 0) format.font = font;
  if (spec.wrap) format.wrapText = true;
  if (spec.align !== undefined) format.horizontalAlignment = ALIGNMENTS[spec.align];
  return Object.keys(format).length > 0 ? { format } : {};
}

const STYLE_PROPERTIES = Object.fromEntries(
  (Object.keys(REPORT_STYLES) as ReportStyle[]).map((style) => [style, styleProperties(REPORT_STYLES[style])]),
) as Record<ReportStyle, Excel.SettableCellProperties>;

/**
 * The cell properties of a report cell (an empty object for unstyled cells).
 *
 * @example
 * cellProperties({ kind: 'text', value: '小学', style: 'header' }).format?.font; // { bold: true }
 */
export function cellProperties(cell: ReportCell | undefined): Excel.SettableCellProperties {
  return cell?.style === undefined ? {} : STYLE_PROPERTIES[cell.style];
}

/**
 * The widest row of a sheet (at least 1).
 *
 * @example
 * sheetWidth({ rows: [[a], [a, b, c]], … }); // 3
 */
export function sheetWidth(sheet: ReportSheet): number {
  return sheet.rows.reduce((width, row) => Math.max(width, row.length), 1);
}

/**
 * Rectangles covering every cell whose style has borders: runs of bordered
 * cells in a row, stacked while consecutive rows have the same run. A school
 * table becomes one rectangle, not thousands of cells. 1-based, inclusive.
 *
 * @example
 * borderRectangles([[body, body], [body, body], [plain]]);
 * // [{ top: 1, left: 1, bottom: 2, right: 2 }]
 */
export function borderRectangles(rows: readonly (readonly ReportCell[])[]): MergeRange[] {
  const done: MergeRange[] = [];
  let open: MergeRange[] = [];
  rows.forEach((row, i) => {
    const runs = borderedRuns(row, i + 1);
    const next: MergeRange[] = [];
    for (const run of runs) {
      const above = open.find((rect) => rect.left === run.left && rect.right === run.right);
      next.push(above ? { ...above, bottom: run.bottom } : run);
    }
    appendAll(done, open.filter((rect) => !next.some((kept) => kept.top === rect.top && kept.left === rect.left)));
    open = next;
  });
  return [...done, ...open].sort((a, b) => a.top - b.top || a.left - b.left);
}

function borderedRuns(row: readonly ReportCell[], sheetRow: number): MergeRange[] {
  const runs: MergeRange[] = [];
  row.forEach((cell, j) => {
    if (cell.style === undefined || !REPORT_STYLES[cell.style].border) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.right === j) last.right = j + 1;
    else runs.push({ top: sheetRow, bottom: sheetRow, left: j + 1, right: j + 1 });
  });
  return runs;
}

/**
 * A column width in Excel character units as points (Office.js measures in
 * points): a character of the default font is 7 px plus 5 px padding, 0.75 pt per px.
 *
 * @example
 * widthPoints(8.43); // 48
 */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 10) / 10;
}
