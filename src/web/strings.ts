/**
 * The web page's own labels: its controls, headings and table headers, Chinese
 * first. Sentences about what a result means come from the core's findings
 * (`core/findings/words.ts`) and message catalogue, never from here.
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

  // 1. Ruleset (the catalogue names this control “规则集” dropdown).
  step1: { zh: '1. 规则集', en: '1. Ruleset' },
  rulesetCustom: { zh: '自定义规则集（JSON 文件）', en: 'Custom ruleset (JSON file)' },
  chooseRulesetFile: { zh: '选择规则集文件…', en: 'Choose ruleset file…' },
  rulesetLoaded: { zh: '已载入：{name}', en: 'Loaded: {name}' },
  rulesetErrors: { zh: '规则集文件有误', en: 'The ruleset file has errors' },

  // 2. Workbook.
  step2: { zh: '2. 选择工作簿', en: '2. Choose a workbook' },
  dropHere: { zh: '把 .xlsx、.xls 或 .csv 文件拖到这里，或', en: 'Drop an .xlsx, .xls or .csv file here, or' },
  chooseFile: { zh: '选择文件…', en: 'Choose file…' },
  fileInput: { zh: '学校办学条件工作簿（.xlsx、.xls 或 .csv）', en: 'School conditions workbook (.xlsx, .xls or .csv)' },
  // Progress of the analysis worker (RunProgress): one label per stage.
  progressLabel: { zh: '进度', en: 'Progress' },
  stageRead: { zh: '读取：正在读取工作簿…', en: 'Reading the workbook…' },
  stageAnalyse: { zh: '分析：正在计算指标和差异系数…', en: 'Analysing: indicators and CVs…' },
  stageWrite: { zh: '写出报表：正在生成标注后的工作簿…', en: 'Writing the report: preparing the annotated workbook…' },
  stageOf: { zh: '{stage}（第 {n} 步，共 {total} 步）', en: '{stage} (step {n} of {total})' },
  readFailed: { zh: '无法分析这个文件', en: 'This file could not be analysed' },
  noTable: { zh: '没有找到学校表', en: 'No school table found' },
  sheet: { zh: '工作表', en: 'Sheet' },
  analysedSheet: { zh: '分析的工作表：{sheet}（表头第 {header} 行）', en: 'Sheet analysed: {sheet} (header rows {header})' },
  analysedRows: { zh: '数据第 {first}–{last} 行', en: 'data rows {first}–{last}' },

  // 3. Column mapping (the catalogue names this control the “列映射” panel).
  mappingTitle: { zh: '列映射', en: 'Column mapping' },
  mappingSummary: { zh: '已识别 {mapped} 项数据对应的列。', en: 'Columns found for {mapped} fields.' },
  mappingShow: { zh: '查看或修改列映射', en: 'Show or change the column mapping' },
  mappingHide: { zh: '收起列映射', en: 'Hide the column mapping' },
  mappingAll: { zh: '显示全部字段', en: 'Show all fields' },
  mappingReset: { zh: '恢复自动识别', en: 'Back to the detected columns' },
  noColumn: { zh: '（无）', en: '(none)' },
  columnOption: { zh: '{column} 列：{header}', en: 'Column {column}: {header}' },

  // Results.
  sectionsTitle: { zh: '各学段差异系数', en: 'CVs by section' },
  listsTitle: { zh: '学校与数据', en: 'Schools and rows' },
  chartLabel: { zh: '{section}各指标差异系数与其限值的对比图', en: '{section}: each CV against its own limit' },
  limitMark: { zh: '限值 {limit}', en: 'limit {limit}' },
  noLimit: { zh: '（单项不设限值）', en: ' (no limit of its own)' },
  messagesTitle: { zh: '提示信息（{n} 条）', en: 'Messages ({n})' },
  messagesNone: { zh: '没有提示信息。', en: 'No messages.' },
  moreMessages: { zh: '…… 还有 {count} 条，见下载的工作簿中的“剔除说明”表。', en: '… {count} more: see the exclusions sheet of the downloaded workbook.' },
  showMore: { zh: '显示更多（再显示 {n} 项）', en: 'Show {n} more' },
  cell: { zh: '单元格', en: 'Cell' },
  message: { zh: '说明', en: 'Message' },
  severity: { zh: '级别', en: 'Severity' },
  download: { zh: '下载标注后的工作簿', en: 'Download the annotated workbook' },
  downloading: { zh: '正在生成…', en: 'Preparing…' },
  downloadHint: {
    zh: '副本中增加了学校指标表、差异系数表、整改台账和剔除说明，并在原表中标出未达标的数值；原文件不会被修改。',
    en: 'The copy adds the school indicators, county CVs, rectification ledger and exclusions sheets, and marks failing values on your sheet; your file is not changed.',
  },
  downloadFailed: { zh: '生成工作簿失败', en: 'The workbook could not be written' },
  copyNotes: { zh: '关于下载的副本', en: 'About the downloaded copy' },
  // Comparison with an earlier check (EarlierInput, Progress).
  earlierInput: { zh: '上次的工作簿或结果（可选）', en: 'Earlier workbook or result (optional)' },
  earlierHint: {
    zh: '与上次检查比较（整改消号）：选择上次的工作簿，或命令行 --json 保存的结果文件；用同样的规则分析。',
    en: 'Compare with an earlier check: choose the earlier workbook, or a result file saved with --json; it is analysed with the same rules.',
  },
  chooseEarlier: { zh: '选择上次的文件…', en: 'Choose the earlier file…' },
  clearEarlier: { zh: '不比较', en: 'Do not compare' },
  earlierLoaded: { zh: '上次：{name}', en: 'Earlier: {name}' },
  // 整改测算 (PlanPanel and the shared PlanView).
  planTitle: { zh: '整改测算', en: 'Rectification plan' },
  planShow: { zh: '测算整改方案', en: 'Work out the plan' },
  planHint: {
    zh: '每所学校至少增加多少，才能使学校全部达标、差异系数全部在限值内。可修改某校的增加量试算；某校无法建设时勾选“锁定”，其余学校分担。',
    en: 'The least each school must add for every school and CV to pass. Change an amount to try it; lock a school that cannot build and the others take its share.',
  },
  planDownload: { zh: '下载含整改测算表的工作簿', en: 'Download the workbook with the plan sheet' },
  planDownloadApplied: { zh: '下载测算后的工作簿', en: 'Download the planned workbook' },
  planAppliedHint: {
    zh: '测算后的工作簿在您的资源单元格上加上了增量（万元列仍按万元），可再次分析查看整改后的结果；只适用于 .xlsx 文件。',
    en: 'The planned workbook has the additions added to your resource cells (a 万元 column stays in 万元); analyse it again to see the county after the plan. .xlsx files only.',
  },
  planAppliedSuffix: { zh: '-测算后', en: '-planned' },
} satisfies Record<string, L10n>;

export type StringKey = keyof typeof STRINGS;

/**
 * A page label in `lang`, with `{name}` placeholders filled.
 *
 * @example
 * t('rulesetLoaded', 'zh', { name: '某省标准' }); // '已载入：某省标准'
 */
export function t(key: StringKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(STRINGS[key][lang], values);
}
