/**
 * The WPS gateway against a fake WPS 表格 (`fake-wps.ts`): the same cases as
 * the Office.js gateway's tests, and one run through both gateways on the
 * same workbook that must give the same grid, the same report sheets and the
 * same marks, leaving the user's cells as they were.
 */
import { sampleCountySheet } from '../../samples/sample-county';
import { syntheticCountyGrid } from '../../samples/synthetic-county';
import { analyze } from '../../src/core/analyze';
import { readSheet } from '../../src/core/reader';
import { buildMarkRules, buildReport, MARK_STYLES } from '../../src/core/report';
import type { MarkRule, Report } from '../../src/core/report';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { Grid } from '../../src/core/types';
import { createOfficeGateway } from '../../src/gateway/office';
import { GatewayError } from '../../src/gateway/types';
import type { WorkbookGateway } from '../../src/gateway/types';
import { createWpsGateway, valueBounds, valueRows } from '../../src/gateway/wps';
import { wpsColor, XL_CALCULATION_MANUAL, XL_EXPRESSION, XL_SHEET_HIDDEN } from '../../src/gateway/wps-model';
import { SETTINGS_SHEET, settingsOf, settingsPieces } from '../../src/gateway/wps-settings';
import { FakeExcel } from './fake-excel';
import { hostileReport as sharedHostileReport } from './hostile-report';
import { FakeWps } from './fake-wps';
import type { FakeWpsOptions } from './fake-wps';

function sampleWps(options: Partial<FakeWpsOptions> = {}): FakeWps {
  const { grid, formulas } = sampleCountySheet();
  return new FakeWps({ sheets: [{ grid, formulas }], ...options });
}

/** The hostile report as the WPS tests write it (with a cell note). */
function hostileReport(): Report {
  return sharedHostileReport({ date: '2026-11-28', title: '学校资源配置指标表（表Ⅱ-2） — 测试', heights: [], note: '舍入会改变结论' });
}

const rules: MarkRule[] = [
  { sheet: '学校办学条件', range: 'P6:P21', formula: 'AND($P6<1,ISTEXT("junheng"))', level: 'fail', indicator: 'teaching-space', section: 'primary', priority: 2 },
  { sheet: '学校办学条件', range: 'P6:P21', formula: 'AND($P6<0.5,ISTEXT("junheng"))', level: 'below-floor', indicator: 'teaching-space', section: 'primary', priority: 1 },
];

describe('the object model as the gateway reads it', () => {
  test('Value2 of one cell is a bare value, of a block a 2-D array; empty cells are null', () => {
    expect(valueRows(7, 1, 1)).toEqual([[7]]);
    expect(valueRows(undefined, 1, 1)).toEqual([[null]]);
    expect(valueRows([[1, undefined], ['', 'a']], 2, 2)).toEqual([[1, null], [null, 'a']]);
  });

  test('the bounds of the values in a block', () => {
    expect(valueBounds([[null, null], [null, 5]], { row: 3, column: 2 })).toEqual({ top: 4, left: 3, bottom: 4, right: 3 });
    expect(valueBounds([[null]], { row: 1, column: 1 })).toBeNull();
  });

  test('colours are BGR numbers', () => {
    expect(wpsColor('C00000')).toBe(192);
    expect(wpsColor('0000FF')).toBe(0xff0000);
  });
});

describe('reading the table', () => {
  test('the used range of the active sheet arrives as the grid the reader expects', async () => {
    const wps = sampleWps();
    const expected = sampleCountySheet().grid;
    const found = await createWpsGateway(wps.host()).findTable('sheet');
    expect(found.location).toEqual({ source: 'sheet', sheet: '学校办学条件', range: 'A1:W46', table: null });
    expect(found.grid.origin).toEqual({ row: 1, column: 1 });
    expect(found.grid.merges).toEqual(expect.arrayContaining(expected.merges ?? []));
    expect(found.grid.merges).toHaveLength(expected.merges?.length ?? 0);
    const width = found.grid.values[0].length;
    expect(found.grid.values).toEqual(expected.values.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? null)));
  });

  test('cells that carry only formatting do not widen the table', async () => {
    const wps = sampleWps();
    wps.formatOnly('学校办学条件', 'AB60');
    const found = await createWpsGateway(wps.host()).findTable('sheet');
    expect(found.location.range).toBe('A1:W46');
    expect(found.grid.values).toHaveLength(46);
  });

  test('a selected block is read from its own origin, with only the merges inside it', async () => {
    const wps = sampleWps({ selection: { sheet: '学校办学条件', range: 'B3:D8' } });
    const found = await createWpsGateway(wps.host()).findTable('selection');
    expect(found.location).toEqual({ source: 'selection', sheet: '学校办学条件', range: 'B3:D8', table: null });
    expect(found.grid.origin).toEqual({ row: 3, column: 2 });
    expect(found.grid.values).toHaveLength(6);
    expect(found.grid.values[0][0]).toBe('学校名称');
    for (const merge of found.grid.merges ?? []) {
      expect(merge.left).toBeGreaterThanOrEqual(2);
      expect(merge.right).toBeLessThanOrEqual(4);
    }
  });

  test('a single selected cell is not taken for a table: the user is told what to select', async () => {
    const wps = sampleWps({ selection: { sheet: '学校办学条件', range: 'C7' } });
    const error = await createWpsGateway(wps.host()).findTable('selection').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).text.zh).toContain('请选中整张学校表');
  });

  test('the table (超级表) around the selection is found by name and read again by name', async () => {
    const wps = sampleWps({
      selection: { sheet: '学校办学条件', range: 'C7' },
      tables: [{ name: '表1', sheet: '学校办学条件', range: 'A3:W40' }],
    });
    const gateway = createWpsGateway(wps.host());
    const found = await gateway.findTable('table');
    expect(found.location).toEqual({ source: 'table', sheet: '学校办学条件', range: 'A3:W40', table: '表1' });
    expect(found.grid.values).toHaveLength(38);
    expect((await gateway.readTable(found.location)).values).toEqual(found.grid.values);
    wps.tables.splice(0, 1);
    const error = await gateway.readTable(found.location).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('找不到 Excel 表格“表1”');
  });

  test('outside any table, "table" says so plainly', async () => {
    const wps = sampleWps({ selection: { sheet: '学校办学条件', range: 'C7' } });
    const error = await createWpsGateway(wps.host()).findTable('table').catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('不在 Excel 表格');
  });

  test('reading again sees the values the sheet has now', async () => {
    const wps = sampleWps();
    const gateway = createWpsGateway(wps.host());
    const found = await gateway.findTable('sheet');
    wps.sheet('学校办学条件').values[5][1] = '改名小学';
    expect((await gateway.readTable(found.location)).values[5][1]).toBe('改名小学');
  });

  test('an empty active sheet, or no workbook at all, gives a plain message', async () => {
    const empty = new FakeWps({ sheets: [{ grid: { sheet: '空表', values: [], origin: { row: 1, column: 1 } } }] });
    const error = await createWpsGateway(empty.host()).findTable('sheet').catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('工作表是空的');
    const none = sampleWps({ noWorkbook: true });
    const missing = await createWpsGateway(none.host()).findTable('sheet').catch((e: unknown) => e);
    expect((missing as GatewayError).text.zh).toContain('没有打开的工作簿');
  });
});

describe('writing report sheets', () => {
  test('text that looks like a formula, number, boolean or error is written as text; numbers stay unrounded', async () => {
    const wps = sampleWps();
    await createWpsGateway(wps.host()).writeReport(hostileReport());
    const sheet = wps.sheet('均衡-学校指标');
    const texts = hostileReport().sheets[0].rows.flat().filter((cell) => cell.kind === 'text').map((cell) => cell.value);
    for (const value of texts) expect(sheet.values.flat()).toContain(value);
    expect(sheet.formulas.flat().filter((formula) => formula !== null)).toEqual([]);
    expect(sheet.values[2][1]).toBe(4.4949);
    expect(sheet.numberFormats.get('3,2')).toBe('0.00');
    expect(sheet.numberFormats.has('3,1')).toBe(false);
  });

  test('merges, widths, looks, notes and frozen header rows reach the sheet', async () => {
    const wps = sampleWps();
    await createWpsGateway(wps.host()).writeReport(hostileReport());
    const sheet = wps.sheet('均衡-学校指标');
    expect(sheet.merges).toEqual(['A1:B1']);
    expect([...sheet.widths]).toEqual([[1, 20], [2, 10]]);
    expect(sheet.styled.has('2,1')).toBe(true);
    expect(sheet.comments.get('B6')).toBe('舍入会改变结论');
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
  });

  test('report sheets of an earlier run are replaced without a prompt; a user sheet with a similar name is kept', async () => {
    const { grid } = sampleCountySheet();
    const userSheet: Grid = { sheet: '均衡-汇总', values: [['我的汇总']], origin: { row: 1, column: 1 } };
    const wps = new FakeWps({ sheets: [{ grid }, { grid: userSheet }] });
    const gateway = createWpsGateway(wps.host());
    await gateway.writeReport(hostileReport());
    const second = await gateway.writeReport(hostileReport());
    expect(second.replaced).toEqual(['均衡-学校指标']);
    expect(wps.sheets.map((s) => s.name)).toEqual(['学校办学条件', '均衡-汇总', '均衡-学校指标']);
    expect(wps.sheet('均衡-汇总').values).toEqual([['我的汇总']]);
    expect(wps.activeSheet).toBe('均衡-学校指标');
    expect(wps.promptedDeletes).toBe(0);
  });

  test('a user sheet with a report sheet’s name (its A1 not a report title) is never deleted: the write stops and names it', async () => {
    const { grid } = sampleCountySheet();
    const own: Grid = { sheet: '均衡-学校指标', values: [['我的学校表']], origin: { row: 1, column: 1 } };
    const wps = new FakeWps({ sheets: [{ grid }, { grid: own }] });
    const error = await createWpsGateway(wps.host()).writeReport(hostileReport()).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('它不是本工具写的');
    expect(wps.sheet('均衡-学校指标').values).toEqual([['我的学校表']]);
  });

  test('screen updating, calculation and alerts are off while writing and restored afterwards', async () => {
    const wps = sampleWps();
    const seen: [boolean, number, boolean][] = [];
    await createWpsGateway(wps.host()).writeReport(hostileReport(), () =>
      seen.push([wps.screenUpdating, wps.calculation, wps.displayAlerts]),
    );
    expect(seen).toEqual([[false, XL_CALCULATION_MANUAL, false]]);
    expect([wps.screenUpdating, wps.calculation, wps.displayAlerts]).toEqual([true, -4105, true]);
  });
});

describe('marks', () => {
  function withUserRules(): FakeWps {
    const wps = sampleWps({ selection: { sheet: '学校办学条件', range: 'B3:D8' } });
    wps.addConditionalFormat('学校办学条件', { type: 1, range: 'F6:F21', formula: '', fill: 0x00ffff, fontColor: null });
    wps.addConditionalFormat('学校办学条件', { type: XL_EXPRESSION, range: 'B6:B21', formula: '=$F6>1000', fill: 0x00ff00, fontColor: null });
    return wps;
  }

  const ours = (wps: FakeWps) => wps.sheet('学校办学条件').conditionalFormats.filter((cf) => cf.formula.includes('junheng'));

  test('each rule becomes a formula rule with the mark colours, read from its top-left cell; the winning rule comes first', async () => {
    const wps = withUserRules();
    expect(await createWpsGateway(wps.host()).applyMarks(rules)).toBe(2);
    expect(ours(wps).map((cf) => cf.formula)).toEqual(['=AND($P6<0.5,ISTEXT("junheng"))', '=AND($P6<1,ISTEXT("junheng"))']);
    expect(ours(wps).map((cf) => cf.fill)).toEqual([wpsColor(MARK_STYLES['below-floor'].fill ?? ''), wpsColor(MARK_STYLES.fail.fill ?? '')]);
    expect(ours(wps).every((cf) => cf.type === XL_EXPRESSION && cf.range === 'P6:P21' && cf.anchor === 'P6')).toBe(true);
    expect(ours(wps)[0].bold).toBe(true);
  });

  test('the user’s sheet and selection are as they were after marking', async () => {
    const wps = withUserRules();
    await createWpsGateway(wps.host()).applyMarks(rules);
    expect(wps.activeSheet).toBe('学校办学条件');
    expect(wps.selection).toEqual({ sheet: '学校办学条件', range: 'B3:D8' });
  });

  test('marking again replaces the earlier marks; clearing removes exactly Junheng’s', async () => {
    const wps = withUserRules();
    const gateway = createWpsGateway(wps.host());
    await gateway.applyMarks(rules);
    await gateway.applyMarks(rules);
    expect(wps.sheet('学校办学条件').conditionalFormats).toHaveLength(4);
    expect(await gateway.clearMarks()).toBe(2);
    expect(wps.sheet('学校办学条件').conditionalFormats.map((cf) => cf.formula)).toEqual(['', '=$F6>1000']);
    expect(await gateway.clearMarks()).toBe(0);
  });

  test('marks are found again after the sheet was renamed', async () => {
    const wps = withUserRules();
    const gateway = createWpsGateway(wps.host());
    await gateway.applyMarks(rules);
    wps.sheet('学校办学条件').name = '改名后';
    expect(await gateway.clearMarks()).toBe(2);
  });
});

describe('selection, settings and language', () => {
  test('a message link activates the sheet and selects the cell; a sheet that is gone says so', async () => {
    const wps = new FakeWps({
      sheets: [
        { grid: { sheet: 'Sheet1', values: [[1]], origin: { row: 1, column: 1 } } },
        { grid: { sheet: 'My Sheet', values: [[1]], origin: { row: 1, column: 1 } } },
      ],
    });
    const gateway = createWpsGateway(wps.host());
    await gateway.selectCell("'My Sheet'!F7");
    expect(wps.activeSheet).toBe('My Sheet');
    expect(wps.selection).toEqual({ sheet: 'My Sheet', range: 'F7' });
    const error = await gateway.selectCell('旧表!F7').catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('找不到工作表 旧表');
  });

  test('settings are kept in a hidden, clearly named sheet that a colleague opening the file reads', async () => {
    const wps = sampleWps();
    const gateway = createWpsGateway(wps.host());
    expect(await gateway.loadSettings()).toEqual({ rulesets: [], rulesetId: null });
    const settings = { rulesets: [{ id: 'province', name: '省标准', note: 'x'.repeat(70_000) }], rulesetId: 'province' };
    await gateway.saveSettings(settings);
    const sheet = wps.sheet(SETTINGS_SHEET);
    expect(sheet.visible).toBe(XL_SHEET_HIDDEN);
    expect(sheet.values.length).toBeGreaterThan(3); // the JSON is split over several cells
    expect(wps.activeSheet).toBe('学校办学条件');
    expect(await createWpsGateway(wps.host()).loadSettings()).toEqual(settings);
    await gateway.saveSettings({ rulesets: [], rulesetId: null });
    expect(await createWpsGateway(wps.host()).loadSettings()).toEqual({ rulesets: [], rulesetId: null });
    // A later report run leaves the settings sheet alone.
    await gateway.writeReport(hostileReport());
    expect(wps.sheets.map((s) => s.name)).toContain(SETTINGS_SHEET);
  });

  test('settings that cannot be saved (protected workbook structure) say so', async () => {
    const wps = sampleWps({ protectedStructure: true });
    const error = await createWpsGateway(wps.host()).saveSettings({ rulesets: [], rulesetId: 'p' }).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('规则集未能保存到工作簿：工作簿结构受保护');
    expect([wps.screenUpdating, wps.displayAlerts]).toEqual([true, true]);
  });

  test('settings pieces join back; anything unreadable gives empty settings', () => {
    expect(settingsOf(settingsPieces({ rulesets: [1, 2], rulesetId: 'p' }))).toEqual({ rulesets: [1, 2], rulesetId: 'p' });
    expect(settingsOf(['not json'])).toEqual({ rulesets: [], rulesetId: null });
  });

  test('English when the display language starts with en, Chinese otherwise', () => {
    expect(createWpsGateway(sampleWps({ displayLanguage: 'en-US' }).host()).language()).toBe('en');
    expect(createWpsGateway(sampleWps({ displayLanguage: 'zh-CN' }).host()).language()).toBe('zh');
  });
});

describe('the same workbook through Excel and through WPS', () => {
  async function run(gateway: WorkbookGateway) {
    const found = await gateway.findTable('sheet');
    const read = readSheet(found.grid);
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    const report = buildReport(result, read, QUALITY_2017, 'zh');
    const marks = buildMarkRules(read, result, QUALITY_2017);
    await gateway.writeReport(report);
    await gateway.applyMarks(marks);
    return { found, result, report, marks };
  }

  const hex = (bgr: number | null) =>
    bgr === null ? null : `#${[bgr & 0xff, (bgr >> 8) & 0xff, (bgr >> 16) & 0xff].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;

  test.each([
    ['the sample county', () => sampleCountySheet()],
    ['a synthetic county of 300 schools', () => ({ grid: syntheticCountyGrid(300), formulas: [] })],
  ])('%s: same grid, verdicts, report sheets and marks; nothing of the user’s changed', async (_name, make) => {
    const { grid, formulas } = make();
    const excel = new FakeExcel({ sheets: [{ grid, formulas }] });
    const wps = new FakeWps({ sheets: [{ grid, formulas }] });
    const excelBefore = excel.userSnapshot();
    const wpsBefore = wps.userSnapshot();

    const viaExcel = await run(createOfficeGateway(excel.host()));
    const viaWps = await run(createWpsGateway(wps.host()));

    const sorted = (g: Grid) => ({ ...g, merges: [...(g.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left) });
    expect(sorted(viaWps.found.grid)).toEqual(sorted(viaExcel.found.grid));
    expect(viaWps.found.location).toEqual(viaExcel.found.location);
    expect(viaWps.result).toEqual(viaExcel.result);
    expect(viaWps.marks).toEqual(viaExcel.marks);
    for (const sheet of viaExcel.report.sheets) {
      const fromExcel = excel.sheet(sheet.name);
      const fromWps = wps.sheet(sheet.name);
      const trim = (rows: unknown[][]) => rows.map((row) => row.slice(0, sheet.rows.reduce((w, r) => Math.max(w, r.length), 0) + 1));
      expect(trim(fromWps.values)).toEqual(trim(fromExcel.values));
      expect([...fromWps.numberFormats].filter(([, f]) => f !== 'General').sort()).toEqual(
        [...fromExcel.numberFormats].filter(([, f]) => f !== 'General').sort(),
      );
      expect([...fromWps.merges].sort()).toEqual([...fromExcel.merges].sort());
    }
    const markView = (cfs: { range: string; formula: string; fill: string | null }[]) =>
      cfs.filter((cf) => cf.formula.includes('junheng')).map((cf) => `${cf.range} ${cf.formula} ${cf.fill}`).sort();
    const wpsMarks = wps.sheets.flatMap((s) => s.conditionalFormats.map((cf) => ({ ...cf, fill: hex(cf.fill) })));
    expect(markView(wpsMarks)).toEqual(markView(excel.sheets.flatMap((s) => s.conditionalFormats)));
    expect(markView(wpsMarks).length).toBeGreaterThan(0);

    // Every mark reads its relative references from its range's top-left cell.
    for (const cf of wps.sheets.flatMap((s) => s.conditionalFormats)) expect(cf.anchor).toBe(cf.range.split(':')[0]);

    await createWpsGateway(wps.host()).clearMarks();
    await createOfficeGateway(excel.host()).clearMarks();
    expect(wps.userSnapshot()).toBe(wpsBefore);
    expect(excel.userSnapshot()).toBe(excelBefore);
    expect(wps.userSheetWrites.filter((write) => !write.includes('conditional format'))).toEqual([]);
    expect(wps.sheet(grid.sheet).conditionalFormats).toEqual([]);
  });

  test('reading 20 000 schools takes a few Value2 reads, not one per row', async () => {
    const wps = new FakeWps({ sheets: [{ grid: syntheticCountyGrid(20_000) }] });
    await createWpsGateway(wps.host()).findTable('sheet');
    expect(wps.valueReads).toBeLessThanOrEqual(3);
  }, 120_000);
});
