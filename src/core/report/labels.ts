/**
 * Every title and label the report sheets show, Chinese first.
 */
import type { L10n } from '../types';
import type { ReportSheetKey } from './types';

/** Every report sheet name starts with this, in both languages, so earlier runs can be found. */
export const REPORT_SHEET_PREFIX = '均衡-';

/** Sheet names after the prefix. */
export const SHEET_NAMES: Record<ReportSheetKey, L10n> = {
  schools: { zh: '学校指标', en: 'School indicators' },
  county: { zh: '差异系数', en: 'County CV' },
  ledger: { zh: '整改台账', en: 'Rectification ledger' },
  exclusions: { zh: '剔除说明', en: 'Exclusions and messages' },
  progress: { zh: '整改进展', en: 'Rectification progress' },
  plan: { zh: '整改测算', en: 'Rectification plan' },
};

/**
 * Title rows (A1) that report sheets had before the report mark existed, beyond
 * today's titles: an earlier copy is recognised by its exact sheet name and title.
 */
export const EARLIER_TITLES: Partial<Record<ReportSheetKey, L10n[]>> = {
  schools: [{ zh: '学校办学条件指标表', en: 'School indicators' }],
  county: [{ zh: '县域差异系数表', en: 'County coefficients of variation' }],
};

/** What the annotated copy's file name adds to the workbook's: 县直学校-均衡分析.xlsx (the command line and the web page alike). */
export const COPY_SUFFIX: L10n = { zh: '-均衡分析', en: '-balance' };

export const LABELS = {
  // Schools sheet
  schoolsTitle: { zh: '学校资源配置指标表（表Ⅱ-2）', en: 'School resource indicators (form II-2)' },
  formCounts: {
    zh: '小学学校总数{primary}所（其中：一贯制学校的小学部有{primaryParts}所，{minPupils}人及以上教学点有{points}个）；初中学校总数{junior}所（其中：一贯制学校的初中部{juniorParts}所，完全中学的初中部{complete}所）',
    en: 'Primary schools: {primary} (of which primary parts of through-train schools: {primaryParts}; teaching points with {minPupils} or more pupils: {points}); junior secondary schools: {junior} (of which junior parts of through-train schools: {juniorParts}; junior parts of complete secondary schools: {complete})',
  },
  schoolsNote: {
    zh: '数值按规则集的小数位显示，判断按未舍入的数值。深灰底纹：未达到标准；红色底纹：低于标准的{floor}。是否达标：1 为达标，空白为未达标，— 为无法判定。',
    en: 'Values are shown with the ruleset\'s decimals and judged unrounded. Grey: below the standard; red: below {floor} of it. Passes: 1 passes, empty fails, — cannot be decided.',
  },
  serial: { zh: '序号', en: 'No.' },
  school: { zh: '学校名称', en: 'School' },
  ledgerSchool: { zh: '学校', en: 'School' },
  sourceRow: { zh: '原表行号', en: 'Row' },
  schoolType: { zh: '学校类型', en: 'Type' },
  pupils: { zh: '在校生数', en: 'Pupils' },
  misses: { zh: '未达标项数', en: 'Missed' },
  passes: { zh: '是否达标', en: 'Passes' },
  standardRow: { zh: '标准值', en: 'Standard' },
  noStandard: { zh: '未设标准', en: 'no standard' },
  sectionSchools: { zh: '{section}：{schools}所学校（校区/学部），在校生{pupils}人', en: '{section}: {schools} schools (parts), {pupils} pupils' },
  noSchools: { zh: '本学段没有参与分析的学校。', en: 'No school of this section was analysed.' },
  borderlineNote: {
    zh: '临界值：按两位小数显示会与实际判断相反，请核实原始数据。',
    en: 'Borderline: the 2-decimal display would flip the verdict; check the source figures.',
  },

  // County sheet
  countyTitle: { zh: '县域义务教育学校资源配置差异系数表（表Ⅲ）', en: 'County coefficients of variation of school resources (form III)' },
  schoolCategory: { zh: '学校类别', en: 'Schools' },
  item: { zh: '项目', en: 'Item' },
  countyMean: { zh: '全县平均值', en: 'County mean' },
  overall: { zh: '综合', en: 'Composite' },
  notApplicable: { zh: '——', en: '——' },
  analysisTitle: { zh: '分析：各指标差异系数与限值', en: 'Analysis: each CV against its limit' },
  countyNote: {
    zh: '差异系数按在校生数加权计算（加权标准差 ÷ 加权平均数）。县均值保留两位小数，差异系数保留三位小数，判断按未舍入的数值。',
    en: 'CVs are pupil-weighted (weighted standard deviation ÷ weighted mean). Means are shown to 2 decimals, CVs to 3, judged unrounded.',
  },
  indicator: { zh: '指标', en: 'Indicator' },
  unit: { zh: '单位', en: 'Unit' },
  mean: { zh: '县均值', en: 'County mean' },
  cv: { zh: '差异系数', en: 'CV' },
  limit: { zh: '限值', en: 'Limit' },
  verdict: { zh: '结论', en: 'Verdict' },
  schools: { zh: '学校数', en: 'Schools' },
  chart: { zh: '图示（┃为限值）', en: 'Chart (┃ marks the limit)' },
  composite: { zh: '综合差异系数', en: 'Composite CV' },
  contributionsTitle: {
    zh: '{section}各校对差异系数的贡献（占加权离差平方和的比例，数值大的学校拉大了差异）',
    en: '{section}: each school\'s share of the weighted squared deviation (large shares drive the CV up)',
  },
  chartTitle: { zh: '{section}差异系数与限值', en: '{section}: CVs against the limit' },

  // Ledger sheet
  ledgerTitle: { zh: '整改台账（未达到标准的指标）', en: 'Rectification ledger (indicators below the standard)' },
  ledgerNote: {
    zh: '每个未达到标准的指标一行，按学校分组（差距比例最大的学校在前），便于分发到各校整改；差距比例 = 缺口 ÷ 达到标准所需的资源。缺口以资源本身的单位计（㎡、元、人、间等），可计数的资源向上取整。整改措施、责任人、计划完成时间、完成情况由各校填写。',
    en: 'One row per indicator below its standard, grouped by school (the school with the largest relative gap first) so the list can go to each school; relative gap = shortfall ÷ the resource the standard requires. Shortfalls are in the resource\'s own unit; counted things are rounded up. Measures, person responsible, planned date and progress are for the school to fill in.',
  },
  section: { zh: '学段', en: 'Section' },
  value: { zh: '现值', en: 'Value' },
  standard: { zh: '标准值', en: 'Standard' },
  shortfall: { zh: '达到标准缺口', en: 'Shortfall to standard' },
  shortfallToFloor: { zh: '达到底线缺口', en: 'Shortfall to floor' },
  shortfallToFloorRatio: { zh: '到 {ratio} 底线缺口', en: 'Shortfall to {ratio} floor' },
  shortfallWithUnit: { zh: '缺口（单位）', en: 'Shortfall (unit)' },
  measures: { zh: '整改措施', en: 'Measures' },
  responsible: { zh: '责任人', en: 'Responsible' },
  plannedDate: { zh: '计划完成时间', en: 'Planned by' },
  progress: { zh: '完成情况', en: 'Progress' },
  shortfallUnit: { zh: '缺口单位', en: 'Unit' },
  gap: { zh: '差距比例', en: 'Relative gap' },
  schoolVerdict: { zh: '学校是否达标', en: 'School passes' },
  belowFloor: { zh: '低于底线', en: 'below floor' },

  // Exclusions sheet
  exclusionsTitle: { zh: '剔除说明与提示信息', en: 'Exclusions and messages' },
  exclusionsSummary: {
    zh: '参与分析 {schools} 所学校（其中民办 {private} 所），剔除 {excluded} 行。来源：{source}',
    en: '{schools} schools analysed ({private} private), {excluded} rows excluded. Source: {source}',
  },
  excludedTitle: { zh: '剔除的行', en: 'Excluded rows' },
  reason: { zh: '剔除原因', en: 'Reason' },
  noExcluded: { zh: '没有剔除的行。', en: 'No row was excluded.' },
  otherRowsTitle: { zh: '未作为学校读取的其他行', en: 'Other rows not read as schools' },
  rowKind: { zh: '行类别', en: 'Kind' },
  content: { zh: '内容', en: 'Content' },
  messagesTitle: { zh: '提示信息', en: 'Messages' },
  severity: { zh: '级别', en: 'Severity' },
  cell: { zh: '单元格', en: 'Cell' },
  unmarkableTitle: { zh: '未能标记的单元格（文本形式的数字）', en: 'Cells that cannot be marked (numbers stored as text)' },
  message: { zh: '说明', en: 'Message' },
  noMessages: { zh: '没有提示信息。', en: 'No messages.' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  rowKindNote: { zh: '备注', en: 'note' },
  rowKindSectionLabel: { zh: '学段标题', en: 'section label' },
  rowKindOther: { zh: '其他', en: 'other' },

  // Print: page header and footer, signature block
  pageNumber: { zh: '第 &P 页 共 &N 页', en: 'Page &P of &N' },
  analysisDate: { zh: '分析日期：{date}', en: 'Analysed on {date}' },
  preparer: { zh: '填表人：＿＿＿＿＿＿', en: 'Prepared by: ____________' },
  reviewer: { zh: '审核人：＿＿＿＿＿＿', en: 'Reviewed by: ____________' },
  unitHead: { zh: '单位负责人：＿＿＿＿＿＿', en: 'Head of unit: ____________' },
  fillDate: { zh: '填报日期：　　　　年　　月　　日', en: 'Date: ____________' },
  seal: { zh: '（单位盖章）', en: '(Official seal)' },
  trace: {
    zh: '规则集：{ruleset}（{id}）；数据来源：{source}；分析日期：{date}',
    en: 'Ruleset: {ruleset} ({id}); data: {source}; analysed on {date}',
  },
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
