/**
 * Cells a mark cannot reach (numbers stored as text): found inside the marks'
 * ranges, named with the fix on every surface, and listed in the 剔除说明 sheet.
 */
import { sampleCountySheet } from '../../samples/sample-county';
import { analyze } from '../../src/core/analyze';
import { readSheet } from '../../src/core/reader';
import { buildMarkRules, buildReport, textNumberCells, unmarkableText } from '../../src/core/report';
import type { MarkRule } from '../../src/core/report';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { Grid } from '../../src/core/types';

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

const addresses = (rules: MarkRule[]) => textNumberCells(grid, rules).map((cell) => cell.address);

test('text numbers inside the marked ranges are listed in sheet order; real numbers, dashes and other sheets are not', () => {
  expect(addresses([rule('C7:C8'), rule('C5:C6'), rule('B5:B8', '别的表')])).toEqual(['学校表!C5', '学校表!C7']);
  expect(addresses([rule('B5:C8')])).toEqual(['学校表!C5', '学校表!B6', '学校表!C7']);
  expect(textNumberCells(grid, [rule('C5')])).toEqual([{ address: '学校表!C5', row: 5, text: '5人' }]);
  expect(addresses([])).toEqual([]);
});

test('the sentence names the cells and each surface’s fix, Chinese first', () => {
  const cells = textNumberCells(grid, [rule('C5:C8')]);
  const pane = unmarkableText(cells, 'zh', 'pane');
  expect(pane).toContain('2 个单元格存的是文本形式的数字（学校表!C5、学校表!C7）');
  expect(pane).toContain('转换为数字');
  expect(pane).toContain('再标记一次');
  expect(unmarkableText(cells, 'zh', 'cli')).toContain('--out');
  expect(unmarkableText(cells, 'en', 'pane')).toContain('Convert to Number');
  const many = Array.from({ length: 20 }, (_, i) => ({ address: `S!A${i + 1}`, row: i + 1, text: '1' }));
  expect(unmarkableText(many, 'zh', 'pane')).toContain('S!A8 …');
});

test('the 剔除说明 sheet lists each unmarkable cell with its row, address and text, and says why and what to do', () => {
  const { grid: sample } = sampleCountySheet();
  const read = readSheet(sample);
  const result = analyze(read, QUALITY_2017, { lang: 'zh' });
  const rules = buildMarkRules(read, result, QUALITY_2017);
  const [first] = rules;
  const top = Number(/\d+/.exec(first.range)?.[0]);
  const column = first.range.charCodeAt(0) - 64;
  const values = sample.values.map((row) => [...row]);
  values[top - sample.origin.row][column - sample.origin.column] = `${values[top - sample.origin.row][column - sample.origin.column]}人`;
  const cells = textNumberCells({ ...sample, values }, rules);
  expect(cells).toHaveLength(1);

  const sheetText = (unmarkable: typeof cells) => {
    const exclusions = buildReport(result, read, QUALITY_2017, 'zh', { date: '2025-09-01', unmarkable }).sheets.find((s) => s.key === 'exclusions');
    return (exclusions?.rows ?? []).map((row) => row.map((cell) => String(cell.value ?? '')));
  };
  const rows = sheetText(cells);
  const title = rows.findIndex((row) => row[0] === '未能标记的单元格（文本形式的数字）');
  expect(title).toBeGreaterThan(0);
  expect(rows[title + 1][0]).toContain('转换为数字');
  expect(rows[title + 2]).toEqual(['原表行号', '单元格', '内容']);
  expect(rows[title + 3]).toEqual([String(top), cells[0].address, cells[0].text]);
  // Without such cells the section is left out.
  expect(sheetText([]).some((row) => row[0] === '未能标记的单元格（文本形式的数字）')).toBe(false);
});
