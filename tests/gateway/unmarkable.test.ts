import type { MarkRule } from '../../src/core/report';
import type { Grid } from '../../src/core/types';
import { textNumberCells, unmarkableText } from '../../src/gateway/unmarkable';

const rule = (range: string, sheet = '学校表'): MarkRule => ({
  sheet, range, formula: 'ISTEXT("junheng")', level: 'fail', indicator: 'teaching-space', section: 'primary', priority: 1,
});

const grid: Grid = {
  sheet: '学校表',
  origin: { row: 5, column: 1 },
  values: [
    ['一小', 45, '5人'],
    ['二小', '37', 160],
    ['三小', 89, '１６６'],
    ['四小', 76, '—'],
  ],
};

test('text numbers inside the marked ranges are listed in sheet order; real numbers, dashes and other sheets are not', () => {
  expect(textNumberCells(grid, [rule('C7:C8'), rule('C5:C6'), rule('B5:B8', '别的表')])).toEqual(['学校表!C5', '学校表!C7']);
  expect(textNumberCells(grid, [rule('B5:C8')])).toEqual(['学校表!C5', '学校表!B6', '学校表!C7']);
  expect(textNumberCells(grid, [])).toEqual([]);
});

test('the message names the cells and the fix, Chinese first', () => {
  const text = unmarkableText(['学校表!C5', '学校表!C7']);
  expect(text.zh).toContain('2 个单元格存的是文本形式的数字（学校表!C5、学校表!C7）');
  expect(text.zh).toContain('转换为数字');
  expect(text.en).toContain('Convert to Number');
  expect(unmarkableText(Array.from({ length: 20 }, (_, i) => `S!A${i + 1}`)).zh).toContain('S!A8 …');
});
