/**
 * The message catalogue: every sentence about what a result means, once, in
 * Chinese and English: the findings, the engine's messages, ruleset problems,
 * the rectification plan and the comparison of two checks. Codes are stable
 * (they appear in the result document);
 * `{name}` is a parameter, `{@control}` the surface's own name for a control
 * (see controls.ts).
 */
import type { L10n } from '../types';
import type { Params } from './types';

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
  // -- What is wrong with a user ruleset (each names its field path) --------
  'ruleset-problem-line': { zh: '{path}：{problem}', en: '{path}: {problem}' },
  'ruleset-missing': { zh: '缺少此项', en: 'is missing' },
  'ruleset-type': { zh: '应为{type}', en: 'must be {type}' },
  'ruleset-type-any': { zh: '应为以下之一：{types}', en: 'must be one of: {types}' },
  'ruleset-too-few': { zh: '至少需要 {min} 项', en: 'needs at least {min} item(s)' },
  'ruleset-empty': { zh: '不能为空', en: 'must not be empty' },
  'ruleset-at-least': { zh: '应不小于 {min}', en: 'must be at least {min}' },
  'ruleset-above': { zh: '应大于 {min}', en: 'must be greater than {min}' },
  'ruleset-at-most': { zh: '应不大于 {max}', en: 'must be at most {max}' },
  'ruleset-unknown-value': { zh: '未知的值 {value}，应为以下之一：{values}', en: 'unknown value {value}; must be one of: {values}' },
  'ruleset-unknown-keys': { zh: '未知的项 {keys}', en: 'unknown field(s) {keys}' },
  'ruleset-id-format': { zh: '只能用英文字母、数字、- 和 _', en: 'use only ASCII letters, digits, - and _' },
  'ruleset-invalid': { zh: '格式不对', en: 'is not valid' },
  'ruleset-duplicate-id': { zh: '指标 id “{id}”重复', en: 'duplicate indicator id "{id}"' },
  'ruleset-unknown-name': {
    zh: '没有名为“{name}”的规则集。可用：{names}（{ids}），或规则集 JSON；省略时为 {default}',
    en: 'no ruleset named "{name}". Accepted: {ids} ({names}), or ruleset JSON; omitted means {default}',
  },
  'ruleset-not-json': { zh: '规则集不是有效的 JSON：{detail}', en: 'the ruleset is not valid JSON: {detail}' },
  'json-number': { zh: '数字', en: 'a number' },
  'json-int': { zh: '整数', en: 'a whole number' },
  'json-string': { zh: '文字', en: 'text' },
  'json-boolean': { zh: 'true 或 false', en: 'true or false' },
  'json-object': { zh: '对象 {…}', en: 'an object {…}' },
  'json-array': { zh: '数组 […]', en: 'a list […]' },
  'json-null': { zh: 'null', en: 'null' },
  // -- The rectification plan (command line, 整改测算 sheet) --------------------
  'plan-title': { zh: '整改测算 — {ruleset}', en: 'Rectification plan — {ruleset}' },
  'plan-file': { zh: '文件：{file}', en: 'File: {file}' },
  'plan-no-costs': {
    zh: '单位成本：未设置，只按资源数量测算（可用 --cost teaching-space=3500 等设置）',
    en: 'Unit costs: none set; the plan is in resource units only (set them with --cost teaching-space=3500 …)',
  },
  'plan-costs': { zh: '单位成本：{list}', en: 'Unit costs: {list}' },
  'plan-cost-item': { zh: '{name} {value} 元/{unit}', en: '{name} {value} yuan per {unit}' },
  'plan-section': { zh: '【{section}】', en: '[{section}]' },
  'plan-school-rule': { zh: '  学校达标：', en: '  Schools to bring up to the school rule:' },
  'plan-cv-rule': { zh: '  差异系数：', en: '  CVs:' },
  'plan-composite-rule': {
    zh: '  综合差异系数 {before} → {after}（限值 {limit}），降低以下成本最低的指标：',
    en: '  Composite CV {before} → {after} (limit {limit}), by lowering the cheapest indicators:',
  },
  'plan-nothing': { zh: '    无需增加', en: '    nothing to add' },
  'plan-cv-line': {
    zh: '    {indicator}：{before} → {after}（限值 {limit}），增加 {amount} {unit}，{schools} 所学校',
    en: '    {indicator}: {before} → {after} (limit {limit}), add {amount} {unit} at {schools} schools',
  },
  'plan-addition': {
    zh: '      {school}（第 {row} 行）{indicator}增加 {amount} {unit}{cost}：{effects}{why}',
    en: '      {school} (row {row}){indicator} add {amount} {unit}{cost}: {effects}{why}',
  },
  'plan-addition-indicator': { zh: '{indicator}', en: ' {indicator}:' },
  'plan-why': { zh: '（{why}）', en: ' ({why})' },
  'plan-effect': { zh: '{part}{current} → {target}', en: '{part}{current} → {target}' },
  'plan-cost': { zh: '（{cost} 元）', en: ' ({cost} yuan)' },
  'plan-shared': {
    zh: '（学校整体添置，按 1 : 1.1 : 1.32 分到各学部）',
    en: ' (added to the whole school, shared by its sections 1 : 1.1 : 1.32)',
  },
  'plan-totals': { zh: '合计', en: 'Totals' },
  'plan-total': { zh: '  {indicator}：增加 {amount} {unit}，{schools} 所学校{cost}', en: '  {indicator}: add {amount} {unit} at {schools} schools{cost}' },
  'plan-budget': { zh: '预算合计：{budget} 元', en: 'Budget: {budget} yuan' },
  'plan-budget-partial': { zh: '（不含未设单位成本的：{list}）', en: ' (leaving out, for lack of a unit cost: {list})' },
  'plan-verified': {
    zh: '核验：按测算后的数据重新分析，{schools} 个学校（学部）全部达标，{cvs} 项差异系数全部在限值内。',
    en: 'Verified: analysed again with the planned additions, all {schools} school sections pass and all {cvs} CVs are within their limits.',
  },
  'plan-not-verified': {
    zh: '核验未通过：按测算后的数据重新分析，仍有 {schools} 个学校（学部）未达标、{cvs} 项差异系数超限；请检查这些学校的数据。',
    en: 'Not verified: analysed again with the planned additions, {schools} school sections still fail and {cvs} CVs are still over their limits; check those schools\' figures.',
  },
  'plan-nothing-to-plan': { zh: '所有学校达标，差异系数全部在限值内：无需整改。', en: 'Every school passes and every CV is within its limit: nothing to add.' },
  'plan-apply-written': {
    zh: '已写出测算后的工作簿：{file}（在您的资源单元格上加上测算的增量；用 analyze 分析它可看到整改后的结果）',
    en: 'Planned workbook written: {file} (the planned additions added to your resource cells; analyse it to see the county after the plan)',
  },
  'plan-sheet-title': { zh: '整改测算 — {ruleset}', en: 'Rectification plan — {ruleset}' },
  'plan-sheet-note': {
    zh: '每所学校至少要增加多少（资源本身的单位，可计数的为整数），使未达标学校达标、超限的差异系数回到限值内；一贯制学校的增量加在学校整体上，按加权学生数分到各学部。已按测算后的数据重新分析核验。',
    en: 'The least each school must add (in the resource\'s unit, whole units for counted things) for failing schools to pass and CVs over their limits to come within them; a multi-section school\'s addition goes to the whole school and is shared by weighted pupils. Verified by analysing the planned data again.',
  },
  'plan-sheet-additions': { zh: '一、逐校增量', en: '1. Additions by school' },
  'plan-sheet-indicators': { zh: '二、各指标差异系数（整改前后）', en: '2. CVs before and after' },
  'plan-sheet-totals': { zh: '三、合计与预算', en: '3. Totals and budget' },
  'plan-locked': {
    zh: '已锁定 {n} 所学校（{names}）：不为它们安排增量，其余学校分担；它们自己未达标的指标仍未达标。',
    en: '{n} schools locked ({names}): nothing is planned for them and the other schools take their share; their own misses stay.',
  },
  'plan-tried': {
    zh: '试算：按修改后的增量重新分析，整改后的县域结论和差异系数如下。',
    en: 'Trial: analysed again with the amounts as changed; the county verdict and CVs after them are below.',
  },
  'plan-unplannable-schools': {
    zh: '无法用增加资源解决（“≤”指标越低越好，测算只做增加）：{schools}未达到“{indicators}”的要求，超出学校标准允许的未达标项数或低于底线，需另行整改（如调整学生数）；这些学校不计入测算和核验。',
    en: 'Cannot be fixed by adding resources (a "≤" indicator is better lower; the plan only adds): {schools} miss "{indicators}" beyond what the school rule allows or below the floor, and need other measures (such as moving pupils); they are left out of the plan and its verification.',
  },
  'plan-unplannable-cvs': {
    zh: '无法用增加资源解决：“≤”指标（越低越好）的差异系数超限 — {list}；增加资源只会使学校偏离这类指标的要求，测算不处理，也不计入核验。',
    en: 'Cannot be fixed by adding resources: CVs of "≤" indicators (better lower) over their limit — {list}; adding would move schools away from such an indicator, so the plan leaves them and its verification does not count them.',
  },
  'plan-unplannable-cv': { zh: '{section}{indicator} {cv}（限值 {limit}）', en: '{section} {indicator} {cv} (limit {limit})' },
  'plan-reason-standard': { zh: '达到标准', en: 'to the standard' },
  'plan-reason-floor': { zh: '达到 {ratio} 底线', en: 'to the {ratio} floor' },
  'plan-reason-cv': { zh: '缩小差异系数', en: 'to lower the CV' },
  // -- Comparing two checks (整改进展) ------------------------------------------
  'item-status-closed': { zh: '已消号', en: 'closed' },
  'item-status-improved': { zh: '改善', en: 'improved' },
  'item-status-unchanged': { zh: '未变', en: 'unchanged' },
  'item-status-worse': { zh: '加重', en: 'worse' },
  'item-status-new': { zh: '新增', en: 'new' },
  'item-status-removed': { zh: '学校未参加本次检查', en: 'school not in this check' },
  'item-status-undecided': { zh: '本次无法计算', en: 'cannot be computed now' },
  'compare-headline': {
    zh: '上次 {start} 项未达标，已消号 {closed} 项，改善 {improved} 项，新增 {new} 项',
    en: 'Last time {start} items below standard: {closed} closed, {improved} improved, {new} new',
  },
  'compare-headline-removed': {
    zh: '；另有 {removed} 项所在学校未参加本次检查（撤并或更名）',
    en: '; {removed} more belong to schools not in this check (merged or renamed)',
  },
  'compare-headline-undecided': {
    zh: '；{undecided} 项本次无法计算',
    en: '; {undecided} cannot be computed now',
  },
  'compare-counts': {
    zh: '上次未达标 {start} 项：已消号 {closed} 项，改善 {improved} 项，未变 {unchanged} 项，加重 {worse} 项；新增 {new} 项；本次未达标 {now} 项（仍在台账 {remaining} 项）',
    en: 'Items last time: {start}; closed {closed}, improved {improved}, unchanged {unchanged}, worse {worse}; new {new}; items now: {now} ({remaining} still open from last time)',
  },
  'compare-no-items': { zh: '两次检查都没有未达标的指标。', en: 'Neither check has an indicator below standard.' },
  'compare-rulesets-differ': {
    zh: '两次检查使用的规则集不同（上次 {before}，本次 {now}）：只有两次都有的指标可以比较，标准不同的指标请谨慎解读。',
    en: 'The two checks used different rulesets (then {before}, now {now}): only indicators in both compare, and changed standards need care.',
  },
  'compare-repeated-name': {
    zh: '学校名称“{name}”在上次检查中有 {before} 个、本次有 {now} 个（同一学段），无法自动配对，已分别列入减少和新增的学校；请在表中写全校名以示区别。',
    en: 'The school name "{name}" appears {before} time(s) in the earlier check and {now} now (same section), so it is not paired automatically and is listed as removed and added; write the full names in the sheet to tell them apart.',
  },
  'compare-pair-not-found-before': {
    zh: '手工配对中的“{name}”在上次检查中找不到，这一对未使用。',
    en: 'The hand pair\'s "{name}" is not in the earlier check; the pair was not used.',
  },
  'compare-pair-not-found-now': {
    zh: '手工配对中的“{name}”在本次检查中找不到，这一对未使用。',
    en: 'The hand pair\'s "{name}" is not in this check; the pair was not used.',
  },
  'progress-title': { zh: '整改进展（与上次检查比较）', en: 'Rectification progress (compared with the earlier check)' },
  'progress-checks': { zh: '上次检查：{before}；本次检查：{now}', en: 'Earlier check: {before}; this check: {now}' },
  'progress-check-ref': { zh: '{file}（{ruleset}{date}）', en: '{file} ({ruleset}{date})' },
  'progress-check-date': { zh: '，{date}', en: ', {date}' },
  'progress-unknown-file': { zh: '未知文件', en: 'unknown file' },
  'progress-counts-title': { zh: '工作进展（项）', en: 'Progress (items)' },
  'progress-start': { zh: '上次未达标', en: 'Items last time' },
  'progress-now-total': { zh: '本次未达标', en: 'Items now' },
  'progress-cvs-title': { zh: '差异系数变化', en: 'CVs then and now' },
  'progress-before': { zh: '上次', en: 'Then' },
  'progress-now': { zh: '本次', en: 'Now' },
  'progress-change': { zh: '变化', en: 'Change' },
  'progress-verdict-before': { zh: '上次结论', en: 'Verdict then' },
  'progress-verdict-now': { zh: '本次结论', en: 'Verdict now' },
  'progress-items-title': { zh: '整改台账逐项对照', en: 'Ledger items one by one' },
  'progress-status': { zh: '状态', en: 'Status' },
  'progress-name-before': { zh: '上次名称', en: 'Name then' },
  'progress-value-before': { zh: '上次值', en: 'Value then' },
  'progress-value-now': { zh: '本次值', en: 'Value now' },
  'progress-shortfall-before': { zh: '上次缺口', en: 'Shortfall then' },
  'progress-shortfall-now': { zh: '本次缺口', en: 'Shortfall now' },
  'progress-schools-title': { zh: '学校变化', en: 'Schools' },
  'progress-removed-schools': { zh: '上次有、本次没有的学校（撤并、停办或更名）：{names}', en: 'In the earlier check only (merged, closed or renamed): {names}' },
  'progress-added-schools': { zh: '本次新增的学校：{names}', en: 'New in this check: {names}' },
  'progress-hand-pairs': { zh: '手工配对：{pairs}', en: 'Paired by hand: {pairs}' },
  'progress-pair': { zh: '{before} → {now}', en: '{before} → {now}' },
  'progress-none': { zh: '无', en: 'none' },
  'progress-same-schools': { zh: '两次检查的学校一一对应，没有增减。', en: 'The same schools in both checks.' },
  'progress-status-group': { zh: '{status}（{n} 项）', en: '{status} ({n})' },
  'progress-item-line': {
    zh: '  {school}（{section}）{indicator}：{before} → {now}，标准 {standard}；缺口 {shortfallBefore} → {shortfallNow} {unit}',
    en: '  {school} ({section}) {indicator}: {before} → {now}, standard {standard}; shortfall in {unit}: {shortfallBefore} → {shortfallNow}',
  },
  'progress-renamed-from': { zh: '（上次名称：{name}）', en: ' (earlier name: {name})' },
  'progress-more-items': { zh: '  …… 还有 {n} 项，完整列表见 --json 输出或 --out 报告的“整改进展”表', en: '  … {n} more; see the --json output or the progress sheet of the --out report' },
  'list-separator': { zh: '、', en: ', ' },
  'history-damaged-entry': {
    zh: '第 {n} 条保存的检查无法读取：{problem}',
    en: 'Saved check {n} cannot be read: {problem}',
  },
  'history-dropped': {
    zh: '保存的检查已达上限（最多 {max} 次、约 1 MB），已删除最早的 {n} 次。',
    en: 'The saved checks reached their limit ({max} checks, about 1 MB): the oldest {n} were deleted.',
  },
  'history-not-kept': {
    zh: '这次检查的数据太大（超过约 1 MB），没有保存到工作簿的历史记录中。',
    en: 'This check is too large (over about 1 MB) to keep in the workbook\'s history.',
  },
  'history-first-check': {
    zh: '这是本工作簿保存的第一次检查；下次检查后即可与这次比较。',
    en: 'This is the first check saved in this workbook; the next check will be compared with it.',
  },
  'earlier-unreadable': { zh: '无法读取上次的检查“{file}”：{reason}', en: 'Cannot read the earlier check "{file}": {reason}' },
  'earlier-not-json': { zh: '不是有效的 JSON（{detail}）', en: 'not valid JSON ({detail})' },
  'earlier-no-table': {
    zh: '其中没有学校数据表（表头需有“学校名称”和“在校生数”列）',
    en: 'it holds no school table (a header with a school-name and a pupils column)',
  },
  'snapshot-not-snapshot': {
    zh: '这不是均衡保存的检查记录（缺少 format: "junheng-check"）。',
    en: 'This is not a check saved by Junheng (format "junheng-check" is missing).',
  },
  'snapshot-newer': {
    zh: '这份检查记录由较新版本的均衡保存（第 {version} 版），本版本只能读取到第 {current} 版：请更新均衡后再比较。',
    en: 'This check was saved by a newer Junheng (version {version}); this one reads up to version {current}: update Junheng to compare with it.',
  },
  'snapshot-not-result': {
    zh: '这个 JSON 文件既不是 --json 保存的结果文档，也不是均衡保存的检查记录（{detail}）。请用 “analyze 工作簿 --json > 结果.json” 保存的文件，或直接给出上次的工作簿。',
    en: 'This JSON file is neither a result document saved with --json nor a check saved by Junheng ({detail}). Use a file saved with "analyze workbook --json > result.json", or give the earlier workbook.',
  },
  'snapshot-damaged': {
    zh: '这份检查记录已损坏或被改动，无法读取（{detail}）。请删除这份记录，或重新检查后再比较。',
    en: 'This saved check is damaged or was edited and cannot be read ({detail}). Delete it, or check again before comparing.',
  },

  // -- Reader messages: what was read from which cell, and what to fix ---------
  'no-school-table': {
    zh: '工作表「{sheet}」中没有找到学校数据表：需要一行表头，含{nameHeaders}列和数据列，如{dataHeaders}。请检查表头文字；如果学校表在别的工作表，{@sheet}',
    en: 'No school table was found in sheet "{sheet}": the reader looks for a header row with a school-name column ({nameHeaders}) and data columns such as {dataHeaders}. Check the header texts; if the school table is on another sheet, {@sheet}',
  },
  'no-school-rows': {
    zh: '工作表「{sheet}」第 {rows} 行的表头下没有学校数据：请在表头下逐行填写各学校（每校一行，含学校名称）',
    en: 'Sheet "{sheet}" has a header (row {rows}) but no school rows below it: enter one row per school, with its name',
  },
  'header-far-down': {
    zh: '表头在第 {row} 行（{cell}），上面第 {above} 行没有学校表，未作为学校读取：如上面有学校数据，请把它们移到表头下面',
    en: 'The header is on row {row} ({cell}); rows {above} above it hold no school table and were not read as schools: move any school rows there below the header',
  },
  'second-table': {
    zh: '工作表「{sheet}」在 {cell} 还有第二张表，只分析了第一张表（{columns} 列）：要分析第二张表，请把它移到单独的工作表，再{@sheet}',
    en: 'Sheet "{sheet}" holds a second table at {cell}; only the first table (columns {columns}) was analysed. To analyse the second one, move it to a sheet of its own, then {@sheet}',
  },
  'control-characters': {
    zh: '{count} 个单元格含有控制字符（如 NUL、垂直制表符），工作簿单元格不能保存它们，已按空格读取：{cells}。请在原 CSV 文件中删去这些字符',
    en: '{count} cells hold control characters (NUL, vertical tab …) that a workbook cell cannot store; they were read as spaces: {cells}. Delete them from the CSV file',
  },
  'list-more-cells': { zh: '等另 {n} 个', en: '{n} more' },
  'hidden-rows': {
    zh: '工作表中有隐藏行（第 {rows} 行），已照常读取：如其中有不应参加评估的学校，请删除该行或更正数据',
    en: 'The sheet has hidden rows ({rows}); they were read like the others: delete them or correct their data if they should not be evaluated',
  },
  'duplicate-column': {
    zh: '{first}「{firstHeader}」和 {other}「{otherHeader}」都是“{field}”：已使用 {first}，忽略 {other}。如需使用另一列，{@mapping}',
    en: '{first} "{firstHeader}" and {other} "{otherHeader}" both hold {field}: {first} is used and {other} ignored. To use the other one, {@mapping}',
  },
  'parts-not-added': {
    zh: '“{field}”使用合计列 {whole}「{header}」；分列 {parts} 不再相加。',
    en: '{field} is read from the total column {whole} "{header}"; the part columns {parts} are not added again.',
  },
  'type-words': {
    zh: '小学、初中、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校、职业学校 或 高中',
    en: '小学, 初中, 九年一贯制学校, 完全中学, 十二年一贯制学校, 教学点, 特殊教育学校, 职业学校 or 高中',
  },
  'ownership-words': { zh: '公办 或 民办', en: '公办 (public) or 民办 (private)' },
  'note-form': { zh: '“日期：…”', en: '"日期：…"' },
  'name-header-words': { zh: '“学校名称”（或 学校、校名、单位名称）', en: '学校名称, 学校, 校名 or 单位名称' },
  'data-header-words': {
    zh: '“在校生数”“专任教师数”“高于规定学历教师数”“教学及辅助用房面积”“教学仪器设备值”',
    en: '在校生数 (pupils), 专任教师数 (teachers), 高于规定学历教师数, 教学及辅助用房面积 or 教学仪器设备值',
  },
  'copy-text-cut': {
    zh: '{cell} 的文字有 {length} 个字符，超过 Excel 每个单元格最多 {limit} 个字符的上限：副本中只写入了前面部分（以“…”结尾），原文件未改动，完整文字请在原文件中查看',
    en: 'the text of {cell} has {length} characters, more than the {limit} an Excel cell can hold: the copy holds its beginning (ending in "…"); the original file is unchanged and has the whole text',
  },
  // -- Files that cannot be read, copies that cannot be written ------------------
  'read-limit': {
    zh: '这个工作簿超出了读取上限。请删去与学校表无关的内容后再试。',
    en: 'This workbook exceeds a reading limit. Delete the content unrelated to the school table and try again.',
  },
  'read-empty': {
    zh: '文件是空的，里面没有任何内容。请确认选择了正确的文件。',
    en: 'The file is empty. Check that you chose the right file.',
  },
  'read-legacy-xls': {
    zh: '这是旧版 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再试。',
    en: 'This is an old-style .xls file. Open it in Excel or WPS, use "Save As" to save it as .xlsx, and try again.',
  },
  'read-encrypted': {
    zh: '这个工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消打开密码后保存，再试一次。',
    en: 'This workbook needs a password to open, so it cannot be read. Open it in Excel or WPS, remove the password, save it, and try again.',
  },
  'read-damaged': {
    zh: '这个文件像是 .xlsx 工作簿，但已损坏或不完整（可能没有下载或复制完整），无法读取。请重新获取文件，或在 Excel 或 WPS 中打开后重新“另存为” .xlsx 再试。',
    en: 'This file looks like an .xlsx workbook but is damaged or incomplete (perhaps not fully downloaded or copied). Get a fresh copy, or open it in Excel or WPS and "Save As" .xlsx again, then try again.',
  },
  'read-no-sheets': {
    zh: '这个文件是压缩包，但里面没有 Excel 工作表。请选择 .xlsx 工作簿或 .csv 文件。',
    en: 'This file is a zip archive but holds no Excel worksheet. Choose an .xlsx workbook or a .csv file.',
  },
  'read-not-text': {
    zh: '无法识别这个文件：它既不是 .xlsx 工作簿，也不是 CSV 文本。请选择 .xlsx 或 .csv 文件；其他格式请先在 Excel 或 WPS 中“另存为” .xlsx。',
    en: 'This file is neither an .xlsx workbook nor CSV text. Choose an .xlsx or .csv file; save other formats as .xlsx in Excel or WPS first.',
  },
  'read-word': {
    zh: '这是 Word 文档，不是 Excel 工作簿（可能只是改了扩展名）。请把其中的学校表复制到 Excel 或 WPS 表格中，保存为 .xlsx 后再试。',
    en: 'This is a Word document, not an Excel workbook (perhaps only its extension was changed). Copy the school table into Excel or WPS Spreadsheets, save it as .xlsx, and try again.',
  },
  'read-office-other': {
    zh: '这是 Office 文件，但不是 Excel 工作簿（可能是演示文稿等，只是改了扩展名）。请把学校表复制到 Excel 或 WPS 表格中，保存为 .xlsx 后再试。',
    en: 'This is an Office file but not an Excel workbook (a presentation, say, with its extension changed). Copy the school table into Excel or WPS Spreadsheets, save it as .xlsx, and try again.',
  },
  'read-html': {
    zh: '这是网页文件（HTML），不是 Excel 工作簿。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再试。',
    en: 'This is a web page (HTML), not an Excel workbook. Open it in Excel or WPS, use "Save As" to save it as .xlsx, and try again.',
  },
  'read-limit-part-bytes': {
    zh: '工作簿的“{part}”解压后超过 {limit} MB 的读取上限，没有读完。学校表用不了这么多：请删去与学校表无关的工作表和内容，或把学校表复制到新工作簿后再试。',
    en: 'The workbook part "{part}" inflates to more than the {limit} MB reading limit. A school table needs far less: delete the sheets and content unrelated to it, or copy the table into a new workbook, and try again.',
  },
  'read-limit-shared-strings': {
    zh: '工作簿里的不同文字超过 {limit} 条的读取上限，没有读完。请删去与学校表无关的内容，或把学校表复制到新工作簿后再试。',
    en: 'The workbook holds more than the {limit} distinct texts the reader allows. Delete the content unrelated to the school table, or copy the table into a new workbook, and try again.',
  },
  'read-limit-shared-string-chars': {
    zh: '工作簿里的文字合计超过 {limit} 个字符的读取上限，没有读完。请删去与学校表无关的内容，或把学校表复制到新工作簿后再试。',
    en: 'The texts of the workbook add up to more than the {limit}-character reading limit. Delete the content unrelated to the school table, or copy the table into a new workbook, and try again.',
  },
  'read-limit-cell-chars': {
    zh: '工作簿里有单元格文字超过 Excel 允许的 {limit} 个字符，Excel 本身也打不开这样的内容。请在生成这个文件的程序中缩短它，或把学校表复制到新工作簿后再试。',
    en: 'A cell of the workbook holds more than the {limit} characters Excel allows; Excel cannot open it either. Shorten it in the program that wrote the file, or copy the school table into a new workbook, and try again.',
  },
  'read-limit-grid-slots': {
    zh: '工作表“{sheet}”用到的范围太大（到 {cell} 时超过 {limit} 个单元格的读取上限）。学校表通常只有几十列：请删除表格右侧或下方远处无关的内容，或把学校表复制到新工作表后再试。',
    en: 'The sheet "{sheet}" uses too large a range (past the {limit}-cell reading limit at {cell}). A school table has a few dozen columns: delete the stray content far to the right or below, or copy the table into a new sheet, and try again.',
  },
  'read-limit-merges': {
    zh: '工作簿里的合并单元格超过 {limit} 个的读取上限（工作表“{sheet}”）。请取消与学校表无关的合并，或把学校表复制到新工作簿后再试。',
    en: 'The workbook has more merged areas than the {limit} the reader allows (sheet "{sheet}"). Unmerge those unrelated to the school table, or copy the table into a new workbook, and try again.',
  },
  'copy-too-many-merges': {
    zh: '分析已完成，但无法写出副本：工作簿有 {count} 个合并单元格，超过写副本时能处理的 {limit} 个。请取消与学校表无关的合并（或把学校表复制到新工作簿）后再试。',
    en: 'The analysis is done but the copy cannot be written: the workbook has {count} merged areas, more than the {limit} the copy can handle. Unmerge those unrelated to the school table (or copy the table into a new workbook) and try again.',
  },
  'copy-covered-cells': {
    zh: '分析已完成，但无法写出副本：工作表“{sheet}”的合并单元格或数据有效性（下拉列表）覆盖了 {range} 等大片区域，超过写副本时能处理的 {limit} 个单元格。请把数据有效性和合并限制在学校表的行列内（或把学校表复制到新工作簿）后再试。',
    en: 'The analysis is done but the copy cannot be written: merged areas or data validations (drop-down lists) on the sheet "{sheet}" cover large areas such as {range}, more than the {limit} cells the copy can handle. Limit validations and merges to the school table’s rows and columns (or copy the table into a new workbook) and try again.',
  },
  'copy-too-wide': {
    zh: '分析已完成，但无法写出副本：CSV 文件超过 Excel 工作表最多 {limit} 列的上限。请删去右侧多余的列后再试。',
    en: 'The analysis is done but the copy cannot be written: the CSV file is wider than the {limit} columns an Excel sheet can hold. Delete the extra columns on the right and try again.',
  },
  'copy-unsupported': {
    zh: '分析已完成，但无法写出副本：这个工作簿本身有效，但用到了写副本的程序库读不了的写法（例如其他程序写的命名空间前缀、没有行号的行、批注或图表）。请在 Excel 或 WPS 中打开它并“另存为” .xlsx，再对新文件运行一次。',
    en: 'The analysis is done but the copy cannot be written: the workbook is valid but written in a way the library that writes the copy cannot read (such as namespace prefixes from other programs, rows without numbers, comments or charts). Open it in Excel or WPS, "Save As" .xlsx, and run again on the new file.',
  },
  'copy-sheet-name-taken': {
    zh: '分析已完成，但无法写出副本：工作簿里已有一张名为“{sheet}”的工作表，它不是本工具写的，不会被覆盖。请把它改名（或删除由旧版本写的报告表）后再试。',
    en: 'The analysis is done but the copy cannot be written: the workbook already has a sheet named "{sheet}" that this tool did not write, and it is never overwritten. Rename it (or delete report sheets written by an older version) and try again.',
  },
  'copy-earlier-replaced': {
    zh: '工作表{sheets}没有本工具的报告标记，但表名和标题行表明是旧版本写的报告表，副本中已按报告表替换。',
    en: 'Sheet(s) {sheets} had no report mark, but the names and title rows show reports written by an earlier version; the copy replaces them as reports.',
  },
  'reports-earlier-replaced': {
    zh: '工作表{sheets}没有本工具的报告标记，但表名和标题行表明是旧版本写的报告表，已按报告表替换。',
    en: 'Sheet(s) {sheets} had no report mark, but the names and title rows show reports written by an earlier version; replaced as reports.',
  },
  'quoted-name': { zh: '“{name}”', en: '"{name}"' },
  'column-cell': { zh: '{cell}「{header}」', en: '{cell} "{header}"' },
  'unparseable-number': { zh: '{cell}（{header}）：{reason}', en: '{cell} ({header}): {reason}' },
  'negative-number': {
    zh: '{cell}（{header}）：数值为负数，人数、面积、金额都不能为负：请改正',
    en: '{cell} ({header}): the number is negative; counts, areas and values cannot be: correct it',
  },
  'number-too-large': {
    zh: '{cell}（{header}）：数值大到无法计算：请检查数值和单位',
    en: '{cell} ({header}): the number is too large to compute with: check the number and its unit',
  },
  'implausible-number': {
    zh: '{cell}（{header}）：数值 {value} 大得不合常理（一所学校一般不超过 {max}）：请检查数值和单位（如 元 与 万元）',
    en: '{cell} ({header}): the value {value} is implausibly large (a school rarely exceeds {max}): check the number and its unit (yuan or 10 000 yuan?)',
  },
  'fractional-pupils': {
    zh: '{cell}（{header}）：在校生数为 {value}，不是整数；人数应为整数，已按 {value} 计算：请检查并填写整数人数',
    en: '{cell} ({header}): the pupil count is {value}, not a whole number; pupils are counted whole. It was used as {value}: check it and enter a whole number',
  },
  'number-formula-error': {
    zh: '单元格是公式错误「{text}」：请检查并修正该单元格的公式，或直接填写数值',
    en: 'the cell holds a formula error "{text}": fix the formula or enter the number',
  },
  'number-date-text': { zh: '「{text}」看起来是日期而不是数值：请填写数值', en: '"{text}" looks like a date, not a number: enter the number' },
  'number-ambiguous': {
    zh: '「{text}」不是明确的数值：请只填写阿拉伯数字（如 500），不要写“约”“左右”、中文数字或说明文字',
    en: '"{text}" is not an unambiguous number: enter digits only (e.g. 500), without "about", Chinese numerals or remarks',
  },
  'number-not-finite': { zh: '单元格不是有效数值（无穷大或非数字）：请填写数值', en: 'the cell is not a finite number: enter the number' },
  'number-logical': { zh: '单元格是逻辑值 {value}，不是数值：请填写数值', en: 'the cell holds the logical value {value}, not a number: enter the number' },
  'number-date-cell': {
    zh: '单元格看起来是日期而不是数值（可能被设成了日期格式）：请把单元格格式改为“常规”或“数值”并填写数值',
    en: 'the cell looks like a date, not a number (perhaps it is formatted as a date): set the format to General or Number and enter the number',
  },
  'number-unreadable': { zh: '单元格内容无法识别为数值：请填写数值', en: 'the cell cannot be read as a number: enter the number' },
  'number-formula-no-result': {
    zh: '单元格是公式，但文件里没有保存它的计算结果：文件如是由程序或系统导出的，请在 Excel 或 WPS 中打开并保存一次后再试；公式的结果如本来就是空白，请填写数值',
    en: 'the cell holds a formula but the file has no saved result for it: if a program or system exported the file, open it in Excel or WPS, save it once and try again; if the formula gives a blank, enter the figure',
  },
  'unrecognised-type-cell': {
    zh: '{cell}：学校类型「{text}」无法识别，已按校名或所在分组判断：请填写 {types}',
    en: '{cell}: school type "{text}" is not recognised and was judged from the name or the group: write {types}',
  },
  'unknown-ownership': {
    zh: '{cell}：办学性质「{text}」无法识别：请填写 {ownerships}',
    en: '{cell}: ownership "{text}" is not recognised: write {ownerships}',
  },
  'missing-name': {
    zh: '{cell}：这一行有数据但没有学校名称，未读取：请填写学校名称',
    en: '{cell}: this row has figures but no school name and was not read: fill in the name',
  },
  'name-formula-error': {
    zh: '{cell}：学校名称是公式错误「{text}」，这一行未作为学校读取：请修正该单元格的公式（常见原因是它引用的行、列或工作表已被删除），或直接填写学校名称',
    en: '{cell}: the school name is the formula error "{text}", so this row was not read as a school: fix the formula (usually the row, column or sheet it refers to was deleted) or type the name',
  },
  'note-like-name': {
    zh: '{cell}：名称像表下备注（如“日期”“审核”开头），但这一行有数据，已作为学校读取；如果它是备注，请写成{noteForm}的形式或删去数据',
    en: '{cell}: the name reads like a footer note, but the row has figures, so it was read as a school; if it is a note, write it as {noteForm} or remove the figures',
  },
  'merged-number': {
    zh: '{cell}：数值单元格合并了第 {rows} 行（{area}），数值只计入第 {first} 行，其余行按空白处理：请拆分合并单元格，按学校分别填写',
    en: '{cell}: a number cell is merged over rows {rows} ({area}); the value counts for row {first} only and the other rows read blank: unmerge it and enter each school\'s own figure',
  },
  'duplicate-name': {
    zh: '{cell}：学校名称「{name}」与第 {earlier} 行重复，两行都已读取：如是同一所学校，请删除重复的一行；如是两所学校，请写全校名以便区分',
    en: '{cell}: the school name "{name}" repeats row {earlier}; both rows were read: delete one if they are the same school, or write the full names to tell them apart',
  },
} satisfies Record<string, L10n>;

export type MessageCode = keyof typeof CATALOGUE;

/** A catalogued message before it is words: its code and parameters (rendered by `render.ts`). */
export interface CatalogueMessage {
  code: MessageCode;
  params: Params;
}

/**
 * Whether a code is in the catalogue.
 *
 * @example
 * isCatalogued('no-schools'); // true
 */
export function isCatalogued(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}
