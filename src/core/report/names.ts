/**
 * Report sheet names and how entries are named in reports.
 */
import { CATALOGUE } from '../messages/catalogue';
import { localize } from '../present';
import type { CellValue, L10n, Lang } from '../types';
import { EARLIER_TITLES, LABELS, REPORT_SHEET_PREFIX, SHEET_NAMES } from './labels';
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

/** Each report sheet's title row (A1) as written today; a `{…}` parameter ends the fixed part. */
const TITLES: Record<ReportSheetKey, L10n> = {
  schools: LABELS.schoolsTitle,
  county: LABELS.countyTitle,
  ledger: LABELS.ledgerTitle,
  exclusions: LABELS.exclusionsTitle,
  progress: CATALOGUE['progress-title'],
  plan: CATALOGUE['plan-sheet-title'],
};

/** Whether a title cell's text begins with a title template (up to its first parameter). */
function titled(text: string, template: string): boolean {
  const fixed = template.split('{')[0];
  return fixed !== template ? text.startsWith(fixed) : text === template || text.startsWith(`${template} `);
}

/**
 * Whether a sheet without the report mark is clearly a report sheet written by an
 * earlier version (before the mark existed): its name is exactly a report sheet's
 * and its A1 holds that sheet's title, as this or an earlier version wrote it. Such a
 * sheet may be replaced like a marked one; a user's own sheet that only shares the
 * name is not.
 *
 * @example
 * isEarlierReportSheet('均衡-学校指标', '学校资源配置指标表（表Ⅱ-2） — 优质均衡（教督〔2017〕6号）'); // true
 * isEarlierReportSheet('均衡-学校指标', '我的学校表'); // false
 */
export function isEarlierReportSheet(name: string, a1: CellValue | undefined): boolean {
  if (typeof a1 !== 'string') return false;
  const text = a1.trim();
  return (Object.keys(SHEET_NAMES) as ReportSheetKey[]).some((key) =>
    (['zh', 'en'] as const).some(
      (lang) =>
        name === reportSheetName(key, lang) &&
        [TITLES[key], ...(EARLIER_TITLES[key] ?? [])].some((title) => titled(text, title[lang])),
    ),
  );
}

/** A school entry's name in reports: one home, in the findings' words. */
export { entryLabel as entryName } from '../findings/words';
