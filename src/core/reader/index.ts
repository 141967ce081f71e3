/**
 * The workbook reader: a Grid (one sheet, however it was read) in, school
 * records, row accounts and located messages out. Never throws; every grid row
 * is accounted for exactly once, as a record or as a row account.
 */
import { isNumericField } from '../fields';
import type { ColumnMapping, FieldId, Grid, Message, ReadOptions, RowAccount, SheetRead } from '../types';
import { CATALOGUE } from '../messages/catalogue';
import { readerMessage } from './cell-message';
import { gridView, type GridView } from './grid';
import { detectHeader, headerAt, type HeaderLayout } from './header';
import { buildMapping } from './mapping';
import { farHeaderMessage, secondTable, secondTableMessage } from './table-place';
import { controlCharactersMessage, hiddenRowsMessage } from './row-messages';
import { isBlankRow, rowText } from './row-text';
import { readDataRows } from './rows';

const PUPIL_FIELDS: FieldId[] = ['pupils', 'primaryPupils', 'juniorPupils', 'seniorPupils'];

function hasColumns(mapping: ColumnMapping, field: FieldId): boolean {
  return (mapping[field]?.length ?? 0) > 0;
}

/** A school table needs a name column and at least one numeric column. */
function isSchoolTable(mapping: ColumnMapping): boolean {
  return hasColumns(mapping, 'name') && (Object.keys(mapping) as FieldId[]).some((f) => isNumericField(f) && hasColumns(mapping, f));
}

/** The user's header rows as grid rows (sorted, inside the grid), or null when none are usable. */
function forcedRows(view: GridView, headerRows: number[] | undefined): number[] | null {
  if (!Array.isArray(headerRows)) return null;
  const rows = [...new Set(headerRows)]
    .map((row) => row - view.row(0))
    .filter((i) => Number.isInteger(i) && i >= 0 && i < view.height)
    .sort((a, b) => a - b);
  return rows.length > 0 ? rows : null;
}

function blankOr(view: GridView, i: number, kind: RowAccount['kind']): RowAccount {
  return isBlankRow(view, i) ? { row: view.row(i), kind: 'blank', text: null } : { row: view.row(i), kind, text: rowText(view, i) };
}

function noTable(view: GridView, messages: Message[]): SheetRead {
  const sheet = view.sheet;
  messages.push(
    readerMessage('error', 'no-school-table', null, null, {
      sheet,
      nameHeaders: CATALOGUE['name-header-words'],
      dataHeaders: CATALOGUE['data-header-words'],
    }),
  );
  const rows = Array.from({ length: view.height }, (_, i) => blankOr(view, i, 'other'));
  return { sheet, headerRows: [], firstDataRow: 0, lastDataRow: 0, mapping: {}, columns: [], records: [], rows, messages };
}

/** The table has a header but no school below it. */
function noSchoolRowsMessage(view: GridView, headerRows: number[]): Message {
  const first = view.row(headerRows[0]);
  const last = view.row(headerRows[headerRows.length - 1]);
  return readerMessage('error', 'no-school-rows', null, null, { sheet: view.sheet, rows: first === last ? `${first}` : `${first}–${last}` });
}

/**
 * Read one sheet: find the header by content, map columns to fields, and turn
 * every row below into a school or total record or a row account. `firstDataRow`
 * and `lastDataRow` span the records (0 when there are none). A sheet without a
 * school table gives no header rows, no records and one error message; a table
 * without any school row gives its header and an error message.
 *
 * @example
 * const read = readSheet({
 *   sheet: 'Sheet1',
 *   origin: { row: 1, column: 1 },
 *   values: [['学校名称', '在校生数'], ['城关小学', 1288]],
 * });
 * read.records[0]; // { row: 2, name: '城关小学', type: 'primary', values: { pupils: 1288 }, … }
 */
export function readSheet(grid: Grid, options: ReadOptions = {}): SheetRead {
  const view = gridView(grid);
  const messages: Message[] = [];
  const hidden = hiddenRowsMessage(view, grid);
  if (hidden !== null) messages.push(hidden);
  const controls = controlCharactersMessage(view, grid);
  if (controls !== null) messages.push(controls);
  const forced = forcedRows(view, options?.headerRows);
  const layout: HeaderLayout | null = forced !== null ? headerAt(view, grid, forced) : detectHeader(view, grid);
  if (layout === null) return noTable(view, messages);
  const second = secondTable(view, layout);
  const tableColumns = second === null ? layout.columns : layout.columns.filter((column) => column.j < second.start);
  const { mapping, columns, messages: mappingMessages } = buildMapping(view, tableColumns, options?.mapping);
  if (!isSchoolTable(mapping)) return noTable(view, messages);
  const far = farHeaderMessage(view, layout);
  if (far !== null) messages.push(far);
  if (second !== null) messages.push(secondTableMessage(view, layout, second));
  const firstHeader = layout.rows[0];
  const lastHeader = layout.rows[layout.rows.length - 1];
  const rows: RowAccount[] = [];
  for (let i = 0; i < firstHeader; i++) rows.push(blankOr(view, i, 'title'));
  for (let i = firstHeader; i <= lastHeader; i++) rows.push({ row: view.row(i), kind: 'header', text: rowText(view, i) });
  const data = readDataRows(view, grid, mapping, lastHeader + 1);
  const records = data.records;
  if (!records.some((r) => r.kind === 'school')) messages.push(noSchoolRowsMessage(view, layout.rows));
  return {
    sheet: view.sheet,
    headerRows: layout.rows.map((i) => view.row(i)),
    firstDataRow: records.length > 0 ? records[0].row : 0,
    lastDataRow: records.length > 0 ? records[records.length - 1].row : 0,
    mapping,
    columns,
    records,
    rows: [...rows, ...data.rows],
    messages: [...messages, ...mappingMessages, ...data.messages],
  };
}

/** Whether a grid holds a school table: a school-name column and a pupils column. */
function holdsSchoolTable(grid: Grid): boolean {
  const view = gridView(grid);
  const layout = detectHeader(view, grid);
  if (layout === null) return false;
  const { mapping } = buildMapping(view, layout.columns);
  return hasColumns(mapping, 'name') && PUPIL_FIELDS.some((field) => hasColumns(mapping, field));
}

/**
 * The index of the first grid that holds a school table (a school-name column
 * and a pupils column), or -1. Visible sheets come first: a hidden sheet is
 * usually last year's copy, so it is chosen only when no visible sheet qualifies.
 *
 * @example
 * findSchoolSheet([cover, schools]); // 1
 */
export function findSchoolSheet(grids: Grid[]): number {
  const tables = grids.map(holdsSchoolTable);
  const visible = tables.findIndex((holds, k) => holds && grids[k].hidden !== true);
  return visible >= 0 ? visible : tables.indexOf(true);
}
