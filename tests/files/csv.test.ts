import { detectSeparator, formatCsv, parseCsv } from '../../src/files/csv';

describe('parseCsv', () => {
  test('splits fields and lines, CRLF or LF, without an empty last row', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  test('keeps commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('"城关,一小","说""好""","一\r\n二"')).toEqual([['城关,一小', '说"好"', '一\r\n二']]);
  });

  test('keeps empty fields, including trailing ones and a last line without break', () => {
    expect(parseCsv(',a,\r\n,')).toEqual([
      ['', 'a', ''],
      ['', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
  });

  test('a quote inside an unquoted field is text', () => {
    expect(parseCsv('5"寸,x')).toEqual([['5"寸', 'x']]);
  });

  test('splits on tabs when told, keeping commas and quoted tabs in fields', () => {
    expect(parseCsv('学校\t备注\r\n城关,一小\t"a\tb"\r\n', '\t')).toEqual([
      ['学校', '备注'],
      ['城关,一小', 'a\tb'],
    ]);
  });
});

describe('detectSeparator', () => {
  test('semicolons, as Excel writes CSV where the decimal mark is a comma; a title line does not decide', () => {
    expect(detectSeparator('学校名称;在校生数\r\n城关小学;800\r\n')).toBe(';');
    expect(detectSeparator('统计表; 单位：元\r\n学校名称,在校生数\r\n城关小学,800\r\n西关小学,600\r\n')).toBe(',');
    expect(detectSeparator('学校名称;面积\r\n城关小学;"12,5"\r\n西关小学;1,5\r\n')).toBe(';');
  });

  test('a tab when the first delimited line has tabs and no commas', () => {
    expect(detectSeparator('学校名称\t在校生数\r\n城关,一小\t800\r\n')).toBe('\t');
  });

  test('lines without either separator (a title) are passed over', () => {
    expect(detectSeparator('某县统计表\r\n\r\n学校名称\t在校生数\r\n')).toBe('\t');
    expect(detectSeparator('某县统计表\r\n学校名称,在校生数\r\n')).toBe(',');
  });

  test('a comma when the line has both, or separators only inside quotes count for nothing', () => {
    expect(detectSeparator('学校名称,在校生数\t备注\r\n')).toBe(',');
    expect(detectSeparator('"城关,一小"\t800\r\n')).toBe('\t');
    expect(detectSeparator('"a\tb",1\r\n')).toBe(',');
  });

  test('a comma by default', () => {
    expect(detectSeparator('')).toBe(',');
    expect(detectSeparator('学校名称')).toBe(',');
  });
});

describe('formatCsv', () => {
  test('quotes only what needs it and ends lines with CRLF', () => {
    expect(formatCsv([['学校', 12.5, null], ['城关,一小', '说"好"', '一\n二']])).toBe('学校,12.5,\r\n"城关,一小","说""好""","一\n二"\r\n');
  });

  test('round-trips through parseCsv', () => {
    const rows = [['a', '"', ',', '\r\n', ''], ['示例县', '1.5', 'x y', '', '末']];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });
});
