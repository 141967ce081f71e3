/**
 * Display helpers. The engine keeps full double precision; rounding for people
 * happens here only (spec §5: school values 2 decimals, county means 2, CVs 3).
 */

import type { IndicatorDef, L10n, Lang, SchoolType, Section } from './types';

/** Excel shows 15 significant digits; rounding from there ignores binary noise (1.005 is 1.00499…). */
const SIGNIFICANT_DIGITS = 15;

/**
 * The fast path of `roundTo` stays where the scaled value's binary error
 * (< 1e-8 below 1e8) is far smaller than the margin kept from a half.
 */
const FAST_DIGITS = 15;
const FAST_LIMIT = 1e8;
const HALF_MARGIN = 1e-6;

/** Shown where a number cannot be computed. */
const NO_VALUE = '—';

/** x × 10^digits, done on the decimal text so that no binary error creeps in. */
function shiftDecimal(x: number, digits: number): number {
  const [mantissa, exponent = '0'] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent) + digits}`);
}

/**
 * Rounds half away from zero, as Excel's ROUND does, judging the decimal value
 * people see rather than the nearest double.
 *
 * @example
 * roundTo(1.005, 2);  // 1.01
 * roundTo(-2.5, 0);   // -3
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  // Fast path: away from a half, plain arithmetic gives the same answer (n ÷ 10^d is
  // the double nearest the decimal). Judging whole columns calls this a lot.
  if (Number.isInteger(digits) && digits >= 0 && digits <= FAST_DIGITS) {
    const power = 10 ** digits;
    const scaled = Math.abs(x) * power;
    if (scaled < FAST_LIMIT && Math.abs(scaled - Math.floor(scaled) - 0.5) > HALF_MARGIN) {
      const rounded = Math.round(scaled) / power;
      return x < 0 && rounded !== 0 ? -rounded : rounded;
    }
  }
  const magnitude = Number(Math.abs(x).toPrecision(SIGNIFICANT_DIGITS));
  const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, digits)), -digits);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

function formatFixed(x: number | null, digits: number): string {
  if (x === null || !Number.isFinite(x)) return NO_VALUE;
  return roundTo(x, digits).toFixed(digits);
}

/**
 * A school's indicator value for display: 2 decimals; '—' when unknown.
 *
 * @example
 * formatValue(4.4949); // '4.49'
 */
export function formatValue(x: number | null): string {
  return formatFixed(x, 2);
}

/**
 * A county mean for display: 2 decimals; '—' when unknown.
 *
 * @example
 * formatMean(6.33444); // '6.33'
 */
export function formatMean(x: number | null): string {
  return formatFixed(x, 2);
}

/**
 * A CV for display: 3 decimals; '—' when it cannot be computed (never '0.000').
 *
 * @example
 * formatCv(0.515257); // '0.515'
 */
export function formatCv(x: number | null): string {
  return formatFixed(x, 3);
}

/**
 * A shortfall as the rectification ledger shows it: countable things (teachers,
 * rooms, computers, books) in whole numbers rounded up — 2.1 missing teachers
 * means 3 to hire — other resources to 2 decimals. Null stays null.
 *
 * @example
 * presentShortfall(multimediaRooms, 2.1); // 3
 * presentShortfall(teachingSpace, 12.345); // 12.35
 */
export function presentShortfall(def: Pick<IndicatorDef, 'countable'>, x: number | null): number | null {
  if (x === null) return null;
  // Round away binary noise first, so that 2.0000000000000004 rooms is 2, not 3.
  return def.countable ? Math.ceil(roundTo(x, 6)) : roundTo(x, 2);
}

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
