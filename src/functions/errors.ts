/**
 * Excel errors as custom functions return them. Excel shows one message text in
 * the cell's error flag, so both languages go into it, Chinese first. Only
 * #VALUE! and #N/A carry a message; #DIV/0! never does.
 */

import type { L10n } from '../core/types';

/**
 * One message text in both languages.
 *
 * @example
 * bilingual({ zh: '学段为空', en: 'the section is blank' }); // '学段为空 / the section is blank'
 */
export function bilingual(text: L10n): string {
  return `${text.zh} / ${text.en}`;
}

/**
 * #VALUE!: an argument is wrong; the message says which and what to write.
 * `details` are appended as they are (texts that are bilingual already).
 *
 * @example
 * throw valueError({ zh: '学段为空', en: 'the section is blank' });
 */
export function valueError(text: L10n, details: readonly string[] = []): CustomFunctions.Error {
  const message = [bilingual(text), ...details].join(' — ');
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
