/**
 * The spliced copy (`writeSplicedCopy`, through `writeAnnotatedCopy`): the
 * user's sheets are the input's, cell by cell, with the marks the full
 * writer adds; the report sheets and defined names are the full writer's;
 * every part the splice does not rewrite is the input's, byte for byte; a
 * second run (report sheets to replace) takes the ExcelJS path and replaces
 * marks and reports exactly.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { join } from 'path';
import { writeAnnotatedWorkbook } from '../../src/files/annotate';
import { writeAnnotatedCopy } from '../../src/files/annotate-stream';
import { markedTail } from '../../src/files/splice-marks';
import type { MarkRule } from '../../src/core/report';
import { definedNames, fixtureWorkbook, inputs, load, plain, sheetView } from './copy-fixture';

const SAMPLE = join(__dirname, '../../samples/示例县义务教育学校办学条件.xlsx');

/**
 * A report cell as Excel shows it: the spliced report writes strings inline,
 * where an empty text reads back as an empty cell (the full writer's shared
 * string reads back as ''); both show nothing.
 */
function shown(cell: unknown): unknown {
  const view = cell as { type: number; value: unknown };
  return view.value === '' ? { ...view, type: ExcelJS.ValueType.Null, value: null } : view;
}

const sortedNames = (workbook: ExcelJS.Workbook): unknown => (definedNames(workbook) as { name: string }[]).sort((a, b) => a.name.localeCompare(b.name));

/** The parts the splice rewrites; every other part must be the input's bytes. */
const REWRITTEN = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);

async function expectSpliced(input: Uint8Array, fileName: string): Promise<Uint8Array> {
  const { report, marks } = await inputs(input, fileName);
  const spliced = await writeAnnotatedCopy(input, report, marks);
  expect(spliced.notSpliced).toBeNull();
  const [copy, original, full] = await Promise.all([load(spliced.bytes), load(input), load(await writeAnnotatedWorkbook(input, report, marks))]);
  expect(copy.worksheets.map((ws) => ws.name)).toEqual(full.worksheets.map((ws) => ws.name));
  for (const worksheet of full.worksheets) {
    const actual = sheetView(copy.getWorksheet(worksheet.name) as ExcelJS.Worksheet);
    const source = original.getWorksheet(worksheet.name);
    // The user's sheets as the input holds them (ExcelJS's own round trip is not the reference), with the full writer's marks.
    const report = sheetView(worksheet);
    const expected = source === undefined ? { ...report, cells: report.cells.map(shown) } : { ...sheetView(source), conditionalFormats: report.conditionalFormats };
    expect(actual.cells.length).toBe(expected.cells.length);
    for (const [i, cell] of expected.cells.entries()) expect(actual.cells[i]).toEqual(cell);
    expect(actual).toEqual(expected);
  }
  expect(sortedNames(copy)).toEqual(sortedNames(full));
  expect(plain(copy.views)).toEqual(plain(original.views));
  const [inZip, outZip] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(spliced.bytes)]);
  const marked = new Set(marks.map((mark) => mark.sheet));
  const markedParts = original.worksheets.filter((ws) => marked.has(ws.name)).map((ws) => `xl/worksheets/sheet${ws.id}.xml`);
  for (const name of Object.keys(inZip.files)) {
    if (REWRITTEN.has(name) || markedParts.includes(name)) continue;
    expect([name, await outZip.file(name)?.async('base64')]).toEqual([name, await inZip.file(name)?.async('base64')]);
  }
  return spliced.bytes;
}

describe('the spliced copy: the input’s sheets with the marks, the full writer’s reports', () => {
  test('the sample county', async () => {
    await expectSpliced(new Uint8Array(readFileSync(SAMPLE)), '示例县义务教育学校办学条件.xlsx');
  });

  test('a county form with merges, shared formulas, notes, a drop-down, hidden rows, print titles and a hidden sheet', async () => {
    await expectSpliced(await fixtureWorkbook(), 'form.xlsx');
  });

  test('a workbook with a table is spliced: the table stays as it is', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('学校表').addTable({
      name: 'Schools',
      ref: 'A1',
      columns: [{ name: '学校名称' }, { name: '在校生数' }],
      rows: [['城关小学', 900], ['东关小学', 400]],
    });
    const bytes = await expectSpliced(new Uint8Array(await workbook.xlsx.writeBuffer()), 'table.xlsx');
    expect((await load(bytes)).getWorksheet('学校表')?.getTable('Schools')).toBeDefined();
  });

  test('a second run over the spliced copy takes the ExcelJS path and replaces marks and reports exactly', async () => {
    const input = await fixtureWorkbook();
    const { report, marks } = await inputs(input, 'form.xlsx');
    const first = await writeAnnotatedCopy(input, report, marks);
    const again = await inputs(first.bytes, 'form.xlsx');
    const second = await writeAnnotatedCopy(first.bytes, again.report, again.marks);
    expect(second.notSpliced).toBe('earlierReports');
    const [once, twice] = await Promise.all([load(first.bytes), load(second.bytes)]);
    expect(twice.worksheets.map((ws) => ws.name)).toEqual(once.worksheets.map((ws) => ws.name));
    for (const worksheet of once.worksheets) {
      const view = sheetView(twice.getWorksheet(worksheet.name) as ExcelJS.Worksheet);
      expect(view.conditionalFormats).toEqual(sheetView(worksheet).conditionalFormats);
      expect(view.cells.map(shown)).toEqual(sheetView(worksheet).cells.map(shown));
    }
    expect(sortedNames(twice)).toEqual(sortedNames(once));
  });

  test('a CSV file is not spliced, and says so', async () => {
    const input = new Uint8Array(readFileSync(join(__dirname, '../../samples/示例县义务教育学校办学条件.csv')));
    const { report, marks } = await inputs(input, '示例县义务教育学校办学条件.csv');
    expect((await writeAnnotatedCopy(input, report, marks)).notSpliced).toBe('csv');
  });
});

describe('marks in a sheet part’s tail', () => {
  const mark: MarkRule = { sheet: 'S', range: 'B2:B9', formula: 'AND($B2<4.5,ISTEXT("junheng"))', level: 'fail', indicator: 'x', section: null, priority: 1 };
  const own = '<conditionalFormatting sqref="C1"><cfRule type="cellIs" dxfId="0" priority="3" operator="greaterThan"><formula>9</formula></cfRule></conditionalFormatting>';
  const earlier = '<conditionalFormatting sqref="B2"><cfRule type="expression" dxfId="1" priority="4"><formula>AND($B2&lt;1,ISTEXT(&quot;junheng&quot;))</formula></cfRule></conditionalFormatting>';

  test('go after merges and the user’s formats, before validations and margins, numbered after the user’s; earlier marks go', () => {
    const tail = `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>${own}${earlier}<dataValidations count="0"/><pageMargins left="0.7"/></worksheet>`;
    expect(markedTail(tail, [mark], { fail: 5, 'below-floor': 6 })).toBe(
      `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>${own}` +
        '<conditionalFormatting sqref="B2:B9"><cfRule type="expression" dxfId="5" priority="4"><formula>AND($B2&lt;4.5,ISTEXT(&quot;junheng&quot;))</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="0"/><pageMargins left="0.7"/></worksheet>',
    );
  });

  test('a sheet with nothing after its data gets them before its end', () => {
    expect(markedTail('</worksheet>', [mark], { fail: 0, 'below-floor': 1 })).toMatch(/^<conditionalFormatting sqref="B2:B9"><cfRule type="expression" dxfId="0" priority="1">.*<\/worksheet>$/);
  });
});
