import fc from 'fast-check';
import {
  formatCount,
  formatCv,
  formatIndicatorValue,
  formatLimit,
  formatMean,
  formatPercent,
  formatShortfall,
  formatStandard,
  formatValue,
  presentShortfall,
  roundTo,
  rowSpan,
  valueNumFmt,
} from '../../src/core/format';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { IndicatorDef } from '../../src/core/types';

function def(id: string, ruleset = QUALITY_2017): IndicatorDef {
  return ruleset.indicators.find((d) => d.id === id) as IndicatorDef;
}

describe('roundTo', () => {
  it('rounds half away from zero', () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
  });

  it('rounds the decimal people see, not the nearest double', () => {
    // 1.005 is stored as 1.00499999999999989…; Excel's ROUND gives 1.01.
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(4.485, 2)).toBe(4.49);
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
    // A CV of 0.4995 (stored as 0.499499999…) shows as 0.500.
    expect(roundTo(0.4995, 3)).toBe(0.5);
    expect(Math.round(1.005 * 100) / 100).toBe(1); // what the naive way gives
  });

  it('keeps values that are not halves where they belong', () => {
    expect(roundTo(4.4949, 2)).toBe(4.49);
    expect(roundTo(6.33444, 2)).toBe(6.33);
    expect(roundTo(0.515257, 3)).toBe(0.515);
    expect(roundTo(1234567.891, 2)).toBe(1234567.89);
    expect(roundTo(1.23e-7, 9)).toBe(1.23e-7);
    expect(roundTo(2.5e21, 2)).toBe(2.5e21);
  });

  it('rounds every written half away from zero (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), fc.boolean(), (n, digits, negative) => {
        const sign = negative ? '-' : '';
        const half = Number(`${sign}${n}5e-${digits + 1}`); // (n + 0.5) × 10^-digits as written
        return roundTo(half, digits) === Number(`${sign}${n + 1}e-${digits}`);
      }),
    );
  });

  it('moves a value by at most half a unit, onto a value with that many decimals (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
        const rounded = roundTo(x, digits);
        const halfUnit = 0.5 * 10 ** -digits;
        return Math.abs(rounded - x) <= halfUnit * (1 + 1e-9) + Math.abs(x) * 1e-15 && rounded === Number(rounded.toFixed(digits));
      }),
    );
  });

  it('does not produce −0 and passes non-finite values through', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(roundTo(Number.NaN, 2)).toBeNaN();
    expect(roundTo(Infinity, 2)).toBe(Infinity);
  });
});

describe('format helpers', () => {
  it('show school values and means with 2 decimals and CVs with 3', () => {
    expect(formatValue(4.4949)).toBe('4.49');
    expect(formatValue(5)).toBe('5.00');
    expect(formatMean(1913 / 302)).toBe('6.33');
    expect(formatCv(0.515257)).toBe('0.515');
    expect(formatCv(0.4995)).toBe('0.500');
  });

  it('show a dash, never 0, when a number cannot be computed', () => {
    expect(formatCv(null)).toBe('—');
    expect(formatValue(null)).toBe('—');
    expect(formatMean(Number.NaN)).toBe('—');
  });
});

describe('presentShortfall', () => {
  it('rounds countable shortfalls up to whole numbers', () => {
    expect(presentShortfall(def('multimedia-rooms'), 2.1)).toBe(3);
    expect(presentShortfall(def('degree-teachers'), 0.02)).toBe(1);
    expect(presentShortfall(def('degree-teachers'), 0)).toBe(0);
  });

  it('does not round binary noise up to one more teacher', () => {
    expect(presentShortfall(def('key-teachers'), 2.0000000000000004)).toBe(2);
  });

  it('gives 2 decimals for areas and money, and keeps null', () => {
    expect(presentShortfall(def('teaching-space'), 12.345)).toBe(12.35);
    expect(presentShortfall(def('equipment'), 1234.5)).toBe(1234.5);
    expect(presentShortfall(def('equipment'), null)).toBeNull();
  });
});

describe('one format for every surface', () => {
  test('limits as the ruleset gives them, at least two decimals', () => {
    expect(formatLimit(0.5)).toBe('0.50');
    expect(formatLimit(0.45)).toBe('0.45');
    expect(formatLimit(0.455)).toBe('0.455');
    expect(formatLimit(null)).toBe('—');
  });

  test('standards with their sign and a space, in the indicator\'s decimals', () => {
    expect(formatStandard(def('key-teachers'), 1)).toBe('≥ 1.00');
    expect(formatStandard(def('equipment'), 2000)).toBe('≥ 2000.00');
    expect(formatStandard(def('equipment'), null)).toBe('—');
  });

  test('basic-2012 per-pupil teacher ratios are readable: three decimals', () => {
    expect(formatIndicatorValue(def('teachers', BASIC_2012), 0.05682)).toBe('0.057');
    expect(formatIndicatorValue(def('books', BASIC_2012), 31.456)).toBe('31.46');
    expect(valueNumFmt(def('teachers', BASIC_2012))).toBe('0.000');
    expect(valueNumFmt(def('books', BASIC_2012))).toBe('0.00');
  });

  test('counts without grouping, shortfalls in whole units for counted things, percentages whole', () => {
    expect(formatCount(12138)).toBe('12138');
    expect(formatShortfall(def('multimedia-rooms'), 2.1)).toBe('3');
    expect(formatShortfall(def('teaching-space'), 12.345)).toBe('12.35');
    expect(formatPercent(0.85)).toBe('85%');
  });
});

describe('rowSpan', () => {
  test('header rows as people say them', () => {
    expect(rowSpan([3, 4])).toBe('3–4');
    expect(rowSpan([3])).toBe('3');
    expect(rowSpan([])).toBe('—');
  });
});
