/**
 * How each surface names the controls a message asks the user to use: the
 * command line's options, the web page's panels, the task pane's steps.
 * A message says "{@mapping}" and each surface fills in its own control.
 */
import type { L10n } from '../types';
import type { ControlKey, Surface } from './types';

export const CONTROLS: Record<ControlKey, Record<Surface, L10n>> = {
  mapping: {
    cli: { zh: '用 --map 字段=列 指定该列（列可写表头文字或列字母，如 --map pupils=D）', en: 'map the column with --map field=column (header text or column letter, e.g. --map pupils=D)' },
    web: { zh: '在“列映射”面板中指定该列', en: 'map the column in the "Column mapping" panel' },
    pane: { zh: '在“列映射”步骤中指定该列', en: 'map the column in the "Column mapping" step' },
    sheet: { zh: '在任务窗格的“列映射”或命令行的 --map 中指定该列', en: 'map the column in the task pane\'s "Column mapping" step or with the command line\'s --map' },
  },
  ruleset: {
    cli: { zh: '用 --ruleset {ruleset} 重新分析', en: 'run again with --ruleset {ruleset}' },
    web: { zh: '在“规则集”下拉框中选择它', en: 'choose it in the "Ruleset" dropdown' },
    pane: { zh: '在“规则集”步骤中选择它', en: 'choose it in the "Ruleset" step' },
    sheet: { zh: '选择该规则集重新分析（命令行 --ruleset {ruleset}）', en: 'analyse again with that ruleset (command line: --ruleset {ruleset})' },
  },
  sheet: {
    cli: { zh: '用 --sheet 工作表名 指定', en: 'name it with --sheet <sheet>' },
    web: { zh: '在“工作表”下拉框中选择', en: 'choose it in the "Sheet" dropdown' },
    pane: { zh: '选中该表后点“查找学校表”', en: 'select that table and click "Find the school table"' },
    sheet: { zh: '选择该工作表重新分析', en: 'analyse that sheet instead' },
  },
  fullList: {
    cli: { zh: '--json 输出或 --out 报告的“整改台账”表', en: 'the --json output or the ledger sheet of the --out report' },
    web: { zh: '下载的报告的“整改台账”表', en: 'the ledger sheet of the downloaded report' },
    pane: { zh: '写入的“均衡-整改台账”工作表', en: 'the ledger sheet written to the workbook' },
    sheet: { zh: '“整改台账”表', en: 'the ledger sheet' },
  },
  convert: {
    cli: {
      zh: '请在 Excel 中选中这些单元格，点旁边的感叹号选“转换为数字”，保存后再用 --out 生成副本。',
      en: 'In Excel, select them, choose Convert to Number from the warning sign, save, and write the copy again with --out.',
    },
    web: {
      zh: '请在 Excel 中选中这些单元格，点旁边的感叹号选“转换为数字”，保存后重新选择文件并下载报告。',
      en: 'In Excel, select them, choose Convert to Number from the warning sign, save, and load the file and download the report again.',
    },
    pane: {
      zh: '请选中这些单元格，点旁边的感叹号选“转换为数字”，再标记一次。',
      en: 'Select them, choose Convert to Number from the warning sign, and mark again.',
    },
    sheet: {
      zh: '在原表中选中这些单元格，点旁边的感叹号选“转换为数字”，再重新标记（任务窗格）或重新生成副本（命令行 --out）。',
      en: 'In the source sheet, select them, choose Convert to Number from the warning sign, then mark again (task pane) or write the copy again (command line --out).',
    },
  },
};
