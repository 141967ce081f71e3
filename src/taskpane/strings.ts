/**
 * The task pane's own labels: its steps, controls and the confirmations of its
 * actions, Chinese first. Sentences about what a result means come from the
 * core's findings (`core/findings/words.ts`) and message catalogue, never from
 * here. Step titles carry no number: the pane numbers the steps it shows.
 */
import { fill } from '../core/present';
import type { L10n, Lang } from '../core/types';

export const STRINGS = {
  appTitle: { zh: '均衡 · 义务教育均衡检查', en: 'Junheng · balance check' },
  demoTitle: { zh: '演示模式', en: 'Demo mode' },
  demoBody: {
    zh: '未连接 Excel，使用内置示例县数据。在 Excel 中打开本加载项即可检查您自己的工作簿。',
    en: 'Not connected to Excel: using the bundled sample county. Open the add-in in Excel to check your own workbook.',
  },

  // 1. Find the table.
  stepFind: { zh: '找到学校表', en: 'Find the school table' },
  sourceLabel: { zh: '从哪里读取学校表', en: 'Where to read the school table' },
  sourceSheet: { zh: '当前工作表（已用区域）', en: 'The active sheet (used range)' },
  sourceSelection: { zh: '当前选区', en: 'The selected cells' },
  sourceTable: { zh: '选区所在的 Excel 表格', en: 'The Excel table around the selection' },
  findButton: { zh: '查找学校表', en: 'Find the table' },
  finding: { zh: '正在读取…', en: 'Reading…' },
  foundWhere: { zh: '已读取 {address}', en: 'Read {address}' },
  foundHeader: { zh: '表头：第 {rows} 行', en: 'Header: row {rows}' },
  foundRows: { zh: '数据：第 {first}–{last} 行，{schools} 所学校', en: 'Data: rows {first}–{last}, {schools} schools' },
  foundNoRows: { zh: '数据：表头下没有学校行', en: 'Data: no school rows under the header' },
  foundTypes: { zh: '其中：{types}', en: 'Of which: {types}' },
  typeCount: { zh: '{type} {count}', en: '{count} {type}' },
  noTable: { zh: '没有找到学校表', en: 'No school table found' },

  // Column mapping (the catalogue names this step “列映射”).
  stepMapping: { zh: '列映射', en: 'Column mapping' },
  mappingSummary: { zh: '已识别 {mapped} 项数据对应的列。', en: 'Columns found for {mapped} fields.' },
  mappingShow: { zh: '查看或修改列映射', en: 'Show or change the column mapping' },
  mappingHide: { zh: '收起列映射', en: 'Hide the column mapping' },
  mappingAll: { zh: '显示全部字段', en: 'Show all fields' },
  noColumn: { zh: '（无）', en: '(none)' },
  columnOption: { zh: '{column} 列：{header}', en: 'Column {column}: {header}' },
  unitLabel: { zh: '{field}的单位', en: 'Unit of {field}' },
  unitYuan: { zh: '元', en: 'yuan' },
  unitWanYuan: { zh: '万元', en: '10 000 yuan' },
  missingTitle: { zh: '表中缺少规则需要的数据', en: 'The sheet lacks data the ruleset needs' },

  // Ruleset (the catalogue names this step “规则集”).
  stepRuleset: { zh: '规则集', en: 'Ruleset' },
  rulesetLabel: { zh: '评估规则', en: 'Rules' },
  rulesetUser: { zh: '（本工作簿）', en: ' (this workbook)' },
  rulesetNew: { zh: '新建省级规则', en: 'New provincial rules' },
  rulesetEdit: { zh: '编辑', en: 'Edit' },
  rulesetImport: { zh: '导入 JSON', en: 'Import JSON' },
  rulesetImportLabel: { zh: '粘贴规则集 JSON', en: 'Paste ruleset JSON' },
  rulesetImportButton: { zh: '导入', en: 'Import' },
  rulesetSaved: { zh: '规则“{name}”已保存到本工作簿，同事打开此文件也能使用。', en: 'Rules "{name}" are saved in this workbook; colleagues who open it get them too.' },
  rulesetDeleted: { zh: '规则“{name}”已从本工作簿删除。', en: 'Rules "{name}" were removed from this workbook.' },
  rulesetInvalidStored: { zh: '工作簿中保存的规则有误，已跳过', en: 'Rules stored in the workbook have errors and were skipped' },
  rulesetErrors: { zh: '规则有误，请修改', en: 'The rules have errors' },

  // Ruleset editor.
  editorTitleNew: { zh: '新建省级规则', en: 'New provincial rules' },
  editorTitleEdit: { zh: '编辑规则', en: 'Edit rules' },
  editorBase: { zh: '以此为基础', en: 'Start from' },
  editorName: { zh: '规则名称', en: 'Name' },
  editorIndicators: { zh: '指标与标准（留空表示不设标准）', en: 'Indicators and standards (blank: no standard)' },
  editorUse: { zh: '使用“{name}”', en: 'Use "{name}"' },
  editorStandard: { zh: '{section}标准', en: '{section} standard' },
  editorAddIndicator: { zh: '添加指标', en: 'Add an indicator' },
  editorAddPick: { zh: '要添加的指标', en: 'Indicator to add' },
  editorAddPlaceholder: { zh: '选择指标…', en: 'Choose an indicator…' },
  editorAddButton: { zh: '添加', en: 'Add' },
  editorSchoolRule: { zh: '学校达标规则', en: 'School rule' },
  editorMaxMisses: { zh: '允许不达标的指标数', en: 'Indicators a school may miss' },
  editorFloor: { zh: '不达标指标不低于标准的百分比（留空表示不限）', en: 'A missed indicator must reach this % of its standard (blank: no floor)' },
  editorCountyRule: { zh: '县域差异系数规则', en: 'County CV rule' },
  editorMode: { zh: '判断方式', en: 'How CVs are judged' },
  editorPerIndicator: { zh: '每项指标的差异系数都不超过限值', en: 'Every indicator’s CV within the limit' },
  editorComposite: { zh: '综合差异系数（各项平均）不超过限值', en: 'The composite CV (mean of all) within the limit' },
  editorLimit: { zh: '{section}差异系数限值', en: '{section} CV limit' },
  editorSave: { zh: '保存到工作簿', en: 'Save in the workbook' },
  editorCancel: { zh: '取消', en: 'Cancel' },
  editorDelete: { zh: '删除此规则', en: 'Delete these rules' },
  editorPerHundred: { zh: '每百名学生', en: 'per 100 pupils' },
  editorPerPupil: { zh: '生均', en: 'per pupil' },
  editorCustomName: { zh: '{scale}{field}', en: '{field} {scale}' },

  // Run.
  stepRun: { zh: '检查', en: 'Check' },
  runButton: { zh: '开始检查', en: 'Run the check' },
  runAgain: { zh: '重新检查', en: 'Check again' },
  runNeedsTable: { zh: '请先找到学校表。', en: 'Find the school table first.' },
  progressLabel: { zh: '检查进度', en: 'Progress' },
  progressRead: { zh: '正在读取工作表…', en: 'Reading the sheet…' },
  progressParse: { zh: '正在识别学校…', en: 'Recognising schools…' },
  progressAnalyze: { zh: '正在计算指标和差异系数…', en: 'Computing indicators and CVs…' },
  progressWrite: { zh: '正在写入报告工作表…', en: 'Writing the report sheets…' },
  progressDone: { zh: '完成', en: 'Done' },

  // Results.
  stepResults: { zh: '结果', en: 'Results' },
  indicatorLine: { zh: '均值 {mean} · 差异系数 {cv}', en: 'mean {mean} · CV {cv}' },
  limitPart: { zh: ' / 限值 {limit}', en: ' / limit {limit}' },
  compositeLine: { zh: '综合差异系数 {cv} / 限值 {limit}', en: 'Composite CV {cv} / limit {limit}' },
  messagesTitle: { zh: '提示信息（{count}）', en: 'Messages ({count})' },
  messagesNone: { zh: '没有提示信息。', en: 'No messages.' },
  moreMessages: { zh: '…… 还有 {count} 条，见写入的“均衡-剔除说明”工作表。', en: '… {count} more: see the exclusions sheet written to the workbook.' },
  showMore: { zh: '显示更多（再显示 {n} 项）', en: 'Show {n} more' },
  selectCell: { zh: '在表中选中 {address}', en: 'Select {address} in the sheet' },

  // Write.
  stepWrite: { zh: '写回工作簿', en: 'Write to the workbook' },
  writeReport: { zh: '写入报告工作表', en: 'Write report sheets' },
  markCells: { zh: '标记不达标单元格', en: 'Mark failing cells' },
  clearMarks: { zh: '清除标记', en: 'Clear marks' },
  writeHint: {
    zh: '报告写入以“均衡-”开头的新工作表，再次写入时替换；您的数据不会被改动。标记使用条件格式，数据修改后会自动更新。',
    en: 'Reports go to new sheets starting with “均衡-”, replaced on the next write; your data is never changed. Marks are conditional formats that follow later edits.',
  },
  wroteReport: { zh: '已写入 {count} 张报告工作表：{names}。', en: 'Wrote {count} report sheets: {names}.' },
  wroteReplaced: { zh: '（替换了上次的 {count} 张）', en: ' (replacing {count} from an earlier run)' },
  marked: {
    zh: '已添加 {count} 条条件格式规则（按列区域设置，不是单元格数），标出 {entries} 个学校（学部）未达到标准的数值。',
    en: 'Added {count} conditional-format rules (one per column range, not per cell), marking the values below standard of {entries} school entries.',
  },
  nothingToMark: { zh: '没有需要标记的单元格。', en: 'There is no failing cell to mark.' },
  cleared: { zh: '已清除均衡添加的 {count} 条条件格式规则，其他格式未动。', en: 'Removed the {count} conditional-format rules Junheng added; nothing else was touched.' },
  failed: { zh: '操作未完成', en: 'That did not work' },

  // History of checks kept in the workbook (components/History.tsx).
  historyTitle: { zh: '检查历史', en: 'Check history' },
  compareTitle: { zh: '与上次检查比较', en: 'Compared with the last check' },
  previousCheck: { zh: '上次检查：{date}', en: 'Last check: {date}' },
  trendTitle: { zh: '差异系数变化趋势（虚线为限值）', en: 'CV trends (the dashed line is the limit)' },
  trendLabel: { zh: '{section} {indicator}：{values}', en: '{section} {indicator}: {values}' },
  savedChecks: { zh: '保存在本工作簿中的检查（{n} 次，最多 {max} 次，满了删除最早的）', en: 'Checks saved in this workbook ({n}; at most {max}, the oldest dropped when full)' },
  savedCheck: { zh: '{date} · {sheet} · 未达标 {items} 项', en: '{date} · {sheet} · {items} items below standard' },
  deleteCheck: { zh: '删除', en: 'Delete' },
  deleteCheckLabel: { zh: '删除 {date} 的检查', en: 'Delete the check of {date}' },
  unknownDate: { zh: '日期未知', en: 'date unknown' },
  // 整改测算 (PlanStep and the shared PlanView).
  stepPlan: { zh: '整改测算', en: 'Rectification plan' },
  planShow: { zh: '测算整改方案', en: 'Work out the plan' },
  planHint: {
    zh: '每所学校至少增加多少，才能使学校全部达标、差异系数全部在限值内。可修改某校的增加量试算；某校无法建设时勾选“锁定”，其余学校分担。测算后，“写入报告工作表”会同时写入“均衡-整改测算”表。',
    en: 'The least each school must add for every school and CV to pass. Change an amount to try it; lock a school that cannot build and the others take its share. Once worked out, “Write report sheets” also writes the 均衡-整改测算 sheet.',
  },
} satisfies Record<string, L10n>;

export type StringKey = keyof typeof STRINGS;

/**
 * A pane text in `lang`, placeholders filled.
 *
 * @example
 * t('foundWhere', 'zh', { address: 'Sheet1!A1:T40' }); // '已读取 Sheet1!A1:T40'
 */
export function t(key: StringKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(STRINGS[key][lang], values);
}
