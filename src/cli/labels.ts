/**
 * The command line's own labels: headings of its text layout. Sentences about
 * what a result means come from the core's findings and catalogue.
 */
import type { L10n } from '../core/types';

export const CLI_LABELS = {
  file: { zh: '文件：{file}', en: 'File: {file}' },
  sheet: { zh: '工作表：{sheet}（表头第 {header} 行，数据第 {first}–{last} 行）', en: 'Sheet: {sheet} (header rows {header}, data rows {first}–{last})' },
  hiddenSheet: { zh: '注意：这个工作表在工作簿中是隐藏的。', en: 'Note: this sheet is hidden in the workbook.' },
  ruleset: { zh: '规则集：{name} · {id}', en: 'Ruleset: {name} · {id}' },
  sectionHeading: { zh: '【{section}】{schools} 个学校（学部），在校生 {pupils} 人', en: '[{section}] {schools} school entries, {pupils} pupils' },
  noSchools: { zh: '【{section}】没有参与分析的学校', en: '[{section}] no school analysed' },
  rowNumber: { zh: '第 {row} 行', en: 'row {row}' },
  notComputed: { zh: '未计算（表中无此列）', en: 'not computed (no column)' },
  messagesTitle: { zh: '提示信息（{n} 条）', en: 'Messages ({n})' },
  moreMessages: {
    zh: '  …… 还有 {n} 条，完整列表见 --json 输出或 --out 报告的“剔除说明”表',
    en: '  … {n} more; see the --json output or the exclusions sheet of the --out report',
  },
} satisfies Record<string, L10n>;
