import { analyze } from '../../src/core/analyze';
import { presentShortfall } from '../../src/core/format';
import {
  buildReport,
  chartMax,
  isReportSheetName,
  ledgerEntries,
  REPORT_SHEET_PREFIX,
  reportSheetName,
  textBar,
  type Report,
  type ReportCell,
  type ReportSheet,
} from '../../src/core/report';
import { relativeGap } from '../../src/core/report/ledger';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { Lang, Ruleset } from '../../src/core/types';
import { fixtureRead } from './report-fixture';

function setup(ruleset: Ruleset = QUALITY_2017, lang: Lang = 'zh') {
  const read = fixtureRead();
  const result = analyze(read, ruleset, { lang, file: '示例县.xlsx' });
  return { read, result, report: buildReport(result, read, ruleset, lang) };
}

function sheetOf(report: Report, key: ReportSheet['key']): ReportSheet {
  return report.sheets.find((sheet) => sheet.key === key) as ReportSheet;
}

/** The rows whose cell in `column` (0-based) holds `value`. */
function rowsWith(sheet: ReportSheet, column: number, value: unknown): ReportCell[][] {
  return sheet.rows.filter((row) => row[column]?.value === value);
}

function allCells(report: Report): ReportCell[] {
  return report.sheets.flatMap((sheet) => sheet.rows.flat());
}

describe('report sheets', () => {
  test('four sheets named with the fixed prefix, in Chinese or English', () => {
    const zh = setup().report;
    expect(zh.sheets.map((s) => s.name)).toEqual(['均衡-学校指标', '均衡-差异系数', '均衡-整改台账', '均衡-剔除说明']);
    const en = setup(QUALITY_2017, 'en').report;
    expect(en.sheets.every((s) => s.name.startsWith(REPORT_SHEET_PREFIX))).toBe(true);
    expect(en.sheets.map((s) => s.name)).toEqual([
      '均衡-School indicators',
      '均衡-County CV',
      '均衡-Rectification ledger',
      '均衡-Exclusions and messages',
    ]);
    expect(en.sheets.every((s) => s.name.length <= 31)).toBe(true);
    expect(en.source).toEqual({ file: '示例县.xlsx', sheet: '学校表' });
  });

  test('only exact report names count as report sheets, so users’ sheets are never replaced', () => {
    expect(isReportSheetName(reportSheetName('county', 'zh'))).toBe(true);
    expect(isReportSheetName(reportSheetName('ledger', 'en'))).toBe(true);
    expect(isReportSheetName('均衡-汇总')).toBe(false);
    expect(isReportSheetName('学校表')).toBe(false);
  });

  test('every text cell is kind text, formula-like names included; numbers are kind number', () => {
    const { report } = setup();
    for (const cell of allCells(report)) {
      if (typeof cell.value === 'string') expect(cell.kind).toBe('text');
      if (typeof cell.value === 'number') expect(cell.kind).toBe('number');
    }
    const names = allCells(report).filter((cell) => cell.value === '=HYPERLINK("http://x","y")' || cell.value === '+1');
    expect(names.length).toBeGreaterThanOrEqual(2);
  });
});

describe('学校指标 sheet', () => {
  const { result, report } = setup();
  const sheet = sheetOf(report, 'schools');
  const indicatorColumn = (id: string) => 5 + QUALITY_2017.indicators.findIndex((def) => def.id === id);
  const passColumn = 5 + QUALITY_2017.indicators.length + 1;

  test('one row per analysed school entry, holding the engine’s unrounded values with 2-decimal formats', () => {
    for (const school of result.schools.filter((s) => !s.excluded)) {
      const name = school.part === null ? school.name : `${school.name}（${school.part === 'primary' ? '小学' : '初中'}部）`;
      const [row] = rowsWith(sheet, 1, name);
      expect(row).toBeDefined();
      expect(row[2].value).toBe(school.row);
      for (const def of QUALITY_2017.indicators) {
        const cell = row[indicatorColumn(def.id)];
        expect(cell.value).toBe(school.indicators[def.id].value);
        expect(cell.numFmt).toBe('0.00');
      }
    }
    expect(rowsWith(sheet, 1, '示例县特殊教育学校')).toHaveLength(0);
    expect(rowsWith(sheet, 1, '合计')).toHaveLength(0);
  });

  test('a split school appears once per section, as 小学部 and 初中部', () => {
    expect(rowsWith(sheet, 1, '城关学校（小学部）')).toHaveLength(1);
    expect(rowsWith(sheet, 1, '城关学校（初中部）')).toHaveLength(1);
  });

  test('failing values are dark, values below the floor marked more strongly', () => {
    const [east] = rowsWith(sheet, 1, '东街小学');
    expect(east[indicatorColumn('teaching-space')].style).toBe('fail');
    expect(east[indicatorColumn('sports-space')].style).toBe('body');
    const [west] = rowsWith(sheet, 1, '西街小学');
    expect(west[indicatorColumn('teaching-space')].style).toBe('below-floor');
  });

  test('是否达标 holds 1 for passing schools, nothing for failing ones', () => {
    expect(rowsWith(sheet, 1, '东街小学')[0][passColumn]).toMatchObject({ value: 1, kind: 'number' });
    expect(rowsWith(sheet, 1, '城关小学')[0][passColumn].value).toBe(1);
    expect(rowsWith(sheet, 1, '西街小学')[0][passColumn].value).toBeNull();
  });

  test('the standard row sits between the header and the schools of each section', () => {
    const standards = rowsWith(sheet, 1, '标准值');
    expect(standards).toHaveLength(2);
    expect(standards[0][indicatorColumn('teaching-space')]).toMatchObject({ value: 4.5, numFmt: '"≥"General' });
    expect(standards[1][indicatorColumn('teaching-space')].value).toBe(5.8);
    const at = sheet.rows.indexOf(standards[0]);
    expect(sheet.rows[at - 1][1].style).toBe('header');
    expect(sheet.rows[at + 1][1].value).toBe('城关小学');
  });

  test('merged titles stay within the sheet', () => {
    for (const merge of sheet.merges) expect(merge.bottom).toBeLessThanOrEqual(sheet.rows.length);
  });
});

describe('差异系数 sheet and charts', () => {
  test('each indicator’s mean (2 decimals), CV (3 decimals), limit and verdict, per section', () => {
    const { result, report } = setup();
    const sheet = sheetOf(report, 'county');
    for (const def of QUALITY_2017.indicators) {
      const rows = rowsWith(sheet, 0, def.name.zh).filter((row) => row[3]?.numFmt === '0.000');
      expect(rows).toHaveLength(2);
      rows.forEach((row, i) => {
        const county = result.sections[i === 0 ? 'primary' : 'junior'].indicators[def.id];
        expect(row[2]).toMatchObject({ value: county.mean, numFmt: '0.00' });
        expect(row[3]).toMatchObject({ value: county.cv, numFmt: '0.000' });
        expect(row[4].value).toBe(county.cvLimit);
        expect(row[5].value).toBe(county.passes ? '达标' : '未达标');
      });
    }
  });

  test('charts hold each section’s CVs and limit, pointing at the rows that hold them', () => {
    const { result, report } = setup();
    const sheet = sheetOf(report, 'county');
    expect(report.charts.map((c) => c.section)).toEqual(['primary', 'junior']);
    for (const chart of report.charts) {
      expect(chart.limit).toBe(QUALITY_2017.countyRule.limits[chart.section]);
      expect(chart.bars.map((b) => b.cv)).toEqual(QUALITY_2017.indicators.map((def) => result.sections[chart.section].indicators[def.id].cv));
      for (const bar of chart.bars) expect(sheet.rows[bar.row - 1][3].value).toBe(bar.cv);
      expect(chart.values).toMatch(/^'均衡-差异系数'!D\d+:D\d+$/);
    }
  });

  test('basic-2012 shows the composite CV with its limit; single CVs have no verdict', () => {
    const { result, report } = setup(BASIC_2012);
    const sheet = sheetOf(report, 'county');
    const composite = rowsWith(sheet, 0, '综合差异系数');
    expect(composite).toHaveLength(2);
    expect(composite[0][3]).toMatchObject({ value: result.sections.primary.compositeCv, numFmt: '0.000' });
    expect(composite[0][4].value).toBe(0.65);
    const books = rowsWith(sheet, 0, '生均图书册数');
    expect(books[0][4].value).toBe('—');
    expect(books[0][5].value).toBeNull();
    const compositeBar = report.charts[0].bars.at(-1);
    expect(compositeBar).toMatchObject({ indicator: 'composite', limit: 0.65 });
  });

  test('each school’s share of the squared deviation is listed per indicator', () => {
    const { result, report } = setup();
    const sheet = sheetOf(report, 'county');
    const shares = result.sections.primary.indicators['teaching-space'].contributions;
    const west = shares.find((c) => c.name === '西街小学');
    const [row] = rowsWith(sheet, 0, '西街小学');
    const column = 2 + QUALITY_2017.indicators.findIndex((def) => def.id === 'teaching-space');
    expect(row[column]).toMatchObject({ value: west?.share, numFmt: '0.0%' });
  });
});

describe('整改台账 sheet', () => {
  test('every missed indicator of an analysed school, biggest relative gap first', () => {
    const { result } = setup();
    const entries = ledgerEntries(result, QUALITY_2017);
    const misses = result.schools.filter((s) => !s.excluded).flatMap((s) => s.misses.map((id) => `${s.row}/${s.part}/${id}`));
    expect(entries.map((e) => `${e.school.row}/${e.school.part}/${e.def.id}`).sort()).toEqual(misses.sort());
    const gaps = entries.map((e) => e.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    // 东街小学 still passes the school rule but its missed indicator is listed.
    expect(entries.some((e) => e.school.name === '东街小学' && e.school.passes === true)).toBe(true);
  });

  test('shortfalls are in the resource’s unit, counted things rounded up', () => {
    const { result, report } = setup();
    const sheet = sheetOf(report, 'ledger');
    const [westKey] = rowsWith(sheet, 2, '西街小学').filter((row) => row[4].value === QUALITY_2017.indicators[1].name.zh);
    const west = result.schools.find((s) => s.name === '西街小学')?.indicators['key-teachers'];
    // 2 key teachers for 400 pupils; 4 are needed: 2 missing, 1.4 to the 85 % floor → 2.
    expect(westKey[7]).toMatchObject({ value: presentShortfall(QUALITY_2017.indicators[1], west?.shortfall ?? null), numFmt: '0' });
    expect(westKey[7].value).toBe(2);
    expect(westKey[8].value).toBe(2);
    expect(westKey[9].value).toBe('人');
    const [westSpace] = rowsWith(sheet, 2, '西街小学').filter((row) => row[9].value === '㎡');
    expect(westSpace[7]).toMatchObject({ value: 600, numFmt: '0.00' });
  });

  test('the relative gap is the shortfall over what the standard asks for', () => {
    expect(relativeGap(3.6, 4.5)).toBeCloseTo(0.2, 12);
    expect(relativeGap(60, 50)).toBeCloseTo(0.2, 12);
  });
});

describe('剔除说明 sheet', () => {
  test('excluded rows with row numbers and reasons, other rows, and messages with cells', () => {
    const { result, report } = setup();
    const sheet = sheetOf(report, 'exclusions');
    const special = result.schools.find((s) => s.name === '示例县特殊教育学校');
    const [row] = rowsWith(sheet, 1, '示例县特殊教育学校');
    expect(row[0].value).toBe(special?.row);
    expect(row[3].value).toBe(special?.excludedReason);
    expect(rowsWith(sheet, 1, '合计')).toHaveLength(1);
    expect(rowsWith(sheet, 1, '注：数据截至2025年9月')).toHaveLength(1);
    for (const message of result.messages) {
      const found = sheet.rows.find((r) => r[3]?.value === message.message);
      expect(found?.[1].value).toBe(message.cell ?? '');
    }
    expect(sheet.rows[1][0].value).toContain('参与分析 7 所学校'); // the nine-year school counts once
  });
});

describe('textBar and chartMax', () => {
  test('draws the CV as blocks with the limit marked', () => {
    expect(textBar(0.25, 0.5, 1, 10)).toBe('███··┃····');
    expect(textBar(0.9, 0.5, 1, 10)).toBe('█████┃███·');
    expect(textBar(null, 0.5, 1, 10)).toBe('');
  });

  test('the axis leaves room above the largest CV or limit', () => {
    expect(chartMax({ bars: [{ cv: 0.7, limit: 0.5 } as never], limit: 0.5 })).toBeCloseTo(0.77, 12);
    expect(chartMax({ bars: [], limit: null })).toBe(1);
  });
});
