/**
 * Words for people: section and school-type labels, and filling `{name}`
 * templates. Numbers are formatted in `format.ts`.
 */

import type { L10n, Lang, SchoolType, Section } from './types';

const SECTION_LABELS: Record<Section, L10n> = {
  primary: { zh: '小学', en: 'Primary' },
  junior: { zh: '初中', en: 'Junior secondary' },
};

/**
 * @example
 * sectionLabel('junior', 'zh'); // '初中'
 */
export function sectionLabel(section: Section, lang: Lang): string {
  return SECTION_LABELS[section][lang];
}

const SCHOOL_TYPE_LABELS: Record<SchoolType, L10n> = {
  primary: { zh: '小学', en: 'primary school' },
  junior: { zh: '初中', en: 'junior secondary school' },
  'nine-year': { zh: '九年一贯制学校', en: 'nine-year school' },
  'complete-secondary': { zh: '完全中学', en: 'complete secondary school' },
  'twelve-year': { zh: '十二年一贯制学校', en: 'twelve-year school' },
  'teaching-point': { zh: '教学点', en: 'teaching point' },
  special: { zh: '特殊教育学校', en: 'special education school' },
  vocational: { zh: '职业学校', en: 'vocational school' },
  senior: { zh: '高中', en: 'senior secondary school' },
};

const UNKNOWN_TYPE: L10n = { zh: '类型未知', en: 'unknown type' };

/**
 * @example
 * schoolTypeLabel('nine-year', 'zh'); // '九年一贯制学校'
 */
export function schoolTypeLabel(type: SchoolType | null, lang: Lang): string {
  return (type === null ? UNKNOWN_TYPE : SCHOOL_TYPE_LABELS[type])[lang];
}

/**
 * @example
 * localize({ zh: '达标', en: 'meets' }, 'en'); // 'meets'
 */
export function localize(l10n: L10n, lang: Lang): string {
  return l10n[lang];
}

/**
 * Fills `{name}` placeholders.
 *
 * @example
 * fill('{a} of {b}', { a: 1, b: 2 }); // '1 of 2'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A text in `lang` with its `{name}` placeholders filled.
 *
 * @example
 * phrase({ zh: '还差 {n} 人', en: 'short by {n}' }, 'zh', { n: 2 }); // '还差 2 人'
 */
export function phrase(text: L10n, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(localize(text, lang), values);
}
