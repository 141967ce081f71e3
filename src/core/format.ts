/**
 * Numbers for people: the one place that decides how a value, a mean, a CV, a
 * limit, a standard, a shortfall, a share or a pupil count is shown, on every
 * surface. The engine keeps full double precision; rounding for display happens
 * here only (spec §5: school values 2 decimals, county means 2, CVs 3).
 */

import type { Direction, IndicatorDef } from './types';

/** Shown where a number cannot be computed. */
export const NO_VALUE = '—';

/** Excel shows 15 significant digits; rounding from there ignores binary noise (1.005 is 1.00499…). */
const SIGNIFICANT_DIGITS = 15;

/**
 * The fast path of `roundTo` stays where the scaled value's binary error
 * (< 1e-8 below 1e8) is far smaller than the margin kept from a half.
 */
const FAST_DIGITS = 15;
const FAST_LIMIT = 1e8;
const HALF_MARGIN = 1e-6;




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

/** Decimals of a school value unless the indicator sets its own (basic-2012's per-pupil teacher ratios: 3). */
export const VALUE_DECIMALS = 2;

/**
 * Decimals a ruleset gives for an indicator's values and standards.
 *
 * @example
 * valueDecimals({ decimals: 3 }); // 3
 * valueDecimals({});              // 2
 */
export function valueDecimals(def: Pick<IndicatorDef, 'decimals'>): number {
  return def.decimals ?? VALUE_DECIMALS;
}

/**
 * A school value of an indicator, with the indicator's decimals.
 *
 * @example
 * formatIndicatorValue({ decimals: 3 }, 0.05682); // '0.057'
 * formatIndicatorValue({}, 4.4949);             // '4.49'
 */
export function formatIndicatorValue(def: Pick<IndicatorDef, 'decimals'>, x: number | null): string {
  return formatFixed(x, valueDecimals(def));
}

/**
 * The comparison sign of a direction.
 *
 * @example
 * directionSign('>='); // '≥'
 */
export function directionSign(direction: Direction): string {
  return direction === '>=' ? '≥' : '≤';
}

/**
 * A standard with its sign, as every surface shows it: '≥ 4.20'.
 *
 * @example
 * formatStandard({ direction: '>=' }, 1);   // '≥ 1.00'
 * formatStandard({ direction: '>=' }, null); // '—'
 */
export function formatStandard(def: Pick<IndicatorDef, 'direction' | 'decimals'>, x: number | null): string {
  if (x === null) return NO_VALUE;
  return `${directionSign(def.direction)} ${formatIndicatorValue(def, x)}`;
}

/**
 * A CV limit as the ruleset gives it, with at least 2 decimals: 0.5 → '0.50',
 * 0.455 → '0.455'.
 *
 * @example
 * formatLimit(0.5);   // '0.50'
 * formatLimit(0.455); // '0.455'
 */
export function formatLimit(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return NO_VALUE;
  const given = String(x).split('.')[1]?.length ?? 0;
  return x.toFixed(Math.min(Math.max(given, 2), 6));
}

/**
 * A pupil count or any whole count: digits only, no grouping (as the official forms write them).
 *
 * @example
 * formatCount(12138); // '12138'
 */
export function formatCount(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return NO_VALUE;
  return String(Math.round(x));
}

/**
 * A shortfall in the resource's own unit: whole numbers for counted things
 * (rounded up, as `presentShortfall`), else 2 decimals.
 *
 * @example
 * formatShortfall(multimediaRooms, 2.1); // '3'
 * formatShortfall(teachingSpace, 12.345); // '12.35'
 */
export function formatShortfall(def: Pick<IndicatorDef, 'countable'>, x: number | null): string {
  const shown = presentShortfall(def, x);
  if (shown === null) return NO_VALUE;
  return def.countable ? String(shown) : shown.toFixed(2);
}

/**
 * A share or ratio as a whole percentage: 0.85 → '85%'.
 *
 * @example
 * formatPercent(0.85); // '85%'
 */
export function formatPercent(ratio: number): string {
  return `${roundTo(ratio * 100, 0)}%`;
}

/**
 * The Excel number format that shows an indicator's values as `formatIndicatorValue` does.
 *
 * @example
 * valueNumFmt({ decimals: 3 }); // '0.000'
 */
export function valueNumFmt(def: Pick<IndicatorDef, 'decimals'>): string {
  const decimals = valueDecimals(def);
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

/**
 * Header rows as people say them: '3–4', or '3' for one row.
 *
 * @example
 * rowSpan([3, 4]); // '3–4'
 */
export function rowSpan(rows: readonly number[]): string {
  if (rows.length === 0) return '—';
  const first = rows[0];
  const last = rows[rows.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}
