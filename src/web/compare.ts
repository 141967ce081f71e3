/**
 * The web page's comparison with an earlier check: adding the 均衡-整改进展
 * sheet to the download (the earlier file is read in the analysis worker).
 * Nothing leaves the machine.
 */
import type { Comparison } from '../core/compare';
import { withSheet } from '../core/report';
import { buildProgressSheet } from '../core/report/progress-sheet';
import type { Lang, Ruleset } from '../core/types';
import type { Analysis } from './pipeline';

/**
 * The analysis with the 均衡-整改进展 sheet added to its report when there is a comparison.
 *
 * @example
 * withProgress(analysis, comparison, QUALITY_2017, 'zh').report.sheets; // … and 均衡-整改进展
 */
export function withProgress(analysis: Analysis, comparison: Comparison | null, ruleset: Ruleset, lang: Lang): Analysis {
  if (comparison === null) return analysis;
  return { ...analysis, report: withSheet(analysis.report, buildProgressSheet(comparison, lang), ruleset) };
}
