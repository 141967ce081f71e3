/**
 * What the gateways tell the user when a table cannot be found or read, the
 * same words whichever workbook is behind them.
 */
import { sheetPrefix } from '../core/address';
import type { L10n } from '../core/types';

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
