import { fill, phrase, localize, schoolTypeLabel, sectionLabel } from '../../src/core/present';

describe('labels', () => {
  it('name sections and school types in both languages', () => {
    expect(sectionLabel('primary', 'zh')).toBe('小学');
    expect(sectionLabel('junior', 'zh')).toBe('初中');
    expect(sectionLabel('junior', 'en')).toBe('Junior secondary');
    expect(schoolTypeLabel('nine-year', 'zh')).toBe('九年一贯制学校');
    expect(schoolTypeLabel('complete-secondary', 'en')).toBe('complete secondary school');
    expect(schoolTypeLabel(null, 'zh')).toBe('类型未知');
  });

  it('picks the language of an L10n', () => {
    expect(localize({ zh: '达标', en: 'meets' }, 'zh')).toBe('达标');
    expect(localize({ zh: '达标', en: 'meets' }, 'en')).toBe('meets');
  });
});

describe('fill and phrase', () => {
  it('fill replaces named placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1, b: 2 })).toBe('1 of 2');
    expect(fill('{a} and {missing}', { a: 'x' })).toBe('x and {missing}');
  });

  it('phrase picks the language, then fills', () => {
    const text = { zh: '还差 {n} 人', en: 'short by {n}' };
    expect(phrase(text, 'zh', { n: 2 })).toBe('还差 2 人');
    expect(phrase(text, 'en', { n: 2 })).toBe('short by 2');
  });
});
