/**
 * Plain report rows written as sheet XML directly into ExcelJS's streaming
 * sheet writer, without building ExcelJS rows and cells: the same XML as
 * ExcelJS's row writer (`RowXform`) for a row of values with shared styles,
 * with style ids from the writer's own style list. Rows with anything more
 * (merges, notes, chart bars, page breaks) stay with ExcelJS. Node only.
 */
import ExcelJS from 'exceljs';
import { xmlEncode } from 'exceljs/lib/utils/utils';
import { columnLetter } from '../core/address';
import type { ReportCell } from '../core/report';

/** One cell of a plain row: its storable value and its shared style object. */
export interface PlainCell {
  value: ReportCell['value'];
  style: Partial<ExcelJS.Style>;
}

/** A style's id in the written workbook, for a cell of this value type. */
export type StyleId = (style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType) => number;

function valueType(value: PlainCell['value']): ExcelJS.ValueType {
  if (value === null) return ExcelJS.ValueType.Null;
  if (typeof value === 'number') return ExcelJS.ValueType.Number;
  if (typeof value === 'boolean') return ExcelJS.ValueType.Boolean;
  return ExcelJS.ValueType.String;
}

/** Column letters by number, computed once each. */
const LETTERS: string[] = [];

function letters(column: number): string {
  let text = LETTERS[column];
  if (text === undefined) {
    text = columnLetter(column);
    LETTERS[column] = text;
  }
  return text;
}

/**
 * A row's XML as ExcelJS's row writer writes it (strings inline as `t="str"`),
 * or '' for a row without cells (holes are no cells) or height. Style ids are
 * asked for in cell order, as ExcelJS asks for them.
 *
 * @example
 * plainRowXml(3, [{ value: 'a<b', style: {} }], () => 5);
 * // '<row r="3" spans="1:1" x14ac:dyDescent="0.25"><c r="A3" s="5" t="str"><v>a&lt;b</v></c></row>'
 */
export function plainRowXml(number: number, cells: readonly (PlainCell | undefined)[], styleId: StyleId, height?: number): string {
  let xml = '';
  let first = 0;
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j];
    if (cell === undefined) continue;
    if (first === 0) first = j + 1;
    const { value, style } = cell;
    const type = valueType(value);
    const id = styleId(style, type);
    if (value === null && id === 0) continue;
    xml += `<c r="${letters(j + 1)}${number}"`;
    if (id !== 0) xml += ` s="${id}"`;
    if (value === null) xml += '/>';
    else if (typeof value === 'number') xml += `><v>${value}</v></c>`;
    else if (typeof value === 'boolean') xml += ` t="b"><v>${value ? '1' : '0'}</v></c>`;
    else xml += ` t="str"><v>${xmlEncode(value)}</v></c>`;
  }
  if (first === 0 && !height) return '';
  let open = `<row r="${number}"`;
  if (height) open += ` ht="${height}" customHeight="1"`;
  if (first !== 0) open += ` spans="${first}:${cells.length}"`;
  open += ' x14ac:dyDescent="0.25"';
  return xml === '' ? `${open}/>` : `${open}>${xml}</row>`;
}

/** The sheet writer's own fields used here. */
interface SheetInternals {
  startedData: boolean;
  _rows: unknown[];
  _rowZero: number;
  _workbook: { styles: { addStyleModel(style: unknown, type: ExcelJS.ValueType): number } };
  stream: { write(text: string): void };
  _writeColumns(): void;
  _writeOpenSheetData(): void;
}

/** Writes plain rows of one streaming sheet. */
export interface PlainRows {
  /** Whether the next row can be written here: ExcelJS holds no row ahead (a merge over it). */
  ready(worksheet: ExcelJS.Worksheet): boolean;
  /** Writes row `number`, the sheet's next row, with its height in points when it has one. */
  write(worksheet: ExcelJS.Worksheet, number: number, cells: readonly (PlainCell | undefined)[], height?: number): void;
}

/**
 * Plain rows for ExcelJS's streaming sheet writer: the row goes into the
 * sheet's stream and the writer moves on to the next row, as if it had
 * committed it.
 *
 * @example
 * if (plainRows.ready(worksheet)) plainRows.write(worksheet, 7, cells);
 */
export const plainRows: PlainRows = {
  ready: (worksheet) => (worksheet as unknown as SheetInternals)._rows.length === 0,
  write: (worksheet, number, cells, height) => {
    const sheet = worksheet as unknown as SheetInternals;
    if (!sheet.startedData) {
      sheet._writeColumns();
      sheet._writeOpenSheetData();
      sheet.startedData = true;
    }
    const styles = sheet._workbook.styles;
    const xml = plainRowXml(number, cells, (style, type) => styles.addStyleModel(style, type), height);
    if (xml !== '') sheet.stream.write(xml);
    sheet._rowZero = number + 1;
  },
};
