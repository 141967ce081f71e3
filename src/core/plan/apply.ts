/**
 * Where an addition goes in the workbook's terms, and the read sheet with the
 * additions made: the engine then judges the planned county exactly as it
 * judges the user's own (plan → apply → analyse).
 */
import { PUPIL_FIELDS } from '../engine/context';
import { SPLIT_PUPILS } from '../engine/entries';
import { sectionShare, type SectionPupils } from '../split';
import type { IndicatorDef, NumericField, SchoolRecord, SchoolResult, Section, SheetRead } from '../types';

/** An amount added to one resource cell of one school row, in base units. */
export interface Addition {
  row: number;
  field: NumericField;
  /** The section's own column (小学高于规定学历教师数), or null for the whole-row cell. */
  column: Section | null;
  amount: number;
}

/**
 * The key of an addition's cell: row, field and section column.
 *
 * @example
 * additionKey({ row: 19, field: 'peArtTeachers', column: null }); // '19|peArtTeachers|'
 */
export function additionKey(addition: Pick<Addition, 'row' | 'field' | 'column'>): string {
  return `${addition.row}|${addition.field}|${addition.column ?? ''}`;
}

/**
 * Where a school section's resource for `def` is raised, and what share of an
 * addition reaches the section: the section's own column (share 1) when it
 * has one; else the row's cell, divided by weighted pupils for a 九年一贯制,
 * 十二年一贯制 or 完全中学 row (1 : 1.1 : 1.32), whole for any other row.
 *
 * @example
 * target(records, nineYearJunior, multimediaRooms);
 * // { row: 34, field: 'multimediaRooms', column: null, share: 0.5818… }
 */
export function target(
  records: ReadonlyMap<number, SchoolRecord>,
  school: SchoolResult,
  def: IndicatorDef,
): { row: number; field: NumericField; column: Section | null; share: number } {
  const field = def.numerator[0];
  const section = school.section as Section;
  const record = records.get(school.row);
  const base = { row: school.row, field };
  if (record?.sectionValues[section]?.[field] !== undefined) return { ...base, column: section, share: 1 };
  const splitBy = school.type === null || record === undefined || record.part !== null ? undefined : SPLIT_PUPILS[school.type];
  if (splitBy === undefined) return { ...base, column: null, share: 1 };
  const pupils: SectionPupils = {};
  for (const s of splitBy) pupils[s] = record?.values[PUPIL_FIELDS[s]] ?? 0;
  return { ...base, column: null, share: sectionShare(pupils, section) };
}

/**
 * The records of a read sheet by row.
 *
 * @example
 * recordsByRow(read).get(19)?.name; // '王家湾小学'
 */
export function recordsByRow(read: SheetRead): Map<number, SchoolRecord> {
  return new Map(read.records.map((record) => [record.row, record]));
}

/**
 * The read sheet with the additions made to its records' values (the
 * section's own column or the row's value). The input is not changed; only
 * records with additions are copied. An addition to a value the sheet does not
 * hold is left out (the plan never makes one: it plans only known values).
 *
 * @example
 * applyAdditions(read, [{ row: 19, field: 'peArtTeachers', column: null, amount: 1 }]);
 */
export function applyAdditions(read: SheetRead, additions: Iterable<Addition>): SheetRead {
  const byRow = new Map<number, Addition[]>();
  for (const addition of additions) byRow.set(addition.row, [...(byRow.get(addition.row) ?? []), addition]);
  if (byRow.size === 0) return read;
  const records = read.records.map((record) => {
    const list = byRow.get(record.row);
    if (list === undefined) return record;
    const values = { ...record.values };
    const sectionValues = { primary: { ...record.sectionValues.primary }, junior: { ...record.sectionValues.junior } };
    for (const { field, column, amount } of list) {
      const holder = column === null ? values : sectionValues[column];
      const value = holder[field];
      if (value !== undefined) holder[field] = value + amount;
    }
    return { ...record, values, sectionValues };
  });
  return { ...read, records };
}
