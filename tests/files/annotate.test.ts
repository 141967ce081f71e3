import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { buildMarkRules, buildReport, isMarkFormula, reportSheetName, spanWidth, widthNeeded, type Report } from '../../src/core/report';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { AnalysisResult, Lang, Ruleset } from '../../src/core/types';
import { excelSheetName, writeAnnotatedWorkbook } from '../../src/files/annotate';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { FIXTURE_COLUMNS, FIXTURE_FIRST_ROW, FIXTURE_ROWS } from '../core/report-fixture';

const SAMPLE = join(__dirname, '../../samples/示例县义务教育学校办学条件.xlsx');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

/** The whole pipeline, as the command line and the web page run it. */
async function annotate(bytes: Uint8Array, fileName: string, ruleset: Ruleset = QUALITY_2017, lang: Lang = 'zh') {
  const grids = await readWorkbookBytes(bytes, fileName);
  const read = readSheet(grids[findSchoolSheet(grids)]);
  const result = analyze(read, ruleset, { lang, file: fileName });
  const report = buildReport(result, read, ruleset, lang);
  const marks = buildMarkRules(read, result, ruleset);
  const output = await writeAnnotatedWorkbook(bytes, report, marks);
  return { read, result, report, marks, output };
}

type WithFormats = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

function formatsOf(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (worksheet as unknown as WithFormats).conditionalFormattings;
}

/** Every non-empty cell of a sheet: address → value, formula, style. */
function cellsOf(worksheet: ExcelJS.Worksheet): Map<string, { value: unknown; formula: string | undefined; style: unknown }> {
  const cells = new Map<string, { value: unknown; formula: string | undefined; style: unknown }>();
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, { value: cell.value, formula: cell.formula, style: JSON.parse(JSON.stringify(cell.style)) });
    });
  });
  return cells;
}

function widthsOf(worksheet: ExcelJS.Worksheet): (number | undefined)[] {
  return Array.from({ length: worksheet.columnCount }, (_, i) => worksheet.getColumn(i + 1).width);
}

function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  return [...(worksheet.model as unknown as { merges: string[] }).merges].sort();
}

/** Expects every user sheet of `input` to be in `output` exactly as it was. */
async function expectUserSheetsKept(input: Uint8Array, output: Uint8Array): Promise<void> {
  const before = await load(input);
  const after = await load(output);
  for (const sheet of before.worksheets) {
    const copy = after.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    expect(copy).toBeDefined();
    const expected = cellsOf(sheet);
    const actual = cellsOf(copy);
    expect(expected.size).toBeGreaterThan(0);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [address, cell] of expected) expect({ address, ...actual.get(address) }).toEqual({ address, ...cell });
    expect(mergesOf(copy)).toEqual(mergesOf(sheet));
    expect(widthsOf(copy)).toEqual(widthsOf(sheet));
    const userFormats = (ws: ExcelJS.Worksheet) =>
      formatsOf(ws)
        .map((f) => ({ ...f, rules: f.rules.filter((r) => !(r.type === 'expression' && isMarkFormula(String(r.formulae?.[0])))) }))
        .filter((f) => f.rules.length > 0);
    expect(JSON.parse(JSON.stringify(userFormats(copy)))).toEqual(JSON.parse(JSON.stringify(userFormats(sheet))));
  }
}

/** A user workbook built from the report fixture: styles, a formula, a user CF rule, a sheet named like ours. */
async function fixtureWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学校表');
  sheet.getCell('A1').value = '示例县学校办学条件';
  sheet.mergeCells('A1:P1');
  sheet.getCell('A1').font = { bold: true, size: 16 };
  for (const [, column, header] of FIXTURE_COLUMNS) sheet.getCell(4, column).value = header;
  FIXTURE_ROWS.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== null) sheet.getCell(FIXTURE_FIRST_ROW + i, j + 1).value = value;
    });
  });
  const total = FIXTURE_FIRST_ROW + FIXTURE_ROWS.length - 1;
  sheet.getCell(total, 3).value = { formula: `SUM(C5:C${total - 1})`, result: 4250 };
  sheet.getColumn(1).width = 30;
  sheet.getCell('I5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getCell('K5').numFmt = '0.00';
  sheet.addConditionalFormatting({
    ref: 'C5:C12',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['900'], style: { font: { italic: true } }, priority: 1 }],
  });
  const own = workbook.addWorksheet('均衡-汇总');
  own.getCell('A1').value = '用户自己的表';
  own.getCell('B2').value = { formula: "'学校表'!C13*2", result: 8500 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('writeAnnotatedWorkbook — the sample county', () => {
  let input: Uint8Array;
  let run: Awaited<ReturnType<typeof annotate>>;

  beforeAll(async () => {
    input = new Uint8Array(readFileSync(SAMPLE));
    run = await annotate(input, '示例县义务教育学校办学条件.xlsx');
  });

  test('keeps every value, formula, style, merge and width of the user’s sheets', async () => {
    await expectUserSheetsKept(input, run.output);
  });

  test('never modifies the input bytes', async () => {
    const pristine = new Uint8Array(readFileSync(SAMPLE));
    expect(Buffer.from(input).equals(Buffer.from(pristine))).toBe(true);
  });

  test('adds the four report sheets after the user’s sheets', async () => {
    const workbook = await load(run.output);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['学校办学条件', ...run.report.sheets.map((s) => s.name)]);
  });

  test('the report holds the engine’s numbers: CVs, means and school values, with the display formats', async () => {
    const workbook = await load(run.output);
    const county = workbook.getWorksheet(reportSheetName('county', 'zh')) as ExcelJS.Worksheet;
    const result: AnalysisResult = run.result;
    for (const chart of run.report.charts) {
      for (const bar of chart.bars) {
        const cv = county.getCell(bar.row, 4);
        expect(cv.value).toBe(result.sections[chart.section].indicators[bar.indicator].cv);
        expect(cv.numFmt).toBe('0.000');
        expect(county.getCell(bar.row, 3).value).toBe(result.sections[chart.section].indicators[bar.indicator].mean);
        // The in-cell bar drawn where ExcelJS cannot draw a chart.
        expect(String(county.getCell(bar.row, chart.column).value)).toMatch(/^[█·┃]+$/);
      }
    }
    const schools = workbook.getWorksheet(reportSheetName('schools', 'zh')) as ExcelJS.Worksheet;
    const values: number[] = [];
    schools.eachRow((row) => {
      const cell = row.getCell(6);
      if (typeof cell.value === 'number' && cell.numFmt === '0.00') values.push(cell.value);
    });
    const engine = result.schools.filter((s) => !s.excluded).map((s) => s.indicators['degree-teachers'].value);
    expect(values.sort()).toEqual((engine as number[]).sort());
  });

  test('every report sheet prints on A4, one page wide, with print titles over its header rows, header and footer', async () => {
    const workbook = await load(run.output);
    for (const sheet of run.report.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      const setup = worksheet.pageSetup;
      expect({ sheet: sheet.name, paperSize: setup.paperSize, orientation: setup.orientation, fitToPage: setup.fitToPage, fitToWidth: setup.fitToWidth, fitToHeight: setup.fitToHeight }).toEqual({
        sheet: sheet.name, paperSize: 9, orientation: sheet.print.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      });
      expect(setup.margins).toEqual(sheet.print.margins);
      const titles = sheet.print.titleRows;
      expect(setup.printTitlesRow).toBe(`${titles?.first}:${titles?.last}`);
      // The header rows (the row holding 'header' cells nearest the top) are inside the print titles.
      const firstHeader = sheet.rows.findIndex((row) => row.some((cell) => cell.style === 'header')) + 1;
      if (sheet.key === 'schools' || sheet.key === 'ledger') expect(titles?.last).toBeGreaterThanOrEqual(firstHeader);
      expect(worksheet.headerFooter.oddHeader).toContain('示例县义务教育学校办学条件.xlsx');
      expect(worksheet.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
      expect(worksheet.headerFooter.oddFooter).toContain(run.report.date);
    }
    // The schools sheet is landscape (14 columns).
    expect(run.report.sheets[0].print.orientation).toBe('landscape');
  });

  test('no column of a report sheet is narrower than its longest shown value needs, as written', async () => {
    const workbook = await load(run.output);
    const tooNarrow: string[] = [];
    for (const sheet of run.report.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      const widths = Array.from({ length: worksheet.columnCount }, (_, i) => worksheet.getColumn(i + 1).width ?? 8.43);
      const merges = (worksheet.model as unknown as { merges: string[] }).merges;
      const right = new Map(merges.map((range) => {
        const [from, to] = range.split(':').map((a) => worksheet.getCell(a));
        return [from.address, Number(to.col)];
      }));
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.isMerged && cell.master !== cell) return;
          const style = sheet.rows[Number(cell.row) - 1]?.[Number(cell.col) - 1]?.style ?? 'plain';
          const need = widthNeeded({ kind: typeof cell.value === 'number' ? 'number' : 'text', value: cell.value as string | number | null, numFmt: cell.numFmt, style });
          const room = spanWidth(widths, Number(cell.col), right.get(cell.address) ?? Number(cell.col));
          if (need > room) tooNarrow.push(`${sheet.name}!${cell.address} “${cell.text}” needs ${need}, has ${room}`);
        }),
      );
    }
    expect(tooNarrow).toEqual([]);
  });

  test('marks the source sheet with the mark rules as conditional formats', async () => {
    const workbook = await load(run.output);
    const rules = formatsOf(workbook.getWorksheet('学校办学条件') as ExcelJS.Worksheet).flatMap((f) =>
      f.rules.map((r) => ({ ref: f.ref, formula: (r as ExcelJS.ExpressionRuleType).formulae?.[0] })),
    );
    expect(run.marks.length).toBeGreaterThan(0);
    expect(rules).toEqual(expect.arrayContaining(run.marks.map((m) => ({ ref: m.range, formula: m.formula }))));
  });

  test('re-running on the annotated copy replaces the report sheets and marks, never duplicates them', async () => {
    const again = await annotate(run.output, '示例县-均衡分析.xlsx');
    const workbook = await load(again.output);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['学校办学条件', ...run.report.sheets.map((s) => s.name)]);
    const tagged = formatsOf(workbook.getWorksheet('学校办学条件') as ExcelJS.Worksheet)
      .flatMap((f) => f.rules)
      .filter((r) => r.type === 'expression' && isMarkFormula(String(r.formulae?.[0])));
    expect(tagged).toHaveLength(again.marks.length);
    await expectUserSheetsKept(input, again.output);
  });

  test('an English run replaces a Chinese one', async () => {
    const english = await annotate(run.output, '示例县-均衡分析.xlsx', QUALITY_2017, 'en');
    const workbook = await load(english.output);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['学校办学条件', ...english.report.sheets.map((s) => s.name)]);
  });
});

describe('writeAnnotatedWorkbook — a workbook with formula-like names and the user’s own formats', () => {
  let input: Uint8Array;
  let run: Awaited<ReturnType<typeof annotate>>;

  beforeAll(async () => {
    input = await fixtureWorkbook();
    run = await annotate(input, '学校表.xlsx');
  });

  test('keeps the user’s sheets, the user’s own conditional format and a user sheet named like ours', async () => {
    await expectUserSheetsKept(input, run.output);
    const workbook = await load(run.output);
    expect(workbook.getWorksheet('均衡-汇总')?.getCell('A1').value).toBe('用户自己的表');
  });

  test('formula-like school names are written as text in the report sheets', async () => {
    const workbook = await load(run.output);
    const found: ExcelJS.Cell[] = [];
    for (const sheet of run.report.sheets) {
      (workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet).eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.text.startsWith('=HYPERLINK') || cell.text === '+1') found.push(cell);
        }),
      );
    }
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const cell of found) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });
});

describe('writeAnnotatedWorkbook — CSV input', () => {
  test('makes a new workbook: the CSV’s values first, then the report sheets, marks on the data sheet', async () => {
    const header = FIXTURE_COLUMNS.map(([, , text]) => text).join(',');
    const lines = FIXTURE_ROWS.map((row) => row.map((v) => (typeof v === 'string' && /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v ?? '')).join(','));
    const bytes = new TextEncoder().encode([header, ...lines].join('\r\n'));
    const run = await annotate(bytes, '县直学校.csv');
    const workbook = await load(run.output);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['县直学校', ...run.report.sheets.map((s) => s.name)]);
    const data = workbook.worksheets[0];
    expect(data.getCell('A2').value).toBe('城关小学');
    expect(data.getCell('C2').value).toBe(1000);
    expect(data.getCell('A5').value).toBe('=HYPERLINK("http://x","y")');
    expect(data.getCell('A5').type).toBe(ExcelJS.ValueType.String);
    expect(formatsOf(data).length).toBe(run.marks.length);
  });

  test('sheet names Excel refuses are cleaned', () => {
    expect(excelSheetName('2025/县直:学校')).toBe('2025_县直_学校');
    expect(excelSheetName('x'.repeat(40))).toHaveLength(31);
  });
});

describe('report model', () => {
  test('the report in the file is the report that was built', async () => {
    const input = await fixtureWorkbook();
    const { output, report } = await annotate(input, '学校表.xlsx');
    const workbook = await load(output);
    const check = (model: Report) => {
      const bars = new Set(model.charts.flatMap((chart) => chart.bars.map((bar) => `${chart.sheet}:${bar.row}:${chart.column}`)));
      for (const sheet of model.sheets) {
        const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
        sheet.rows.forEach((cells, i) =>
          cells.forEach((cell, j) => {
            const written = worksheet.getCell(i + 1, j + 1);
            // Merged cells other than the first read back as the first's value.
            if (written.isMerged && written.master !== written) return;
            if (bars.has(`${sheet.key}:${i + 1}:${j + 1}`)) return;
            expect(written.value ?? null).toEqual(cell.value);
            if (cell.numFmt !== undefined) expect(written.numFmt).toBe(cell.numFmt);
          }),
        );
      }
    };
    check(report);
  });
});
