/**
 * Report sheet names and how entries are named in reports.
 */
import { localize } from '../present';
import type { Lang } from '../types';
import { REPORT_SHEET_PREFIX, SHEET_NAMES } from './labels';
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

/** A school entry's name in reports: one home, in the findings' words. */
export { entryLabel as entryName } from '../findings/words';
