/**
 * A reader message about one cell of the grid.
 */
import type { L10n, Message, Severity } from '../types';
import type { GridView } from './grid';

export function cellMessage(view: GridView, severity: Severity, code: string, i: number, j: number, text: L10n): Message {
  const cell = view.address(i, j);
  return { severity, code, cell, row: view.row(i), text: { zh: `${cell}${text.zh}`, en: `${cell}${text.en}` } };
}
