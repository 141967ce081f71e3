/**
 * The planner's domain sentences, one home for every surface (command line,
 * report sheet): `{ zh, en }` templates rendered with `phrase()`.
 */
import type { L10n } from '../types';
import type { PlanReason } from './types';

export const PLAN_TEXT = {
  title: { zh: '整改测算 — {ruleset}', en: 'Rectification plan — {ruleset}' },
  file: { zh: '文件：{file}', en: 'File: {file}' },
  noCosts: {
    zh: '单位成本：未设置，只按资源数量测算（可用 --cost teaching-space=3500 等设置）',
    en: 'Unit costs: none set; the plan is in resource units only (set them with --cost teaching-space=3500 …)',
  },
  costs: { zh: '单位成本：{list}', en: 'Unit costs: {list}' },
  costItem: { zh: '{name} {value} 元/{unit}', en: '{name} {value} yuan per {unit}' },
  section: { zh: '【{section}】', en: '[{section}]' },
  schoolRule: { zh: '  学校达标：', en: '  Schools to bring up to the school rule:' },
  cvRule: { zh: '  差异系数：', en: '  CVs:' },
  compositeRule: {
    zh: '  综合差异系数 {before} → {after}（限值 {limit}），降低以下成本最低的指标：',
    en: '  Composite CV {before} → {after} (limit {limit}), by lowering the cheapest indicators:',
  },
  nothing: { zh: '    无需增加', en: '    nothing to add' },
  cvLine: {
    zh: '    {indicator}：{before} → {after}（限值 {limit}），增加 {amount} {unit}，{schools} 所学校',
    en: '    {indicator}: {before} → {after} (limit {limit}), add {amount} {unit} at {schools} schools',
  },
  addition: {
    zh: '      {school}（第 {row} 行）{indicator}增加 {amount} {unit}{cost}：{effects}{why}',
    en: '      {school} (row {row}){indicator} add {amount} {unit}{cost}: {effects}{why}',
  },
  additionIndicator: { zh: '{indicator}', en: ' {indicator}:' },
  why: { zh: '（{why}）', en: ' ({why})' },
  effect: { zh: '{part}{current} → {target}', en: '{part}{current} → {target}' },
  cost: { zh: '（{cost} 元）', en: ' ({cost} yuan)' },
  shared: {
    zh: '（学校整体添置，按 1 : 1.1 : 1.32 分到各学部）',
    en: ' (added to the whole school, shared by its sections 1 : 1.1 : 1.32)',
  },
  totals: { zh: '合计', en: 'Totals' },
  total: { zh: '  {indicator}：增加 {amount} {unit}，{schools} 所学校{cost}', en: '  {indicator}: add {amount} {unit} at {schools} schools{cost}' },
  budget: { zh: '预算合计：{budget} 元', en: 'Budget: {budget} yuan' },
  budgetPartial: { zh: '（不含未设单位成本的：{list}）', en: ' (leaving out, for lack of a unit cost: {list})' },
  verified: {
    zh: '核验：按测算后的数据重新分析，{schools} 个学校（学部）全部达标，{cvs} 项差异系数全部在限值内。',
    en: 'Verified: analysed again with the planned additions, all {schools} school sections pass and all {cvs} CVs are within their limits.',
  },
  notVerified: {
    zh: '核验未通过：按测算后的数据重新分析，仍有 {schools} 个学校（学部）未达标、{cvs} 项差异系数超限；请检查这些学校的数据。',
    en: 'Not verified: analysed again with the planned additions, {schools} school sections still fail and {cvs} CVs are still over their limits; check those schools\' figures.',
  },
  locked: {
    zh: '已锁定 {n} 所学校（{names}）：不为它们安排增量，其余学校分担；它们自己未达标的指标仍未达标。',
    en: '{n} schools locked ({names}): nothing is planned for them and the other schools take their share; their own misses stay.',
  },
  tried: {
    zh: '试算：按修改后的增量重新分析，整改后的县域结论和差异系数如下。',
    en: 'Trial: analysed again with the amounts as changed; the county verdict and CVs after them are below.',
  },
  unplannableSchools: {
    zh: '无法用增加资源解决（“≤”指标越低越好，测算只做增加）：{schools}未达到“{indicators}”的要求，超出学校标准允许的未达标项数或低于底线，需另行整改（如调整学生数）；这些学校不计入测算和核验。',
    en: 'Cannot be fixed by adding resources (a "≤" indicator is better lower; the plan only adds): {schools} miss "{indicators}" beyond what the school rule allows or below the floor, and need other measures (such as moving pupils); they are left out of the plan and its verification.',
  },
  unplannableCvs: {
    zh: '无法用增加资源解决：“≤”指标（越低越好）的差异系数超限 — {list}；增加资源只会使学校偏离这类指标的要求，测算不处理，也不计入核验。',
    en: 'Cannot be fixed by adding resources: CVs of "≤" indicators (better lower) over their limit — {list}; adding would move schools away from such an indicator, so the plan leaves them and its verification does not count them.',
  },
  unplannableCv: { zh: '{section}{indicator} {cv}（限值 {limit}）', en: '{section} {indicator} {cv} (limit {limit})' },
  nothingToPlan: { zh: '所有学校达标，差异系数全部在限值内：无需整改。', en: 'Every school passes and every CV is within its limit: nothing to add.' },
  applyWritten: {
    zh: '已写出测算后的工作簿：{file}（在您的资源单元格上加上测算的增量；用 analyze 分析它可看到整改后的结果）',
    en: 'Planned workbook written: {file} (the planned additions added to your resource cells; analyse it to see the county after the plan)',
  },
  sheetTitle: { zh: '整改测算 — {ruleset}', en: 'Rectification plan — {ruleset}' },
  sheetNote: {
    zh: '每所学校至少要增加多少（资源本身的单位，可计数的为整数），使未达标学校达标、超限的差异系数回到限值内；一贯制学校的增量加在学校整体上，按加权学生数分到各学部。已按测算后的数据重新分析核验。',
    en: 'The least each school must add (in the resource\'s unit, whole units for counted things) for failing schools to pass and CVs over their limits to come within them; a multi-section school\'s addition goes to the whole school and is shared by weighted pupils. Verified by analysing the planned data again.',
  },
  sheetAdditions: { zh: '一、逐校增量', en: '1. Additions by school' },
  sheetIndicators: { zh: '二、各指标差异系数（整改前后）', en: '2. CVs before and after' },
  sheetTotals: { zh: '三、合计与预算', en: '3. Totals and budget' },
} satisfies Record<string, L10n>;

/** Column headers of the plan sheet. */
export const PLAN_HEADERS = {
  additions: [
    { zh: '序号', en: 'No.' },
    { zh: '学校', en: 'School' },
    { zh: '原表行号', en: 'Row' },
    { zh: '指标', en: 'Indicator' },
    { zh: '学段', en: 'Section' },
    { zh: '现值', en: 'Current' },
    { zh: '测算后', en: 'Planned' },
    { zh: '增加', en: 'Add' },
    { zh: '单位', en: 'Unit' },
    { zh: '费用（元）', en: 'Cost (yuan)' },
    { zh: '原因', en: 'Why' },
  ],
  indicators: [
    { zh: '学段', en: 'Section' },
    { zh: '指标', en: 'Indicator' },
    { zh: '县均值（前）', en: 'Mean before' },
    { zh: '县均值（后）', en: 'Mean after' },
    { zh: '差异系数（前）', en: 'CV before' },
    { zh: '差异系数（后）', en: 'CV after' },
    { zh: '限值', en: 'Limit' },
    { zh: '增加的学校数', en: 'Schools raised' },
  ],
  totals: [
    { zh: '指标', en: 'Indicator' },
    { zh: '增加', en: 'Add' },
    { zh: '单位', en: 'Unit' },
    { zh: '学校数', en: 'Schools' },
    { zh: '费用（元）', en: 'Cost (yuan)' },
  ],
} satisfies Record<string, L10n[]>;

/** Why an addition is planned, as the plan shows it. */
export const REASON_TEXT: Record<PlanReason, L10n> = {
  standard: { zh: '达到标准', en: 'to the standard' },
  floor: { zh: '达到 {ratio} 底线', en: 'to the {ratio} floor' },
  cv: { zh: '缩小差异系数', en: 'to lower the CV' },
};

/** Joins list items in each language. */
export const LIST_SEPARATOR: L10n = { zh: '、', en: ', ' };
