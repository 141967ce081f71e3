import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  WorkbookReadError,
  csvSheetName,
  decodeText,
  looksLikeHtml,
  readWorkbookBytes,
  sniffFormat,
} from '../../src/files/read-workbook';
import { encodeGb18030 } from '../../src/files/gb18030';
import { isCatalogued } from '../../src/core/messages/catalogue';
import { renderMessage } from '../../src/core/messages/render';

async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-16 with its byte-order mark, as Excel's "Unicode 文本" writes it (little-endian). */
function utf16(text: string, littleEndian = true): Uint8Array {
  const view = new DataView(new ArrayBuffer(2 + 2 * text.length));
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return new Uint8Array(view.buffer);
}

/** Expects `promise` to reject with a WorkbookReadError of `problem` whose sentences say `zh` / `en`. */
async function expectReadError(promise: Promise<unknown>, problem: string, zh: RegExp, en: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookReadError);
  const readError = error as WorkbookReadError;
  expect(readError.problem).toBe(problem);
  // The error is a catalogued code with parameters; each surface renders it.
  expect(isCatalogued(readError.code)).toBe(true);
  expect(renderMessage(readError.code, readError.params, 'zh', 'cli')).toMatch(zh);
  expect(renderMessage(readError.code, readError.params, 'en', 'web')).toMatch(en);
  expect(readError.message).toBe(renderMessage(readError.code, readError.params, 'zh', 'cli'));
}

describe('readWorkbookBytes — .xlsx', () => {
  let grids: Awaited<ReturnType<typeof readWorkbookBytes>>;

  beforeAll(async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('学校表');
      sheet.getCell('A1').value = '示例县学校统计表';
      sheet.mergeCells('A1:D1');
      sheet.getCell('A2').value = '学校名称';
      sheet.getCell('B2').value = '在校生数';
      sheet.getCell('C2').value = '建校日期';
      sheet.getCell('D2').value = '生均';
      sheet.getCell('A3').value = { richText: [{ text: '城关', font: { bold: true } }, { text: '小学' }] };
      sheet.getCell('B3').value = 1288;
      sheet.getCell('C3').value = new Date(Date.UTC(1956, 8, 1));
      sheet.getCell('D3').value = { formula: 'B3/B4', result: { error: '#DIV/0!' } };
      sheet.getCell('A4').value = { text: '河口小学', hyperlink: 'https://example.org/hekou' };
      sheet.getCell('B4').value = 0;
      sheet.getCell('C4').value = { error: '#N/A' };
      sheet.getCell('D4').value = { formula: 'B4*2', result: 0 };
      sheet.getCell('A5').value = '合计';
      sheet.getCell('B5').value = { formula: 'SUM(B3:B4)', result: 1288 };
      sheet.getCell('D5').value = { formula: 'B5>0', result: true };
      sheet.fillFormula('E3:E5', 'B3*2', [2576, 0, 2576]);
      sheet.getCell('F6').value = { formula: 'A1&""' }; // no cached result
      sheet.getRow(4).hidden = true;
      sheet.getRow(9).hidden = true; // hidden but empty: outside the used range

      workbook.addWorksheet('说明', { state: 'hidden' }).getCell('B2').value = '内部说明';
      workbook.addWorksheet('Sheet3');
    });
    grids = await readWorkbookBytes(bytes, '县直学校.xlsx');
  });

  test('gives every worksheet in order and marks hidden ones', () => {
    expect(grids.map((g) => g.sheet)).toEqual(['学校表', '说明', 'Sheet3']);
    expect(grids.map((g) => g.hidden === true)).toEqual([false, true, false]);
    expect(grids[1].values).toEqual([
      [null, null],
      [null, '内部说明'],
    ]);
    expect(grids[2].values).toEqual([]);
  });

  test('normalises values: rich text, hyperlinks, dates, errors, formulas as cached results', () => {
    const [sheet] = grids;
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(sheet.values).toEqual([
      ['示例县学校统计表', null, null, null, null],
      ['学校名称', '在校生数', '建校日期', '生均', null],
      ['城关小学', 1288, new Date(Date.UTC(1956, 8, 1)), '#DIV/0!', 2576],
      ['河口小学', 0, '#N/A', 0, 0],
      ['合计', 1288, null, true, 2576],
      // F6 holds a formula without a cached result: blank, so the used range ends at row 5.
    ]);
  });

  test('shows a merged area once, in its top-left cell, and lists the merge', () => {
    expect(grids[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(grids[0].values[0].slice(1, 4)).toEqual([null, null, null]);
  });

  test('lists hidden rows within the used range', () => {
    expect(grids[0].hiddenRows).toEqual([4]);
  });

  test('lists no formula without a result when every formula in the used range has one (F6 is outside it)', () => {
    expect(grids[0].formulasWithoutResult).toBeUndefined();
  });

  test('reads a real two-row merged header (the sample county) with its merges', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../samples/示例县义务教育学校办学条件.xlsx')));
    const [sample] = await readWorkbookBytes(bytes, 'sample.xlsx');
    expect(sample.values[2].slice(3, 6)).toEqual(['办学性质', '在校生数（人）', null]);
    expect(sample.values[3].slice(3, 6)).toEqual([null, '合计', '小学']);
    expect(sample.merges).toContainEqual({ top: 3, left: 5, bottom: 3, right: 8 });
    expect(sample.merges).toContainEqual({ top: 3, left: 2, bottom: 4, right: 2 });
  });
});

describe('readWorkbookBytes — formulas saved without results', () => {
  test('are listed by sheet cell and read blank; formulas with results, even 0, are not listed', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['学校名称', '在校生数', '教学及辅助用房面积']);
      sheet.addRow(['城关小学', 800, { formula: 'B2*5' } as ExcelJS.CellValue]);
      sheet.addRow(['东关小学', { formula: '250*2' } as ExcelJS.CellValue, { formula: 'B3*0', result: 0 }]);
    });
    const [grid] = await readWorkbookBytes(bytes, 'a.xlsx');
    expect(grid.values).toEqual([
      ['学校名称', '在校生数', '教学及辅助用房面积'],
      ['城关小学', 800, null],
      ['东关小学', null, 0],
    ]);
    expect(grid.formulasWithoutResult).toEqual([
      { row: 2, column: 3 },
      { row: 3, column: 2 },
    ]);
  });
});


describe('readWorkbookBytes — CSV', () => {
  const table = '学校名称,在校生数,备注\r\n"城关,一小",1288,"说""好""\r\n第二行"\r\n河口小学,0120, 56 \r\n';

  test('parses UTF-8 with quotes, doubled quotes, line breaks in quotes and CRLF', async () => {
    const [grid] = await readWorkbookBytes(utf8(table), 'data/县直学校.csv');
    expect(grid).toEqual({
      sheet: '县直学校',
      origin: { row: 1, column: 1 },
      values: [
        ['学校名称', '在校生数', '备注'],
        ['城关,一小', 1288, '说"好"\r\n第二行'],
        // Leading zeros and spaces stay text, as the reader's number parser handles them and reports what it cannot.
        ['河口小学', '0120', ' 56 '],
      ],
    });
  });

  test('strips a UTF-8 byte-order mark', async () => {
    const [grid] = await readWorkbookBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(table)]), 'a.csv');
    expect(grid.values[0][0]).toBe('学校名称');
  });

  test('decodes GB18030 when the bytes are not UTF-8', async () => {
    // 学校,12\n in GB18030, written by hand: 学 = D1 A7, 校 = D0 A3.
    const bytes = new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0x2c, 0x31, 0x32, 0x0a]);
    const [grid] = await readWorkbookBytes(bytes, 'gbk.csv');
    expect(grid.values).toEqual([['学校', 12]]);
    const [same] = await readWorkbookBytes(encodeGb18030(table), 'gbk.csv');
    expect(same.values).toEqual((await readWorkbookBytes(utf8(table), 'u.csv'))[0].values);
  });

  test('pads short rows with blanks and turns empty fields into null', async () => {
    const [grid] = await readWorkbookBytes(utf8('a,b,c\nx\n,,2.5'), 'a.csv');
    expect(grid.values).toEqual([
      ['a', 'b', 'c'],
      ['x', null, null],
      [null, null, 2.5],
    ]);
  });

  test('decodes UTF-16 by its byte-order mark, little- or big-endian', async () => {
    const expected = (await readWorkbookBytes(utf8(table), 'u.csv'))[0].values;
    expect((await readWorkbookBytes(utf16(table), 'le.csv'))[0].values).toEqual(expected);
    expect((await readWorkbookBytes(utf16(table, false), 'be.csv'))[0].values).toEqual(expected);
  });

  test('reads Excel\'s "Unicode 文本" export: UTF-16LE, tab-separated, a title line without tabs', async () => {
    const text = '某县学校统计表\r\n学校名称\t在校生数\t备注\r\n城关,一小\t1288\t"说""好"""\r\n';
    const [grid] = await readWorkbookBytes(utf16(text), '导出.txt');
    expect(grid.sheet).toBe('导出');
    expect(grid.values).toEqual([
      ['某县学校统计表', null, null],
      ['学校名称', '在校生数', '备注'],
      ['城关,一小', 1288, '说"好"'],
    ]);
  });

  test('reads the sample CSV (GB18030) like the sample workbook', async () => {
    const dir = join(__dirname, '../../samples');
    const [csv] = await readWorkbookBytes(new Uint8Array(readFileSync(join(dir, '示例县义务教育学校办学条件.csv'))), '示例县义务教育学校办学条件.csv');
    const [xlsx] = await readWorkbookBytes(new Uint8Array(readFileSync(join(dir, '示例县义务教育学校办学条件.xlsx'))), 'x.xlsx');
    expect(csv.sheet).toBe('示例县义务教育学校办学条件');
    expect(csv.values).toEqual(xlsx.values);
  });
});

describe('readWorkbookBytes — files it cannot read', () => {
  test('legacy .xls (OLE container)', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectReadError(readWorkbookBytes(ole, '旧表.xls'), 'legacy-xls', /旧版 \.xls 文件，请在 Excel 或 WPS 中“另存为” \.xlsx 后再试/, /old-style \.xls.*Save As/);
  });

  test('password-protected workbook (OLE container with EncryptionInfo)', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]), 600);
    await expectReadError(readWorkbookBytes(ole, '加密.xlsx'), 'encrypted', /密码/, /password/);
  });

  test('empty file, and a CSV with nothing but blanks', async () => {
    await expectReadError(readWorkbookBytes(new Uint8Array(0), 'a.xlsx'), 'empty', /空的/, /empty/);
    await expectReadError(readWorkbookBytes(utf8('\ufeff , \r\n\r\n'), 'a.csv'), 'empty', /空的/, /empty/);
  });

  test('binary junk', async () => {
    const junk = Uint8Array.from({ length: 256 }, (_, i) => (i * 37 + 11) % 256);
    await expectReadError(readWorkbookBytes(junk, 'a.csv'), 'not-text', /既不是 \.xlsx 工作簿，也不是 CSV/, /neither an \.xlsx workbook nor CSV/);
    // Valid GB18030 apart from a NUL byte: still not a CSV file.
    await expectReadError(readWorkbookBytes(new Uint8Array([0xd1, 0xa7, 0x00, 0x2c]), 'a.csv'), 'not-text', /CSV/, /CSV/);
  });

  test('UTF-16 that is cut in the middle of a character', async () => {
    await expectReadError(readWorkbookBytes(utf16('学校名称').subarray(0, 5), 'a.csv'), 'not-text', /CSV/, /CSV/);
  });

  test('a web page saved as .xls (HTML), in any encoding', async () => {
    const page = '<html><body><table><tr><td>学校名称</td><td>在校生数</td></tr></table></body></html>';
    const zh = /网页文件（HTML），不是 Excel 工作簿。请在 Excel 或 WPS 中打开后“另存为” \.xlsx 再试/;
    const en = /web page \(HTML\), not an Excel workbook.*Save As.*\.xlsx/;
    await expectReadError(readWorkbookBytes(utf8(page), '报表.xls'), 'html', zh, en);
    await expectReadError(readWorkbookBytes(encodeGb18030(page), '报表.xls'), 'html', zh, en);
    await expectReadError(readWorkbookBytes(utf16(page), '报表.xls'), 'html', zh, en);
  });

  test('truncated .xlsx', async () => {
    const whole = await xlsxBytes((workbook) => {
      workbook.addWorksheet('Sheet1').getCell('A1').value = '学校名称';
    });
    await expectReadError(readWorkbookBytes(whole.subarray(0, Math.floor(whole.length / 2)), 'a.xlsx'), 'damaged', /损坏或不完整/, /damaged or incomplete/);
  });

  test('a zip without worksheets', async () => {
    const bytes = await xlsxBytes(() => undefined);
    await expectReadError(readWorkbookBytes(bytes, 'a.xlsx'), 'no-sheets', /没有 Excel 工作表/, /no Excel worksheet/);
  });
});

describe('helpers', () => {
  test('sniffFormat judges by content, not by name', () => {
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole');
    expect(sniffFormat(utf8('PK,学校'))).toBe('text');
  });

  test('decodeText prefers UTF-8 and falls back to GB18030', () => {
    expect(decodeText(utf8('学校'))).toBe('学校');
    expect(decodeText(new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3]))).toBe('学校');
    // A byte-order mark settles it: these bytes are then UTF-8.
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xd1, 0xa7, 0xd0, 0xa3]))).toBe('ѧУ');
    // UTF-8 with three-byte characters is never re-read.
    expect(decodeText(utf8('é学'))).toBe('é学');
    // A UTF-16 byte-order mark settles the encoding; the mark is not part of the text.
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x66, 0x5b, 0x21, 0x68]))).toBe('学校');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x5b, 0x66, 0x68, 0x21]))).toBe('学校');
  });

  test('looksLikeHtml: an HTML start after blank space or a byte-order mark, in any case', () => {
    expect(looksLikeHtml('<html lang="zh">')).toBe(true);
    expect(looksLikeHtml('\ufeff\r\n  <!DOCTYPE html>\n<html>')).toBe(true);
    expect(looksLikeHtml('<TABLE border=1><tr>')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
    // CSV that merely holds markup, or a word that starts like a tag.
    expect(looksLikeHtml('学校名称,备注\r\n城关小学,<table>')).toBe(false);
    expect(looksLikeHtml('<tablet>,1')).toBe(false);
    expect(looksLikeHtml('<?xml version="1.0"?><Workbook>')).toBe(false);
  });

  test('csvSheetName drops folders (either slash) and the extension', () => {
    expect(csvSheetName('C:\\数据\\县直学校.csv')).toBe('县直学校');
    expect(csvSheetName('exports/a.b.csv')).toBe('a.b');
    expect(csvSheetName('无扩展名')).toBe('无扩展名');
    expect(csvSheetName('.csv')).toBe('Sheet1');
  });
});
