/**
 * Report sheet names and how entries are named in reports.
 */
import { fill, localize, sectionLabel } from '../present';
import type { Lang, SchoolResult, Section } from '../types';
import { LABELS, REPORT_SHEET_PREFIX, SHEET_NAMES } from './labels';
import type { ReportSheetKey } from './types';

/**
 * The full name of a report sheet.
 *
 * @example
 * reportSheetName('ledger', 'zh'); // '均衡-整改台账'
 */
export function reportSheetName(key: ReportSheetKey, lang: Lang): string {
  return REPORT_SHEET_PREFIX + localize(SHEET_NAMES[key], lang);
}

const ALL_REPORT_SHEET_NAMES = new Set(
  (Object.keys(SHEET_NAMES) as ReportSheetKey[]).flatMap((key) => [
    reportSheetName(key, 'zh'),
    reportSheetName(key, 'en'),
  ]),
);

/**
 * Whether a sheet is a report sheet of an earlier run (in either language), to be
 * replaced. Only the exact report names count, so a user's own sheet that
 * happens to start with the prefix ('均衡-汇总') is never touched.
 *
 * @example
 * isReportSheetName('均衡-差异系数'); // true
 * isReportSheetName('均衡-汇总');     // false
 */
export function isReportSheetName(name: string): boolean {
  return ALL_REPORT_SHEET_NAMES.has(name);
}

/** The Chinese part word of each section, as names carry it: 小学部, 初中部. */
const PART_WORDS: Record<Section, string> = { primary: '小学部', junior: '初中部' };

/** Whether a name ends with its part's word, bracketed or not: 城关学校（初中部）, 城关学校(初中部), 城关学校初中部. */
function carriesPart(name: string, part: Section): boolean {
  return new RegExp(`${PART_WORDS[part]}\\s*[）)]?\\s*$`).test(name.trim());
}

/**
 * A school entry's name in reports: a part of a multi-section school is named
 * with its section, e.g. '城关学校（小学部）'.
 *
 * A name that already carries its section (城关学校（初中部）, 城关学校初中部,
 * half-width brackets too) is not suffixed again.
 *
 * @example
 * entryName({ name: '城关学校', part: 'junior', … }, 'zh');         // '城关学校（初中部）'
 * entryName({ name: '城关学校（初中部）', part: 'junior', … }, 'zh'); // '城关学校（初中部）'
 */
export function entryName(school: Pick<SchoolResult, 'name' | 'part'>, lang: Lang): string {
  if (school.part === null || carriesPart(school.name, school.part)) return school.name;
  return fill(localize(LABELS.partSuffix, lang), { name: school.name, part: sectionLabel(school.part, lang) });
}
