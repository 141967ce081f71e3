/**
 * Reading a row's numbers: each field's columns added in base units, unusable
 * cells named, unbelievable school values flagged.
 */
import { FIELD_LABELS, PLAUSIBLE_MAX } from '../fields';
import type { MessageCode } from '../messages/catalogue';
import type { Params } from '../messages/types';
import { invalidCell, type ParsedNumber } from '../numbers';
import type { Message, NumericField, SchoolRecord, Severity } from '../types';
import { cellMessage } from './cell-message';
import type { NumericColumn, NumericGroup } from './columns';
import type { GridView } from './grid';

/** The message for a number cell: where, which column, what is wrong and what to fix. */
function numberMessage(
  view: GridView,
  severity: Severity,
  i: number,
  column: NumericColumn,
  code: MessageCode,
  params: Params,
): Message {
  const label = FIELD_LABELS[column.field];
  const header = { zh: column.header || label.zh, en: column.header || label.en };
  return cellMessage(view, severity, code, i, column.j, { header, ...params });
}

/** A formula cell the file holds no result for (`Grid.formulasWithoutResult`): Excel shows a value, the file has none. */
export const FORMULA_WITHOUT_RESULT: ParsedNumber = invalidCell('number-formula-no-result');

/** Fields that count pupils: whole numbers; a fraction is used as written, with a warning. */
const PUPIL_FIELDS: ReadonlySet<NumericField> = new Set<NumericField>(['pupils', 'primaryPupils', 'juniorPupils', 'seniorPupils']);

/** Why a parsed cell cannot be used, or null when it can. */
function cellProblem(cell: ParsedNumber, scaled: number): { code: MessageCode; params: Params } | null {
  if (cell.kind === 'invalid') return { code: 'unparseable-number', params: { reason: cell.reason } };
  if (cell.kind === 'number' && cell.value < 0) return { code: 'negative-number', params: {} };
  if (!Number.isFinite(scaled)) return { code: 'number-too-large', params: {} };
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
      messages.push(numberMessage(view, severity, i, column, problem.code, problem.params));
    } else {
      sum = (sum ?? 0) + scaled;
      if (PUPIL_FIELDS.has(column.field) && !Number.isInteger(scaled)) {
        messages.push(numberMessage(view, severity, i, column, 'fractional-pupils', { value: scaled }));
      }
    }
  }
  return bad ? 'invalid' : sum;
}

/** A warning for a school's value too large to believe (the value is still used). */
function implausibleMessage(view: GridView, i: number, group: NumericGroup, value: number): Message {
  const max = PLAUSIBLE_MAX[group.field];
  return numberMessage(view, 'warning', i, group.columns[0], 'implausible-number', { value, max });
}

/**
 * Read the numeric fields of a row, adding the columns of each field, and
 * report unusable cells (as info on total rows) and unbelievable school values.
 *
 * @example
 * readValues(view, 2, groups, parsed, false, messages).values.pupils; // 800
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
