/**
 * Every text the web page shows, Chinese first.
 */
import { fill } from '../core/present';
import type { L10n, Lang } from '../core/types';

export const STRINGS = {
  title: { zh: '均衡 — 义务教育均衡发展指标分析', en: 'Junheng — compulsory-education balance check' },
  privacy: {
    zh: '所有计算都在本机浏览器中完成，工作簿不会上传到任何地方。',
    en: 'Everything runs in this browser; the workbook is never uploaded anywhere.',
  },
  language: { zh: '界面语言', en: 'Language' },
  step1: { zh: '1. 选择规则', en: '1. Choose the rules' },
  step2: { zh: '2. 选择工作簿', en: '2. Choose a workbook' },
  rulesetCustom: { zh: '自定义规则集（JSON 文件）', en: 'Custom ruleset (JSON file)' },
  chooseRulesetFile: { zh: '选择规则集文件…', en: 'Choose ruleset file…' },
  rulesetLoaded: { zh: '已载入：{name}', en: 'Loaded: {name}' },
  rulesetErrors: { zh: '规则集文件有误', en: 'The ruleset file has errors' },
  dropHere: { zh: '把 .xlsx 或 .csv 文件拖到这里，或', en: 'Drop an .xlsx or .csv file here, or' },
  chooseFile: { zh: '选择文件…', en: 'Choose file…' },
  fileInput: { zh: '学校办学条件工作簿（.xlsx 或 .csv）', en: 'School conditions workbook (.xlsx or .csv)' },
  reading: { zh: '正在读取和计算…', en: 'Reading and computing…' },
  readFailed: { zh: '无法分析这个文件', en: 'This file could not be analysed' },
  noSchoolSheet: {
    zh: '工作簿中没有找到学校表（需要“学校名称”和“在校生数”列）。请检查表头，或选择其他工作表。',
    en: 'No school table was found (it needs a school-name and a pupils column). Check the header or choose another sheet.',
  },
  sheet: { zh: '工作表', en: 'Sheet' },
  analysedSheet: { zh: '分析的工作表：{sheet}（表头第 {header} 行，数据第 {first}–{last} 行）', en: 'Sheet analysed: {sheet} (header row {header}, data rows {first}–{last})' },
  countyVerdict: { zh: '县域结论', en: 'County verdict' },
  countyPasses: { zh: '县域差异系数全部达标', en: 'All county CVs are within their limits' },
  countyFails: { zh: '县域差异系数未全部达标', en: 'Some county CVs exceed their limits' },
  countyUndecided: { zh: '县域结论无法判断，请查看下方提示', en: 'The county verdict cannot be decided; see the messages below' },
  summaryLine: {
    zh: '参与分析 {schools} 所学校（其中民办 {private} 所），{failing} 所未达标，剔除 {excluded} 行，提示 {messages} 条。',
    en: '{schools} schools analysed ({private} private), {failing} failing, {excluded} rows excluded, {messages} messages.',
  },
  sectionTitle: { zh: '{section}：{schools} 所学校，{pupils} 名学生', en: '{section}: {schools} schools, {pupils} pupils' },
  sectionEmpty: { zh: '本学段没有参与分析的学校。', en: 'No school of this section was analysed.' },
  indicator: { zh: '指标', en: 'Indicator' },
  mean: { zh: '县均值', en: 'County mean' },
  cv: { zh: '差异系数', en: 'CV' },
  limit: { zh: '限值', en: 'Limit' },
  verdict: { zh: '结论', en: 'Verdict' },
  composite: { zh: '综合差异系数', en: 'Composite CV' },
  chartLabel: {
    zh: '{section}各指标差异系数与限值 {limit} 的对比图',
    en: '{section}: each indicator’s CV against the limit {limit}',
  },
  limitLine: { zh: '限值 {limit}', en: 'limit {limit}' },
  failingTitle: { zh: '有指标未达到标准的学校', en: 'Schools with indicators below the standard' },
  failingNone: { zh: '所有参与分析的学校各项指标均达到标准。', en: 'Every analysed school meets every standard.' },
  school: { zh: '学校', en: 'School' },
  row: { zh: '行', en: 'Row' },
  section: { zh: '学段', en: 'Section' },
  value: { zh: '现值', en: 'Value' },
  standard: { zh: '标准', en: 'Standard' },
  misses: { zh: '未达标指标及缺口', en: 'Indicators below the standard, and what is missing' },
  schoolVerdict: { zh: '学校是否达标', en: 'School passes' },
  passes: { zh: '达标', en: 'passes' },
  fails: { zh: '未达标', en: 'fails' },
  undecided: { zh: '无法判断', en: 'undecided' },
  belowFloor: { zh: '低于85%底线', en: 'below 85 % floor' },
  excludedTitle: { zh: '剔除的行', en: 'Excluded rows' },
  excludedNone: { zh: '没有剔除的行。', en: 'No row was excluded.' },
  reason: { zh: '原因', en: 'Reason' },
  messagesTitle: { zh: '提示信息', en: 'Messages' },
  messagesNone: { zh: '没有提示信息。', en: 'No messages.' },
  cell: { zh: '单元格', en: 'Cell' },
  message: { zh: '说明', en: 'Message' },
  severity: { zh: '级别', en: 'Severity' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  download: { zh: '下载标注后的工作簿', en: 'Download the annotated workbook' },
  downloading: { zh: '正在生成…', en: 'Preparing…' },
  downloadHint: {
    zh: '副本中增加了学校指标表、差异系数表、整改台账和剔除说明，并在原表中用深色标出未达标的数值；原文件不会被修改。',
    en: 'The copy adds the school indicators, county CVs, rectification ledger and exclusions sheets, and marks failing values on your sheet; your file is not changed.',
  },
  downloadFailed: { zh: '生成工作簿失败', en: 'The workbook could not be written' },
  // Comparison with an earlier check (EarlierInput, Progress).
  earlierInput: { zh: '上次的工作簿或结果（可选）', en: 'Earlier workbook or result (optional)' },
  earlierHint: {
    zh: '与上次检查比较（整改消号）：选择上次的工作簿，或命令行 --json 保存的结果文件；用同样的规则分析。',
    en: 'Compare with an earlier check: choose the earlier workbook, or a result file saved with --json; it is analysed with the same rules.',
  },
  chooseEarlier: { zh: '选择上次的文件…', en: 'Choose the earlier file…' },
  clearEarlier: { zh: '不比较', en: 'Do not compare' },
  earlierLoaded: { zh: '上次：{name}', en: 'Earlier: {name}' },
} satisfies Record<string, L10n>;

export type StringKey = keyof typeof STRINGS;

/**
 * A page text in `lang`, with `{name}` placeholders filled.
 *
 * @example
 * t('rulesetLoaded', 'zh', { name: '某省标准' }); // '已载入：某省标准'
 */
export function t(key: StringKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(STRINGS[key][lang], values);
}
