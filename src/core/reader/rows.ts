/**
 * Reading the rows below the header: every row becomes a school record, a
 * total record, or a row account (blank, section label, note, other).
 */
import { isExcelError, parseNumberCell, type ParsedNumber } from '../numbers';
import type { CellValue, ColumnMapping, Grid, Message, RowAccount, SchoolRecord } from '../types';
import { isNoteText } from './classify';
import { numericGroups, textColumn } from './columns';
import { cellText, filledValue, mergeFills, type GridView } from './grid';
import { readKind } from './kind';
import { classifyRow, continuedName, type RowFacts, type RowState } from './row-class';
import { duplicateNameMessages, mergedNumberMessages, missingNameMessage, nameErrorMessage, noteLikeNameMessage } from './row-messages';
import { cleanName, firstString, isBlankRow, rowText } from './row-text';
import { FORMULA_WITHOUT_RESULT, readValues } from './values';
import { appendAll } from '../arrays';

export interface RowsRead {
  records: SchoolRecord[];
  rows: RowAccount[];
  messages: Message[];
}


/**
 * Read the data rows from grid row `start` to the end: records for schools and
 * totals, accounts for the rest, messages for every unusable cell.
 *
 * @example
 * readDataRows(view, grid, mapping, 2).records[0].name; // '城关小学'
 */
export function readDataRows(view: GridView, grid: Grid, mapping: ColumnMapping, start: number): RowsRead {
  const records: SchoolRecord[] = [];
  const rows: RowAccount[] = [];
  const messages: Message[] = [];
  const groups = numericGroups(view, mapping);
  const nameJ = textColumn(view, mapping, 'name');
  const typeJ = textColumn(view, mapping, 'type');
  const ownershipJ = textColumn(view, mapping, 'ownership');
  const fills = mergeFills(view, grid.merges, start, view.height, [nameJ, typeJ, ownershipJ].filter((j) => j >= 0));
  const textAt = (i: number, j: number): CellValue => (j < 0 ? null : filledValue(view, fills, i, j));
  const noResult = new Set((Array.isArray(grid.formulasWithoutResult) ? grid.formulasWithoutResult : []).map((c) => `${c?.row}:${c?.column}`));
  const numberAt = (i: number, j: number): ParsedNumber =>
    noResult.size > 0 && noResult.has(`${view.row(i)}:${view.column(j)}`) ? FORMULA_WITHOUT_RESULT : parseNumberCell(view.value(i, j));
  appendAll(messages, mergedNumberMessages(view, grid, groups, start));
  const state: RowState = { context: null, inNotes: false };
  for (let i = start; i < view.height; i++) {
    const row = view.row(i);
    if (isBlankRow(view, i)) {
      rows.push({ row, kind: 'blank', text: null });
      continue;
    }
    const parsed = groups.map((group) => group.columns.map((column) => numberAt(i, column.j)));
    const typeCell = { j: typeJ, text: cellText(textAt(i, typeJ)) };
    const nameText = cellText(textAt(i, nameJ));
    // A formula error (#REF!) is no school's name: the row is not read as one, and the cell is named.
    const nameError = isExcelError(nameText) ? nameText : null;
    const facts: RowFacts = {
      first: firstString(view, i, view.width),
      leading: firstString(view, i, nameJ >= 0 ? nameJ + 1 : view.width),
      name: nameError === null ? cleanName(nameText) || continuedName(records, typeCell.text, row) : '',
      hasNumber: parsed.some((cells) => cells.some((cell) => cell.kind === 'number')),
    };
    const found = classifyRow(facts, state);
    if (found.as === 'account') {
      rows.push({ row, kind: found.kind, text: rowText(view, i) });
      if (nameError !== null) messages.push(nameErrorMessage(view, i, nameJ, nameError));
      else if (found.kind === 'other' && facts.hasNumber && nameJ >= 0) messages.push(missingNameMessage(view, i, nameJ));
      continue;
    }
    if (found.kind === 'school' && nameJ >= 0 && isNoteText(facts.first)) messages.push(noteLikeNameMessage(view, i, nameJ));
    const isTotal = found.kind === 'total';
    const ownershipCell = { j: ownershipJ, text: cellText(textAt(i, ownershipJ)) };
    const kind = readKind(view, i, found.name, typeCell, ownershipCell, state.context, isTotal ? null : messages);
    const read = readValues(view, i, groups, parsed, isTotal, messages);
    records.push({
      row,
      name: found.name,
      kind: found.kind,
      type: kind.type,
      typeText: kind.typeText,
      ownership: kind.ownership,
      part: kind.part,
      values: read.values,
      sectionValues: read.sectionValues,
      invalid: read.invalid,
    });
  }
  if (nameJ >= 0) appendAll(messages, duplicateNameMessages(view, records, nameJ));
  return { records, rows, messages };
}
