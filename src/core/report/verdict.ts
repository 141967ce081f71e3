/**
 * The county verdict with its parts, as the report sheets show it at the top
 * of the 差异系数 and 学校指标 sheets: the same words as every other surface.
 */
import { countyHeadline, reasonText, tableSuggestion, verdictParts } from '../findings';
import type { AnalysisResult, Lang, Ruleset, VerdictStatus } from '../types';
import { addBanner } from './cells';
import type { SheetDraft } from './cells';
import type { ReportStyle } from './types';

/**
 * The style of a verdict line: green for pass, dark for fail, plain for undecided.
 *
 * @example
 * statusStyle('undecided'); // 'title'
 */
export function statusStyle(status: VerdictStatus | null): ReportStyle {
  return status === 'pass' ? 'pass' : status === 'fail' ? 'fail' : 'title';
}

/**
 * Adds the county headline, a better-fitting ruleset when there is one, each
 * part with its status, and each part's reasons.
 *
 * @example
 * addVerdictBlock(draft, result, QUALITY_2017, 'zh', 8);
 */
export function addVerdictBlock(draft: SheetDraft, result: AnalysisResult, ruleset: Ruleset, lang: Lang, width: number): void {
  const { verdict } = result;
  const headline = addBanner(draft, countyHeadline(verdict, lang), width, 'title');
  draft.rows[headline - 1][0].style = statusStyle(verdict.status);
  // Only the suggestion is needed here: no need to build every list of the findings.
  const suggestion = tableSuggestion(result, ruleset);
  if (suggestion !== null) addBanner(draft, reasonText(suggestion.reason, lang, 'sheet'), width, 'note');
  for (const part of verdictParts(verdict, ruleset, lang, 'sheet')) {
    addBanner(draft, part.line, width, 'note');
    for (const reason of part.reasons) addBanner(draft, `  · ${reason}`, width, 'note');
  }
}
