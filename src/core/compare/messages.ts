/**
 * What the comparison says, Chinese first. Every surface renders these with
 * `phrase()`; none writes its own wording of a comparison.
 */
import { fill } from '../present';
import type { L10n } from '../types';
import type { ItemStatus } from './compare';

/** The status of a ledger item, as the 整改进展报告 names it. */
export const STATUS_LABELS: Record<ItemStatus, L10n> = {
  closed: { zh: '已消号', en: 'closed' },
  improved: { zh: '改善', en: 'improved' },
  unchanged: { zh: '未变', en: 'unchanged' },
  worse: { zh: '加重', en: 'worse' },
  new: { zh: '新增', en: 'new' },
  removed: { zh: '学校未参加本次检查', en: 'school not in this check' },
  undecided: { zh: '本次无法计算', en: 'cannot be computed now' },
};

export const COMPARE_TEXT = {
  /** The one line every surface shows first. */
  headline: {
    zh: '上次 {start} 项未达标，已消号 {closed} 项，改善 {improved} 项，新增 {new} 项',
    en: 'Last time {start} items below standard: {closed} closed, {improved} improved, {new} new',
  },
  headlineRemoved: {
    zh: '；另有 {removed} 项所在学校未参加本次检查（撤并或更名）',
    en: '; {removed} more belong to schools not in this check (merged or renamed)',
  },
  headlineUndecided: {
    zh: '；{undecided} 项本次无法计算',
    en: '; {undecided} cannot be computed now',
  },
  /** Counts for the 工作进展报告. */
  counts: {
    zh: '上次未达标 {start} 项：已消号 {closed} 项，改善 {improved} 项，未变 {unchanged} 项，加重 {worse} 项；新增 {new} 项；本次未达标 {now} 项（仍在台账 {remaining} 项）',
    en: 'Items last time: {start}; closed {closed}, improved {improved}, unchanged {unchanged}, worse {worse}; new {new}; items now: {now} ({remaining} still open from last time)',
  },
  noItems: { zh: '两次检查都没有未达标的指标。', en: 'Neither check has an indicator below standard.' },
  rulesetsDiffer: {
    zh: '两次检查使用的规则集不同（上次 {before}，本次 {now}）：只有两次都有的指标可以比较，标准不同的指标请谨慎解读。',
    en: 'The two checks used different rulesets (then {before}, now {now}): only indicators in both compare, and changed standards need care.',
  },
  repeatedName: {
    zh: '学校名称“{name}”在上次检查中有 {before} 个、本次有 {now} 个（同一学段），无法自动配对，已分别列入减少和新增的学校；请在表中写全校名以示区别。',
    en: 'The school name "{name}" appears {before} time(s) in the earlier check and {now} now (same section), so it is not paired automatically and is listed as removed and added; write the full names in the sheet to tell them apart.',
  },
  pairNotFoundBefore: {
    zh: '手工配对中的“{name}”在上次检查中找不到，这一对未使用。',
    en: 'The hand pair\'s "{name}" is not in the earlier check; the pair was not used.',
  },
  pairNotFoundNow: {
    zh: '手工配对中的“{name}”在本次检查中找不到，这一对未使用。',
    en: 'The hand pair\'s "{name}" is not in this check; the pair was not used.',
  },
} satisfies Record<string, L10n>;

/** Titles and headers of the 均衡-整改进展 sheet and of the text summary's comparison. */
export const PROGRESS_LABELS = {
  title: { zh: '整改进展（与上次检查比较）', en: 'Rectification progress (compared with the earlier check)' },
  checks: { zh: '上次检查：{before}；本次检查：{now}', en: 'Earlier check: {before}; this check: {now}' },
  checkRef: { zh: '{file}（{ruleset}{date}）', en: '{file} ({ruleset}{date})' },
  checkDate: { zh: '，{date}', en: ', {date}' },
  unknownFile: { zh: '未知文件', en: 'unknown file' },
  countsTitle: { zh: '工作进展（项）', en: 'Progress (items)' },
  start: { zh: '上次未达标', en: 'Items last time' },
  nowTotal: { zh: '本次未达标', en: 'Items now' },
  cvsTitle: { zh: '差异系数变化', en: 'CVs then and now' },
  before: { zh: '上次', en: 'Then' },
  now: { zh: '本次', en: 'Now' },
  change: { zh: '变化', en: 'Change' },
  verdictBefore: { zh: '上次结论', en: 'Verdict then' },
  verdictNow: { zh: '本次结论', en: 'Verdict now' },
  itemsTitle: { zh: '整改台账逐项对照', en: 'Ledger items one by one' },
  status: { zh: '状态', en: 'Status' },
  nameBefore: { zh: '上次名称', en: 'Name then' },
  valueBefore: { zh: '上次值', en: 'Value then' },
  valueNow: { zh: '本次值', en: 'Value now' },
  shortfallBefore: { zh: '上次缺口', en: 'Shortfall then' },
  shortfallNow: { zh: '本次缺口', en: 'Shortfall now' },
  schoolsTitle: { zh: '学校变化', en: 'Schools' },
  removedSchools: { zh: '上次有、本次没有的学校（撤并、停办或更名）：{names}', en: 'In the earlier check only (merged, closed or renamed): {names}' },
  addedSchools: { zh: '本次新增的学校：{names}', en: 'New in this check: {names}' },
  handPairs: { zh: '手工配对：{pairs}', en: 'Paired by hand: {pairs}' },
  pair: { zh: '{before} → {now}', en: '{before} → {now}' },
  none: { zh: '无', en: 'none' },
  sameSchools: { zh: '两次检查的学校一一对应，没有增减。', en: 'The same schools in both checks.' },
  statusGroup: { zh: '{status}（{n} 项）', en: '{status} ({n})' },
  itemLine: {
    zh: '  {school}（{section}）{indicator}：{before} → {now}，标准 {standard}；缺口 {shortfallBefore} → {shortfallNow} {unit}',
    en: '  {school} ({section}) {indicator}: {before} → {now}, standard {standard}; shortfall in {unit}: {shortfallBefore} → {shortfallNow}',
  },
  renamedFrom: { zh: '（上次名称：{name}）', en: ' (earlier name: {name})' },
  moreItems: { zh: '  …… 还有 {n} 项，完整列表见 --json 输出或 --out 报告的“整改进展”表', en: '  … {n} more; see the --json output or the progress sheet of the --out report' },
  separator: { zh: '、', en: ', ' },
} satisfies Record<string, L10n>;

/** The task pane's saved checks. */
export const HISTORY_TEXT = {
  damagedEntry: {
    zh: '第 {n} 条保存的检查无法读取：{problem}',
    en: 'Saved check {n} cannot be read: {problemEn}',
  },
  dropped: {
    zh: '保存的检查已达上限（最多 {max} 次、约 1 MB），已删除最早的 {n} 次。',
    en: 'The saved checks reached their limit ({max} checks, about 1 MB): the oldest {n} were deleted.',
  },
  notKept: {
    zh: '这次检查的数据太大（超过约 1 MB），没有保存到工作簿的历史记录中。',
    en: 'This check is too large (over about 1 MB) to keep in the workbook\'s history.',
  },
  firstCheck: {
    zh: '这是本工作簿保存的第一次检查；下次检查后即可与这次比较。',
    en: 'This is the first check saved in this workbook; the next check will be compared with it.',
  },
} satisfies Record<string, L10n>;

/** What is wrong with the earlier file of a comparison. */
export const EARLIER_TEXT = {
  earlierUnreadable: { zh: '无法读取上次的检查“{file}”：{reason}', en: 'Cannot read the earlier check "{file}": {reason}' },
  earlierNotJson: { zh: '不是有效的 JSON（{detail}）', en: 'not valid JSON ({detail})' },
  earlierNoTable: {
    zh: '其中没有学校数据表（表头需有“学校名称”和“在校生数”列）',
    en: 'it holds no school table (a header with a school-name and a pupils column)',
  },
} satisfies Record<string, L10n>;

/** What is wrong with a saved check. */
export const SNAPSHOT_TEXT = {
  notSnapshot: {
    zh: '这不是均衡保存的检查记录（缺少 format: "junheng-check"）。',
    en: 'This is not a check saved by Junheng (format "junheng-check" is missing).',
  },
  newer: {
    zh: '这份检查记录由较新版本的均衡保存（第 {version} 版），本版本只能读取到第 {current} 版：请更新均衡后再比较。',
    en: 'This check was saved by a newer Junheng (version {version}); this one reads up to version {current}: update Junheng to compare with it.',
  },
  notResult: {
    zh: '这个 JSON 文件既不是 --json 保存的结果文档，也不是均衡保存的检查记录（{detail}）。请用 “analyze 工作簿 --json > 结果.json” 保存的文件，或直接给出上次的工作簿。',
    en: 'This JSON file is neither a result document saved with --json nor a check saved by Junheng ({detail}). Use a file saved with "analyze workbook --json > result.json", or give the earlier workbook.',
  },
  damaged: {
    zh: '这份检查记录已损坏或被改动，无法读取（{detail}）。请删除这份记录，或重新检查后再比较。',
    en: 'This saved check is damaged or was edited and cannot be read ({detail}). Delete it, or check again before comparing.',
  },
} satisfies Record<string, L10n>;

/**
 * A template with its placeholders filled in both languages (for messages kept as data).
 *
 * @example
 * fillL10n({ zh: '{n} 项', en: '{n} items' }, { n: 2 }); // { zh: '2 项', en: '2 items' }
 */
export function fillL10n(text: L10n, values: Record<string, string | number>): L10n {
  return { zh: fill(text.zh, values), en: fill(text.en, values) };
}
