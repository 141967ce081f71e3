import fc from 'fast-check';
import { SECTION_WEIGHTS, sectionShare, splitAmount } from '../../src/core/split';

describe('SECTION_WEIGHTS', () => {
  it('weighs 小学 : 初中 : 高中 pupils 1 : 1.1 : 1.32', () => {
    expect(SECTION_WEIGHTS).toEqual({ primary: 1, junior: 1.1, senior: 1.32 });
  });
});

describe('splitAmount', () => {
  const school = { primary: 166, junior: 210 };

  it('splits the spec example: 23226 books → 9711.63 / 13514.37', () => {
    expect(splitAmount(23226, school, 'primary')).toBeCloseTo(9711.63, 2);
    expect(splitAmount(23226, school, 'junior')).toBeCloseTo(13514.37, 2);
    expect(splitAmount(23226, school, 'primary') / 166).toBeCloseTo(58.5038, 4);
  });

  it('gives a 完全中学 初中 part B/(B + 1.2C)', () => {
    const pupils = { junior: 300, senior: 200 };
    expect(sectionShare(pupils, 'junior')).toBeCloseTo(300 / (300 + 1.2 * 200), 12);
  });

  it('gives a 十二年一贯制 小学 part A/(A + 1.1B + 1.32C)', () => {
    const pupils = { primary: 400, junior: 300, senior: 200 };
    expect(sectionShare(pupils, 'primary')).toBeCloseTo(400 / (400 + 1.1 * 300 + 1.32 * 200), 12);
    expect(sectionShare(pupils, 'junior')).toBeCloseTo((1.1 * 300) / (400 + 1.1 * 300 + 1.32 * 200), 12);
  });

  it('gives nothing to a section without pupils', () => {
    expect(sectionShare({ primary: 120 }, 'junior')).toBe(0);
    expect(sectionShare({}, 'primary')).toBe(0);
  });

  it('rejects negative pupil counts', () => {
    expect(() => sectionShare({ primary: -1, junior: 10 }, 'junior')).toThrow(RangeError);
  });

  const pupils = fc.integer({ min: 1, max: 5000 });
  const amount = fc.double({ min: 0, max: 1e8, noNaN: true });

  it('re-adds a 九年一贯制 school’s parts to the amount (property)', () => {
    fc.assert(
      fc.property(amount, pupils, pupils, (r, a, b) => {
        const parts = splitAmount(r, { primary: a, junior: b }, 'primary') + splitAmount(r, { primary: a, junior: b }, 'junior');
        return Math.abs(parts - r) <= 1e-9 * Math.max(1, r);
      }),
    );
  });

  it('re-adds a 十二年一贯制 school’s three parts to the amount (property)', () => {
    fc.assert(
      fc.property(amount, pupils, pupils, pupils, (r, a, b, c) => {
        const school = { primary: a, junior: b, senior: c };
        const parts = splitAmount(r, school, 'primary') + splitAmount(r, school, 'junior') + splitAmount(r, school, 'senior');
        return Math.abs(parts - r) <= 1e-9 * Math.max(1, r);
      }),
    );
  });
});
