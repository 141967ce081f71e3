/**
 * The words users type into function arguments — a ruleset, a section, an
 * indicator — looked up in the core. A word that is not known gives #VALUE!
 * with the accepted words, Chinese first.
 */

import { sectionLabel } from '../core/present';
import { findIndicator, parseSection, resolveRuleset } from '../core/rulesets';
import { rulesetProblemText, type RulesetProblem } from '../core/ruleset-problems';
import { SECTIONS, type IndicatorDef, type L10n, type Ruleset, type Section } from '../core/types';
import { typed, valueError } from './errors';

/** A ruleset problem in both languages, the user's typed name shortened. */
function problemText(problem: RulesetProblem): L10n {
  const shown = typeof problem.params.name === 'string' ? { ...problem, params: { ...problem.params, name: typed(problem.params.name) } } : problem;
  return { zh: rulesetProblemText(shown, 'zh', 'sheet'), en: rulesetProblemText(shown, 'en', 'sheet') };
}

/**
 * The ruleset an optional argument names: omitted (null) or blank is
 * quality-2017; otherwise a built-in id (`basic-2012`), its Chinese name
 * (`基本均衡`), or a user ruleset's JSON text (e.g. a cell holding it).
 *
 * @example
 * rulesetArg(null).id;        // 'quality-2017'
 * rulesetArg('基本均衡').id;   // 'basic-2012'
 */
export function rulesetArg(text: string | null | undefined): Ruleset {
  const resolved = resolveRuleset(text === null || text === undefined ? null : String(text));
  if (resolved.ok) return resolved.ruleset;
  const [first, ...rest] = resolved.problems.map(problemText);
  if (String(text).trim().startsWith('{') && resolved.problems[0]?.code !== 'ruleset-not-json') {
    throw valueError({ zh: '规则集 JSON 有误', en: 'the ruleset JSON is not valid' }, [first, ...rest]);
  }
  throw valueError(first, rest);
}

/**
 * 小学 / 初中 / primary / junior.
 *
 * @example
 * sectionArg('初中'); // 'junior'
 */
export function sectionArg(text: string | null | undefined): Section {
  const section = text === null || text === undefined ? null : parseSection(String(text));
  if (section !== null) return section;
  const zh = SECTIONS.map((s) => sectionLabel(s, 'zh'));
  throw valueError({
    zh: `学段“${typed(text)}”无法识别。可用：${[...zh, ...SECTIONS].join('、')}`,
    en: `unknown section "${typed(text)}". Accepted: ${[...zh, ...SECTIONS].join(', ')}`,
  });
}

/**
 * An indicator of the ruleset by id (`teaching-space`) or Chinese name (`生均教学及辅助用房面积`).
 *
 * @example
 * indicatorArg('生均图书册数', BASIC_2012).id; // 'books'
 */
export function indicatorArg(text: string | null | undefined, ruleset: Ruleset): IndicatorDef {
  const def = text === null || text === undefined ? null : findIndicator(ruleset, String(text));
  if (def !== null) return def;
  throw valueError({
    zh: `规则集 ${typed(ruleset.id)} 没有指标“${typed(text)}”。可用：${ruleset.indicators.map((d) => d.name.zh).join('、')}`,
    en: `ruleset ${typed(ruleset.id)} has no indicator "${typed(text)}". Accepted: ${ruleset.indicators.map((d) => d.id).join(', ')}`,
  });
}
