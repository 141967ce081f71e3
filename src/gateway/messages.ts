/**
 * What the gateways tell the user when a table cannot be found or read, the
 * same words whichever workbook is behind them.
 */
import { sheetPrefix } from '../core/address';
import type { L10n } from '../core/types';
import { quotedNames, renderBoth } from '../core/messages/render';

export const SINGLE_CELL_SELECTED: L10n = {
  zh: '选区只有一个单元格。请选中整张学校表（含表头），或改用“所在的 Excel 表格”或“整张工作表”。',
  en: 'Only one cell is selected. Select the whole school table with its header, or use "Excel table" or "whole sheet".',
};

export const NOT_IN_TABLE: L10n = {
  zh: '选中的单元格不在 Excel 表格（“插入 › 表格”）中。请选中表格内的单元格，或改用“整张工作表”。',
  en: 'The selected cell is not in an Excel table (Insert › Table). Select a cell in the table, or use "whole sheet".',
};

export const EMPTY_SHEET: L10n = {
  zh: '工作表是空的。请打开存放学校表的工作表后重试。',
  en: 'The sheet is empty. Open the sheet that holds the school table and try again.',
};

/**
 * @example
 * tableGone('表1').zh; // '找不到 Excel 表格“表1”，它可能已被删除或改名。请重新查找表格。'
 */
export function tableGone(name: string): L10n {
  return {
    zh: `找不到 Excel 表格“${name}”，它可能已被删除或改名。请重新查找表格。`,
    en: `Excel table "${name}" is gone (deleted or renamed). Find the table again.`,
  };
}

/**
 * @example
 * sheetGone('My Sheet').en; // "Sheet 'My Sheet' is gone (renamed or deleted)."
 */
export function sheetGone(sheet: string): L10n {
  return {
    zh: `找不到工作表 ${sheetPrefix(sheet)}，它可能已被改名或删除。`,
    en: `Sheet ${sheetPrefix(sheet)} is gone (renamed or deleted).`,
  };
}

/**
 * @example
 * settingsNotSaved('quota').zh; // '规则集未能保存到工作簿：quota'
 */
export function settingsNotSaved(detail: string): L10n {
  return {
    zh: `规则集未能保存到工作簿：${detail}`,
    en: `The rulesets could not be saved in the workbook: ${detail}`,
  };
}

export const NO_WORKBOOK: L10n = {
  zh: '没有打开的工作簿。请先打开存放学校表的工作簿。',
  en: 'No workbook is open. Open the workbook that holds the school table first.',
};

export const SELECTION_UNREADABLE: L10n = {
  zh: '无法读取选区：可能选中了多个区域，或选中的是图表、图片等对象。请只选中一块连续的单元格区域（含表头），或改用“整张工作表”。',
  en: 'The selection cannot be read: several areas, or a chart or picture, are selected. Select one block of cells with the header, or use "whole sheet".',
};

export const MERGES_UNREADABLE: L10n = {
  zh: '合并单元格太多（超过 512 处），Excel 无法列出，已按没有合并单元格读取。若表头是合并的两行，请核对第 2 步的列对应。',
  en: 'Too many merged areas (over 512) for Excel to list; the table was read as if nothing were merged. If the header has merged rows, check the columns in step 2.',
};

export const WORKBOOK_READ_ONLY: L10n = {
  zh: '此工作簿以只读方式打开，规则无法保存到工作簿中（本次仍可使用）。请“另存为”可编辑的副本，或关闭只读后再保存。',
  en: 'This workbook is open read-only, so the rules cannot be saved in it (they still work for now). Save an editable copy, or turn read-only off, and save again.',
};

export const WORKBOOK_PROTECTED: L10n = {
  zh: '工作簿结构受保护，不能添加或删除工作表。请在“审阅 › 保护工作簿”中取消保护（有密码时请找设置者）后重试。',
  en: 'The workbook structure is protected, so sheets cannot be added or deleted. Unprotect it under Review › Protect Workbook (ask whoever set the password) and try again.',
};

/**
 * @example
 * sheetProtected('学校表').zh; // '工作表 学校表 受保护，不能添加或清除标记。…'
 */
export function sheetProtected(sheet: string): L10n {
  return {
    zh: `工作表 ${sheetPrefix(sheet)} 受保护，不能添加或清除标记。请在“审阅 › 撤消工作表保护”中取消保护（有密码时请找设置者）后重试。`,
    en: `Sheet ${sheetPrefix(sheet)} is protected, so marks cannot be added or cleared. Unprotect it under Review › Unprotect Sheet (ask whoever set the password) and try again.`,
  };
}

/**
 * @example
 * marksNeed('1.6').zh; // '此版本的 Excel 不支持条件格式接口（ExcelApi 1.6），无法标记单元格。…'
 */
export function marksNeed(version: string): L10n {
  return {
    zh: `此版本的 Excel 不支持条件格式接口（ExcelApi ${version}），无法标记单元格；检查结果和报告工作表不受影响，“学校指标”和“整改台账”表列出了每个未达到标准的学校和指标。Office 2019 及以上或 Microsoft 365 可以标记。`,
    en: `This Excel lacks the conditional-format API (ExcelApi ${version}), so cells cannot be marked; the check and the report sheets work, and the school and ledger sheets list every school and indicator below the standard. Office 2019 and later or Microsoft 365 can mark.`,
  };
}

/**
 * @example
 * sheetNotOurs('均衡-学校指标').zh; // '无法写入报告表：工作簿里已有一张名为“均衡-学校指标”的工作表，…'
 */
export function sheetNotOurs(sheet: string): L10n {
  return {
    zh: `无法写入报告表：工作簿里已有一张名为“${sheet}”的工作表，它不是本工具写的，不会被覆盖或删除。请把它改名后再写入报告。`,
    en: `The report cannot be written: the workbook already has a sheet named "${sheet}" that this tool did not write, and it is never overwritten or deleted. Rename it and write the report again.`,
  };
}

/**
 * @example
 * earlierReportsReplaced(['均衡-学校指标']).zh; // '工作表“均衡-学校指标”没有本工具的报告标记，但表名和标题行表明是旧版本写的报告表，已按报告表替换。'
 */
export function earlierReportsReplaced(sheets: readonly string[]): L10n {
  return renderBoth('reports-earlier-replaced', { sheets: quotedNames(sheets) }, 'pane');
}

/** Cell notes came with ExcelApi 1.18. */
const NOTES_NEED = '1.18';

/** Parts of a report sheet that need a newer ExcelApi than the host has, by the set that brings them. */
const REPORT_PARTS: readonly { version: string; part: L10n }[] = [
  { version: '1.2', part: { zh: '合并的标题行、列宽和行高', en: 'merged title rows, column widths and row heights' } },
  { version: '1.7', part: { zh: '冻结的表头和差异系数图表（单元格内的条形图仍在）', en: 'frozen headers and the CV charts (the in-cell bars remain)' } },
  { version: '1.9', part: { zh: '底色、粗体等单元格样式和打印设置（A4、打印标题、页眉页脚）', en: 'cell styles (fills, bold) and the page setup (A4, print titles, header and footer)' } },
  { version: NOTES_NEED, part: { zh: '单元格批注（临界值提示）', en: 'cell notes (borderline hints)' } },
];

/**
 * What report sheets written in this Excel lack, or null when it writes them whole;
 * notes are named only when the report has some.
 *
 * @example
 * reportLimits((v) => v === '1.1', true).zh; // '此版本的 Excel 写出的报告表没有：合并的标题行、…；数值、结论和各张清单完整。…'
 */
export function reportLimits(supports: (version: string) => boolean, withNotes: boolean): L10n | null {
  const missing = REPORT_PARTS.filter(({ version }) => !supports(version) && (withNotes || version !== NOTES_NEED)).map(({ part }) => part);
  if (missing.length === 0) return null;
  return {
    zh: `此版本的 Excel 写出的报告表没有：${missing.map((p) => p.zh).join('；')}。数值、结论和各张清单完整；Microsoft 365 可写出完整格式。`,
    en: `Report sheets written in this Excel lack: ${missing.map((p) => p.en).join('; ')}. Values, verdicts and lists are complete; Microsoft 365 writes the full format.`,
  };
}
