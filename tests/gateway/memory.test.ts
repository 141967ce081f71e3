import { sampleCountyGrid } from '../../samples/sample-county';
import type { MarkRule, Report } from '../../src/core/report';
import type { Grid } from '../../src/core/types';
import { createMemoryGateway, subGrid } from '../../src/gateway/memory';
import { GatewayError } from '../../src/gateway/types';
import { TEST_PRINT } from './fake-excel';

const grid: Grid = {
  sheet: 'Sheet1',
  values: [
    ['标题', null, null],
    ['学校名称', '在校生数', '备注'],
    ['城关小学', 1288, null],
  ],
  origin: { row: 2, column: 2 },
  merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
};

function report(names: string[]): Report {
  return {
    lang: 'zh',
    title: 't',
    date: '2025-09-01',
    source: { file: null, sheet: 'Sheet1' },
    charts: [],
    sheets: names.map((name) => ({ key: 'schools', name, rows: [], merges: [], widths: [], freeze: { rows: 0, columns: 0 }, heights: [], print: TEST_PRINT })),
  };
}

describe('the in-memory gateway', () => {
  test('the whole sheet, a selection and an Excel table read as grids in sheet coordinates', async () => {
    const gateway = createMemoryGateway({
      sheets: [grid],
      selection: { sheet: 'Sheet1', range: 'B3:C4' },
      tables: [{ name: '表1', sheet: 'Sheet1', range: 'B3:D4' }],
    });
    const sheet = await gateway.findTable('sheet');
    expect(sheet.location).toEqual({ source: 'sheet', sheet: 'Sheet1', range: 'B2:D4', table: null });
    expect(sheet.grid.values).toEqual(grid.values);
    expect(sheet.grid.merges).toEqual(grid.merges);
    const selection = await gateway.findTable('selection');
    expect(selection.grid.values).toEqual([['学校名称', '在校生数'], ['城关小学', 1288]]);
    expect(selection.grid.origin).toEqual({ row: 3, column: 2 });
    expect(selection.grid.merges).toEqual([]);
    const table = await gateway.findTable('table');
    expect(table.location.table).toBe('表1');
    expect(await gateway.readTable(table.location)).toEqual(table.grid);
  });

  test('the same plain messages as in Excel', async () => {
    const gateway = createMemoryGateway({ sheets: [grid], selection: { sheet: 'Sheet1', range: 'C3' } });
    await expect(gateway.findTable('selection')).rejects.toBeInstanceOf(GatewayError);
    await expect(gateway.findTable('table')).rejects.toMatchObject({ text: { zh: expect.stringContaining('不在 Excel 表格') } });
    await expect(gateway.selectCell('旧表!A1')).rejects.toMatchObject({ text: { zh: expect.stringContaining('旧表') } });
  });

  test('a user sheet named like a report sheet stops the write; an earlier version’s report (exact name and title) is replaced and said', async () => {
    const own = (a1: string): Grid => ({ sheet: '均衡-学校指标', values: [[a1]], origin: { row: 1, column: 1 } });
    const mine = createMemoryGateway({ sheets: [sampleCountyGrid(), own('我的汇总')] });
    const error = await mine.writeReport(report(['均衡-学校指标'])).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('它不是本工具写的');
    expect(mine.workbook.sheets.map((g) => g.sheet)).toEqual(['学校办学条件', '均衡-学校指标']);

    const old = createMemoryGateway({ sheets: [sampleCountyGrid(), own('学校资源配置指标表（表Ⅱ-2） — 优质均衡（教督〔2017〕6号）')] });
    const summary = await old.writeReport(report(['均衡-学校指标']));
    expect(summary.replaced).toEqual(['均衡-学校指标']);
    expect(summary.notes?.[0].zh).toContain('旧版本写的报告表');
    expect(old.workbook.sheets.map((g) => g.sheet)).toEqual(['学校办学条件']);
  });

  test('reports replace those of an earlier run; marks replace and clear', async () => {
    const gateway = createMemoryGateway({ sheets: [sampleCountyGrid()] });
    await gateway.writeReport(report(['均衡-学校指标']));
    const again = await gateway.writeReport(report(['均衡-学校指标', '均衡-差异系数']));
    expect(again.replaced).toEqual(['均衡-学校指标']);
    expect(gateway.workbook.reports.map((s) => s.name)).toEqual(['均衡-学校指标', '均衡-差异系数']);
    const rule: MarkRule = { sheet: '学校办学条件', range: 'P6', formula: 'TRUE', level: 'fail', indicator: 'x', section: 'primary', priority: 1 };
    expect(await gateway.applyMarks([rule, rule])).toBe(2);
    expect(await gateway.applyMarks([rule])).toBe(1);
    expect(await gateway.clearMarks()).toBe(1);
    expect(gateway.workbook.marks).toEqual([]);
  });

  test('selecting a cell, settings and language', async () => {
    const gateway = createMemoryGateway({ sheets: [grid], displayLanguage: 'en-GB' });
    await gateway.selectCell('Sheet1!C4');
    expect(gateway.workbook.selected).toBe('Sheet1!C4');
    await gateway.saveSettings({ rulesets: [{ id: 'p' }], rulesetId: 'p' });
    expect(await gateway.loadSettings()).toEqual({ rulesets: [{ id: 'p' }], rulesetId: 'p' });
    expect(gateway.language()).toBe('en');
  });

  test('subGrid pads missing cells with null', () => {
    expect(subGrid(grid, { top: 4, left: 3, bottom: 5, right: 5 }).values).toEqual([[1288, null, null], [null, null, null]]);
  });
});
