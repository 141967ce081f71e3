/**
 * The web page's comparison with an earlier check: reading the earlier file
 * (ExcelJS loaded on demand, as for the workbook) and adding the 均衡-整改进展
 * sheet to the download. Nothing leaves the machine.
 */
import type { Comparison } from '../core/compare';
import { withSheet } from '../core/report';
import { buildProgressSheet } from '../core/report/progress-sheet';
import type { Lang, Ruleset } from '../core/types';
import type { EarlierRead } from '../files/earlier-check';
import type { Analysis } from './pipeline';

/**
 * The earlier check from a chosen file: a workbook (analysed with `ruleset`) or a saved result document.
 *
 * @example
 * const read = await readEarlierFile(bytes, '2025.xlsx', QUALITY_2017, 'zh'); // { ok: true, check }
 */
export async function readEarlierFile(bytes: Uint8Array, fileName: string, ruleset: Ruleset, lang: Lang): Promise<EarlierRead> {
  const { readEarlier } = await import(/* webpackChunkName: "excel" */ '../files/earlier-check');
  return readEarlier(bytes, fileName, ruleset, undefined, lang);
}

/**
 * The analysis with the 均衡-整改进展 sheet added to its report when there is a comparison.
 *
 * @example
 * annotatedWorkbook(bytes, withProgress(analysis, comparison, QUALITY_2017, 'zh')); // the download holds 均衡-整改进展
 */
export function withProgress(analysis: Analysis, comparison: Comparison | null, ruleset: Ruleset, lang: Lang): Analysis {
  if (comparison === null) return analysis;
  return { ...analysis, report: withSheet(analysis.report, buildProgressSheet(comparison, lang), ruleset) };
}
