/**
 * What the copy tests share: inputs built from a workbook, a sheet as
 * everything the copy promises to keep, and a county form with the features
 * a copy must carry over.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { buildMarkRules, buildReport } from '../../src/core/report';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { FIXTURE_COLUMNS, FIXTURE_FIRST_ROW, FIXTURE_ROWS } from '../core/report-fixture';

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

export async function inputs(bytes: Uint8Array, fileName: string) {
  const grids = await readWorkbookBytes(bytes, fileName);
  const read = readSheet(grids[findSchoolSheet(grids)]);
  const result = analyze(read, QUALITY_2017, { lang: 'zh', file: fileName });
  return { report: buildReport(result, read, QUALITY_2017, 'zh'), marks: buildMarkRules(read, result, QUALITY_2017) };
}

export const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

/** A cell as Excel shows it: a formula by its text and result (shared or not), a value, a style, a note. */
function cellView(cell: ExcelJS.Cell): unknown {
  const value = cell.formula === undefined ? plain(cell.value) : { formula: cell.formula, result: plain(cell.result) };
  return { address: cell.address, type: cell.type, value, style: plain(cell.style), note: plain(cell.note) };
}

/** Everything of a sheet the copy promises to keep. */
export function sheetView(worksheet: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  const rows: unknown[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    const { height, hidden, outlineLevel } = row as ExcelJS.Row & { hidden: boolean };
    rows.push({ number: row.number, height, hidden, outlineLevel, style: plain((row as unknown as { style: unknown }).style) });
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cellView(cell)));
  });
  const model = worksheet.model as unknown as { merges: string[]; cols: unknown; conditionalFormattings: unknown; dataValidations: unknown };
  return {
    name: worksheet.name,
    state: worksheet.state,
    cells,
    rows,
    merges: [...model.merges].sort(),
    cols: plain(model.cols),
    conditionalFormats: plain(model.conditionalFormattings),
    dataValidations: plain(model.dataValidations),
    views: plain(worksheet.views),
    pageSetup: plain(worksheet.pageSetup),
    headerFooter: plain(worksheet.headerFooter),
    properties: plain(worksheet.properties),
    autoFilter: plain(worksheet.autoFilter),
  };
}

export function definedNames(workbook: ExcelJS.Workbook): unknown {
  return plain((workbook.definedNames as unknown as { model: unknown }).model);
}

/**
 * A user workbook with what a county's form holds: merged titles over
 * several rows, formulas (one shared down a column), notes, a drop-down, a
 * hidden row, a styled blank row, a tall row, a hidden and a wide column,
 * frozen panes, print titles, a date, rich text, an error, a hyperlink, a
 * defined name, the user's own conditional format and a hidden sheet.
 */
export async function fixtureWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学校表', { views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }] });
  sheet.getCell('A1').value = '示例县学校办学条件';
  sheet.mergeCells('A1:P2');
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.getCell('A3').value = { richText: [{ text: '填报单位：', font: { bold: true } }, { text: '示例县教育局' }] };
  sheet.getCell('C3').value = new Date(Date.UTC(2026, 8, 1));
  sheet.getCell('C3').numFmt = 'yyyy-mm-dd';
  sheet.getCell('E3').value = { text: '说明', hyperlink: 'https://example.org/' };
  for (const [, column, header] of FIXTURE_COLUMNS) sheet.getCell(4, column).value = header;
  sheet.getCell('B4').note = '按教育事业统计口径填写';
  FIXTURE_ROWS.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== null) sheet.getCell(FIXTURE_FIRST_ROW + i, j + 1).value = value;
    });
  });
  const total = FIXTURE_FIRST_ROW + FIXTURE_ROWS.length - 1;
  sheet.getCell(total, 3).value = { formula: `SUM(C5:C${total - 1})`, result: 4250 };
  sheet.getCell(total, 4).value = { formula: `SUM(D5:D${total - 1})`, result: 1 };
  sheet.getCell(total, 5).value = { sharedFormula: `D${total}`, result: 2 } as ExcelJS.CellValue;
  sheet.getCell(total, 6).value = { sharedFormula: `D${total}`, result: 3 } as ExcelJS.CellValue;
  sheet.getCell(total + 1, 1).value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  sheet.getCell(total + 2, 1).value = true;
  sheet.mergeCells(total + 3, 1, total + 5, 4);
  sheet.getCell(total + 3, 1).value = '制表：';
  for (let column = 1; column <= 6; column++) sheet.getCell(total + 7, column).border = { bottom: { style: 'thin' } };
  sheet.getRow(total + 8).hidden = true;
  sheet.getCell(total + 8, 1).value = '隐藏行';
  sheet.getRow(total + 9).height = 40;
  sheet.getColumn(1).width = 30;
  sheet.getColumn(17).hidden = true;
  sheet.getCell('I5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getCell('K5').numFmt = '0.00';
  sheet.getCell('B5').dataValidation = { type: 'list', allowBlank: true, formulae: ['"小学,初中,九年一贯制"'] };
  sheet.addConditionalFormatting({
    ref: 'C5:C12',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['900'], style: { font: { italic: true } }, priority: 1 }],
  });
  sheet.pageSetup.printTitlesRow = '4:4';
  sheet.pageSetup.orientation = 'landscape';
  sheet.headerFooter.oddFooter = '&C第 &P 页';
  const hidden = workbook.addWorksheet('口径', { state: 'hidden' });
  hidden.getCell('A1').value = '隐藏的说明表';
  workbook.definedNames.add("'学校表'!$C$5:$C$12", '在校生');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

