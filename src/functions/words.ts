/**
 * The words users type into function arguments — a ruleset, a section, an
 * indicator — looked up in the core. A word that is not known gives #VALUE!
 * with the accepted words, Chinese first.
 */

import { sectionLabel } from '../core/present';
import { BUILTIN_RULESETS, findIndicator, parseSection, resolveRuleset } from '../core/rulesets';
import { SECTIONS, type IndicatorDef, type Ruleset, type Section } from '../core/types';
import { typed, valueError } from './errors';

/** A built-in ruleset's short Chinese name: 优质均衡 for 优质均衡（教督〔2017〕6号）. */
function shortName(ruleset: Ruleset): string {
  return ruleset.name.zh.split('（')[0];
}

function builtinByName(text: string): Ruleset | null {
  const word = text.normalize('NFKC').trim();
  return BUILTIN_RULESETS.find((r) => word === shortName(r) || word === r.name.zh.normalize('NFKC')) ?? null;
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
  const byName = text === null || text === undefined ? null : builtinByName(String(text));
  if (byName !== null) return byName;
  const resolved = resolveRuleset(text === null || text === undefined ? null : String(text));
  if (resolved.ok) return resolved.ruleset;
  if (String(text).trim().startsWith('{')) {
    throw valueError({ zh: '规则集 JSON 有误', en: 'the ruleset JSON is not valid' }, resolved.errors);
  }
  throw valueError({
    zh: `没有名为“${typed(text)}”的规则集。可用：${BUILTIN_RULESETS.map((r) => `${shortName(r)}（${r.id}）`).join('、')}，或规则集 JSON；省略时为 ${BUILTIN_RULESETS[0].id}`,
    en: `no ruleset named "${typed(text)}". Accepted: ${BUILTIN_RULESETS.map((r) => r.id).join(', ')}, or ruleset JSON; omitted means ${BUILTIN_RULESETS[0].id}`,
  });
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
