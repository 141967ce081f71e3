/**
 * The report model: `buildReport` turns an analysis into report sheets,
 * `buildMarkRules` into conditional formats on the user's own sheet.
 * Pure: every surface renders the result its own way.
 */
import { localize } from '../present';
import type { AnalysisResult, Lang, Ruleset, SheetRead } from '../types';
import { buildCountySheet } from './county';
import { buildExclusionsSheet } from './exclusions';
export { excludedRows } from './exclusions';
import { buildLedgerSheet } from './ledger';
import { printable, type SheetBody } from './print';
import { reportSheetName } from './names';
import { buildSchoolsSheet } from './schools';
import type { BuiltSheet, Report, ReportInSteps } from './types';
import type { UnmarkableCell } from './unmarkable';

export * from './types';
export { REPORT_STYLES, MARK_STYLES } from './styles';
export type { StyleSpec } from './styles';
export { REPORT_SHEET_PREFIX, LABELS } from './labels';
export { isEarlierReportSheet, isReportSheetName, reportSheetName, entryName } from './names';
export { chartMax, textBar } from './chart';
export { COMPOSITE, verdictText } from './county';
export { ledgerEntries } from './ledger';
export type { LedgerEntry } from './ledger';
export { buildMarkRules, isMarkFormula, MARK_TAG } from './marks';
export { columnPoints, headerText, pageArea } from './print';
export { displayText, spanWidth, textWidth, widthNeeded } from './width';
export { textNumberCells, unmarkableText } from './unmarkable';
export type { UnmarkableCell } from './unmarkable';

/**
 * A day as 'YYYY-MM-DD' in local time.
 *
 * @example
 * isoDate(new Date(2025, 8, 1)); // '2025-09-01'
 */
export function isoDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** What a report is built with beyond the analysis. */
export interface ReportOptions {
  /** The day of the analysis as 'YYYY-MM-DD' (default: today). */
  date?: string;
  /** Cells the marks cannot reach (`textNumberCells`), listed in 剔除说明. */
  unmarkable?: readonly UnmarkableCell[];
}

/**
 * The report sheets of an analysis — school indicators, county CVs, the
 * rectification ledger, exclusions and messages — titled in `lang`, with one
 * CV chart per section. `read` is the sheet the result came from (its name
 * titles the report). Every sheet is made printable: A4 page setup, header and
 * footer, and a signature block naming the ruleset, the source and the day of
 * the analysis (`options.date`, or the date itself as a string; default: today).
 * `options.unmarkable` lists the cells marks cannot reach in the 剔除说明 sheet.
 *
 * @example
 * const report = buildReport(result, read, QUALITY_2017, 'zh');
 * report.sheets.map((s) => s.name); // ['均衡-学校指标', '均衡-差异系数', '均衡-整改台账', '均衡-剔除说明']
 * buildReport(result, read, QUALITY_2017, 'zh', { unmarkable: textNumberCells(grid, buildMarkRules(read, result, QUALITY_2017)) });
 */
export function buildReport(
  result: AnalysisResult,
  read: SheetRead,
  ruleset: Ruleset,
  lang: Lang,
  options: string | ReportOptions = {},
): Report {
  const { title, date, source, sheets } = reportInSteps(result, read, ruleset, lang, options);
  const built = [...sheets];
  return { lang, title, date, source, sheets: built.map((step) => step.sheet), charts: built.flatMap((step) => step.charts) };
}

/** The report sheets in order, by key. */
const SHEET_KEYS = ['schools', 'county', 'ledger', 'exclusions'] as const;

/**
 * The report of `buildReport` with its sheets built one at a time as a file
 * writer takes them (`ReportInSteps`); same sheets, same order.
 *
 * @example
 * const report = reportInSteps(result, read, QUALITY_2017, 'zh', { unmarkable });
 * report.names; // ['均衡-学校指标', '均衡-差异系数', '均衡-整改台账', '均衡-剔除说明']
 * for (const { sheet, charts } of report.sheets) write(sheet, charts);
 */
export function reportInSteps(
  result: AnalysisResult,
  read: Pick<SheetRead, 'sheet'>,
  ruleset: Ruleset,
  lang: Lang,
  options: string | ReportOptions = {},
): ReportInSteps {
  const { date = isoDate(new Date()), unmarkable = [] } = typeof options === 'string' ? { date: options } : options;
  const sheet = read.sheet;
  const source = result.source.file === null ? sheet : `${result.source.file} — ${sheet}`;
  const footing = { lang, ruleset, file: result.source.file, sheet, date };
  function* sheets(): Generator<BuiltSheet> {
    yield { sheet: printable(buildSchoolsSheet(result, ruleset, lang), footing), charts: [] };
    const county = buildCountySheet(result, ruleset, lang);
    yield { sheet: printable(county.sheet, footing), charts: county.charts };
    yield { sheet: printable(buildLedgerSheet(result, ruleset, lang), footing), charts: [] };
    yield { sheet: printable(buildExclusionsSheet(result, lang, unmarkable), footing), charts: [] };
  }
  return {
    lang,
    title: `${localize(ruleset.name, lang)} — ${source}`,
    date,
    source: { file: result.source.file, sheet },
    names: SHEET_KEYS.map((key) => reportSheetName(key, lang)),
    sheets: sheets(),
  };
}

/**
 * A report in either form as the steps a file writer takes: a built `Report`
 * gives its sheets (the charts with the sheet they are drawn on).
 *
 * @example
 * for (const { sheet, charts } of inSteps(report).sheets) write(sheet, charts);
 */
export function inSteps(report: Report | ReportInSteps): ReportInSteps {
  if (!('charts' in report)) return report;
  const { sheets, charts, ...rest } = report;
  return {
    ...rest,
    names: sheets.map((sheet) => sheet.name),
    sheets: sheets.map((sheet) => ({ sheet, charts: charts.filter((chart) => chart.sheet === sheet.key) })),
  };
}

/**
 * The report with one more printable sheet (the 整改测算 plan or the 整改进展
 * comparison), set up for printing like the others.
 *
 * @example
 * withSheet(report, buildProgressSheet(comparison, 'zh'), QUALITY_2017).sheets.length; // 5
 */
export function withSheet(report: Report, body: SheetBody, ruleset: Ruleset): Report {
  const footing = { lang: report.lang, ruleset, file: report.source.file, sheet: report.source.sheet, date: report.date };
  return { ...report, sheets: [...report.sheets, printable(body, footing)] };
}

/**
 * `withSheet` for a report in steps: the sheet comes after the others.
 *
 * @example
 * stepsWithSheet(reportInSteps(result, read, QUALITY_2017, 'zh'), buildProgressSheet(comparison, 'zh'), QUALITY_2017).names.length; // 5
 */
export function stepsWithSheet(report: ReportInSteps, body: SheetBody, ruleset: Ruleset): ReportInSteps {
  const footing = { lang: report.lang, ruleset, file: report.source.file, sheet: report.source.sheet, date: report.date };
  const earlier = report.sheets;
  function* sheets(): Generator<BuiltSheet> {
    yield* earlier;
    yield { sheet: printable(body, footing), charts: [] };
  }
  return { ...report, names: [...report.names, body.name], sheets: sheets() };
}
