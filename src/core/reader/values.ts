/**
 * Reading a row's numbers: each field's columns added in base units, unusable
 * cells named, unbelievable school values flagged.
 */
import { FIELD_LABELS, PLAUSIBLE_MAX } from '../fields';
import type { ParsedNumber } from '../numbers';
import type { L10n, Message, NumericField, SchoolRecord, Severity } from '../types';
import { cellMessage } from './cell-message';
import type { NumericColumn, NumericGroup } from './columns';
import type { GridView } from './grid';

/** The message for a number cell: where, which column, what is wrong and what to fix. */
function numberMessage(
  view: GridView,
  severity: Severity,
  i: number,
  column: NumericColumn,
  code: string,
  reason: L10n,
): Message {
  const label = FIELD_LABELS[column.field];
  const header = { zh: column.header || label.zh, en: column.header || label.en };
  return cellMessage(view, severity, code, i, column.j, {
    zh: `（${header.zh}）：${reason.zh}`,
    en: ` (${header.en}): ${reason.en}`,
  });
}

/** A formula cell the file holds no result for (`Grid.formulasWithoutResult`): Excel shows a value, the file has none. */
export const FORMULA_WITHOUT_RESULT: ParsedNumber = {
  kind: 'invalid',
  reason: {
    zh: '单元格是公式，但文件里没有保存它的计算结果：文件如是由程序或系统导出的，请在 Excel 或 WPS 中打开并保存一次后再试；公式的结果如本来就是空白，请填写数值',
    en: 'the cell holds a formula but the file has no saved result for it: if a program or system exported the file, open it in Excel or WPS, save it once and try again; if the formula gives a blank, enter the figure',
  },
};

const NEGATIVE: L10n = {
  zh: '数值为负数，人数、面积、金额都不能为负：请改正',
  en: 'the number is negative; counts, areas and values cannot be: correct it',
};

const TOO_LARGE: L10n = {
  zh: '数值大到无法计算：请检查数值和单位',
  en: 'the number is too large to compute with: check the number and its unit',
};

/** Why a parsed cell cannot be used, or null when it can. */
function cellProblem(cell: ParsedNumber, scaled: number): { code: string; reason: L10n } | null {
  if (cell.kind === 'invalid') return { code: 'unparseable-number', reason: cell.reason };
  if (cell.kind === 'number' && cell.value < 0) return { code: 'negative-number', reason: NEGATIVE };
  if (!Number.isFinite(scaled)) return { code: 'number-too-large', reason: TOO_LARGE };
  return null;
}

export interface RowValues {
  values: SchoolRecord['values'];
  sectionValues: SchoolRecord['sectionValues'];
  invalid: NumericField[];
}

/**
 * The sum of one field's columns in a row, in base units: a number, null when
 * all are blank, or 'invalid' when a cell cannot be used (each such cell gets a message).
 */
function sumColumns(
  view: GridView,
  i: number,
  group: NumericGroup,
  cells: ParsedNumber[],
  severity: Severity,
  messages: Message[],
): number | null | 'invalid' {
  let sum: number | null = null;
  let bad = false;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell.kind === 'blank') continue;
    const column = group.columns[c];
    const scaled = cell.kind === 'number' ? cell.value * (cell.factor ?? column.factor) : NaN;
    const problem = cellProblem(cell, (sum ?? 0) + scaled);
    if (problem !== null) {
      bad = true;
      messages.push(numberMessage(view, severity, i, column, problem.code, problem.reason));
    } else {
      sum = (sum ?? 0) + scaled;
    }
  }
  return bad ? 'invalid' : sum;
}

/** A warning for a school's value too large to believe (the value is still used). */
function implausibleMessage(view: GridView, i: number, group: NumericGroup, value: number): Message {
  const max = PLAUSIBLE_MAX[group.field];
  return numberMessage(view, 'warning', i, group.columns[0], 'implausible-number', {
    zh: `数值 ${value} 大得不合常理（一所学校一般不超过 ${max}）：请检查数值和单位（如 元 与 万元）`,
    en: `the value ${value} is implausibly large (a school rarely exceeds ${max}): check the number and its unit (元 or 万元)`,
  });
}

/**
 * Read the numeric fields of a row, adding the columns of each field, and
 * report unusable cells (as info on total rows) and unbelievable school values.
 */
export function readValues(
  view: GridView,
  i: number,
  groups: NumericGroup[],
  parsed: ParsedNumber[][],
  isTotal: boolean,
  messages: Message[],
): RowValues {
  const read: RowValues = { values: {}, sectionValues: {}, invalid: [] };
  for (let g = 0; g < groups.length; g++) {
    const { field, section } = groups[g];
    const sum = sumColumns(view, i, groups[g], parsed[g], isTotal ? 'info' : 'warning', messages);
    if (sum === 'invalid') {
      if (!read.invalid.includes(field)) read.invalid.push(field);
      continue;
    }
    if (sum === null) continue;
    if (!isTotal && sum > PLAUSIBLE_MAX[field]) messages.push(implausibleMessage(view, i, groups[g], sum));
    if (section === undefined) read.values[field] = sum;
    else (read.sectionValues[section] ??= {})[field] = sum;
  }
  return read;
}
