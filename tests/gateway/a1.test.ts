import { splitAddress } from '../../src/core/address';
import { parseRange, rangeText, splitAreas } from '../../src/gateway/a1';

describe('splitAddress', () => {
  test('plain, quoted and unqualified addresses', () => {
    expect(splitAddress('Sheet1!A1:T40')).toEqual({ sheet: 'Sheet1', range: 'A1:T40' });
    expect(splitAddress("'My Sheet'!$F$7")).toEqual({ sheet: 'My Sheet', range: 'F7' });
    expect(splitAddress("'Tom''s!'!B2")).toEqual({ sheet: "Tom's!", range: 'B2' });
    expect(splitAddress('学校办学条件!B34')).toEqual({ sheet: '学校办学条件', range: 'B34' });
    expect(splitAddress('B2')).toEqual({ sheet: null, range: 'B2' });
  });
});

describe('splitAreas', () => {
  test('splits at commas outside quoted sheet names', () => {
    expect(splitAreas('Sheet1!A1:B2, Sheet1!D4')).toEqual(['Sheet1!A1:B2', 'Sheet1!D4']);
    expect(splitAreas("'a,b'!A1:B2, 'a,b'!D4")).toEqual(["'a,b'!A1:B2", "'a,b'!D4"]);
    expect(splitAreas('')).toEqual([]);
  });
});

describe('parseRange and rangeText', () => {
  test('round trip', () => {
    expect(parseRange('B3:D4')).toEqual({ top: 3, left: 2, bottom: 4, right: 4 });
    expect(parseRange('$AA$10')).toEqual({ top: 10, left: 27, bottom: 10, right: 27 });
    expect(rangeText({ top: 3, left: 2, bottom: 4, right: 4 })).toBe('B3:D4');
    expect(rangeText({ top: 7, left: 6, bottom: 7, right: 6 })).toBe('F7');
    expect(rangeText(parseRange('XFD1048576'))).toBe('XFD1048576');
  });

  test('anything but an A1 range is refused', () => {
    expect(() => parseRange('A:A')).toThrow(RangeError);
    expect(() => parseRange('Sheet1!A1')).toThrow(RangeError);
  });
});
