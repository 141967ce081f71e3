/**
 * Plain report rows (`plainRowXml`) are the XML ExcelJS's own row writer
 * writes for the same cells and shared styles, style ids included: numbers,
 * texts with XML's special characters, CJK and control characters, empty
 * texts, booleans, empty cells with and without a style, a text of Excel's
 * longest length, holes, row heights and rows without cells. (Report cells hold no
 * formulas: a text such as '=SUM(A1)' stays text.)
 */
import ExcelJS from 'exceljs';
import RowXform from 'exceljs/lib/xlsx/xform/sheet/row-xform';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import { plainRowXml, type PlainCell } from '../../src/files/report-rows';

const bold: Partial<ExcelJS.Style> = { font: { bold: true } };
const percent: Partial<ExcelJS.Style> = { numFmt: '0%', border: { top: { style: 'thin' } } };
const filled: Partial<ExcelJS.Style> = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC00000' } }, alignment: { wrapText: true } };
const none: Partial<ExcelJS.Style> = {};

/** ExcelJS's XML for the same row, through a full row's model, and the ids it gave. */
function excelJsXml(number: number, cells: PlainCell[], styles: StylesXform, height?: number): string {
  const worksheet = new ExcelJS.Workbook().addWorksheet('报告');
  const row = worksheet.getRow(number);
  if (height !== undefined) row.height = height;
  cells.forEach((cell, j) => {
    const target = row.getCell(j + 1);
    target.style = cell.style;
    target.value = cell.value;
  });
  const model = row.model;
  if (model === null || model === undefined) return '';
  const xform = new RowXform();
  xform.prepare(model, { styles, merges: [], formulae: {}, siFormulae: 0, comments: [], hyperlinks: [] });
  return xform.toXml(model);
}

function ours(number: number, cells: PlainCell[], styles: StylesXform, height?: number): string {
  return plainRowXml(number, cells, (style, type) => styles.addStyleModel(style, type), height);
}

function expectSame(number: number, cells: PlainCell[], height?: number): string {
  const styles = new StylesXform(true);
  const expected = excelJsXml(number, cells, styles, height);
  const written = ours(number, cells, styles, height);
  expect(written).toBe(expected);
  return written;
}

describe('plainRowXml', () => {
  it('writes every value kind with a style per cell as ExcelJS does', () => {
    const xml = expectSame(7, [
      { value: 'a < b & "c" > \'d\'', style: bold },
      { value: '均衡县第一小学', style: percent },
      { value: 0.123456789, style: percent },
      { value: -42, style: none },
      { value: 1e-7, style: filled },
      { value: '', style: bold },
      { value: null, style: filled },
      { value: null, style: none },
      { value: true, style: none },
      { value: false, style: bold },
      { value: '=SUM(A1:A3)', style: none },
      { value: 'tab\there\u0001bell\u000bgone\r\nline', style: filled },
    ]);
    expect(xml).toContain('<v>a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;</v>');
    expect(xml).toContain('<c r="K7" t="str"><v>=SUM(A1:A3)</v></c>');
  });

  it('writes a text of 32 767 characters whole', () => {
    const long = '长'.repeat(32_766) + '&';
    const xml = expectSame(2, [{ value: long, style: bold }]);
    expect(xml).toContain(`${'长'.repeat(32_766)}&amp;</v>`);
  });

  it('writes a row of styled empty cells as an empty row element, and nothing for a row without cells', () => {
    expect(expectSame(3, [{ value: null, style: bold }])).toMatch(/^<row r="3" spans="1:1" x14ac:dyDescent="0.25"><c r="A3" s="\d+"\/><\/row>$/);
    expect(expectSame(4, [{ value: null, style: none }])).toBe('<row r="4" spans="1:1" x14ac:dyDescent="0.25"/>');
    expect(ours(5, [], new StylesXform(true))).toBe('');
  });

  it('skips holes: spans start at the first cell', () => {
    const cells: PlainCell[] = [];
    cells[2] = { value: 1, style: bold };
    cells[4] = { value: 'x', style: none };
    expect(expectSame(9, cells)).toMatch(/^<row r="9" spans="3:5" /);
  });

  it('writes a row height, with cells and without', () => {
    expect(expectSame(6, [{ value: '长文字', style: filled }, { value: 3, style: percent }], 28.5)).toContain('<row r="6" ht="28.5" customHeight="1" spans="1:2"');
    expect(expectSame(8, [], 40)).toBe('<row r="8" ht="40" customHeight="1" x14ac:dyDescent="0.25"/>');
  });

  it('names columns past Z', () => {
    const cells: PlainCell[] = Array.from({ length: 28 }, (_, j) => ({ value: j, style: none }));
    expect(expectSame(1, cells)).toContain('<c r="AB1"><v>27</v></c>');
  });
});
