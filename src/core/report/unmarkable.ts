/**
 * Cells a mark cannot reach: a mark is a conditional format that starts with
 * `ISNUMBER(…)`, so a cell holding a number as text ("5人", "１６６") is never
 * shaded, although the check reads it and may find it failing. Such cells are
 * listed — in the pane, on the command line and in the 剔除说明 sheet — with the
 * fix, never left unmarked without a word.
 */
import { cellAddress, parseRange } from '../address';
import { renderMessage } from '../messages/render';
import type { Surface } from '../messages/types';
import { parseNumberCell } from '../numbers';
import type { Grid, Lang } from '../types';
import type { MarkRule } from './types';

/** A cell inside a mark's range that holds a number as text. */
export interface UnmarkableCell {
  /** `Sheet1!F7`. */
  address: string;
  /** 1-based sheet row. */
  row: number;
  /** The text as the cell holds it. */
  text: string;
}

/**
 * The cells inside the marks' ranges that hold numbers as text, in sheet order.
 *
 * @example
 * textNumberCells(grid, rules).map((c) => c.address); // ['学校办学条件!P9', '学校办学条件!P14']
 */
export function textNumberCells(grid: Grid, rules: readonly MarkRule[]): UnmarkableCell[] {
  const found = new Map<string, UnmarkableCell & { column: number }>();
  for (const rule of rules) {
    if (rule.sheet !== grid.sheet) continue;
    const bounds = parseRange(rule.range);
    for (let row = bounds.top; row <= bounds.bottom; row++) {
      for (let column = bounds.left; column <= bounds.right; column++) {
        const value = grid.values[row - grid.origin.row]?.[column - grid.origin.column];
        if (typeof value === 'string' && parseNumberCell(value).kind === 'number') {
          const address = cellAddress(grid.sheet, row, column);
          found.set(address, { address, row, column, text: value });
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.row - b.row || a.column - b.column).map(({ address, row, text }) => ({ address, row, text }));
}

/** How many cells a sentence names before "…". */
const NAMED = 8;

/**
 * What a surface says about such cells: how many, the first few, why and the fix.
 *
 * @example
 * unmarkableText([{ address: 'Sheet1!F7', row: 7, text: '5人' }], 'zh', 'pane');
 * // '1 个单元格存的是文本形式的数字（Sheet1!F7），条件格式读不到，…'
 */
export function unmarkableText(cells: readonly UnmarkableCell[], lang: Lang, surface: Surface): string {
  const named = cells.slice(0, NAMED).map((cell) => cell.address);
  const more = cells.length > NAMED ? ' …' : '';
  return renderMessage('unmarkable-cells', { n: cells.length, cells: named, more }, lang, surface);
}
