/**
 * Messages about rows and cells of the table as a whole: hidden rows, rows
 * without a name, names like notes, numbers merged over rows, names twice.
 */
import { columnLetter } from '../address';
import { CATALOGUE } from '../messages/catalogue';
import { renderBoth } from '../messages/render';
import type { Grid, Message, SchoolRecord } from '../types';
import { cellMessage, readerMessage } from './cell-message';
import type { NumericGroup } from './columns';
import { isEmptyCell, type GridView } from './grid';

function rowsList(rows: number[]): string {
  const ranges: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    let end = k;
    while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
    ranges.push(end === k ? `${rows[k]}` : `${rows[k]}–${rows[end]}`);
    k = end;
  }
  return ranges.join(', ');
}

/**
 * One info message listing the hidden rows of the grid (they are read like any other).
 *
 * @example
 * hiddenRowsMessage(view, { ...grid, hiddenRows: [5, 6, 9] })?.text.zh; // '工作表中有隐藏行（第 5–6, 9 行）…'
 */
export function hiddenRowsMessage(view: GridView, grid: Grid): Message | null {
  if (!Array.isArray(grid.hiddenRows)) return null;
  const first = view.row(0);
  const last = view.row(view.height - 1);
  const rows = [...new Set(grid.hiddenRows)]
    .filter((row) => Number.isInteger(row) && row >= first && row <= last)
    .sort((a, b) => a - b);
  if (rows.length === 0) return null;
  return readerMessage('info', 'hidden-rows', null, rows[0], { rows: rowsList(rows) });
}

/** Cells listed by name in a message about many; the rest are counted. */
const LISTED_CELLS = 5;

/**
 * One warning naming the cells whose control characters were read as spaces (CSV files).
 *
 * @example
 * controlCharactersMessage(view, { ...grid, controlCharacters: [{ row: 4, column: 1 }] })?.cell; // '县直!A4'
 */
export function controlCharactersMessage(view: GridView, grid: Grid): Message | null {
  const found = Array.isArray(grid.controlCharacters) ? grid.controlCharacters : [];
  const cells = found
    .filter((c) => c !== null && typeof c === 'object' && Number.isInteger(c.row) && Number.isInteger(c.column))
    .map((c) => ({ row: c.row, address: view.address(c.row - view.row(0), c.column - view.column(0)) }));
  if (cells.length === 0) return null;
  const listed = cells.slice(0, LISTED_CELLS).map((c) => c.address);
  const more = cells.length > LISTED_CELLS ? [renderBoth('list-more-cells', { n: cells.length - LISTED_CELLS }, 'cli')] : [];
  return readerMessage('warning', 'control-characters', listed[0], cells[0].row, { count: cells.length, cells: [...listed, ...more] });
}

/**
 * @example
 * missingNameMessage(view, 6, 0).code; // 'missing-name'
 */
export function missingNameMessage(view: GridView, i: number, nameJ: number): Message {
  return cellMessage(view, 'warning', 'missing-name', i, nameJ, {});
}

/**
 * A name cell holding a formula error (#REF!, #N/A …): the row is not read as a school.
 *
 * @example
 * nameErrorMessage(view, 6, 0, '#REF!').text.zh; // 'Sheet1!A7：学校名称是公式错误「#REF!」，这一行未作为学校读取：…'
 */
export function nameErrorMessage(view: GridView, i: number, nameJ: number, text: string): Message {
  return cellMessage(view, 'warning', 'name-formula-error', i, nameJ, { text });
}

/**
 * A school whose name starts like a footer note (日期小学, 审核…): read as a school, since the row has figures.
 *
 * @example
 * noteLikeNameMessage(view, 6, 0).code; // 'note-like-name'
 */
export function noteLikeNameMessage(view: GridView, i: number, nameJ: number): Message {
  return cellMessage(view, 'info', 'note-like-name', i, nameJ, { noteForm: CATALOGUE['note-form'] });
}

/**
 * Warnings for number cells merged down over several data rows: the value is
 * read on the merge's first row only, the rows below read blank.
 *
 * @example
 * mergedNumberMessages(view, grid, groups, 2)[0]?.params?.rows; // '5–6' for D5:D6 merged
 */
export function mergedNumberMessages(view: GridView, grid: Grid, groups: NumericGroup[], start: number): Message[] {
  if (!Array.isArray(grid.merges)) return [];
  const numeric = new Set(groups.flatMap((group) => group.columns.map((column) => column.j)));
  const messages: Message[] = [];
  for (const merge of grid.merges) {
    if (merge === null || typeof merge !== 'object') continue;
    const top = merge.top - view.row(0);
    const left = merge.left - view.column(0);
    const bottom = Math.min(merge.bottom - view.row(0), view.height - 1);
    const right = Math.min(merge.right - view.column(0), view.width - 1);
    if (!(top >= start && left >= 0 && bottom > top && right >= left) || isEmptyCell(view.value(top, left))) continue;
    if (![...numeric].some((j) => j >= left && j <= right)) continue;
    const area = `${view.address(top, left)}:${columnLetter(view.column(right))}${view.row(bottom)}`;
    const rows = `${view.row(top)}–${view.row(bottom)}`;
    messages.push(
      cellMessage(view, 'warning', 'merged-number', top, left, { rows, area, first: view.row(top) }),
    );
  }
  return messages;
}

/**
 * Warnings for schools named twice (same name, same part): both rows are read;
 * the later one is named, with the row it repeats.
 *
 * @example
 * duplicateNameMessages(view, records, 0)[0]?.params?.earlier; // 3 when row 3 has the same name
 */
export function duplicateNameMessages(view: GridView, records: SchoolRecord[], nameJ: number): Message[] {
  const firstRow = new Map<string, number>();
  const messages: Message[] = [];
  for (const record of records) {
    if (record.kind !== 'school') continue;
    const key = `${record.name}|${record.part ?? ''}`;
    const earlier = firstRow.get(key);
    if (earlier === undefined) {
      firstRow.set(key, record.row);
      continue;
    }
    messages.push(
      cellMessage(view, 'warning', 'duplicate-name', record.row - view.row(0), nameJ, { name: record.name, earlier }),
    );
  }
  return messages;
}
