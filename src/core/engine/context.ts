/**
 * The engine's working context: the sheet, the ruleset, and the messages the
 * engine adds; where a field's cell is; how a school is named in a message.
 */
import { cellAddress } from '../address';
import type { MessageCode } from '../messages/catalogue';
import { renderBoth } from '../messages/render';
import { schoolTypeLabel, sectionLabel } from '../present';
import type { Params } from '../messages/types';
import { type SectionPupils } from '../split';
import type { SourceTable } from './provenance';
import {
  type FieldId,
  type IndicatorDef,
  type L10n,
  type Lang,
  type Message,
  type NumericField,
  type Ruleset,
  type SchoolRecord,
  type SchoolType,
  type Section,
  type Severity,
  type SheetRead,
} from '../types';

export type PupilSection = keyof SectionPupils;

export const PUPIL_FIELDS: Record<PupilSection, NumericField> = {
  primary: 'primaryPupils',
  junior: 'juniorPupils',
  senior: 'seniorPupils',
};

export interface Context {
  read: SheetRead;
  ruleset: Ruleset;
  lang: Lang;
  /** Indicators whose numerator fields are all mapped to columns. */
  present: IndicatorDef[];
  notes: Message[];
  /** Cells already called implausible, by the reader or by `implausibleNotes`: each is named once. */
  implausible: Set<string>;
  /** Where the entries' values came from, one record per shape (the result's `provenance`). */
  sources: SourceTable;
}

/** A message from the catalogue: its text for the result, its parameters for surfaces that name their own controls. */
export function note(ctx: Context, severity: Severity, code: MessageCode, row: number | null, cell: string | null, params: Params): void {
  ctx.notes.push({ severity, code, cell, row, text: renderBoth(code, params, 'cli'), params });
}

/** A catalogued text in both languages, to pass on as a parameter or a reason. */
export function both(code: MessageCode, params: Params = {}): L10n {
  return renderBoth(code, params, 'cli');
}

/**
 * The column holding a field: the section's own column when asked for and
 * present, else the whole-row column, else any. Null when the field is unmapped.
 */
export function columnOf(ctx: Context, field: FieldId, section: Section | null = null): number | null {
  const refs = ctx.read.mapping[field];
  if (refs === undefined || refs.length === 0) return null;
  const own = section === null ? undefined : refs.find((ref) => ref.section === section);
  return (own ?? refs.find((ref) => ref.section === undefined) ?? refs[0]).column;
}

export function cellOf(ctx: Context, row: number, field: FieldId, section: Section | null = null): string | null {
  const column = columnOf(ctx, field, section);
  return column === null ? null : cellAddress(ctx.read.sheet, row, column);
}

/** Where to point for a message about a whole school row: its name cell, else the table's first cell in the row. */
export function rowCell(ctx: Context, row: number): string {
  return cellOf(ctx, row, 'name') ?? cellAddress(ctx.read.sheet, row, ctx.read.columns[0]?.column ?? 1);
}

export function schoolLabel(record: Pick<SchoolRecord, 'name' | 'row'>): L10n {
  return record.name === '' ? both('row-label', { row: record.row }) : { zh: record.name, en: record.name };
}

/** A school, or one section of it ('城关学校初中部'), as messages name it. */
export function partLabel(record: Pick<SchoolRecord, 'name' | 'row'>, section: Section | null): L10n {
  const name = schoolLabel(record);
  return section === null ? name : both('school-part', { name, section: sectionNames(section, true) });
}

/** Texts of cell references: 'Sheet1!F7' or, when the column is missing, a plain description. */
export function cellOrColumn(cell: string | null, label: L10n): L10n {
  return cell === null ? both('column-absent', { field: label }) : { zh: cell, en: cell };
}

/** A section's name in both languages, as a message parameter (in lower case inside an English sentence). */
export function sectionNames(section: Section, inSentence = false): L10n {
  const en = sectionLabel(section, 'en');
  return { zh: sectionLabel(section, 'zh'), en: inSentence ? en.toLowerCase() : en };
}

/** A school type's name in both languages, as a message parameter. */
export function typeNames(type: SchoolType): L10n {
  return { zh: schoolTypeLabel(type, 'zh'), en: schoolTypeLabel(type, 'en') };
}
