/**
 * Report sheets carry a mark of their own: the workbook defined name
 * `_JunhengReport`, pointing at A1 of each report sheet the copy writes. A
 * later run replaces only sheets with the mark; a user's own sheet that merely
 * has a report sheet's name (均衡-学校指标) is never deleted or overwritten.
 */
import type ExcelJS from 'exceljs';
import { isEarlierReportSheet } from '../core/report/names';
import type { CellValue, L10n } from '../core/types';

export const REPORT_MARK = '_JunhengReport';

export const REPORT_MARK_TEXT = {
  nameTaken: {
    zh: '分析已完成，但无法写出副本：工作簿里已有一张名为“{sheet}”的工作表，它不是本工具写的，不会被覆盖。请把它改名（或删除由旧版本写的报告表）后再试。',
    en: 'The analysis is done but the copy cannot be written: the workbook already has a sheet named "{sheet}" that this tool did not write, and it is never overwritten. Rename it (or delete report sheets written by an older version) and try again.',
  },
  earlierReplaced: {
    zh: '工作表{sheets}没有本工具的报告标记，但表名和标题行表明是旧版本写的报告表，副本中已按报告表替换。',
    en: 'Sheet {sheets} had no report mark, but the name and title row show a report written by an earlier version; the copy replaces it as a report.',
  },
} satisfies Record<string, L10n>;

interface DefinedName {
  name: string;
  ranges: string[];
}

type WithModel = { model: DefinedName[] };

/**
 * The sheet named by a range such as `'均衡-学校指标'!$A$1`.
 *
 * @example
 * rangeSheet("'it''s'!$A$1"); // "it's"
 */
export function rangeSheet(range: string): string {
  const bang = range.lastIndexOf('!');
  const sheet = bang < 0 ? range : range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * Report sheets of a version older than the mark: an exact report sheet name and
 * that sheet's title in A1 (`isEarlierReportSheet`), among sheets the mark does not name.
 */
export function earlierReportSheets(workbook: ExcelJS.Workbook, marked: ReadonlySet<string>): string[] {
  return workbook.worksheets
    .filter((worksheet) => !marked.has(worksheet.name) && isEarlierReportSheet(worksheet.name, worksheet.getCell('A1').value as CellValue))
    .map((worksheet) => worksheet.name);
}

/** Names of the sheets an earlier run wrote (those the mark points at). */
export function markedReportSheets(workbook: ExcelJS.Workbook): Set<string> {
  const names = (workbook.definedNames as unknown as WithModel).model;
  return new Set(names.filter((name) => name.name === REPORT_MARK).flatMap((name) => name.ranges.map(rangeSheet)));
}

/** Removes the mark (before the marked sheets are replaced). */
export function clearReportMark(workbook: ExcelJS.Workbook): void {
  const definedNames = workbook.definedNames as unknown as WithModel;
  definedNames.model = definedNames.model.filter((name) => name.name !== REPORT_MARK);
}

/** Marks a sheet as written by this tool. */
export function markReportSheet(workbook: ExcelJS.Workbook, sheet: string): void {
  workbook.definedNames.add(`'${sheet.replace(/'/g, "''")}'!$A$1`, REPORT_MARK);
}
