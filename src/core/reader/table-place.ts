/**
 * Where the school table sits on its sheet: its header further down than the
 * header search usually looks, or a second table beside it on the same rows.
 * Either is said in a message naming the cell; the first table is the one read.
 */
import { columnLetter } from '../address';
import { isNumericField } from '../fields';
import type { Message } from '../types';
import { readerMessage } from './cell-message';
import type { GridView } from './grid';
import { HEADER_SEARCH_ROWS, type HeaderColumn, type HeaderLayout } from './header';
import { isBlankRow } from './row-text';

/** A second table beside the first: its first grid column and the cell that starts its header. */
export interface SecondTable {
  start: number;
  cell: string;
}

function isName(column: HeaderColumn): boolean {
  return column.match?.field === 'name';
}

function isNumeric(column: HeaderColumn): boolean {
  return column.match !== null && isNumericField(column.match.field);
}

const PUPIL_FIELDS: ReadonlySet<string> = new Set(['pupils', 'primaryPupils', 'juniorPupils', 'seniorPupils']);

function isPupils(column: HeaderColumn): boolean {
  return column.match !== null && PUPIL_FIELDS.has(column.match.field);
}

/**
 * A second table on the header's rows: a further school-name column with data
 * columns both between it and the first one and to its right. It starts at that
 * column, or at the unread columns (序号) just left of it. Null for one table.
 *
 * @example
 * // 学校名称 在校生数 … | 序号 学校名称 在校生数 … (from column M)
 * secondTable(view, layout)?.cell; // 'Sheet1!M2'
 */
export function secondTable(view: GridView, layout: HeaderLayout): SecondTable | null {
  const columns = layout.columns;
  const names = columns.filter(isName);
  if (names.length < 2) return null;
  const first = names[0];
  for (const name of names.slice(1)) {
    // The first table must stand on its own (a pupils column): else the name columns are one table's.
    const between = columns.some((c) => c.j > first.j && c.j < name.j && isNumeric(c)) && columns.some((c) => c.j > first.j && c.j < name.j && isPupils(c));
    const after = columns.some((c) => c.j > name.j && isNumeric(c));
    if (!between || !after) continue;
    let start = name.j;
    const byColumn = new Map(columns.map((c) => [c.j, c]));
    for (let left = byColumn.get(start - 1); left !== undefined && left.match === null && left.j > first.j; left = byColumn.get(start - 1)) start = left.j;
    const label = byColumn.get(start) ?? name;
    return { start, cell: view.address(label.labelRow, start) };
  }
  return null;
}

/**
 * The message for a second table beside the first: where it is, which columns were read.
 *
 * @example
 * secondTableMessage(view, layout, second).params?.columns; // 'A:K'
 */
export function secondTableMessage(view: GridView, layout: HeaderLayout, second: SecondTable): Message {
  const read = layout.columns.filter((c) => c.j < second.start);
  const from = columnLetter(view.column(read.length > 0 ? read[0].j : 0));
  const to = columnLetter(view.column(read.length > 0 ? read[read.length - 1].j : second.start - 1));
  return readerMessage('warning', 'second-table', second.cell, view.row(layout.rows[0]), { sheet: view.sheet, cell: second.cell, columns: `${from}:${to}` });
}

/**
 * An info message when the header lies below the rows the search looks at
 * first and non-blank rows above it were not read as schools; null otherwise.
 *
 * @example
 * farHeaderMessage(view, layout)?.params?.row; // 500
 */
export function farHeaderMessage(view: GridView, layout: HeaderLayout): Message | null {
  const top = layout.rows[0];
  if (top < HEADER_SEARCH_ROWS) return null;
  let filled = false;
  for (let i = 0; i < top && !filled; i++) filled = !isBlankRow(view, i);
  if (!filled) return null;
  const name = layout.columns.find(isName);
  const cell = view.address(name?.labelRow ?? top, name?.j ?? 0);
  const above = top === 1 ? `${view.row(0)}` : `${view.row(0)}–${view.row(top - 1)}`;
  return readerMessage('info', 'header-far-down', cell, view.row(top), { row: view.row(top), cell, above });
}
