/**
 * Which built-in ruleset fits a table: a 基本均衡 table (图书册数, 计算机台数)
 * run with the 优质均衡 ruleset gets a hint to use `basic-2012`, and back.
 */
import { BUILTIN_RULESETS } from '../rulesets';
import type { AnalysisResult, FieldId, Ruleset } from '../types';
import type { RulesetSuggestion } from './types';

function present(ruleset: Ruleset, mapped: ReadonlySet<FieldId>): number {
  return ruleset.indicators.filter((def) => def.numerator.every((field) => mapped.has(field))).length;
}

/**
 * The built-in ruleset with more of its indicators' columns in the table than
 * the chosen one, when the chosen one lacks some; null when the choice fits.
 *
 * @example
 * suggestRuleset(QUALITY_2017, new Set(['pupils', 'books', 'computers', 'teachers'])).ruleset; // 'basic-2012'
 */
export function suggestRuleset(chosen: Ruleset, mapped: ReadonlySet<FieldId>): RulesetSuggestion | null {
  const current = present(chosen, mapped);
  if (current === chosen.indicators.length) return null;
  let best: { ruleset: Ruleset; present: number } | null = null;
  for (const ruleset of BUILTIN_RULESETS) {
    if (ruleset.id === chosen.id) continue;
    const count = present(ruleset, mapped);
    if (count > current && (best === null || count > best.present)) best = { ruleset, present: count };
  }
  if (best === null) return null;
  return {
    ruleset: best.ruleset.id,
    reason: {
      code: 'suggest-ruleset',
      params: {
        ruleset: best.ruleset.id,
        name: best.ruleset.name,
        present: best.present,
        total: best.ruleset.indicators.length,
        current,
        count: chosen.indicators.length,
      },
    },
  };
}

/**
 * The suggestion for an analysed table: none when the table has no school rows,
 * whose problem is the missing rows, not the ruleset.
 *
 * @example
 * tableSuggestion(analyze(readSheet(basicGrid), QUALITY_2017), QUALITY_2017)?.ruleset; // 'basic-2012'
 */
export function tableSuggestion(result: AnalysisResult, ruleset: Ruleset): RulesetSuggestion | null {
  if (result.summary.entries === 0) return null;
  return suggestRuleset(ruleset, new Set(result.columns.map((c) => c.field as FieldId)));
}
