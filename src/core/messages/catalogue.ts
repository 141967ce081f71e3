/**
 * The message catalogue: every sentence about what a result means, once, in
 * Chinese and English. Codes are stable (they appear in the result document);
 * `{name}` is a parameter, `{@control}` the surface's own name for a control
 * (see controls.ts).
 */
import type { L10n } from '../types';

export const CATALOGUE = {
  // -- The overall verdict and its parts ------------------------------------
  'verdict-county': { zh: '县域结论：{status}', en: 'County verdict: {status}' },
  'verdict-section': { zh: '{section}结论：{status}', en: '{section} verdict: {status}' },
  'status-pass': { zh: '达标', en: 'passes' },
  'status-fail': { zh: '未达标', en: 'fails' },
  'status-undecided': { zh: '无法判定', en: 'cannot be decided' },
  'part-cv': { zh: '县域差异系数', en: 'County CVs' },
  'part-composite': { zh: '综合差异系数', en: 'Composite CV' },
  'part-schools': { zh: '学校达标', en: 'Schools' },
  'part-checks': { zh: '其他检查（学校规模、班额、专用教室）', en: 'Further checks (school size, class size, special rooms)' },
  'part-line': { zh: '{part}：{status}', en: '{part}: {status}' },
  'part-not-in-ruleset': { zh: '本规则集不含其他检查', en: 'this ruleset has no further checks' },

  // -- Reasons (each names what was computed, or what is missing) ------------
  'no-schools': { zh: '没有参与分析的学校', en: 'no school was analysed' },
  'cv-over-limit': { zh: '{section}：「{indicator}」差异系数 {cv} 超过限值 {limit}', en: '{section}: "{indicator}": CV {cv} above the limit {limit}' },
  'cv-within-limits': { zh: '{section}：{n} 项差异系数均已计算，都不超过限值 {limit}', en: '{section}: all CVs computed ({n}) are within the limit {limit}' },
  'composite-over-limit': { zh: '{section}：综合差异系数 {cv} 超过限值 {limit}', en: '{section} composite CV {cv} above the limit {limit}' },
  'composite-within-limit': { zh: '{section}：综合差异系数 {cv} 不超过限值 {limit}', en: '{section} composite CV {cv} within the limit {limit}' },
  'cv-indicators-missing': {
    zh: '{section}：缺少「{indicators}」的数据列，这些差异系数未计算；{@mapping}',
    en: '{section}: no columns for {indicators}, so these CVs were not computed; {@mapping}',
  },
  'cv-not-computable': {
    zh: '{section}：「{indicators}」的差异系数无法计算（没有可用数值或县均值为 0），见提示信息',
    en: '{section}: the CVs of {indicators} cannot be computed (no usable values, or a county mean of 0); see the messages',
  },
  'no-school-standards': {
    zh: '{section}：规则集「{ruleset}」未设学校标准，学校是否达标未判定（省定办学标准可写成自定义规则集）',
    en: '{section}: ruleset "{ruleset}" sets no school standards, so schools were not judged (write provincial standards as a custom ruleset)',
  },
  'schools-fail': {
    zh: '{section}：{n} 个学校（学部）未达到学校标准（至少 {need} 项达标，其余不低于标准的 {floor}）',
    en: '{section}: school entries failing the school rule (at least {need} indicators met, the rest at least {floor} of the standard): {n}',
  },
  'schools-fail-no-floor': {
    zh: '{section}：{n} 个学校（学部）未达到学校标准（至少 {need} 项达标）',
    en: '{section}: school entries failing the school rule (at least {need} indicators met): {n}',
  },
  'schools-undecided': {
    zh: '{section}：{n} 个学校（学部）是否达标无法判定，缺少数据（{indicators}）',
    en: '{section}: school entries that cannot be decided, for missing data ({indicators}): {n}',
  },
  'schools-all-pass': { zh: '{section}：{n} 个学校（学部）均已判定，全部达标', en: '{section}: every school entry was judged and passes ({n})' },
  'checks-fail': { zh: '{section}：{n} 项其他检查未通过', en: '{section}: further checks not met: {n}' },
  'checks-all-pass': { zh: '{section}：{checks}均已检查，全部通过', en: '{section}: {checks} checked and met' },
  'check-columns-missing': {
    zh: '表中没有“{columns}”列，{check}未检查；{@mapping}',
    en: 'the sheet has no {columns} column, so {check} was not checked; {@mapping}',
  },
  'check-values-missing': {
    zh: '{section}：{n} 个学校（学部）的{check}数据为空，未检查',
    en: '{section}: {check} not checked for blank values; school entries: {n}',
  },
  'suggest-ruleset': {
    zh: '这张表的列更符合规则集「{name}」（有其 {present}/{total} 项指标的列，当前规则集只有 {current}/{count} 项）：{@ruleset}',
    en: 'this table fits the ruleset "{name}" better (columns for {present} of its {total} indicators; the current ruleset has {current} of {count}): {@ruleset}',
  },

  // -- Engine messages whose fix names a control ----------------------------
  'missing-indicator': {
    zh: '表中找不到“{columns}”列，「{indicator}」未计算{undecidable}：{@mapping}',
    en: 'the sheet has no {columns} column, so "{indicator}" is left out{undecidable}; {@mapping}',
  },
  'missing-indicator-undecidable': { zh: '，学校是否达标可能无法判定', en: ' and schools may not be decidable' },
  'missing-pupils': {
    zh: '表中找不到在校生数列，无法计算任何指标：{@mapping}',
    en: 'the sheet has no pupils column, so nothing can be computed; {@mapping}',
  },
  // -- Counts and lists, as every surface words them -------------------------
  'counts-read': {
    zh: '参与分析学校 {schools} 所（按学段计 {entries} 个：一贯制学校的小学部、初中部分别计）；剔除 {excluded} 行；作为备注读取 {notes} 行；民办学校 {private} 所',
    en: 'Schools analysed: {schools} ({entries} section entries: a multi-section school counts in each section); rows excluded: {excluded}; rows read as notes: {notes}; private schools: {private}',
  },
  'counts-schools': {
    zh: '未达标 {failingSchools} 所学校（{failingEntries} 个学段条目）；有一项未达到标准但学校达标 {passingWithMiss} 个；无法判定 {undecided} 个',
    en: 'Failing: {failingSchools} schools ({failingEntries} section entries); passing with one indicator below standard: {passingWithMiss}; cannot be decided: {undecided}',
  },
  'counts-schools-not-judged': {
    zh: '本规则集未设学校标准，学校未判定',
    en: 'this ruleset sets no school standards, so schools were not judged',
  },
  'list-failing': { zh: '未达标学校（{n} 个学校/学部）', en: 'Schools that fail ({n} entries)' },
  'list-failing-none': { zh: '未达标学校：无（{n} 个学校/学部均已判定）', en: 'Schools that fail: none ({n} entries judged)' },
  'list-passing-with-miss': {
    zh: '有一项指标未达到标准、但学校仍达标（{n} 个，该项仍需整改）',
    en: 'Schools that pass with one indicator below standard ({n}; the indicator still needs work)',
  },
  'list-undecided': { zh: '无法判定是否达标（{n} 个）', en: 'Cannot be decided ({n})' },
  'list-drivers': { zh: '差异系数超过限值的主要来源', en: 'What drives the CVs over their limits' },
  'list-check-failures': { zh: '其他检查未通过（{n} 项）', en: 'Further checks not met ({n})' },
  'list-excluded': { zh: '剔除的行（{n} 行）', en: 'Excluded rows ({n})' },
  'list-notes': { zh: '作为备注读取、未作为学校的行（{n} 行）', en: 'Rows read as notes, not as schools ({n})' },
  'list-more': { zh: '…… 还有 {n} 个，完整名单见{@fullList}', en: '… {n} more; the full list is in {@fullList}' },
  'entry-line': { zh: '{name}（第 {row} 行，{section}）', en: '{name} (row {row}, {section})' },
  'miss-line': {
    zh: '{indicator}：{value}，标准 {standard}{floor}；还差 {shortfall} {unit}{toFloor}',
    en: '{indicator}: {value}, standard {standard}{floor}; shortfall in {unit}: {shortfall}{toFloor}',
  },
  'miss-above-floor': { zh: '，不低于 {ratio} 底线 {floor}', en: ', not below the {ratio} floor {floor}' },
  'miss-below-floor': { zh: '，低于 {ratio} 底线 {floor}', en: ', below the {ratio} floor {floor}' },
  'miss-to-floor': { zh: '（到底线还差 {shortfall} {unit}）', en: ' (to the floor: {shortfall})' },
  'miss-borderline': { zh: '（临界：按显示的小数会判反，请核实原始数据）', en: ' (borderline: the rounded value would flip the verdict; check the source figures)' },
  'cv-borderline': {
    zh: '（临界：按显示的三位小数会判反，请核实原始数据）',
    en: ' (borderline: the 3-decimal display would flip the verdict; check the source figures)',
  },
  'undecided-line': { zh: '缺少：{indicators}', en: 'missing: {indicators}' },
  'driver-line': {
    zh: '{section}：「{indicator}」差异系数 {cv}{limit}，主要来自：{schools}',
    en: '{section}: "{indicator}": CV {cv}{limit}, mostly from {schools}',
  },
  'driver-limit': { zh: '（限值 {limit}）', en: ' (limit {limit})' },
  'driver-share': { zh: '{name} {share}', en: '{name} {share}' },
  'check-school-size': { zh: '学校规模 {value} 人，超过 {limit} 人', en: 'school size {value} pupils, above {limit}' },
  'check-class-size': { zh: '最大班额 {value} 人，超过 {limit} 人', en: 'largest class {value} pupils, above {limit}' },
  'check-music-rooms': { zh: '音乐专用教室 {value} 间，应有 {limit} 间', en: 'music rooms: {value}, needed: {limit}' },
  'check-art-rooms': { zh: '美术专用教室 {value} 间，应有 {limit} 间', en: 'art rooms: {value}, needed: {limit}' },
  'check-other': { zh: '{check}：{value}，限值 {limit}', en: '{check}: {value}, limit {limit}' },
  'check-line': { zh: '{name}（第 {row} 行）：{check}', en: '{name} (row {row}): {check}' },
  'excluded-line': { zh: '第 {row} 行 {name}：{reason}', en: 'row {row} {name}: {reason}' },
  'note-line': { zh: '{cell}：{text}', en: '{cell}: {text}' },
  'note-row-line': { zh: '第 {row} 行：{text}', en: 'row {row}: {text}' },
} satisfies Record<string, L10n>;

export type MessageCode = keyof typeof CATALOGUE;

/**
 * Whether a code is in the catalogue.
 *
 * @example
 * isCatalogued('no-schools'); // true
 */
export function isCatalogued(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}
