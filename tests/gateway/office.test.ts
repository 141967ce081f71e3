/**
 * The Office.js gateway against a workbook of office-addin-mock objects
 * (`fake-excel.ts`): reading, writing report sheets, marks, selection, settings,
 * the number of `context.sync` calls, request sizes, and the user's cells untouched.
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
import { reportLimits } from '../../src/gateway/messages';
import { GatewayError } from '../../src/gateway/types';
import { FakeExcel } from './fake-excel';
import { hostileReport as sharedHostileReport } from './hostile-report';

/** Excel on the web refuses requests and responses above 5 MB. */
const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;

function sampleExcel(options: Partial<ConstructorParameters<typeof FakeExcel>[0]> = {}): FakeExcel {
  const { grid, formulas } = sampleCountySheet();
  return new FakeExcel({ sheets: [{ grid, formulas }], ...options });
}

/** The hostile report as the Excel tests write it. */
function hostileReport(): Report {
  return sharedHostileReport({ date: '2025-09-01', title: '学校指标', heights: [{ row: 1, points: 27 }, { row: 3, points: 36 }, { row: 4, points: 36 }] });
}

describe('reading the table', () => {
  test('the used range of the active sheet arrives as the grid the reader expects, in three syncs (merges in their own)', async () => {
    const excel = sampleExcel();
    const expected = sampleCountySheet().grid;
    const found = await createOfficeGateway(excel.host()).findTable('sheet');
    expect(found.location).toEqual({ source: 'sheet', sheet: '学校办学条件', range: 'A1:W46', table: null });
    expect(found.grid.origin).toEqual({ row: 1, column: 1 });
    expect(found.grid.merges).toEqual(expect.arrayContaining(expected.merges ?? []));
    expect(found.grid.merges).toHaveLength(expected.merges?.length ?? 0);
    const width = found.grid.values[0].length;
    const padded = expected.values.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? null));
    expect(found.grid.values).toEqual(padded);
    expect(found.warnings).toBeUndefined();
    expect(excel.syncs).toHaveLength(3);
  });

  test('a sheet with 600 merged areas is still read, as unmerged, with a message saying so', async () => {
    const { grid } = sampleCountySheet();
    const merges = Array.from({ length: 600 }, (_, i) => ({ top: 50 + i, left: 1, bottom: 50 + i, right: 2 }));
    const values = [...grid.values, ...Array.from({ length: 650 - grid.values.length }, () => [])];
    values[649] = ['备注'];
    const excel = new FakeExcel({ sheets: [{ grid: { ...grid, values, merges: [...(grid.merges ?? []), ...merges] } }] });
    const found = await createOfficeGateway(excel.host()).findTable('sheet');
    expect(found.grid.values[5][1]).toBe(grid.values[5][1]);
    expect(found.grid.merges).toEqual([]);
    expect(found.warnings?.[0].zh).toContain('超过 512 处');
  });

  test('a whole-column selection is cut to the used range: a few syncs, not 1 048 576 rows', async () => {
    const excel = sampleExcel({ selection: { sheet: '学校办学条件', range: 'A1:W1048576' } });
    const found = await createOfficeGateway(excel.host()).findTable('selection');
    expect(found.location.range).toBe('A1:W46');
    expect(found.grid.values).toHaveLength(46);
    expect(excel.syncs.length).toBeLessThanOrEqual(4);
  });

  test.each(['areas', 'chart'] as const)('a selection of %s gives a plain message instead of Excel’s error', async (kind) => {
    const excel = sampleExcel({ selection: { sheet: '学校办学条件', range: 'B3:D8' }, selectionKind: kind });
    for (const source of ['selection', 'table'] as const) {
      const error = await createOfficeGateway(excel.host()).findTable(source).catch((e: unknown) => e);
      expect((error as GatewayError).text.zh).toContain('请只选中一块连续的单元格区域');
    }
  });

  test('a selected block is read from its own origin, with only the merges inside it', async () => {
    const excel = sampleExcel({ selection: { sheet: '学校办学条件', range: 'B3:D8' } });
    const found = await createOfficeGateway(excel.host()).findTable('selection');
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
    const excel = sampleExcel({ selection: { sheet: '学校办学条件', range: 'C7' } });
    const error = await createOfficeGateway(excel.host()).findTable('selection').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).text.zh).toContain('请选中整张学校表');
  });

  test('the Excel table around the selection is found by name and read again by name', async () => {
    const excel = sampleExcel({
      selection: { sheet: '学校办学条件', range: 'C7' },
      tables: [{ name: '表1', sheet: '学校办学条件', range: 'A3:W40' }],
    });
    const gateway = createOfficeGateway(excel.host());
    const found = await gateway.findTable('table');
    expect(found.location).toEqual({ source: 'table', sheet: '学校办学条件', range: 'A3:W40', table: '表1' });
    expect(found.grid.values).toHaveLength(38);
    const again = await gateway.readTable(found.location);
    expect(again.values).toEqual(found.grid.values);
  });

  test('outside any Excel table, "table" says so plainly', async () => {
    const excel = sampleExcel({ selection: { sheet: '学校办学条件', range: 'C7' } });
    const error = await createOfficeGateway(excel.host()).findTable('table').catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('不在 Excel 表格');
  });

  test('reading again sees the values the sheet has now', async () => {
    const excel = sampleExcel();
    const gateway = createOfficeGateway(excel.host());
    const found = await gateway.findTable('sheet');
    excel.sheet('学校办学条件').values[5][1] = '改名小学';
    const again = await gateway.readTable(found.location);
    expect(again.values[5][1]).toBe('改名小学');
  });

  test('an empty active sheet gives a plain message', async () => {
    const excel = new FakeExcel({ sheets: [{ grid: { sheet: '空表', values: [], origin: { row: 1, column: 1 } } }] });
    const error = await createOfficeGateway(excel.host()).findTable('sheet').catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('工作表是空的');
  });

  test('without ExcelApi 1.13 the grid comes without merges rather than failing', async () => {
    const excel = sampleExcel({ apiVersion: '1.9' });
    const found = await createOfficeGateway(excel.host()).findTable('sheet');
    expect(found.grid.merges).toEqual([]);
  });
});

describe('writing report sheets', () => {
  test('text that looks like a formula, number, boolean or error is written as text', async () => {
    const excel = sampleExcel();
    await createOfficeGateway(excel.host()).writeReport(hostileReport());
    const sheet = excel.sheet('均衡-学校指标');
    const texts = hostileReport().sheets[0].rows.flat().filter((cell) => cell.kind === 'text').map((cell) => cell.value);
    const stored = sheet.values.flat();
    for (const value of texts) expect(stored).toContain(value);
    expect(sheet.formulas.flat().filter((formula) => formula !== null)).toEqual([]);
  });

  test('numbers stay unrounded; the number format rounds them on screen', async () => {
    const excel = sampleExcel();
    await createOfficeGateway(excel.host()).writeReport(hostileReport());
    const sheet = excel.sheet('均衡-学校指标');
    expect(sheet.values[2][1]).toBe(4.4949);
    expect(sheet.numberFormats.get('3,2')).toBe('0.00');
    expect(sheet.numberFormats.get('3,1')).toBe('General');
  });

  test('report sheets of an earlier run are replaced; a user sheet with a similar name is kept', async () => {
    const { grid } = sampleCountySheet();
    const userSheet: Grid = { sheet: '均衡-汇总', values: [['我的汇总']], origin: { row: 1, column: 1 } };
    const excel = new FakeExcel({ sheets: [{ grid }, { grid: userSheet }] });
    const gateway = createOfficeGateway(excel.host());
    await gateway.writeReport(hostileReport());
    const second = await gateway.writeReport(hostileReport());
    expect(second.replaced).toEqual(['均衡-学校指标']);
    expect(excel.sheets.map((s) => s.name)).toEqual(['学校办学条件', '均衡-汇总', '均衡-学校指标']);
    expect(excel.sheet('均衡-汇总').values).toEqual([['我的汇总']]);
    expect(excel.activeSheet).toBe('均衡-学校指标');
  });

  test('calculation is suspended in every sync that writes, screen updating once (no flicker, office-js #545)', async () => {
    const excel = new FakeExcel({ sheets: [{ grid: syntheticCountyGrid(20000) }] });
    const read = readSheet(syntheticCountyGrid(20000));
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    await createOfficeGateway(excel.host()).writeReport(buildReport(result, read, QUALITY_2017, 'zh'));
    const writingSyncs = excel.syncs.length - 1; // the first sync only lists the sheets
    expect(writingSyncs).toBeGreaterThan(3);
    expect(excel.suspendCalculation).toBe(writingSyncs);
    expect(excel.suspendScreen).toBe(1);
  }, 120_000);

  test('a protected workbook structure is said plainly, before anything is written', async () => {
    const excel = sampleExcel({ workbookProtected: true });
    const error = await createOfficeGateway(excel.host()).writeReport(hostileReport()).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('工作簿结构受保护');
    expect(excel.sheets.map((s) => s.name)).toEqual(['学校办学条件']);
  });

  test('each report sheet gets its page setup through worksheet.pageLayout (ExcelApi 1.9)', async () => {
    const excel = sampleExcel();
    const read = readSheet(sampleCountySheet().grid);
    const result = analyze(read, QUALITY_2017, { lang: 'zh', file: '示例县.xlsx' });
    const report = buildReport(result, read, QUALITY_2017, 'zh', '2025-09-01');
    await createOfficeGateway(excel.host()).writeReport(report);
    for (const sheet of report.sheets) {
      const written = excel.sheet(sheet.name);
      const layout = written.pageLayout;
      expect({
        sheet: sheet.name,
        paperSize: layout.paperSize,
        orientation: layout.orientation,
        zoom: layout.zoom,
        leftMargin: layout.leftMargin,
        firstPageNumber: layout.firstPageNumber,
        centerHorizontally: layout.centerHorizontally,
      }).toEqual({
        sheet: sheet.name,
        paperSize: 'A4',
        orientation: sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        leftMargin: sheet.print.margins.left * 72,
        firstPageNumber: 1,
        centerHorizontally: true,
      });
      expect(written.printTitleRows).toBe(`$1:$${sheet.print.titleRows?.last}`);
      const bands = layout.headersFooters.defaultForAllPages;
      expect(bands.leftHeader).toBe('示例县.xlsx');
      expect(bands.centerFooter).toBe('第 &P 页 共 &N 页');
      expect(bands.rightFooter).toBe('分析日期：2025-09-01');
      expect(written.pageBreaks).toEqual(sheet.print.breaksBefore.map((row) => `A${row}`));
      for (const { row, points } of sheet.heights) expect(written.rowHeights.get(row)).toBe(points);
    }
    expect(excel.sheet('均衡-学校指标').pageBreaks).toHaveLength(1);
    expect(excel.userSheetWrites).toEqual([]);
  });

  test('a host without ExcelApi 1.9 gets the same cells and no page setup, without failing', async () => {
    const excel = sampleExcel({ apiVersion: '1.8' });
    await createOfficeGateway(excel.host()).writeReport(hostileReport());
    const sheet = excel.sheet('均衡-学校指标');
    expect(sheet.values[2][1]).toBe(4.4949);
    expect(sheet.pageLayout.paperSize).not.toBe('A4');
    expect(sheet.printTitleRows).toBeNull();
    expect(sheet.pageBreaks).toEqual([]);
    // Row heights need no requirement set.
    expect(sheet.rowHeights.get(3)).toBe(36);
  });

  test('merges, styles and charts of the model reach the sheet', async () => {
    const excel = sampleExcel();
    const read = readSheet(sampleCountySheet().grid);
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    const report = buildReport(result, read, QUALITY_2017, 'zh');
    await createOfficeGateway(excel.host()).writeReport(report);
    for (const sheet of report.sheets) {
      const written = excel.sheet(sheet.name);
      expect(written.merges).toHaveLength(sheet.merges.length);
      expect(written.styledCells).toBeGreaterThan(0);
      expect(written.formulas.flat().filter((f) => f !== null)).toEqual([]);
    }
    const charts = excel.sheets.flatMap((sheet) => sheet.charts);
    expect(charts).toHaveLength(report.charts.length);
    expect(charts.map((chart) => chart.type)).toEqual(report.charts.map(() => 'BarClustered'));
  });
});

describe('report sheets are recognised by their mark, not their name alone', () => {
  const sheet = (name: string, a1: string): Grid => ({ sheet: name, values: [[a1]], origin: { row: 1, column: 1 } });

  test('each report sheet written carries a sheet-scoped _JunhengReport name, and the next run replaces exactly those', async () => {
    const excel = sampleExcel();
    const gateway = createOfficeGateway(excel.host());
    await gateway.writeReport(hostileReport());
    expect(excel.sheet('均衡-学校指标').names.get('_JunhengReport')).toBe('A1');
    const again = await gateway.writeReport(hostileReport());
    expect(again).toEqual({ sheets: ['均衡-学校指标'], replaced: ['均衡-学校指标'], notes: [] });
  });

  test('a user’s own sheet named like a report sheet is never deleted: the write stops and names it', async () => {
    const excel = new FakeExcel({ sheets: [{ grid: sampleCountySheet().grid }, { grid: sheet('均衡-学校指标', '我的学校表') }] });
    const error = await createOfficeGateway(excel.host()).writeReport(hostileReport()).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('已有一张名为“均衡-学校指标”的工作表，它不是本工具写的');
    expect(excel.sheet('均衡-学校指标').values).toEqual([['我的学校表']]);
    expect(excel.userSheetWrites).toEqual([]);
  });

  test('a report sheet of an earlier version (exact name and title, no mark) is replaced, and the pane is told so', async () => {
    const excel = new FakeExcel({ sheets: [{ grid: sampleCountySheet().grid }, { grid: sheet('均衡-学校指标', '学校办学条件指标表 — 优质均衡（教督〔2017〕6号）') }] });
    const summary = await createOfficeGateway(excel.host()).writeReport(hostileReport());
    expect(summary.replaced).toEqual(['均衡-学校指标']);
    expect(summary.notes?.map((note) => note.zh)).toEqual([
      '工作表“均衡-学校指标”没有本工具的报告标记，但表名和标题行表明是旧版本写的报告表，已按报告表替换。',
    ]);
    expect(excel.sheet('均衡-学校指标').values[0][0]).toBe('学校指标');
  });

  test('the workbook-scoped mark of the command line’s copy is read too, and removed once its sheets are replaced', async () => {
    const excel = new FakeExcel({
      sheets: [{ grid: sampleCountySheet().grid }, { grid: sheet('均衡-学校指标', '任何标题') }],
      names: { _JunhengReport: "'均衡-学校指标'!$A$1" },
    });
    const summary = await createOfficeGateway(excel.host()).writeReport(hostileReport());
    expect(summary).toEqual({ sheets: ['均衡-学校指标'], replaced: ['均衡-学校指标'], notes: [] });
    expect(excel.names.has('_JunhengReport')).toBe(false);
    expect(excel.sheet('均衡-学校指标').names.get('_JunhengReport')).toBe('A1');
  });
});

describe('older Excel builds: every feature the host lacks is switched off and said, nothing else', () => {
  function analysedReport(): Report {
    const read = readSheet(sampleCountySheet().grid);
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    return buildReport(result, read, QUALITY_2017, 'zh', '2025-09-01');
  }

  test('Office 2016 volume licence (ExcelApi 1.1 only): find, read again, write, mark again, select and keep settings', async () => {
    const excel = sampleExcel({
      apiVersion: '1.1',
      selection: { sheet: '学校办学条件', range: 'A1:W1048576' },
      tables: [{ name: '表1', sheet: '学校办学条件', range: 'A3:W40' }],
    });
    const gateway = createOfficeGateway(excel.host());
    const sheetFound = await gateway.findTable('sheet');
    expect(sheetFound.location.range).toBe('A1:W46');
    expect((await gateway.findTable('selection')).location.range).toBe('A1:W46');
    excel.selection = { sheet: '学校办学条件', range: 'C7' };
    const table = await gateway.findTable('table');
    expect(table.location).toEqual({ source: 'table', sheet: '学校办学条件', range: 'A3:W40', table: '表1' });
    expect((await gateway.readTable(sheetFound.location)).values).toEqual(sheetFound.grid.values);

    const report = analysedReport();
    const summary = await gateway.writeReport(report);
    expect(summary.sheets).toEqual(report.sheets.map((s) => s.name));
    for (const written of report.sheets) expect(excel.sheet(written.name).values[0][0]).toBe(written.rows[0][0].value);
    const limits = summary.notes?.[0].zh ?? '';
    for (const part of ['合并的标题行', '冻结的表头', '单元格样式和打印设置']) expect(limits).toContain(part);
    // No sheet-scoped names before ExcelApi 1.4: the document settings remember the report sheets.
    expect(excel.settings.get('junheng.reportSheets')).toEqual(report.sheets.map((s) => s.name));
    expect((await gateway.writeReport(report)).replaced).toEqual(report.sheets.map((s) => s.name));

    expect(gateway.markingUnavailable()?.zh).toContain('ExcelApi 1.6');
    await gateway.selectCell('学校办学条件!F7');
    expect(excel.selected).toBe('学校办学条件!F7');
    await gateway.saveSettings({ rulesets: [], rulesetId: 'basic-2012' });
    expect((await gateway.loadSettings()).rulesetId).toBe('basic-2012');
  });

  test('an empty sheet in ExcelApi 1.1 (whose used range is A1) is still said to be empty', async () => {
    const excel = new FakeExcel({ sheets: [{ grid: { sheet: '空表', values: [], origin: { row: 1, column: 1 } } }], apiVersion: '1.1' });
    const error = await createOfficeGateway(excel.host()).findTable('sheet').catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('工作表是空的');
  });

  test.each([
    ['1.1', ['合并的标题行', '冻结的表头', '单元格样式']],
    ['1.4', ['冻结的表头', '单元格样式']],
    ['1.7', ['单元格样式']],
    ['1.9', []],
    ['1.17', []],
  ] as const)('ExcelApi %s writes the whole report without refused calls and names only what it lacks', async (version, lacks) => {
    const excel = sampleExcel({ apiVersion: version });
    const summary = await createOfficeGateway(excel.host()).writeReport(analysedReport());
    const said = (summary.notes ?? []).map((note) => note.zh).join('');
    for (const part of ['合并的标题行', '冻结的表头', '单元格样式']) {
      expect([part, said.includes(part)]).toEqual([part, (lacks as readonly string[]).includes(part)]);
    }
    expect(excel.sheet('均衡-差异系数').charts.length > 0).toBe(Number(version.split('.')[1]) >= 7);
  });

  test('cell notes (ExcelApi 1.18) are named as missing only when the report has notes', () => {
    expect(reportLimits((version) => version !== '1.18', true)?.zh).toContain('单元格批注');
    expect(reportLimits((version) => version !== '1.18', false)).toBeNull();
  });
});

describe('marks', () => {
  const rules: MarkRule[] = [
    { sheet: '学校办学条件', range: 'P6:P21', formula: 'AND($P6<1,ISTEXT("junheng"))', level: 'fail', indicator: 'teaching-space', section: 'primary', priority: 2 },
    { sheet: '学校办学条件', range: 'P6:P21', formula: 'AND($P6<0.5,ISTEXT("junheng"))', level: 'below-floor', indicator: 'teaching-space', section: 'primary', priority: 1 },
  ];

  function withUserRules(): FakeExcel {
    const excel = sampleExcel();
    excel.addConditionalFormat('学校办学条件', { type: 'CellValue', range: 'F6:F21', formula: '', fill: '#FFFF00', fontColor: null });
    excel.addConditionalFormat('学校办学条件', { type: 'Custom', range: 'B6:B21', formula: '=$F6>1000', fill: '#00FF00', fontColor: null });
    return excel;
  }

  test('each rule becomes a custom conditional format with the mark colours; the winning rule ends on top', async () => {
    const excel = withUserRules();
    expect(await createOfficeGateway(excel.host()).applyMarks(rules)).toBe(2);
    const ours = excel.sheet('学校办学条件').conditionalFormats.filter((cf) => cf.formula.includes('junheng'));
    // add() puts each new format on top: the last added (priority 1, below-floor) is first in Excel's order.
    expect(ours.map((cf) => cf.formula)).toEqual(['=AND($P6<0.5,ISTEXT("junheng"))', '=AND($P6<1,ISTEXT("junheng"))'].reverse());
    expect(ours[ours.length - 1].fill).toBe(`#${MARK_STYLES['below-floor'].fill}`);
    expect(ours[0].fill).toBe(`#${MARK_STYLES.fail.fill}`);
    expect(ours.every((cf) => cf.type === 'Custom' && cf.range === 'P6:P21')).toBe(true);
  });

  test('marking again replaces the earlier marks instead of piling them up', async () => {
    const excel = withUserRules();
    const gateway = createOfficeGateway(excel.host());
    await gateway.applyMarks(rules);
    await gateway.applyMarks(rules);
    expect(excel.sheet('学校办学条件').conditionalFormats).toHaveLength(4);
  });

  test('clearing removes exactly the formats Junheng added, the user’s own rules stay', async () => {
    const excel = withUserRules();
    const gateway = createOfficeGateway(excel.host());
    await gateway.applyMarks(rules);
    expect(await gateway.clearMarks()).toBe(2);
    expect(excel.sheet('学校办学条件').conditionalFormats.map((cf) => cf.formula)).toEqual(['', '=$F6>1000']);
    expect(await gateway.clearMarks()).toBe(0);
  });

  test('a protected sheet is named with what to do, and nothing is marked', async () => {
    const excel = withUserRules();
    excel.sheet('学校办学条件').protected = true;
    const gateway = createOfficeGateway(excel.host());
    const error = await gateway.applyMarks(rules).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toBe(
      '工作表 学校办学条件 受保护，不能添加或清除标记。请在“审阅 › 撤消工作表保护”中取消保护（有密码时请找设置者）后重试。',
    );
    expect(excel.sheet('学校办学条件').conditionalFormats).toHaveLength(2);
  });

  test('rules of other types are never asked for formulas, and one unreadable sheet does not stop the others', async () => {
    const excel = withUserRules();
    const odd: Grid = { sheet: '旧表', values: [['x']], origin: { row: 1, column: 1 } };
    const both = new FakeExcel({ sheets: [{ grid: sampleCountySheet().grid }, { grid: odd }] });
    both.addConditionalFormat('旧表', { type: 'CellValue', range: 'A1', formula: '', fill: '#FFFF00', fontColor: null });
    both.sheet('旧表').conditionalFormatsBroken = true;
    const gateway = createOfficeGateway(both.host());
    expect(await gateway.applyMarks(rules)).toBe(2);
    expect(await gateway.clearMarks()).toBe(2);
    expect(both.sheet('学校办学条件').conditionalFormats).toEqual([]);
    // A sheet with a CellValue rule next to ours: clearing still works there.
    await createOfficeGateway(excel.host()).applyMarks(rules);
    expect(await createOfficeGateway(excel.host()).clearMarks()).toBe(2);
  });

  test('without ExcelApi 1.6 the gateway says why it cannot mark, and clearing has nothing to do', async () => {
    const excel = sampleExcel({ apiVersion: '1.5' });
    const gateway = createOfficeGateway(excel.host());
    expect(gateway.markingUnavailable()?.zh).toContain('ExcelApi 1.6');
    expect(createOfficeGateway(sampleExcel().host()).markingUnavailable()).toBeNull();
    const error = await gateway.applyMarks(rules).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('无法标记单元格');
    expect(await gateway.clearMarks()).toBe(0);
    expect(excel.syncs).toEqual([]);
  });

  test('marks are found again after the sheet was renamed', async () => {
    const excel = withUserRules();
    const gateway = createOfficeGateway(excel.host());
    await gateway.applyMarks(rules);
    excel.sheet('学校办学条件').name = '改名后';
    expect(await gateway.clearMarks()).toBe(2);
  });
});

describe('selection, settings and language', () => {
  test('a message link activates the sheet and selects the cell', async () => {
    const excel = new FakeExcel({
      sheets: [
        { grid: { sheet: 'Sheet1', values: [[1]], origin: { row: 1, column: 1 } } },
        { grid: { sheet: 'My Sheet', values: [[1]], origin: { row: 1, column: 1 } } },
      ],
    });
    await createOfficeGateway(excel.host()).selectCell("'My Sheet'!F7");
    expect(excel.activeSheet).toBe('My Sheet');
    expect(excel.selected).toBe("'My Sheet'!F7");
  });

  test('a link to a sheet that is gone says so', async () => {
    const excel = sampleExcel();
    const error = await createOfficeGateway(excel.host()).selectCell('旧表!F7').catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('找不到工作表 旧表');
  });

  const settings = { rulesets: [{ id: 'province', name: '省标准' }], rulesetId: 'province' };

  test('user rulesets are kept in workbook.settings (ExcelApi 1.4) and saved with the workbook', async () => {
    const excel = sampleExcel();
    const gateway = createOfficeGateway(excel.host());
    expect(await gateway.loadSettings()).toEqual({ rulesets: [], rulesetId: null });
    await gateway.saveSettings(settings);
    expect(excel.workbookSettingsWrites).toBe(2);
    expect(excel.settingsSaves).toBe(0);
    // A colleague opening the file: a new gateway over the same workbook.
    expect(await createOfficeGateway(excel.host()).loadSettings()).toEqual(settings);
  });

  test('an Excel without workbook.settings keeps them in the document settings', async () => {
    const excel = sampleExcel({ apiVersion: '1.3' });
    await createOfficeGateway(excel.host()).saveSettings(settings);
    expect(excel.settingsSaves).toBe(1);
    expect(excel.workbookSettingsWrites).toBe(0);
    expect(await createOfficeGateway(excel.host()).loadSettings()).toEqual(settings);
    // The same workbook opened in a newer Excel finds them too.
    expect(await createOfficeGateway(new FakeExcel({ sheets: [{ grid: sampleCountySheet().grid }] }).host()).loadSettings()).toEqual({ rulesets: [], rulesetId: null });
  });

  test('a read-only workbook is said plainly and nothing is written', async () => {
    const excel = sampleExcel({ readOnly: true });
    const error = await createOfficeGateway(excel.host()).saveSettings(settings).catch((e: unknown) => e);
    expect((error as GatewayError).text.zh).toContain('只读');
    expect(excel.workbookSettingsWrites).toBe(0);
    expect(excel.settings.size).toBe(0);
  });

  test('English when the display language starts with en, Chinese otherwise', () => {
    expect(createOfficeGateway(sampleExcel({ displayLanguage: 'en-US' }).host()).language()).toBe('en');
    expect(createOfficeGateway(sampleExcel({ displayLanguage: 'zh-CN' }).host()).language()).toBe('zh');
    expect(createOfficeGateway(sampleExcel({ displayLanguage: 'fr-FR' }).host()).language()).toBe('zh');
  });
});

describe('a whole run, at any county size', () => {
  type Step = 'read' | 'write' | 'mark' | 'clear';
  interface StepCount {
    syncs: number;
    /** Request and response bytes of the step's syncs. */
    bytes: number;
  }

  async function run(schools: number): Promise<{ steps: Record<Step, StepCount>; excel: FakeExcel; before: string }> {
    const excel = new FakeExcel({ sheets: [{ grid: syntheticCountyGrid(schools) }] });
    const before = excel.userSnapshot();
    const gateway = createOfficeGateway(excel.host());
    const steps = {} as Record<Step, StepCount>;
    const measure = async (step: Step, work: () => Promise<unknown>) => {
      const start = excel.syncs.length;
      await work();
      const syncs = excel.syncs.slice(start);
      steps[step] = { syncs: syncs.length, bytes: syncs.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0) };
    };

    let grid: Grid | null = null;
    await measure('read', async () => (grid = (await gateway.findTable('sheet')).grid));
    const sheetRead = readSheet(grid as unknown as Grid);
    const result = analyze(sheetRead, QUALITY_2017, { lang: 'zh' });
    const rules = buildMarkRules(sheetRead, result, QUALITY_2017);
    expect(rules.length).toBeGreaterThan(0);
    await measure('write', () => gateway.writeReport(buildReport(result, sheetRead, QUALITY_2017, 'zh')));
    await measure('mark', () => gateway.applyMarks(rules));
    await measure('clear', () => gateway.clearMarks());
    for (const sync of excel.syncs) {
      expect(sync.requestBytes).toBeLessThan(EXCEL_WEB_LIMIT);
      expect(sync.responseBytes).toBeLessThan(EXCEL_WEB_LIMIT);
    }
    return { steps, excel, before };
  }

  const syncsOf = (steps: Record<Step, StepCount>) =>
    Object.fromEntries(Object.entries(steps).map(([step, count]) => [step, count.syncs]));

  test('10, 1 000 and 20 000 schools take a bounded number of syncs, each under the 5 MB limit, and leave the user’s cells as they were', async () => {
    const runs = { 10: await run(10), 1000: await run(1000), 20000: await run(20000) };
    // Recorded in docs/BENCHMARKS.md.
    console.log('context.sync calls per step', Object.fromEntries(Object.entries(runs).map(([n, r]) => [n, r.steps])));

    // Up to a thousand schools every step fits one request: the same counts.
    expect(syncsOf(runs[1000].steps)).toEqual(syncsOf(runs[10].steps));
    expect(syncsOf(runs[10].steps)).toEqual({ read: 3, write: 2, mark: 3, clear: 4 });
    // Beyond, a step adds one sync per ~3 MB it moves (well-filled requests), never one per row or cell.
    for (const step of ['read', 'write', 'mark', 'clear'] as const) {
      const { syncs, bytes } = runs[20000].steps[step];
      expect(syncs).toBeLessThanOrEqual(runs[10].steps[step].syncs + Math.ceil(bytes / 2_000_000));
    }
    const total = Object.values(runs[20000].steps).reduce((sum, step) => sum + step.syncs, 0);
    expect(total).toBeLessThanOrEqual(30);

    for (const { excel, before } of Object.values(runs)) {
      expect(excel.userSnapshot()).toBe(before);
      expect(excel.userSheetWrites.filter((write) => !write.startsWith('conditional format'))).toEqual([]);
      expect(excel.sheet('Sheet1').conditionalFormats).toEqual([]);
    }
  }, 300_000);
});
