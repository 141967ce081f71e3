/**
 * Reader messages: a catalogue code with its parameters, kept in the message
 * (every surface renders it in its own words) and rendered once for the text.
 */
import type { MessageCode } from '../messages/catalogue';
import { renderBoth } from '../messages/render';
import type { Params } from '../messages/types';
import type { Message, Severity } from '../types';
import type { GridView } from './grid';

/**
 * A catalogued reader message located at a cell or row (null for the whole sheet).
 *
 * @example
 * readerMessage('info', 'hidden-rows', null, 5, { rows: '5–6' }).text.zh; // '工作表中有隐藏行（第 5–6 行）…'
 */
export function readerMessage(severity: Severity, code: MessageCode, cell: string | null, row: number | null, params: Params): Message {
  return { severity, code, cell, row, text: renderBoth(code, params, 'cli'), params };
}

/**
 * A catalogued message about grid cell (i, j): the cell's address is its `cell` parameter.
 *
 * @example
 * cellMessage(view, 'warning', 'missing-name', 4, 0, {}).cell; // 'Sheet1!A5'
 */
export function cellMessage(view: GridView, severity: Severity, code: MessageCode, i: number, j: number, params: Params): Message {
  const cell = view.address(i, j);
  return readerMessage(severity, code, cell, view.row(i), { cell, ...params });
}
