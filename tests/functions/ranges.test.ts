import { at, NO_ADDRESSES } from './custom-functions-stub';
import { cellName, elementwise, rangeArgs, rangeOrigin, readCell, rowwise } from '../../src/functions/ranges';
import { valueError } from '../../src/functions/errors';

const NAME = { zh: '在校生数', en: 'pupils' };

describe('rangeOrigin: where an argument starts, from the address Excel reports', () => {
  it.each([
    ['Sheet1!E5:E40', { sheet: 'Sheet1', row: 5, column: 5 }],
    ['Sheet1!$AB$12', { sheet: 'Sheet1', row: 12, column: 28 }],
    ["'学校 表'!$E$5:$E$40", { sheet: '学校 表', row: 5, column: 5 }],
    ["'Tom''s'!D:D", { sheet: "Tom's", row: 1, column: 4 }],
    ['Sheet1!5:40', { sheet: 'Sheet1', row: 5, column: 1 }],
    ['D7', { sheet: '', row: 7, column: 4 }],
  ])('%s', (address, origin) => {
    expect(rangeOrigin(address)).toEqual(origin);
  });

  it('is null for a typed value or an address it cannot read', () => {
    expect(rangeOrigin('')).toBeNull();
    expect(rangeOrigin(undefined)).toBeNull();
    expect(rangeOrigin('Sheet1!')).toBeNull();
  });
});

describe('cellName', () => {
  it('names the cell by its address when Excel reports it, by its place otherwise', () => {
    const [located] = rangeArgs([[[1]]], [NAME], at("'学校 表'!D5:D40"));
    expect(cellName(located, 2, 0)).toEqual({ zh: "'学校 表'!D7", en: "'学校 表'!D7" });
    const [unlocated] = rangeArgs([[[1]]], [NAME], NO_ADDRESSES);
    expect(cellName(unlocated, 2, 0)).toEqual({ zh: '在校生数区域第 3 行第 1 列', en: 'row 3, column 1 of the pupils range' });
  });
});

describe('readCell', () => {
  it.each([
    [45, { kind: 'number', value: 45 }],
    ['1,234人', { kind: 'number', value: 1234 }],
    ['12.5万元', { kind: 'number', value: 125000 }],
    [null, { kind: 'blank' }],
    ['', { kind: 'blank' }],
    ['—', { kind: 'blank' }],
    ['在校生数', { kind: 'label' }],
  ])('%p', (cell, reading) => {
    expect(readCell(cell)).toEqual(reading);
  });

  it('calls text with digits that is not a clean number invalid, with the reason', () => {
    const reading = readCell('约500');
    expect(reading.kind).toBe('invalid');
    expect(reading.kind === 'invalid' && reading.reason.zh).toContain('不是明确的数值');
  });
});

describe('elementwise and rowwise: spilled results', () => {
  it('drop trailing blank rows of a 2-D range but keep blank rows inside it', () => {
    const [arg] = rangeArgs([[[1, 2], ['', ''], [3, null], ['', null], [null, '']]], [NAME], NO_ADDRESSES);
    expect(elementwise([arg], (i, j) => `${i}${j}`)).toEqual([['00', '01'], ['10', '11'], ['20', '21']]);
  });

  it('keep one row when every row is blank', () => {
    const [arg] = rangeArgs([[[null], ['']]], [NAME], NO_ADDRESSES);
    expect(elementwise([arg], () => '')).toEqual([['']]);
  });

  it('turn an Excel error thrown for one cell into that cell, and rethrow anything else', () => {
    const [arg] = rangeArgs([[[1], [2]]], [NAME], NO_ADDRESSES);
    const error = valueError({ zh: '错', en: 'wrong' });
    expect(rowwise(arg, (i) => {
      if (i === 1) throw error;
      return i;
    })).toEqual([[0], [error]]);
    expect(() => rowwise(arg, () => {
      throw new TypeError('bug');
    })).toThrow(TypeError);
  });
});
