/**
 * What a non-blank row is: a note, a repeated header, a section label, a
 * total, a school, or other.
 */
import { matchHeader } from '../fields';
import type { RowKind, SchoolRecord, SchoolType } from '../types';
import { isNoteHeading, isNoteText, isTotalText, partOf, sectionLabel } from './classify';

/** What the classification of a row looks at. */
export interface RowFacts {
  /** The row's first text. */
  first: string;
  /** The first text at or left of the name column (where labels and 合计 sit). */
  leading: string;
  name: string;
  hasNumber: boolean;
}

/** Reading state carried down the rows. */
export interface RowState {
  /** The type set by the last section label (一、小学). */
  context: SchoolType | null;
  /** A note has started: what follows is a note unless it looks like a school. */
  inNotes: boolean;
}

/** The first of the row's texts that marks a total (each distinct text tested once: they are often the same). */
function totalMark(name: string, leading: string, first: string): string | null {
  if (isTotalText(name)) return name;
  if (leading !== name && isTotalText(leading)) return leading;
  if (first !== name && first !== leading && isTotalText(first)) return first;
  return null;
}

type RowClass =
  | { as: 'account'; kind: RowKind }
  | { as: 'record'; kind: SchoolRecord['kind']; name: string };

/**
 * Classify a non-blank row, updating the label context and the note state:
 * note, repeated header, section label, total (合计 / 全县 / a label with
 * figures), school, or other.
 *
 * @example
 * classifyRow({ first: '合计', leading: '合计', name: '合计', hasNumber: true }, state); // { as: 'record', kind: 'total', name: '合计' }
 */
export function classifyRow(facts: RowFacts, state: RowState): RowClass {
  const { first, leading, name, hasNumber } = facts;
  // A row with a name and figures is a school even when its name reads like a note (日期小学);
  // a note written as one (注：…, 制表：王五) stays a note whatever figures it holds.
  const startsNote = isNoteHeading(first) || (isNoteText(first) && !(hasNumber && name !== ''));
  if (startsNote) state.inNotes = true;
  if (state.inNotes && (startsNote || !hasNumber || name === '')) return { as: 'account', kind: 'note' };
  // A header repeated further down (a second page, a pasted block) is not a school.
  if (!hasNumber && matchHeader(name)?.field === 'name') return { as: 'account', kind: 'header' };
  const labelText = name !== '' ? name : leading;
  const label = sectionLabel(labelText);
  if (label !== null && !hasNumber) {
    if (label.type !== null) state.context = label.type;
    return { as: 'account', kind: 'section-label' };
  }
  // A section label carrying figures is that section's subtotal.
  const subtotal = label !== null && !label.numbered;
  if (subtotal && label.type !== null) state.context = label.type;
  const total = totalMark(name, leading, first) ?? (subtotal ? labelText : null);
  if (total !== null) return { as: 'record', kind: 'total', name: name !== '' ? name : total };
  if (name !== '') return { as: 'record', kind: 'school', name };
  return { as: 'account', kind: 'other' };
}

/**
 * A part row left without a name (小学部 on one row, 初中部 on the next, the
 * name written once) continues the school of the row just above.
 *
 * @example
 * continuedName(records, '初中部', 8); // '城关学校' when row 7 is 城关学校's 小学部
 */
export function continuedName(records: SchoolRecord[], typeText: string, row: number): string {
  const previous = records[records.length - 1];
  const continues = previous !== undefined && previous.row === row - 1 && previous.kind === 'school' && previous.part !== null;
  return continues && typeText !== '' && partOf(typeText) !== null ? previous.name : '';
}
