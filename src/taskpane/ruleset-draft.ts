/**
 * A provincial ruleset while the user edits it in the pane: numbers as the text
 * typed, so a half-typed "4." is not lost. `draftJson` turns it into the JSON
 * that `parseRuleset` validates (typed text that is not a number is passed on
 * as text, so the validation names the field).
 */
import { localize, sectionLabel } from '../core/present';
import { rulesetProblemText, type RulesetProblem } from '../core/ruleset-problems';
import type { IndicatorDef, Lang, Ruleset, Section } from '../core/types';
import { t } from './strings';

export interface IndicatorDraft {
  def: IndicatorDef;
  use: boolean;
  standard: Record<Section, string>;
}

export interface RulesetDraft {
  id: string;
  name: string;
  indicators: IndicatorDraft[];
  maxMisses: string;
  /** The floor as a percentage of the standard, e.g. '85'; blank for none. */
  floorPercent: string;
  mode: Ruleset['countyRule']['mode'];
  limits: Record<Section, string>;
  /** Exclusions and checks are kept as they were. */
  base: Ruleset;
}

function text(x: number | null): string {
  return x === null ? '' : String(x);
}

/**
 * A draft of `ruleset` under a new id and name (or its own, when editing).
 *
 * @example
 * draftOf(QUALITY_2017, 'province-1', '某省标准').floorPercent; // '85'
 */
export function draftOf(ruleset: Ruleset, id: string, name: string): RulesetDraft {
  return {
    id,
    name,
    indicators: ruleset.indicators.map((def) => ({
      def,
      use: true,
      standard: { primary: text(def.standard.primary), junior: text(def.standard.junior) },
    })),
    maxMisses: String(ruleset.schoolRule.maxMisses),
    floorPercent: ruleset.schoolRule.floorRatio === null ? '' : String(Math.round(ruleset.schoolRule.floorRatio * 10000) / 100),
    mode: ruleset.countyRule.mode,
    limits: { primary: String(ruleset.countyRule.limits.primary), junior: String(ruleset.countyRule.limits.junior) },
    base: ruleset,
  };
}

/** Typed text as a number when it is one; blank as `blank`; anything else as the text itself. */
function typed(value: string, blank: null | undefined): number | string | null | undefined {
  const trimmed = value.normalize('NFKC').trim();
  if (trimmed === '') return blank;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : value;
}

/**
 * The JSON of a draft, to validate with `parseRuleset` and keep in the workbook.
 *
 * @example
 * parseRuleset(draftJson(draftOf(QUALITY_2017, 'province-1', '某省'))).ok; // true
 */
export function draftJson(draft: RulesetDraft): Record<string, unknown> {
  const floor = typed(draft.floorPercent, null);
  return {
    id: draft.id,
    name: draft.name.trim(),
    indicators: draft.indicators
      .filter((indicator) => indicator.use)
      .map(({ def, standard }) => ({
        ...def,
        standard: { primary: typed(standard.primary, null), junior: typed(standard.junior, null) },
      })),
    schoolRule: {
      maxMisses: typed(draft.maxMisses, undefined),
      floorRatio: typeof floor === 'number' ? floor / 100 : floor,
    },
    countyRule: {
      mode: draft.mode,
      limits: { primary: typed(draft.limits.primary, undefined), junior: typed(draft.limits.junior, undefined) },
    },
    exclusions: draft.base.exclusions,
    checks: draft.base.checks,
  };
}

/** A problem's path in the draft's own words, or the path itself when the editor has no field for it. */
function pathLabel(path: string, draft: RulesetDraft, lang: Lang): string {
  const used = draft.indicators.filter((indicator) => indicator.use);
  return path
    .replace(/^indicators\[(\d+)\]\.standard\.(primary|junior)/, (whole, i: string, section: Section) => {
      const def = used[Number(i)]?.def;
      if (def === undefined) return whole;
      return `${localize(def.name, lang)} ${t('editorStandard', lang, { section: sectionLabel(section, lang) })}`;
    })
    .replace(/^indicators\[(\d+)\]/, (whole, i: string) => {
      const def = used[Number(i)]?.def;
      return def === undefined ? whole : localize(def.name, lang);
    })
    .replace(/^countyRule\.limits\.(primary|junior)/, (_, section: Section) =>
      t('editorLimit', lang, { section: sectionLabel(section, lang) }),
    )
    .replace(/^schoolRule\.maxMisses/, t('editorMaxMisses', lang))
    .replace(/^schoolRule\.floorRatio/, t('editorFloor', lang))
    .replace(/^name/, t('editorName', lang));
}

/**
 * Validation problems in the user's language, their paths in the draft's own words:
 * 'indicators[1].standard.primary' becomes '每百名学生拥有县级及以上骨干教师数 小学标准'.
 *
 * @example
 * explainErrors([{ path: 'schoolRule.maxMisses', code: 'ruleset-type', params: { type: CATALOGUE['json-int'] } }], draft, 'zh');
 * // ['允许不达标的指标数：应为整数']
 */
export function explainErrors(problems: readonly RulesetProblem[], draft: RulesetDraft, lang: Lang): string[] {
  return problems.map((problem) => rulesetProblemText(asTyped(problem), lang, 'pane', pathLabel(problem.path, draft, lang)));
}

/** The editor takes the floor as a percentage: its bounds are said as the user typed them (at most 100, not 1). */
function asTyped(problem: RulesetProblem): RulesetProblem {
  if (problem.path !== 'schoolRule.floorRatio') return problem;
  const params = Object.fromEntries(
    Object.entries(problem.params).map(([key, value]) => [key, (key === 'min' || key === 'max') && typeof value === 'number' ? value * 100 : value]),
  );
  return { ...problem, params };
}
