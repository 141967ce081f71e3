/**
 * Excel errors as custom functions return them. Excel shows one message text in
 * the cell's error flag, so both languages go into it, Chinese first. Only
 * #VALUE! and #N/A carry a message; #DIV/0! never does.
 *
 * Excel on Mac cuts messages at about 255 characters (office-js #4133), so every
 * message is kept under `MESSAGE_LIMIT`: the Chinese part whole, then as much of
 * the English as fits, ended with "…".
 */

import type { L10n } from '../core/types';

/** Messages are shorter than this (UTF-16 code units, as Excel counts them). */
export const MESSAGE_LIMIT = 250;

const ELLIPSIS = '…';

function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  // Never split a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(length - 2)) ? length - 2 : length - 1;
  return text.slice(0, end) + ELLIPSIS;
}

/**
 * A message of at most `MESSAGE_LIMIT - 1` characters: `first` whole when it fits, then as much of `rest` as fits.
 *
 * @example
 * fitMessage('学段为空', ' / the section is blank'); // '学段为空 / the section is blank'
 */
export function fitMessage(first: string, rest: string): string {
  const room = MESSAGE_LIMIT - 1;
  if (first.length >= room) return cut(first, room);
  return first + cut(rest, room - first.length);
}

/**
 * One message text in both languages, Chinese whole first, within `MESSAGE_LIMIT`.
 *
 * @example
 * bilingual({ zh: '学段为空', en: 'the section is blank' }); // '学段为空 / the section is blank'
 */
export function bilingual(text: L10n): string {
  return fitMessage(text.zh, ` / ${text.en}`);
}

/**
 * A word the user typed, quoted in a message: long texts (a whole cell pasted by mistake) are shortened.
 *
 * @example
 * typed('生均图书'); // '生均图书'
 */
export function typed(text: string | null | undefined): string {
  return cut(String(text ?? ''), 24);
}

/**
 * #VALUE!: an argument is wrong; the message says which and what to write.
 * `details` follow it, joined with " — ": all the Chinese first, then the English.
 *
 * @example
 * throw valueError({ zh: '学段为空', en: 'the section is blank' });
 */
export function valueError(text: L10n, details: readonly L10n[] = []): CustomFunctions.Error {
  const all = [text, ...details];
  const message = bilingual({ zh: all.map((d) => d.zh).join(' — '), en: all.map((d) => d.en).join(' — ') });
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * #N/A: the arguments are fine but the ruleset has no such number (basic-2012 sets no school standards).
 *
 * @example
 * throw notAvailable({ zh: '没有标准值', en: 'no standard' });
 */
export function notAvailable(text: L10n): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, bilingual(text));
}

/**
 * #DIV/0!: no pupils, or a mean of 0 under a CV.
 *
 * @example
 * throw divisionByZero();
 */
export function divisionByZero(): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
}
