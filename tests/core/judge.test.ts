import {
  floorOf,
  IMPLAUSIBLE_RATIO,
  indicatorValue,
  isBorderline,
  isImplausible,
  judgeIndicator,
  judgeSchool,
  judgeValue,
  meetsStandard,
  shortfallTo,
} from '../../src/core/judge';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { IndicatorDef, IndicatorResult, Ruleset } from '../../src/core/types';

function byId(ruleset: Ruleset, id: string): IndicatorDef {
  const def = ruleset.indicators.find((d) => d.id === id);
  if (def === undefined) throw new Error(`no indicator ${id}`);
  return def;
}

const teachingSpace = byId(QUALITY_2017, 'teaching-space');
const multimediaRooms = byId(QUALITY_2017, 'multimedia-rooms');

/** A provincial '<=' indicator (at most 0.5 oversized classes per hundred pupils); 小学 only. */
const oversizedClasses: IndicatorDef = {
  id: 'oversized-classes',
  name: { zh: '每百名学生超额班级数', en: 'oversized classes per hundred pupils' },
  numerator: ['classes'],
  scale: 100,
  direction: '<=',
  standard: { primary: 0.5, junior: null },
  unit: { zh: '个', en: 'classes' },
  countable: true,
  split: 'weighted-pupils',
};

describe('indicatorValue', () => {
  it('is scale × amount ÷ pupils', () => {
    expect(indicatorValue(279, 45, 1)).toBe(279 / 45);
    expect(indicatorValue(12, 400, 100)).toBe(3);
  });
});

describe('meetsStandard', () => {
  it('reaches a ≥ standard at or above it', () => {
    expect(meetsStandard(4.5, 4.5, '>=')).toBe(true);
    expect(meetsStandard(4.51, 4.5, '>=')).toBe(true);
    expect(meetsStandard(4.49, 4.5, '>=')).toBe(false);
  });

  it('reaches a ≤ standard at or below it', () => {
    expect(meetsStandard(45, 45, '<=')).toBe(true);
    expect(meetsStandard(44, 45, '<=')).toBe(true);
    expect(meetsStandard(46, 45, '<=')).toBe(false);
  });
});

describe('floorOf', () => {
  it('is 85 % of a ≥ standard', () => {
    expect(floorOf(4.5, 0.85, '>=')).toBe(4.5 * 0.85);
    expect(floorOf(4.5, 0.85, '>=')).toBeCloseTo(3.825, 12);
  });

  it('is the standard ÷ the ratio for a ≤ standard: a ceiling above it', () => {
    expect(floorOf(45, 0.9, '<=')).toBe(50);
  });
});

describe('shortfallTo', () => {
  it('is the resource missing to reach the target, in its own unit', () => {
    expect(shortfallTo(4.5, 400, 100, 1, '>=')).toBe(50);
    // 2.3 rooms per hundred × 1000 pupils = 23 rooms; 20.5 on record.
    expect(shortfallTo(2.3, 20.5, 1000, 100, '>=')).toBeCloseTo(2.5, 12);
  });

  it('is 0 at or above the target', () => {
    expect(shortfallTo(4.5, 450, 100, 1, '>=')).toBe(0);
    expect(shortfallTo(4.5, 900, 100, 1, '>=')).toBe(0);
  });

  it('is 0 when the value reaches the target though the subtraction leaves binary noise', () => {
    // 12.6 ÷ 3 is 4.2, but 4.2 × 3 is 12.600000000000001.
    expect(indicatorValue(12.6, 3, 1)).toBe(4.2);
    expect(4.2 * 3 - 12.6).toBeGreaterThan(0);
    expect(shortfallTo(4.2, 12.6, 3, 1, '>=')).toBe(0);
  });

  it('is the excess to remove for a ≤ target', () => {
    // 0.5 per hundred × 400 pupils allows 2; 5 is 3 too many.
    expect(shortfallTo(0.5, 5, 400, 100, '<=')).toBeCloseTo(3, 12);
    expect(shortfallTo(0.5, 2, 400, 100, '<=')).toBe(0);
  });
});

describe('isBorderline', () => {
  it('flags a missed value that shows as met with 2 decimals', () => {
    expect(isBorderline(4.496, 4.5, '>=')).toBe(true);
    expect(isBorderline(45.004, 45, '<=')).toBe(true);
  });

  it('flags a met value that shows as missed with 2 decimals', () => {
    expect(isBorderline(4.504, 4.504, '>=')).toBe(true);
    expect(isBorderline(44.996, 44.996, '<=')).toBe(true);
  });

  it('leaves values whose rounding does not change the verdict', () => {
    expect(isBorderline(4.5, 4.5, '>=')).toBe(false);
    expect(isBorderline(4.494, 4.5, '>=')).toBe(false);
    expect(isBorderline(4.4, 4.5, '>=')).toBe(false);
    expect(isBorderline(45.006, 45, '<=')).toBe(false);
  });
});

describe('judgeValue', () => {
  it('judges a value against the standard and the floor of its section', () => {
    expect(judgeValue(teachingSpace, 'primary', 4.0, 0.85)).toEqual({ meets: false, aboveFloor: true });
    expect(judgeValue(teachingSpace, 'junior', 4.0, 0.85)).toEqual({ meets: false, aboveFloor: false }); // 5.8 × 0.85 = 4.93
    expect(judgeValue(teachingSpace, 'primary', 4.5, 0.85)).toEqual({ meets: true, aboveFloor: true });
    expect(judgeValue(oversizedClasses, 'primary', 0.55, 0.85)).toEqual({ meets: false, aboveFloor: true }); // ceiling 0.588
    expect(judgeValue(oversizedClasses, 'primary', 0.6, 0.85)).toEqual({ meets: false, aboveFloor: false });
  });

  it('has no floor verdict without a floor ratio, and no verdict without a value or a standard', () => {
    expect(judgeValue(teachingSpace, 'primary', 4.0, null)).toEqual({ meets: false, aboveFloor: null });
    expect(judgeValue(teachingSpace, 'primary', null, 0.85)).toEqual({ meets: null, aboveFloor: null });
    expect(judgeValue(oversizedClasses, 'junior', 0.1, 0.85)).toEqual({ meets: null, aboveFloor: null });
  });
});

describe('judgeIndicator', () => {
  it('gives value, verdicts, floor and shortfalls of a miss above the 85 % floor', () => {
    expect(judgeIndicator(teachingSpace, 'primary', 400, 100, 0.85)).toEqual({
      value: 4,
      amount: 400,
      standard: 4.5,
      meets: false,
      floor: 4.5 * 0.85,
      aboveFloor: true,
      shortfall: 50,
      shortfallToFloor: 0,
      borderline: false,
    });
  });

  it('gives the shortfall to the floor of a miss below it', () => {
    const result = judgeIndicator(teachingSpace, 'primary', 300, 100, 0.85);
    expect(result).toMatchObject({ value: 3, meets: false, aboveFloor: false, shortfall: 150 });
    expect(result.shortfallToFloor).toBeCloseTo(82.5, 9);
  });

  it('gives 0 shortfalls when met, counting per hundred pupils', () => {
    expect(judgeIndicator(multimediaRooms, 'primary', 23, 1000, 0.85)).toMatchObject({
      value: 2.3,
      meets: true,
      aboveFloor: true,
      shortfall: 0,
      shortfallToFloor: 0,
    });
  });

  it('judges a ≤ indicator against its standard and its ceiling', () => {
    // 3 oversized classes for 500 pupils: 0.6 per hundred; the standard allows 2.5, the ceiling 2.94.
    const result = judgeIndicator(oversizedClasses, 'primary', 3, 500, 0.85);
    expect(result).toMatchObject({ value: 0.6, standard: 0.5, meets: false, aboveFloor: false });
    expect(result.floor).toBeCloseTo(0.5 / 0.85, 12);
    expect(result.shortfall).toBeCloseTo(0.5, 12);
    expect(result.shortfallToFloor).toBeCloseTo(3 - 2.5 / 0.85, 12);
  });

  it('flags a borderline value', () => {
    expect(judgeIndicator(teachingSpace, 'primary', 449.6, 100, 0.85)).toMatchObject({ meets: false, borderline: true });
  });

  it('keeps the value but no verdict when the section has no standard', () => {
    const books = byId(BASIC_2012, 'books');
    expect(judgeIndicator(books, 'primary', 279, 45, BASIC_2012.schoolRule.floorRatio)).toEqual({
      value: 279 / 45,
      amount: 279,
      standard: null,
      meets: null,
      floor: null,
      aboveFloor: null,
      shortfall: null,
      shortfallToFloor: null,
      borderline: false,
    });
  });

  it('has no floor without a floor ratio', () => {
    expect(judgeIndicator(teachingSpace, 'primary', 400, 100, null)).toMatchObject({
      meets: false,
      floor: null,
      aboveFloor: null,
      shortfall: 50,
      shortfallToFloor: null,
    });
  });

  it('has no value and no verdict for an unknown amount, but keeps standard and floor', () => {
    expect(judgeIndicator(teachingSpace, 'primary', null, 100, 0.85)).toEqual({
      value: null,
      amount: null,
      standard: 4.5,
      meets: null,
      floor: 4.5 * 0.85,
      aboveFloor: null,
      shortfall: null,
      shortfallToFloor: null,
      borderline: false,
    });
  });

  it('gives null, never Infinity, for a value or shortfall beyond the largest double', () => {
    // 100 × 1e307 rooms overflows before the division by pupils.
    expect(judgeIndicator(multimediaRooms, 'primary', 1e307, 1000, 0.85)).toMatchObject({ value: null, amount: 1e307, meets: null, shortfall: null });
    // 1e308 pupils need 4.5e308 ㎡: the shortfall cannot be written down.
    expect(judgeIndicator(teachingSpace, 'primary', 0, 1e308, 0.85)).toMatchObject({ value: 0, meets: false, shortfall: null, shortfallToFloor: null });
  });
});

describe('isImplausible', () => {
  it('is more than 50 times the reference', () => {
    expect(IMPLAUSIBLE_RATIO).toBe(50);
    expect(isImplausible(100_000, 2000)).toBe(false);
    expect(isImplausible(100_001, 2000)).toBe(true);
    expect(isImplausible(Number.MAX_VALUE, 2000)).toBe(true);
  });

  it('never holds without a positive reference', () => {
    expect(isImplausible(1e300, 0)).toBe(false);
    expect(isImplausible(1e300, -1)).toBe(false);
  });
});

describe('judgeSchool', () => {
  /** quality-2017 results of a 小学 school at the standard, with some amounts (per 100 pupils) replaced. */
  function school(overrides: Record<string, number | null> = {}): Record<string, IndicatorResult> {
    const results: Record<string, IndicatorResult> = {};
    for (const def of QUALITY_2017.indicators) {
      const atStandard = def.standard.primary as number;
      const amount = def.id in overrides ? overrides[def.id] : atStandard * (100 / def.scale);
      results[def.id] = judgeIndicator(def, 'primary', amount, 100, QUALITY_2017.schoolRule.floorRatio);
    }
    return results;
  }

  it('passes a school that reaches every standard', () => {
    expect(judgeSchool(QUALITY_2017, 'primary', school())).toEqual({ passes: true, misses: [] });
  });

  it('passes one miss at or above 85 % of its standard', () => {
    expect(judgeSchool(QUALITY_2017, 'primary', school({ 'teaching-space': 4.5 * 0.85 * 100 }))).toEqual({
      passes: true,
      misses: ['teaching-space'],
    });
  });

  it('fails one miss below 85 % of its standard', () => {
    expect(judgeSchool(QUALITY_2017, 'primary', school({ 'teaching-space': 4.5 * 0.84 * 100 }))).toEqual({
      passes: false,
      misses: ['teaching-space'],
    });
  });

  it('fails more misses than allowed, listing them in ruleset order', () => {
    expect(judgeSchool(QUALITY_2017, 'primary', school({ 'teaching-space': 440, 'degree-teachers': 4.1 }))).toEqual({
      passes: false,
      misses: ['degree-teachers', 'teaching-space'],
    });
  });

  it('is undecided when a value is unknown or absent and the school does not already fail', () => {
    expect(judgeSchool(QUALITY_2017, 'primary', school({ equipment: null }))).toEqual({ passes: null, misses: [] });
    const { equipment: _, ...withoutEquipment } = school({ 'teaching-space': 440 });
    expect(judgeSchool(QUALITY_2017, 'primary', withoutEquipment)).toEqual({ passes: null, misses: ['teaching-space'] });
  });

  it('fails despite an unknown value when the known ones already fail', () => {
    expect(judgeSchool(QUALITY_2017, 'primary', school({ equipment: null, 'teaching-space': 440, 'degree-teachers': 4.1 })).passes).toBe(false);
    expect(judgeSchool(QUALITY_2017, 'primary', school({ equipment: null, 'teaching-space': 300 })).passes).toBe(false);
  });

  it('counts only indicators with a standard in the section, and is null when none has one', () => {
    const province: Ruleset = { ...QUALITY_2017, indicators: [teachingSpace, oversizedClasses], schoolRule: { maxMisses: 0, floorRatio: 0.85 } };
    const junior = {
      'teaching-space': judgeIndicator(teachingSpace, 'junior', 600, 100, 0.85),
      'oversized-classes': judgeIndicator(oversizedClasses, 'junior', 9, 100, 0.85),
    };
    expect(judgeSchool(province, 'junior', junior)).toEqual({ passes: true, misses: [] });
    const primary = {
      'teaching-space': judgeIndicator(teachingSpace, 'primary', 600, 100, 0.85),
      'oversized-classes': judgeIndicator(oversizedClasses, 'primary', 1, 100, 0.85),
    };
    expect(judgeSchool(province, 'primary', primary)).toEqual({ passes: false, misses: ['oversized-classes'] });
    const books = judgeIndicator(byId(BASIC_2012, 'books'), 'primary', 279, 45, null);
    expect(judgeSchool(BASIC_2012, 'primary', { books })).toEqual({ passes: null, misses: [] });
  });
});
