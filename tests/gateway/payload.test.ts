import {
  chunkByBytes,
  excelText,
  gridCell,
  jsonBytes,
  READ_BYTES_PER_CELL,
  readBytesPerCell,
  REQUEST_BUDGET,
  rowsPerRead,
  textBytes,
} from '../../src/gateway/payload';

describe('excelText: text Excel would read as something else gets its text prefix', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+1'],
    ['-2+3'],
    ['@SUM(A1)'],
    ["'quoted"],
    ['007'],
    ['1,234'],
    ['2017-6-1'],
    ['12:30'],
    ['50%'],
    ['(5)'],
    ['¥5'],
    ['.5'],
    ['TRUE'],
    [' false '],
    ['#N/A'],
  ])('%s', (text) => {
    expect(excelText(text)).toBe(`'${text}`);
  });

  test.each([['城关小学'], ['Primary school'], ['—'], [''], ['小学部（1）']])('plain text stays as it is: %s', (text) => {
    expect(excelText(text)).toBe(text);
  });
});

describe('sizes', () => {
  test('UTF-8 bytes: ASCII 1, CJK 3', () => {
    expect(textBytes('A1')).toBe(2);
    expect(textBytes('学校')).toBe(6);
    expect(textBytes('é')).toBe(2);
    expect(jsonBytes([[1, '学']])).toBe(Buffer.byteLength(JSON.stringify([[1, '学']]), 'utf8'));
  });

  test('a surrogate pair is never under-counted', () => {
    expect(textBytes('𠀀')).toBeGreaterThanOrEqual(Buffer.byteLength('𠀀', 'utf8'));
  });
});

describe('chunkByBytes', () => {
  test('packs rows in order within the budget', () => {
    expect(chunkByBytes([5, 5, 5], 10)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 1 },
    ]);
    expect(chunkByBytes([], 10)).toEqual([]);
  });

  test('a row over the budget is a chunk of its own', () => {
    expect(chunkByBytes([3, 30, 3], 10)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
      { start: 2, count: 1 },
    ]);
  });

  test('every chunk but a lone oversized row stays within the budget, and chunks cover every row once', () => {
    const rows = Array.from({ length: 500 }, (_, i) => (i * 7919) % 97);
    const chunks = chunkByBytes(rows, 300);
    let next = 0;
    for (const { start, count } of chunks) {
      expect(start).toBe(next);
      const bytes = rows.slice(start, start + count).reduce((a, b) => a + b, 0);
      if (count > 1) expect(bytes).toBeLessThanOrEqual(300);
      next = start + count;
    }
    expect(next).toBe(rows.length);
  });
});

describe('reading in chunks', () => {
  test('the first guess is conservative; later chunks follow what the cells took', () => {
    expect(rowsPerRead(14)).toBe(Math.floor(REQUEST_BUDGET / (14 * READ_BYTES_PER_CELL)));
    expect(readBytesPerCell(8.8)).toBeCloseTo(13.2);
    expect(readBytesPerCell(2)).toBe(READ_BYTES_PER_CELL / 2);
    expect(rowsPerRead(1_000_000)).toBe(1);
  });

  test('empty cells become null; everything else stays', () => {
    expect(gridCell('')).toBeNull();
    expect(gridCell(0)).toBe(0);
    expect(gridCell('#DIV/0!')).toBe('#DIV/0!');
    expect(gridCell(false)).toBe(false);
  });
});
