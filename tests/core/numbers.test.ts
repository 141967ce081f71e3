import fc from 'fast-check';
import { parseNumberCell } from '../../src/core/numbers';

describe('parseNumberCell', () => {
  it('passes finite numbers through', () => {
    expect(parseNumberCell(1288)).toEqual({ kind: 'number', value: 1288 });
    expect(parseNumberCell(0.1 + 0.2)).toEqual({ kind: 'number', value: 0.1 + 0.2 });
    expect(parseNumberCell(-3)).toEqual({ kind: 'number', value: -3 });
  });

  it.each([NaN, Infinity, -Infinity])('rejects %p', (value) => {
    expect(parseNumberCell(value).kind).toBe('invalid');
  });

  it.each([
    ['1234', 1234],
    [' 56 ', 56],
    ['１２３４', 1234],
    ['１，２３４', 1234],
    ['1,234', 1234],
    ['1,234,567.5', 1234567.5],
    ['1，234', 1234],
    ['56人', 56],
    ['56 人', 56],
    ['３间', 3],
    ['1200平方米', 1200],
    ['1200㎡', 1200],
    ['1200m2', 1200],
    ['1200m²', 1200],
    ['45台', 45],
    ['23226册', 23226],
    ['2所', 2],
    ['12.75', 12.75],
    ['.5', 0.5],
    ['-7', -7],
    ['无', 0],
  ])('reads %p as %p', (text, value) => {
    expect(parseNumberCell(text)).toEqual({ kind: 'number', value });
  });

  it('reports the cell’s own money unit as a factor', () => {
    expect(parseNumberCell('12.5万元')).toEqual({ kind: 'number', value: 12.5, factor: 10000 });
    expect(parseNumberCell('３万')).toEqual({ kind: 'number', value: 3, factor: 10000 });
    expect(parseNumberCell('8000元')).toEqual({ kind: 'number', value: 8000, factor: 1 });
  });

  it.each([null, '', '   ', '—', '-', '/', '－', '——', '　'])('reads %p as blank', (value) => {
    expect(parseNumberCell(value)).toEqual({ kind: 'blank' });
  });

  it.each(['约500', '500左右', '五百', 'N/A', '1 2 3', '1 234', '1,23', '12,34,567', 'abc', '50%', '一', '5.'])(
    'rejects the ambiguous %p and says to enter digits',
    (text) => {
      const parsed = parseNumberCell(text);
      expect(parsed.kind).toBe('invalid');
      if (parsed.kind === 'invalid') {
        expect(parsed.reason.zh).toContain('数值');
        expect(parsed.reason.en).toContain('number');
      }
    },
  );

  it.each(['#DIV/0!', '#REF!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'])(
    'says %p is a formula error',
    (text) => {
      const parsed = parseNumberCell(text);
      expect(parsed.kind).toBe('invalid');
      if (parsed.kind === 'invalid') {
        expect(parsed.reason.zh).toContain('公式');
        expect(parsed.reason.en).toContain('formula');
      }
    },
  );

  it('says a Date looks like a date', () => {
    const parsed = parseNumberCell(new Date(2024, 8, 1));
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.reason.zh).toContain('日期');
  });

  it('says date-like text looks like a date', () => {
    const parsed = parseNumberCell('2024-09-01');
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.reason.en).toContain('date');
  });

  it('rejects booleans', () => {
    expect(parseNumberCell(true).kind).toBe('invalid');
    expect(parseNumberCell(false).kind).toBe('invalid');
  });

  it('shortens a long text in the reason', () => {
    const parsed = parseNumberCell('很长的说明'.repeat(20));
    expect(parsed.kind === 'invalid' && parsed.reason.zh.length < 120).toBe(true);
  });

  it('reads back any finite number written as text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const parsed = parseNumberCell(String(x));
        // Exponent notation (1e+21) is not accepted as text; everything else round-trips.
        return /e/i.test(String(x)) ? parsed.kind === 'invalid' : parsed.kind === 'number' && parsed.value === x;
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.date({ noInvalidDate: false }), fc.constant(null)),
        (value) => {
          parseNumberCell(value);
        },
      ),
    );
  });
});
