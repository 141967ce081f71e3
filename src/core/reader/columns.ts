/**
 * Which grid columns a row is read from: the numeric columns of each
 * field/section pair (several add up), and the column of a text field.
 */
import { isNumericField } from '../fields';
import type { ColumnMapping, FieldId, NumericField, Section } from '../types';
import type { GridView } from './grid';

/** One numeric column as read: its field, grid column, unit factor, header. */
export interface NumericColumn {
  field: NumericField;
  j: number;
  factor: number;
  header: string;
}

/** The columns of one field/section pair; several add up. */
export interface NumericGroup {
  field: NumericField;
  section: Section | undefined;
  columns: NumericColumn[];
}


/**
 * @example
 * numericGroups(view, { pupils: [{ column: 4, header: '在校生数', factor: 1 }] }); // [{ field: 'pupils', section: undefined, columns: [{ j: 3, … }] }]
 */
export function numericGroups(view: GridView, mapping: ColumnMapping): NumericGroup[] {
  const groups = new Map<string, NumericGroup>();
  for (const field of Object.keys(mapping) as FieldId[]) {
    if (!isNumericField(field)) continue;
    for (const ref of mapping[field] ?? []) {
      const key = `${field}|${ref.section ?? ''}`;
      const group = groups.get(key) ?? { field, section: ref.section, columns: [] };
      group.columns.push({ field, j: ref.column - view.column(0), factor: ref.factor, header: ref.header });
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/**
 * The grid column of a text field, or -1 when the sheet has none.
 *
 * @example
 * textColumn(view, mapping, 'name'); // 0 when A holds the names
 */
export function textColumn(view: GridView, mapping: ColumnMapping, field: FieldId): number {
  const ref = mapping[field]?.[0];
  return ref === undefined ? -1 : ref.column - view.column(0);
}
