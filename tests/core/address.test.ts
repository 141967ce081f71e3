import fc from 'fast-check';
import { cellAddress, columnLetter, columnNumber, needsQuotes, sheetPrefix } from '../../src/core/address';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('%i → %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });

  it('rejects non-positive and fractional numbers', () => {
    expect(() => columnLetter(0)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
});

describe('columnNumber', () => {
  it.each([
    ['A', 1],
    ['AA', 27],
    ['xfd', 16384],
  ])('%s → %i', (letters, n) => {
    expect(columnNumber(letters)).toBe(n);
  });

  it('rejects non-letters', () => {
    expect(() => columnNumber('A1')).toThrow(RangeError);
    expect(() => columnNumber('')).toThrow(RangeError);
  });

  it('inverts columnLetter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), (n) => columnNumber(columnLetter(n)) === n),
    );
  });
});

describe('needsQuotes', () => {
  it.each([
    ['Sheet1', false],
    ['学校表', false],
    ['义务教育学校2024', false],
    ['data_2024.v2', false],
    ['My Sheet', true],
    ['学校 表', true],
    ['学校（小学）', true],
    ['2024', true],
    ['2024年', true],
    ['A1', true],
    ['XFD1048576', true],
    ['XFE1', false],
    ['R1C1', true],
    ['R', true],
    ['C3', true],
    ['a-b', true],
    ["Tom's", true],
  ])('%s → %s', (sheet, quoted) => {
    expect(needsQuotes(sheet)).toBe(quoted);
  });
});

describe('cellAddress', () => {
  it('writes plain sheet names bare', () => {
    expect(cellAddress('Sheet1', 7, 6)).toBe('Sheet1!F7');
    expect(cellAddress('学校表', 1, 1)).toBe('学校表!A1');
  });

  it('quotes names that need it and doubles apostrophes', () => {
    expect(cellAddress('My Sheet', 7, 6)).toBe("'My Sheet'!F7");
    expect(cellAddress('学校 表', 1, 1)).toBe("'学校 表'!A1");
    expect(cellAddress("Tom's list", 2, 28)).toBe("'Tom''s list'!AB2");
    expect(sheetPrefix("it's")).toBe("'it''s'");
  });

  it('gives the bare cell without a sheet name', () => {
    expect(cellAddress('', 3, 2)).toBe('B3');
  });
});
