/**
 * The plan's sentences about what it leaves: one home for the command line,
 * the plan sheet, the web page and the task pane.
 */
import { formatCv, formatLimit } from '../format';
import { entryLabel } from '../findings/words';
import { CATALOGUE } from '../messages/catalogue';
import { localize, phrase, sectionLabel } from '../present';
import type { Lang, Ruleset } from '../types';
import type { CountyPlan } from './types';

/**
 * What additions cannot fix ('≤' indicators), in `lang`: one sentence for the
 * schools, one for the CVs; none when the plan leaves nothing.
 *
 * @example
 * unplannableLines(plan, provincialRuleset, 'zh'); // ['无法用增加资源解决（“≤”指标越低越好…']
 */
export function unplannableLines(plan: CountyPlan, ruleset: Ruleset, lang: Lang): string[] {
  const separator = localize(CATALOGUE['list-separator'], lang);
  const name = (id: string) => {
    const def = ruleset.indicators.find((d) => d.id === id);
    return def === undefined ? localize(CATALOGUE['part-composite'], lang) : localize(def.name, lang);
  };
  const lines: string[] = [];
  const { schools, cvs } = plan.unplannable;
  if (schools.length > 0) {
    lines.push(phrase(CATALOGUE['plan-unplannable-schools'], lang, {
      schools: schools.map((s) => entryLabel({ name: s.name, part: s.section }, lang)).join(separator),
      indicators: [...new Set(schools.flatMap((s) => s.indicators))].map(name).join(separator),
    }));
  }
  if (cvs.length > 0) {
    const list = cvs.map((c) => phrase(CATALOGUE['plan-unplannable-cv'], lang, { section: sectionLabel(c.section, lang), indicator: name(c.indicator), cv: formatCv(c.cv), limit: formatLimit(c.limit) }));
    lines.push(phrase(CATALOGUE['plan-unplannable-cvs'], lang, { list: list.join(separator) }));
  }
  return lines;
}
