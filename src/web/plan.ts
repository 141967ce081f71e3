/**
 * The web page's plan downloads: the annotated copy with the 均衡-整改测算
 * sheet, and the what-if copy with the planned additions added to the user's
 * own cells (ExcelJS loaded on demand, as for the workbook). Nothing leaves the machine.
 */
import type { CountyPlan } from '../core/plan';
import { withSheet } from '../core/report';
import { buildPlanSheet } from '../core/report/plan-sheet';
import type { Lang, Ruleset, SheetRead } from '../core/types';
import type { Analysis } from './pipeline';

/**
 * The analysis with the 均衡-整改测算 sheet added to its report.
 *
 * @example
 * annotatedWorkbook(bytes, withPlan(analysis, plan, QUALITY_2017, 'zh')); // the download holds 均衡-整改测算
 */
export function withPlan(analysis: Analysis, plan: CountyPlan, ruleset: Ruleset, lang: Lang): Analysis {
  return { ...analysis, report: withSheet(analysis.report, buildPlanSheet(plan, ruleset, lang), ruleset) };
}

/**
 * Whether the what-if copy can be written: only an .xlsx workbook (a zip) has cells to add to.
 *
 * @example
 * canApplyPlan(csvBytes); // false
 */
export function canApplyPlan(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * The what-if copy: the workbook with the plan's additions added to its resource cells, in each cell's unit.
 *
 * @example
 * saveDownload(await plannedWorkbook(bytes, read, plan), plannedFileName('县直学校.xlsx', '测算后'));
 */
export async function plannedWorkbook(bytes: Uint8Array, read: SheetRead, plan: CountyPlan): Promise<Uint8Array> {
  const { writePlannedWorkbook } = await import(/* webpackChunkName: "excel" */ '../files/apply-plan');
  return writePlannedWorkbook(bytes, read, plan.additions.map((a) => ({ row: a.row, field: a.field, column: a.column, amount: a.addition })));
}

/**
 * The what-if copy's name: the workbook's stem with the surface's suffix, always .xlsx.
 *
 * @example
 * plannedFileName('县直学校.xlsx', '-测算后'); // '县直学校-测算后.xlsx'
 */
export function plannedFileName(fileName: string, suffix: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'workbook';
  return `${stem}${suffix}.xlsx`;
}
