/**
 * The county's columns: for each section and each indicator the sheet can feed,
 * the entries with an amount, their values and their pupils as typed arrays,
 * filled once while the entries are analysed. The county rule then runs one
 * pass per indicator over plain numbers instead of looking every value up in
 * every school's result again.
 */
import type { IndicatorDef, SchoolResult, Section } from '../types';

/** One indicator of one section, in entry order. */
export interface IndicatorColumn {
  /** Entries whose amount is known (a value too large to compute included). */
  schools: SchoolResult[];
  /** Their values; NaN where the value is too large to compute (null in the result). */
  values: Float64Array;
  /** Their pupils in the section. */
  weights: Float64Array;
}

export type SectionColumns = IndicatorColumn[];

function emptyColumn(capacity: number): IndicatorColumn {
  return { schools: [], values: new Float64Array(capacity), weights: new Float64Array(capacity) };
}

/**
 * Empty columns for the present indicators (in their order), with room for
 * `capacity[section]` entries each.
 *
 * @example
 * const columns = sectionColumns(ctx.present, { primary: 120, junior: 40 });
 * columns.primary[0].values.length; // 120
 */
export function sectionColumns(present: readonly IndicatorDef[], capacity: Record<Section, number>): Record<Section, SectionColumns> {
  return {
    primary: present.map(() => emptyColumn(capacity.primary)),
    junior: present.map(() => emptyColumn(capacity.junior)),
  };
}

/**
 * Adds one analysed entry to its section's columns: each present indicator
 * whose amount is known.
 *
 * @example
 * addEntry(columns.primary, ctx.present, school); // columns.primary[k].schools ends with school
 */
export function addEntry(columns: SectionColumns, present: readonly IndicatorDef[], school: SchoolResult): void {
  for (let k = 0; k < present.length; k++) {
    const result = school.indicators[present[k].id];
    if (result === undefined || result.amount === null) continue;
    const column = columns[k];
    const i = column.schools.length;
    column.schools.push(school);
    column.values[i] = result.value ?? NaN;
    column.weights[i] = school.pupils ?? NaN;
  }
}

/** The filled part of a column's values or weights. */
export function filled(column: IndicatorColumn, array: Float64Array): Float64Array {
  return array.subarray(0, column.schools.length);
}
