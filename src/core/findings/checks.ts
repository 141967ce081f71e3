/**
 * The further checks of the evaluation (school size, class size, special
 * rooms): which the ruleset defines, and which columns each needs.
 */
import { CATALOGUE } from '../messages/catalogue';
import type { L10n, NumericField, Ruleset } from '../types';

export type CheckId = 'school-size' | 'class-size' | 'music-rooms' | 'art-rooms';

/** Columns a check needs beyond the pupils every analysed school has. */
export const CHECK_FIELDS: Record<CheckId, readonly NumericField[]> = {
  'school-size': [],
  'class-size': ['maxClassSize'],
  'music-rooms': ['classes', 'musicRooms'],
  'art-rooms': ['classes', 'artRooms'],
};

export const CHECK_NAMES: Record<CheckId, L10n> = {
  'school-size': CATALOGUE['check-name-school-size'],
  'class-size': CATALOGUE['check-name-class-size'],
  'music-rooms': CATALOGUE['check-name-music-rooms'],
  'art-rooms': CATALOGUE['check-name-art-rooms'],
};

/**
 * The further checks a ruleset defines, in a fixed order.
 *
 * @example
 * definedChecks(QUALITY_2017); // ['school-size', 'class-size', 'music-rooms', 'art-rooms']
 * definedChecks(BASIC_2012);   // []
 */
export function definedChecks(ruleset: Pick<Ruleset, 'checks'>): CheckId[] {
  const { schoolSize, classSize, specialRooms } = ruleset.checks;
  return [
    ...(schoolSize === undefined ? [] : (['school-size'] as const)),
    ...(classSize === undefined ? [] : (['class-size'] as const)),
    ...(specialRooms === undefined ? [] : (['music-rooms', 'art-rooms'] as const)),
  ];
}

/**
 * A check's name in both languages; an id the product does not know is shown as it is.
 *
 * @example
 * checkName('class-size').zh; // '班额'
 */
export function checkName(id: string): L10n {
  return (CHECK_NAMES as Record<string, L10n>)[id] ?? { zh: id, en: id };
}
