import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { presentShortfall } from '../../src/core/format';
import {
  buildReport,
  chartMax,
  columnPoints,
  displayText,
  pageArea,
  spanWidth,
  textWidth,
  widthNeeded,
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

  test('form Ⅱ-2: one header on top, then per section its line, the standard row and its schools', () => {
    const header = sheet.rows[2];
    expect(header.map((cell) => cell.style)).toEqual(header.map(() => 'header'));
    const standards = rowsWith(sheet, 1, '标准值');
    expect(standards).toHaveLength(2);
    expect(standards[0][indicatorColumn('teaching-space')]).toMatchObject({ value: 4.5, numFmt: '"≥ "0.00' });
    expect(standards[1][indicatorColumn('teaching-space')].value).toBe(5.8);
    const at = sheet.rows.indexOf(standards[0]);
    expect(sheet.rows[at - 1][0].value).toMatch(/^小学：/);
    expect(sheet.rows[at + 1][1].value).toBe('城关小学');
    const junior = sheet.rows.indexOf(standards[1]);
    expect(sheet.rows[junior - 1][0].value).toMatch(/^初中：/);
    // Each section starts a printed page; the header repeats above it.
    expect(sheet.print.breaksBefore).toEqual([junior]);
    expect(sheet.print.titleRows).toEqual({ first: 1, last: 3 });
  });

  test('the counts line of the form is filled in: 一贯制 parts, 教学点, 完全中学 counted', () => {
    expect(sheet.rows[1][0].value).toBe(
      '小学学校总数5所（其中：一贯制学校的小学部有1所，50人及以上教学点有0个）；初中学校总数3所（其中：一贯制学校的初中部1所，完全中学的初中部0所）',
    );
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

  test('a working ledger: the columns a bureau tracks, shortfalls in the resource’s unit, counted things rounded up', () => {
    const { result, report } = setup();
    const sheet = sheetOf(report, 'ledger');
    expect(sheet.rows[2].map((cell) => cell.value)).toEqual([
      '序号', '学校', '学段', '指标', '现值', '标准值', '缺口（单位）', '到 85% 底线缺口', '整改措施', '责任人', '计划完成时间', '完成情况',
    ]);
    const [westKey] = rowsWith(sheet, 1, '西街小学').filter((row) => row[3].value === QUALITY_2017.indicators[1].name.zh);
    const west = result.schools.find((s) => s.name === '西街小学')?.indicators['key-teachers'];
    // 2 key teachers for 400 pupils; 4 are needed: 2 missing, 1.4 to the 85 % floor → 2.
    expect(westKey[6]).toMatchObject({ value: presentShortfall(QUALITY_2017.indicators[1], west?.shortfall ?? null), numFmt: '0" 人"' });
    expect(westKey[6].value).toBe(2);
    expect(westKey[7].value).toBe(2);
    // The last four columns are left for the school to fill in.
    expect(westKey.slice(8).map((cell) => cell.value)).toEqual([null, null, null, null]);
    const [westSpace] = rowsWith(sheet, 1, '西街小学').filter((row) => row[3].value === QUALITY_2017.indicators[3].name.zh);
    expect(westSpace[6]).toMatchObject({ value: 600, numFmt: '0.00" ㎡"' });
  });

  test('every ledger row leaves room to write by hand', () => {
    const { result, report } = setup();
    const sheet = sheetOf(report, 'ledger');
    const entries = ledgerEntries(result, QUALITY_2017).length;
    const heights = new Map(sheet.heights.map((h) => [h.row, h.points]));
    for (let row = 4; row < 4 + entries; row++) expect(heights.get(row)).toBeGreaterThanOrEqual(28);
  });

  test('the floor column is named from the ruleset’s floor ratio, not a fixed 85 %', () => {
    const ruleset = { ...QUALITY_2017, schoolRule: { ...QUALITY_2017.schoolRule, floorRatio: 0.6 } };
    const { report } = setup(ruleset);
    expect(sheetOf(report, 'ledger').rows[2][7].value).toBe('到 60% 底线缺口');
  });

  test('rows are grouped by school for handing out, the school with the largest gap first', () => {
    const { result, report } = setup();
    const names = sheetOf(report, 'ledger').rows.slice(3).map((row) => row[1]?.value).filter((v) => typeof v === 'string' && !v.includes('：'));
    const first = ledgerEntries(result, QUALITY_2017)[0].school.name;
    expect(names[0]).toBe(first);
    // Each school's rows are together.
    const seen: unknown[] = [];
    for (const name of names) if (seen.at(-1) !== name) seen.push(name);
    expect(new Set(seen).size).toBe(seen.length);
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

describe('差异系数 sheet as form Ⅲ', () => {
  const formRows = (sheet: ReportSheet) => sheet.rows.slice(2, 6);

  test('全县平均值 and 差异系数 rows per section, one column per indicator and 综合 "——" under quality-2017', () => {
    const { result, report } = setup();
    const sheet = sheetOf(report, 'county');
    expect(sheet.rows[1].map((cell) => cell.value)).toEqual([
      '学校类别', '项目', ...QUALITY_2017.indicators.map((def) => `${def.name.zh}（${def.unit.zh}）`), '综合',
    ]);
    const [primaryMean, primaryCv, juniorMean, juniorCv] = formRows(sheet);
    expect(primaryMean.slice(0, 2).map((cell) => cell.value)).toEqual(['小学', '全县平均值']);
    expect(primaryCv[1].value).toBe('差异系数');
    expect(juniorMean[0].value).toBe('初中');
    QUALITY_2017.indicators.forEach((def, i) => {
      expect(primaryMean[2 + i]).toMatchObject({ value: result.sections.primary.indicators[def.id].mean, numFmt: '0.00' });
      expect(juniorCv[2 + i]).toMatchObject({ value: result.sections.junior.indicators[def.id].cv, numFmt: '0.000' });
    });
    expect(primaryMean.at(-1)?.value).toBe('——');
    expect(primaryCv.at(-1)?.value).toBe('——');
    expect(sheet.merges).toEqual(expect.arrayContaining([{ top: 3, left: 1, bottom: 4, right: 1 }]));
  });

  test('综合 holds the composite CV under basic-2012', () => {
    const { result, report } = setup(BASIC_2012);
    const [, primaryCv, , juniorCv] = formRows(sheetOf(report, 'county'));
    expect(primaryCv.at(-1)).toMatchObject({ value: result.sections.primary.compositeCv, numFmt: '0.000' });
    expect(juniorCv.at(-1)?.value).toBe(result.sections.junior.compositeCv);
  });
});

describe('printable sheets', () => {
  const { report } = setup();

  test('every sheet prints on A4, one page wide, landscape when wider than a portrait page, with title rows, header and footer', () => {
    for (const sheet of report.sheets) {
      const { print } = sheet;
      expect(print).toMatchObject({ paper: 'A4', fitToWidth: 1, fitToHeight: 0, gridlines: false, firstPageNumber: 1 });
      const width = sheet.widths.reduce((sum, w) => sum + columnPoints(w), 0);
      expect(print.orientation).toBe(width > pageArea('portrait').width ? 'landscape' : 'portrait');
      expect(print.titleRows?.first).toBe(1);
      expect(print.header).toEqual({ left: '示例县.xlsx', center: expect.any(String), right: QUALITY_2017.name.zh });
      expect(sheet.rows[0][0].value).toContain(print.header.center);
      expect(print.footer.center).toBe('第 &P 页 共 &N 页');
      expect(print.footer.right).toBe(`分析日期：${report.date}`);
    }
  });

  test('no column is narrower than its longest shown value needs (CJK counted double); merged cells fit their area', () => {
    for (const sheet of report.sheets) {
      const merged = new Map(sheet.merges.map((m) => [`${m.top},${m.left}`, m]));
      sheet.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          const area = merged.get(`${i + 1},${j + 1}`);
          const room = spanWidth(sheet.widths, j + 1, area?.right ?? j + 1);
          expect({ sheet: sheet.name, cell: `${i + 1},${j + 1}`, fits: widthNeeded(cell) <= room }).toMatchObject({ fits: true });
        }),
      );
    }
  });

  test('measuring: a character counts 2 exactly when the wide ranges hold it (one per code point)', () => {
    const wide = /[\u2010-\u24FF\u25A0-\u2BFF\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
    const byPattern = (text: string): number => [...text].reduce((sum, ch) => sum + (wide.test(ch) ? 2 : 1), 0);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => textWidth(text) === byPattern(text)));
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x2000, max: 0xffff }).map((code) => String.fromCharCode(code)) }), (text) => textWidth(text) === byPattern(text)));
    for (const text of ['\u2010\u24ff\u2500\u25a0\u2bff\u2c00\u2e80\ua4cf\ua4d0\uac00\ud7a3\ud7a4\uf900\ufaff\ufe30\ufe4f\ufe50\uff00\uff60\uff61\uffe0\uffe6\uffe7', '\ud83d\ude00\ud800x\udc00']) {
      expect(textWidth(text)).toBe(byPattern(text));
    }
  });

  test('measuring: CJK counts double, numbers as their format shows them', () => {
    expect(textWidth('城关小学 4.50')).toBe(13);
    expect(displayText({ value: 4.4949, numFmt: '0.00' })).toBe('4.49');
    expect(displayText({ value: 0.1234, numFmt: '0.0%' })).toBe('12.3%');
    expect(displayText({ value: 4.5, numFmt: '"≥"General' })).toBe('≥4.5');
    expect(displayText({ value: 4.5, numFmt: '"≥ "0.00' })).toBe('≥ 4.50');
    expect(displayText({ value: 2.1, numFmt: '0" 人"' })).toBe('2 人');
    expect(widthNeeded({ kind: 'number', value: 2345.678, numFmt: '0.00', style: 'body' })).toBe(9);
    // A wrapping text needs only room for its longest unbreakable piece.
    expect(widthNeeded({ kind: 'text', value: '每百名学生拥有网络多媒体教室数', style: 'label' })).toBeLessThan(6);
  });

  test('a signature block ends every sheet, naming the ruleset, the source and the date', () => {
    for (const sheet of report.sheets) {
      const texts = sheet.rows.slice(-7).flat().map((cell) => cell.value).filter((v) => typeof v === 'string').join('|');
      for (const part of ['填表人', '审核人', '单位负责人', '填报日期', '（单位盖章）', 'quality-2017', '示例县.xlsx — 学校表', report.date]) {
        expect(texts).toContain(part);
      }
      const signRows = sheet.heights.filter((h) => h.points === 30);
      expect(signRows.length).toBeGreaterThanOrEqual(2);
    }
  });

  test('the date of the analysis is the one given', () => {
    const read = fixtureRead();
    const result = analyze(read, QUALITY_2017, { lang: 'en', file: 'a&b.xlsx' });
    const english = buildReport(result, read, QUALITY_2017, 'en', '2025-09-01');
    expect(english.date).toBe('2025-09-01');
    expect(english.sheets[0].print.footer).toMatchObject({ center: 'Page &P of &N', right: 'Analysed on 2025-09-01' });
    // A literal & in a file name is doubled, so Excel does not read it as a code.
    expect(english.sheets[0].print.header.left).toBe('a&&b.xlsx');
  });
});
