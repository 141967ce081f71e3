/**
 * The streamed copy (`writeStreamedCopy`, the command line's when the splice
 * does not apply) and the full writer's copy (`writeAnnotatedWorkbook`, the
 * web page's) hold the same workbook: every sheet, cell by cell (value, formula, result, style, note),
 * merges, widths, row heights, conditional formats, data validations, views,
 * page setup, header and footer, and the workbook's defined names (the report
 * mark and print titles among them).
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { writeAnnotatedWorkbook } from '../../src/files/annotate';
import { writeStreamedCopy } from '../../src/files/annotate-stream';
import { REPORT_MARK } from '../../src/files/report-mark';
import { definedNames, fixtureWorkbook, inputs, load, plain, sheetView } from './copy-fixture';

const SAMPLE = join(__dirname, '../../samples/示例县义务教育学校办学条件.xlsx');

async function expectSameCopies(input: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const { report, marks } = await inputs(input, fileName);
  const full = await load(await writeAnnotatedWorkbook(input, report, marks));
  const streamed = await writeStreamedCopy(input, report, marks);
  expect(streamed.slowFeatures).toEqual([]);
  const copy = await load(streamed.bytes);
  expect(copy.worksheets.map((ws) => ws.name)).toEqual(full.worksheets.map((ws) => ws.name));
  for (const worksheet of full.worksheets) {
    const expected = sheetView(worksheet);
    const actual = sheetView(copy.getWorksheet(worksheet.name) as ExcelJS.Worksheet);
    expect(actual.cells.length).toBe(expected.cells.length);
    for (const [i, cell] of expected.cells.entries()) expect(actual.cells[i]).toEqual(cell);
    expect(actual).toEqual(expected);
  }
  expect(definedNames(copy)).toEqual(definedNames(full));
  expect(plain(copy.views)).toEqual(plain(full.views));
  return copy;
}

describe('the streamed copy is the full writer’s copy', () => {
  test('the sample county', async () => {
    await expectSameCopies(new Uint8Array(readFileSync(SAMPLE)), '示例县义务教育学校办学条件.xlsx');
  });

  test('a county form with merges over rows, shared formulas, notes, a drop-down, hidden rows and print titles', async () => {
    const copy = await expectSameCopies(await fixtureWorkbook(), 'form.xlsx');
    const names = (copy.definedNames as unknown as { model: { name: string }[] }).model.map((name) => name.name);
    expect(names).toEqual(expect.arrayContaining([REPORT_MARK, '在校生']));
  });

  test('a second run on the streamed copy replaces its report sheets', async () => {
    const input = await fixtureWorkbook();
    const { report, marks } = await inputs(input, 'form.xlsx');
    const first = await writeStreamedCopy(input, report, marks);
    await expectSameCopies(first.bytes, 'form-2.xlsx');
  });
});

describe('a workbook the streaming writer cannot copy takes the full writer', () => {
  test('a table: the copy is the full writer’s, and the reason is given', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('学校表');
    sheet.addTable({
      name: 'Schools',
      ref: 'A1',
      columns: [{ name: '学校名称' }, { name: '在校生数' }],
      rows: [['城关小学', 900], ['东关小学', 400]],
    });
    const input = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { report, marks } = await inputs(input, 'table.xlsx');
    const copy = await writeStreamedCopy(input, report, marks);
    expect(copy.slowFeatures).toEqual(['tables']);
    const written = await load(copy.bytes);
    expect(written.worksheets.map((ws) => ws.name)).toEqual(['学校表', ...report.sheets.map((s) => s.name)]);
  });
});
