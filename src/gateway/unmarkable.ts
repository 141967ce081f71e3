/**
 * Cells a mark cannot reach: Excel's conditional formats compare numbers, so a
 * cell holding a number as text ("5人", "１６６") is never shaded, although the
 * check reads it and may find it failing. The pane lists such cells with the fix
 * rather than leave a failing value unmarked without a word.
 */
import { cellAddress } from '../core/address';
import { parseNumberCell } from '../core/numbers';
import type { MarkRule } from '../core/report';
import type { Grid, L10n } from '../core/types';
import { parseRange } from './a1';

/**
 * Addresses of the cells inside the marks' ranges that hold numbers as text, in sheet order.
 *
 * @example
 * textNumberCells(grid, rules); // ['学校办学条件!P9', '学校办学条件!P14']
 */
export function textNumberCells(grid: Grid, rules: readonly MarkRule[]): string[] {
  const found = new Map<string, [number, number]>();
  for (const rule of rules) {
    if (rule.sheet !== grid.sheet) continue;
    const bounds = parseRange(rule.range);
    for (let row = bounds.top; row <= bounds.bottom; row++) {
      for (let column = bounds.left; column <= bounds.right; column++) {
        const value = grid.values[row - grid.origin.row]?.[column - grid.origin.column];
        if (typeof value === 'string' && parseNumberCell(value).kind === 'number') {
          found.set(cellAddress(grid.sheet, row, column), [row, column]);
        }
      }
    }
  }
  return [...found.entries()].sort((a, b) => a[1][0] - b[1][0] || a[1][1] - b[1][1]).map(([address]) => address);
}

/**
 * What the pane says about such cells (the first few named).
 *
 * @example
 * unmarkableText(['Sheet1!F7']).zh; // '1 个单元格存的是文本形式的数字（Sheet1!F7），…'
 */
export function unmarkableText(cells: readonly string[]): L10n {
  const shown = cells.slice(0, 8).join('、') + (cells.length > 8 ? ' …' : '');
  const shownEn = cells.slice(0, 8).join(', ') + (cells.length > 8 ? ' …' : '');
  return {
    zh: `${cells.length} 个单元格存的是文本形式的数字（${shown}），条件格式读不到，未达标也不会加底纹（检查结果已计入）。请选中这些单元格，点旁边的感叹号选“转换为数字”，再标记一次。`,
    en: `${cells.length} cells hold numbers as text (${shownEn}); conditional formats cannot read them, so they stay unshaded even when failing (the check counts them). Select them, choose Convert to Number, and mark again.`,
  };
}
