/**
 * Report sheets carry a mark of their own: the workbook defined name
 * `_JunhengReport`, pointing at A1 of each report sheet the copy writes. A
 * later run replaces only sheets with the mark; a user's own sheet that merely
 * has a report sheet's name (均衡-学校指标) is never deleted or overwritten.
 */
import type ExcelJS from 'exceljs';
import { isEarlierReportSheet } from '../core/report/names';
import type { CellValue } from '../core/types';
import type { CatalogueMessage } from '../core/messages/catalogue';
import { quotedNames } from '../core/messages/render';

export const REPORT_MARK = '_JunhengReport';

/**
 * What the copy says when it replaces report sheets an earlier version wrote
 * without the mark: the names are a list parameter, joined as each language joins them.
 *
 * @example
 * earlierReplaced(['均衡-学校指标']); // { code: 'copy-earlier-replaced', params: { sheets: [{ zh: '“均衡-学校指标”', en: '"均衡-学校指标"' }] } }
 */
export function earlierReplaced(sheets: readonly string[]): CatalogueMessage {
  return { code: 'copy-earlier-replaced', params: { sheets: quotedNames(sheets) } };
}

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
