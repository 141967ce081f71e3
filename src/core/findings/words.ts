/**
 * Findings in words: every sentence a surface shows about a result comes from
 * here, rendered from the catalogue with the surface's own control names.
 * Surfaces arrange these sentences; they never write their own.
 */
import {
  formatCount,
  formatCv,
  formatIndicatorValue,
  formatLimit,
  formatPercent,
  formatShortfall,
  formatStandard,
} from '../format';
import { isCatalogued, type MessageCode } from '../messages/catalogue';
import { renderMessage } from '../messages/render';
import type { Params, Surface } from '../messages/types';
import { localize, sectionLabel } from '../present';
import type { IndicatorDef, Lang, ResultMessage, Ruleset, Section, Verdict, VerdictPart, VerdictReason, VerdictStatus } from '../types';
import { checkName } from './checks';
import type { CheckFailure, CvDriver, EntryRef, ExcludedRow, FindingCounts, Miss, NoteRow, UndecidedFinding } from './types';

/** The part word each section's names carry: 小学部, 初中部 (bracketed or not). */
const PART_WORDS: Record<Section, RegExp> = { primary: /小学部\s*[）)]?$/, junior: /初中部\s*[）)]?$/ };

function say(code: MessageCode, params: Params, lang: Lang, surface: Surface): string {
  return renderMessage(code, params, lang, surface);
}

/**
 * 达标 / 未达标 / 无法判定.
 *
 * @example
 * statusText('undecided', 'zh'); // '无法判定'
 */
export function statusText(status: VerdictStatus, lang: Lang): string {
  return renderMessage(`status-${status}` as MessageCode, {}, lang, 'cli');
}

/**
 * A verdict reason in words, with the surface's own controls.
 *
 * @example
 * reasonText({ code: 'no-schools', params: {} }, 'zh', 'web'); // '没有参与分析的学校'
 */
export function reasonText(reason: VerdictReason, lang: Lang, surface: Surface): string {
  return isCatalogued(reason.code) ? renderMessage(reason.code, reason.params, lang, surface) : reason.code;
}

/**
 * The county's verdict in one line: '县域结论：未达标'.
 *
 * @example
 * countyHeadline(result.verdict, 'zh'); // '县域结论：未达标'
 */
export function countyHeadline(verdict: Verdict, lang: Lang): string {
  return say('verdict-county', { status: statusText(verdict.status, lang) }, lang, 'cli');
}

/**
 * A section's verdict in one line: '初中结论：未达标'.
 *
 * @example
 * sectionHeadline('junior', verdict, 'zh'); // '初中结论：未达标'
 */
export function sectionHeadline(section: Section, verdict: Verdict, lang: Lang): string {
  return say('verdict-section', { section: sectionLabel(section, lang), status: statusText(verdict.status, lang) }, lang, 'cli');
}

export type PartKey = keyof Verdict['parts'];

/**
 * The name of a verdict part: 县域差异系数 (综合差异系数 under a composite ruleset), 学校达标, 其他检查.
 *
 * @example
 * partName('cv', BASIC_2012, 'zh'); // '综合差异系数'
 */
export function partName(key: PartKey, ruleset: Ruleset, lang: Lang): string {
  const code: MessageCode = key === 'cv' ? (ruleset.countyRule.mode === 'composite' ? 'part-composite' : 'part-cv') : key === 'schools' ? 'part-schools' : 'part-checks';
  return say(code, {}, lang, 'cli');
}

/** One part of a verdict: its name, status and reasons in words. */
export interface PartWords {
  key: PartKey;
  status: VerdictStatus | null;
  line: string;
  reasons: string[];
}

/**
 * Every part of a verdict in words, in the order cv, schools, checks; a part
 * the ruleset does not have says so instead of a status.
 *
 * @example
 * verdictParts(result.verdict, QUALITY_2017, 'zh', 'cli')[0].line; // '县域差异系数：未达标'
 */
export function verdictParts(verdict: Verdict, ruleset: Ruleset, lang: Lang, surface: Surface): PartWords[] {
  const keys: PartKey[] = ['cv', 'schools', 'checks'];
  return keys.map((key) => {
    const part: VerdictPart | null = verdict.parts[key];
    const name = partName(key, ruleset, lang);
    if (part === null) {
      return { key, status: null, line: say('part-line', { part: name, status: say('part-not-in-ruleset', {}, lang, surface) }, lang, surface), reasons: [] };
    }
    return {
      key,
      status: part.status,
      line: say('part-line', { part: name, status: statusText(part.status, lang) }, lang, surface),
      reasons: part.reasons.map((r) => reasonText(r, lang, surface)),
    };
  });
}

/**
 * A school entry's name: a part of a multi-section school is named with its
 * section, e.g. '城关学校（小学部）' — unless the name already ends with that part.
 *
 * @example
 * entryLabel({ name: '城关学校', part: 'junior' }, 'zh');        // '城关学校（初中部）'
 * entryLabel({ name: '城东学校（初中部）', part: 'junior' }, 'zh'); // '城东学校（初中部）'
 */
export function entryLabel(entry: Pick<EntryRef, 'name' | 'part'>, lang: Lang): string {
  if (entry.part === null || PART_WORDS[entry.part].test(entry.name.trim())) return entry.name;
  return say('entry-part', { name: entry.name, part: sectionLabel(entry.part, lang) }, lang, 'cli');
}

/**
 * '城关小学（第 5 行，小学）'.
 *
 * @example
 * entryLine({ name: '城关小学', row: 5, section: 'primary', part: null }, 'zh'); // '城关小学（第 5 行，小学）'
 */
export function entryLine(entry: EntryRef, lang: Lang): string {
  return say('entry-line', { name: entryLabel(entry, lang), row: entry.row, section: sectionLabel(entry.section, lang) }, lang, 'cli');
}

function defOf(ruleset: Ruleset, id: string): IndicatorDef | undefined {
  return ruleset.indicators.find((def) => def.id === id);
}

/**
 * One missed indicator: value, standard, floor and both shortfalls in the resource's unit.
 *
 * @example
 * missLine(miss, QUALITY_2017, 'zh');
 * // '生均教学及辅助用房面积：3.90，标准 ≥ 4.50，不低于 85% 底线 3.83；还差 120.00 ㎡'
 */
export function missLine(miss: Miss, ruleset: Ruleset, lang: Lang): string {
  const def = defOf(ruleset, miss.indicator);
  if (def === undefined) return miss.indicator;
  const unit = localize(def.unit, lang);
  const ratio = ruleset.schoolRule.floorRatio;
  let floor = '';
  let toFloor = '';
  if (ratio !== null && miss.floor !== null && miss.aboveFloor !== null) {
    const params = { ratio: formatPercent(ratio), floor: formatIndicatorValue(def, miss.floor) };
    floor = say(miss.aboveFloor ? 'miss-above-floor' : 'miss-below-floor', params, lang, 'cli');
    if (!miss.aboveFloor) toFloor = say('miss-to-floor', { shortfall: formatShortfall(def, miss.shortfallToFloor), unit }, lang, 'cli');
  }
  const line = say('miss-line', {
    indicator: def.name,
    value: formatIndicatorValue(def, miss.value),
    standard: formatStandard(def, miss.standard),
    floor,
    shortfall: formatShortfall(def, miss.shortfall),
    unit,
    toFloor,
  }, lang, 'cli');
  return miss.borderline ? line + say('miss-borderline', {}, lang, 'cli') : line;
}

/**
 * What an undecided entry lacks: '缺少：生均教学及辅助用房面积、…'.
 *
 * @example
 * undecidedLine(finding, QUALITY_2017, 'zh'); // '缺少：每百名学生拥有网络多媒体教室数'
 */
export function undecidedLine(finding: UndecidedFinding, ruleset: Ruleset, lang: Lang): string {
  const names = finding.unknown.map((id) => defOf(ruleset, id)?.name ?? id);
  return say('undecided-line', { indicators: names }, lang, 'cli');
}

/**
 * A CV over its limit and the schools that drive it.
 *
 * @example
 * driverLine(driver, QUALITY_2017, 'zh');
 * // '初中「每百名学生拥有网络多媒体教室数」差异系数 0.488（限值 0.45），主要来自：城关中学 31%、…'
 */
export function driverLine(driver: CvDriver, ruleset: Ruleset, lang: Lang): string {
  const def = defOf(ruleset, driver.indicator);
  const schools = driver.top.map((c) => say('driver-share', { name: entryLabel(c, lang), share: formatPercent(c.share) }, lang, 'cli'));
  return say('driver-line', {
    section: sectionLabel(driver.section, lang),
    indicator: def?.name ?? driver.indicator,
    cv: formatCv(driver.cv),
    limit: driver.limit === null ? '' : say('driver-limit', { limit: formatLimit(driver.limit) }, lang, 'cli'),
    schools,
  }, lang, 'cli');
}

/**
 * A failed further check of one school.
 *
 * @example
 * checkLine({ name: '城关小学', row: 5, check: 'class-size', value: 56, limit: 45 }, 'zh');
 * // '城关小学（第 5 行）：最大班额 56 人，超过 45 人'
 */
export function checkLine(failure: CheckFailure, lang: Lang): string {
  const code = `check-${failure.check}`;
  const params = { check: checkName(failure.check), value: formatCount(failure.value), limit: formatCount(failure.limit) };
  const check = isCatalogued(code) ? say(code, params, lang, 'cli') : say('check-other', params, lang, 'cli');
  return say('check-line', { name: failure.name, row: failure.row, check }, lang, 'cli');
}

/**
 * The note after a CV (or the composite) whose rounded value would flip its verdict.
 *
 * @example
 * cvBorderlineNote('zh'); // '（临界：按显示的三位小数会判反，请核实原始数据）'
 */
export function cvBorderlineNote(lang: Lang): string {
  return say('cv-borderline', {}, lang, 'cli');
}

/**
 * A row left out of the analysis, with its reason.
 *
 * @example
 * excludedLine({ name: '合计', row: 44, reason: '合计/小计行，不是学校' }, 'zh'); // '第 44 行 合计：合计/小计行，不是学校'
 */
export function excludedLine(row: ExcludedRow, lang: Lang): string {
  return say('excluded-line', { row: row.row, name: row.name, reason: row.reason }, lang, 'cli');
}

/**
 * A row read as a note, not as a school.
 *
 * @example
 * noteLine({ row: 45, text: '填表人：张三' }, 'zh'); // '第 45 行：填表人：张三'
 */
export function noteLine(note: NoteRow, lang: Lang): string {
  return say('note-row-line', { row: note.row, text: note.text ?? '' }, lang, 'cli');
}

/**
 * The counts behind the verdict, saying what each counts.
 *
 * @example
 * countLines(findings.counts, true, 'zh')[0]; // '参与分析学校 30 所（按学段计 33 个：…）；剔除 2 行；…'
 */
export function countLines(counts: FindingCounts, judgesSchools: boolean, lang: Lang): string[] {
  return [
    say('counts-read', { schools: counts.schools, entries: counts.entries, excluded: counts.excludedRows, notes: counts.noteRows, private: counts.privateSchools }, lang, 'cli'),
    judgesSchools
      ? say('counts-schools', {
          failingSchools: counts.failingSchools,
          failingEntries: counts.failingEntries,
          passingWithMiss: counts.passingWithMissEntries,
          undecided: counts.undecidedEntries,
        }, lang, 'cli')
      : say('counts-schools-not-judged', {}, lang, 'cli'),
  ];
}

/**
 * '…… 还有 12 个，完整名单见…' for a list cut to `shown` items.
 *
 * @example
 * moreLine(62, 50, 'zh', 'cli'); // '…… 还有 12 个，完整名单见--json 输出或 --out 报告的“整改台账”表'
 */
export function moreLine(total: number, shown: number, lang: Lang, surface: Surface): string | null {
  return total > shown ? say('list-more', { n: total - shown }, lang, surface) : null;
}

/**
 * A list's title with its count, in the catalogue's words.
 *
 * @example
 * listTitle('list-failing', 3, 'zh'); // '未达标学校（3 个学校/学部）'
 */
export function listTitle(code: Extract<MessageCode, `list-${string}`>, n: number, lang: Lang): string {
  return say(code, { n }, lang, 'cli');
}

const SEVERITY_ORDER: readonly ResultMessage['severity'][] = ['error', 'warning', 'info'];

/**
 * Messages in the order every surface lists them: errors, then warnings, then
 * notes; the sort is stable, so each group keeps the engine's row order.
 *
 * @example
 * bySeverity([info, error]); // [error, info]
 */
export function bySeverity(messages: readonly ResultMessage[]): ResultMessage[] {
  return [...messages].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/**
 * A result message in the surface's words: catalogued messages name the
 * surface's own controls; others keep the text the engine gave them.
 *
 * @example
 * messageText(missingPupils, 'zh', 'web'); // '表中找不到在校生数列，无法计算任何指标：在“列映射”面板中指定该列'
 */
export function messageText(message: ResultMessage, lang: Lang, surface: Surface): string {
  return message.params !== undefined && isCatalogued(message.code) ? renderMessage(message.code, message.params, lang, surface) : message.message;
}
