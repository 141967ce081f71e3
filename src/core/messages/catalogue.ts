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
  // -- Engine messages (each names the cell and the fix) --------------------
  'row-label': { zh: '第 {row} 行', en: 'row {row}' },
  'school-part': { zh: '{name}{section}部', en: '{name} ({section})' },
  'column-absent': { zh: '{field}（表中没有此列，请添加）', en: '{field} (the sheet has no such column; add one)' },
  'gap-cell': { zh: '{indicator}（{cell}）', en: '{indicator} ({cell})' },
  'gap-no-column': { zh: '{indicator}（无此列）', en: '{indicator} (no column)' },
  'cv-undefined': {
    zh: '{section}「{indicator}」的县域平均值为 0，差异系数无法计算（不是 0）：请检查各校该项数据',
    en: '{section} "{indicator}": the county mean is 0, so the CV cannot be computed (it is not 0); check the schools\' figures',
  },
  'cv-no-values': {
    zh: '{section}「{indicator}」没有一所学校有数值，差异系数无法计算',
    en: '{section} "{indicator}": no school has a value, so the CV cannot be computed',
  },
  'implausible-value': {
    zh: '{school}「{indicator}」{what}：请检查 {cells} 的数值和单位（如 元 与 万元）以及在校生数 {pupils}',
    en: '{school}: "{indicator}" {what}; check the figures and units in {cells} (yuan or 10 000 yuan?) and the pupils in {pupils}',
  },
  'implausible-what-large': { zh: '大到无法计算，未计入', en: 'is too large to compute and is left out' },
  'implausible-what-value': {
    zh: '为 {value} {unit}，超过{reference} {referenceValue} 的 {ratio} 倍，不合常理（仍计入计算）',
    en: 'is {value} {unit}, more than {ratio} times {reference} {referenceValue}: hard to believe (still counted)',
  },
  'reference-standard': { zh: '标准', en: 'the standard' },
  'reference-median': { zh: '全县中位数', en: 'the county median' },
  'composite-cv-undefined': {
    zh: '{section}综合差异系数无法计算，缺少以下指标的差异系数：{indicators}',
    en: '{section} composite CV cannot be computed; these indicators have no CV: {indicators}',
  },
  'school-undecided': {
    zh: '{school}是否达标无法判定：以下数值为空或无法识别，请补填：{gaps}',
    en: '{school}: cannot decide whether it meets the standard; these values are blank or unreadable, fill them in: {gaps}',
  },
  'missing-value': {
    zh: '{school}以下数值为空或无法识别，未计入差异系数，请补填：{gaps}',
    en: '{school}: these values are blank or unreadable and left out of the CVs; fill them in: {gaps}',
  },
  'split-teachers': {
    zh: '{school}（第 {row} 行）没有分学段的教师数，已按加权学生数拆分：{indicators}。有分学段数据时请补充小学、初中各自的列',
    en: '{school} (row {row}) has no per-section teacher counts; split by weighted pupils: {indicators}. Add primary and junior columns if you have the figures',
  },
  'no-standards': {
    zh: '规则集「{ruleset}」没有学校达标标准，只计算差异系数；可使用含省定标准的自定义规则集',
    en: 'ruleset "{ruleset}" sets no school standards, so only CVs are computed; use a ruleset with provincial standards to judge schools',
  },
  'no-pupils': { zh: '{school}未参与计算：{reason}', en: '{school} left out: {reason}' },
  'pupils-missing': { zh: '{field}为空或无法识别：请在 {where} 填写', en: '{field} missing or unreadable: fill in {where}' },
  'pupils-not-positive': { zh: '{field}为 {value}，应大于 0：请检查 {where}', en: '{field} is {value}, must be above 0: check {where}' },
  'inferred-type': {
    zh: '{school}未填学校类型，有小学和初中在校生，按{type}计算；如不对请填写学校类型',
    en: '{school} has no school type but has primary and junior pupils; treated as a {type} (fill in the type if this is wrong)',
  },
  'unknown-type': { zh: '{school}未参与计算：{reason}', en: '{school} left out: {reason}' },
  'type-unknown': {
    zh: '学校类型未知：请在 {where} 填写（小学、初中、九年一贯制学校等）',
    en: 'unknown school type: fill in {where} (e.g. 小学, 初中, 九年一贯制学校)',
  },
  // -- Why a row is left out (the result's excludedReason) -------------------
  'excluded-total': { zh: '合计/小计行，不是学校', en: 'total or subtotal row, not a school' },
  'excluded-non-compulsory': { zh: '{type}不参与义务教育均衡评估', en: '{type}: not part of the compulsory-education evaluation' },
  'excluded-private': { zh: '民办学校，本规则集不计入', en: 'private school; this ruleset leaves private schools out' },
  'excluded-teaching-point': { zh: '教学点，本规则集不计入', en: 'teaching point; this ruleset leaves teaching points out' },
  'excluded-small-teaching-point': {
    zh: '教学点在校生 {pupils} 人，不足 {min} 人，不计入',
    en: 'teaching point with {pupils} pupils, under {min}: left out',
  },
  'excluded-split-needs-pupils': { zh: '{type}要按学段拆分，需要{field}。{reason}', en: 'a {type} is split by section and needs {field}. {reason}' },
  'excluded-no-section-pupils': { zh: '该校没有{section}在校生', en: 'no {section} pupils at this school' },
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
  'entry-part': { zh: '{name}（{part}部）', en: '{name} ({part} part)' },
  'check-name-school-size': { zh: '学校规模', en: 'school size' },
  'check-name-class-size': { zh: '班额', en: 'class size' },
  'check-name-music-rooms': { zh: '音乐专用教室', en: 'music rooms' },
  'check-name-art-rooms': { zh: '美术专用教室', en: 'art rooms' },
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
  'section-school-counts': {
    zh: '{section}：达标 {pass} 个，未达标 {fail} 个，无法判定 {undecided} 个（学校/学部）',
    en: '{section}: pass {pass}, fail {fail}, cannot be decided {undecided} (school entries)',
  },
  'ledger-empty': { zh: '已计算的指标中没有未达到标准的。', en: 'No indicator computed is below its standard.' },
  'ledger-undecided': {
    zh: '另有 {n} 个学校（学部）缺少数据、是否达标无法判定，见“学校指标”表和提示信息。',
    en: 'Another {n} school entries lack data and cannot be decided; see the school indicators sheet and the messages.',
  },
  // -- Marks that cannot reach a cell ----------------------------------------
  'unmarkable-cells': {
    zh: '{n} 个单元格存的是文本形式的数字（{cells}{more}），条件格式读不到，未达标也不会加底纹（检查结果已计入）。{@convert}',
    en: '{n} cells hold numbers as text ({cells}{more}); conditional formats cannot read them, so they stay unshaded even when failing (the check counts them). {@convert}',
  },
  'unmarkable-note': {
    zh: '下列单元格存的是文本形式的数字，条件格式读不到，未达标也不会加底纹（检查结果已计入）。{@convert}',
    en: 'These cells hold numbers as text; conditional formats cannot read them, so they stay unshaded even when failing (the check counts them). {@convert}',
  },
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
