/**
 * Reading one workbook cell as a number. Bureau sheets hold real numbers, but
 * also text numbers ("1,234", "１２３４", " 56 ", "56人", "12.5万元"), dashes for
 * "none", and things that only look like numbers ("约500", "五百"). We parse
 * what is unambiguous and explain the rest, so the user can fix the cell.
 */
import type { MessageCode } from './messages/catalogue';
import { renderBoth } from './messages/render';
import type { Params } from './messages/types';
import type { CellValue, L10n } from './types';

export type ParsedNumber =
  /** `factor` is set when the cell names its money/ten-thousand unit itself: 元 → 1, 万元/万 → 10000. */
  | { kind: 'number'; value: number; factor?: number }
  | { kind: 'blank' }
  /** `reason` is the catalogued sentence `code` with `params`, in both languages. */
  | { kind: 'invalid'; reason: L10n; code: MessageCode; params: Params };

const BLANK: ParsedNumber = { kind: 'blank' };

/** Texts that mean "nothing entered": dashes, slashes, empty. */
const BLANK_TEXTS = new Set(['', '-', '--', '—', '——', '–', '/', '\\', '―']);

/** Texts that mean zero. */
const ZERO_TEXTS = new Set(['无', '没有', '零']);

/** Excel's error values as adapters write them. */
const EXCEL_ERROR = /^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/**
 * Whether a text is one of Excel's error values (#REF!, #N/A, …), as a file stores them.
 *
 * @example
 * isExcelError('#REF!'); // true
 * isExcelError('REF');   // false
 */
export function isExcelError(text: string): boolean {
  return EXCEL_ERROR.test(text.trim());
}

/**
 * number [万|千] [unit], after width normalisation. Thousands separators must group
 * by three ("1,234,567"), otherwise "1,23" could be a decimal comma.
 */
const NUMBER_WITH_UNIT =
  /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(万|千)?(元|人|名|个|位|所|间|台|册|本|套|件|班|平方米|平米|m2)?$/;

/** Plain decimal text, the common case: read directly. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** Calendar-looking text: 2024-09-01, 2024/9/1, 2024年9月. */
const DATE_TEXT = /^\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?|\s*月)?$/;

const FACTOR_OF_PREFIX: Record<string, number> = { 万: 10000, 千: 1000 };

/**
 * An unusable cell, with the catalogued reason why.
 *
 * @example
 * invalidCell('number-unreadable').reason.en; // 'the cell cannot be read as a number: enter the number'
 */
export function invalidCell(code: MessageCode, params: Params = {}): ParsedNumber & { kind: 'invalid' } {
  return { kind: 'invalid', reason: renderBoth(code, params, 'cli'), code, params };
}

/** A cell's text for a message, shortened so a stray paragraph stays readable. */
function shortened(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/**
 * The reason a text cell is not a number, with what to write instead.
 */
function invalidText(original: string, normalized: string): ParsedNumber {
  const text = shortened(original.trim());
  if (isExcelError(normalized)) return invalidCell('number-formula-error', { text });
  if (DATE_TEXT.test(normalized)) return invalidCell('number-date-text', { text });
  return invalidCell('number-ambiguous', { text });
}

/**
 * Parse the text of a cell: width, separators, a trailing unit, dashes, 无.
 */
function parseText(text: string): ParsedNumber {
  // Printable ASCII needs no width normalisation (the common case, and the hot path).
  const normalized = (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKC')).trim();
  if (BLANK_TEXTS.has(normalized)) return BLANK;
  if (ZERO_TEXTS.has(normalized)) return { kind: 'number', value: 0 };
  if (PLAIN_NUMBER.test(normalized)) return { kind: 'number', value: Number(normalized) };
  // Spaces are allowed only between the number and its unit ("56 人"), never inside the number ("1 2 3").
  const compact = /\s/.test(normalized) ? normalized.replace(/(\d)\s+(?=[^\d\s.,])/g, '$1') : normalized;
  const match = NUMBER_WITH_UNIT.exec(compact);
  if (match === null) return invalidText(text, normalized);
  const value = Number(match[1].replace(/,/g, ''));
  const [, , prefix, unit] = match;
  if (prefix !== undefined) return { kind: 'number', value, factor: FACTOR_OF_PREFIX[prefix] };
  if (unit === '元') return { kind: 'number', value, factor: 1 };
  return { kind: 'number', value };
}

/**
 * Read one cell as a number. Never throws.
 *
 * - numbers pass (NaN and ±Infinity are invalid);
 * - text is trimmed and width-normalised; "1,234", "56人", "12.5万元" parse;
 *   "无" is 0; "—", "-", "/", "" are blank;
 * - "约500", "500左右", "五百", "N/A", "1 2 3", Excel errors, dates and booleans are invalid,
 *   with a reason that says what to fix.
 *
 * Negative numbers parse; whether they make sense is the caller's business.
 *
 * @example
 * parseNumberCell('1,234');   // { kind: 'number', value: 1234 }
 * parseNumberCell('12.5万元'); // { kind: 'number', value: 12.5, factor: 10000 }
 * parseNumberCell('—');       // { kind: 'blank' }
 */
export function parseNumberCell(value: CellValue): ParsedNumber {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : invalidCell('number-not-finite');
  }
  if (typeof value === 'string') return parseText(value);
  if (typeof value === 'boolean') return invalidCell('number-logical', { value: value ? 'TRUE' : 'FALSE' });
  if (value instanceof Date) return invalidCell('number-date-cell');
  return invalidCell('number-unreadable');
}
