/**
 * School names as two checks may spell them: the same school can be written
 * with full-width or half-width characters, extra spaces, other bracket shapes
 * or a 小学部 / 初中部 suffix. Matching compares the normalised name and the section.
 */
import type { Section } from '../types';

/** Bracket shapes people type around a campus or part: （）()【】[]〔〕〈〉《》. */
const BRACKETS = /[()[\]【】〔〕〈〉《》{}]/g;

/** A trailing part word: 小学部, 初中部, 小学段, 初中段. */
const PART_SUFFIX = /(?:小学|初中)(?:部|段)$/;

/**
 * The name two checks are matched on: width and case unified (NFKC, lower case),
 * spaces and brackets removed, a trailing 小学部 / 初中部 dropped.
 *
 * @example
 * normalizeSchoolName('城关学校（初中部）'); // '城关学校'
 * normalizeSchoolName('实验小学 (东校区)');  // '实验小学东校区'
 * normalizeSchoolName('ＸＸ 小学');          // 'xx小学' (full-width letters)
 */
export function normalizeSchoolName(name: string): string {
  const plain = name.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(BRACKETS, '');
  const stripped = plain.replace(PART_SUFFIX, '');
  return stripped === '' ? plain : stripped;
}

/**
 * The key a school entry is matched on: its normalised name and its section.
 *
 * @example
 * schoolKey('城南学校', 'junior'); // '城南学校|junior'
 */
export function schoolKey(name: string, section: Section): string {
  return `${normalizeSchoolName(name)}|${section}`;
}
