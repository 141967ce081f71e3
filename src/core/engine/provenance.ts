/**
 * Where each analysed entry's values came from (the result's `provenance`):
 * each indicator's amount columns with their unit factors and whether the
 * section's own column or the whole row's split figure was read, the pupils
 * column, and for a split school the sections and weights that shared its
 * resources. Entries of the same shape share one record (a county of 20 000
 * schools has a handful); each entry holds its record's index.
 */
import { columnLetter } from '../address';
import { SECTION_WEIGHTS, type WeightedSection } from '../split';
import type { AmountTerm, NumericField, ValueSource } from '../types';
import { PUPIL_FIELDS, columnOf, type Context } from './context';
import type { Entry } from './entries';

/** The records made so far, and the index of each shape's record. */
export interface SourceTable {
  sources: ValueSource[];
  byShape: Map<string, number>;
}

/**
 * An empty table, one per analysis.
 *
 * @example
 * sourceTable().sources; // []
 */
export function sourceTable(): SourceTable {
  return { sources: [], byShape: new Map() };
}

const WEIGHTED: readonly WeightedSection[] = ['primary', 'junior', 'senior'];

/** The sections of a split school with pupils, in weight order; none for a single-section row. */
function sharing(entry: Entry): WeightedSection[] {
  const { weights } = entry;
  return weights === null ? [] : WEIGHTED.filter((section) => (weights[section] ?? 0) > 0);
}

/** Whether the entry reads a field from its section's own column (小学高于规定学历教师数), which wins over the row's figure. */
function readsOwn(entry: Entry, field: NumericField): boolean {
  return entry.record.sectionValues[entry.section]?.[field] !== undefined;
}

/** The columns of a field the entry reads, each with its factor and how it enters. */
function fieldTerms(ctx: Context, entry: Entry, field: NumericField): AmountTerm[] {
  const own = readsOwn(entry, field);
  const from: AmountTerm['from'] = own ? 'section' : entry.weights === null ? 'row' : 'split';
  const section = own ? entry.section : undefined;
  return (ctx.read.mapping[field] ?? [])
    .filter((ref) => ref.section === section)
    .map((ref) => ({ field, column: columnLetter(ref.column), factor: ref.factor, from }));
}

/** Whether every pupils column the entry's value divides by is on the sheet (a hand-built read may lack one). */
function pupilsMapped(ctx: Context, entry: Entry): boolean {
  const split = entry.weights === null ? [] : sharing(entry).map((section) => PUPIL_FIELDS[section]);
  return [entry.pupilsField, ...split].every((field) => columnOf(ctx, field) !== null);
}

function pupilsColumn(ctx: Context, field: NumericField): string {
  return columnLetter(columnOf(ctx, field) as number);
}

function valueSource(ctx: Context, entry: Entry): ValueSource {
  const indicators: Record<string, AmountTerm[]> = {};
  for (const def of ctx.present) {
    const fields = def.numerator.map((field) => fieldTerms(ctx, entry, field));
    // A field mapped to other sections' columns only has nothing to read for this entry.
    if (fields.every((terms) => terms.length > 0)) indicators[def.id] = fields.flat();
  }
  return {
    pupils: { field: entry.pupilsField, column: pupilsColumn(ctx, entry.pupilsField) },
    split: entry.weights === null
      ? null
      : sharing(entry).map((section) => ({ section, column: pupilsColumn(ctx, PUPIL_FIELDS[section]), weight: SECTION_WEIGHTS[section] })),
    indicators,
  };
}

/**
 * The index of the entry's record in the table, adding the record when the
 * entry's shape is new. The shape is what the record depends on: the pupils
 * field, the sections sharing a split school, which fields are read from the
 * section's own columns, and then which section's.
 *
 * Undefined when a pupils column is not on the sheet: nothing to point at.
 *
 * @example
 * sourceIndex(ctx, table, entry); // 0 for the first shape, and for every entry like it
 */
export function sourceIndex(ctx: Context, table: SourceTable, entry: Entry): number | undefined {
  if (!pupilsMapped(ctx, entry)) return undefined;
  let own = '';
  for (const def of ctx.present) {
    for (const field of def.numerator) own += readsOwn(entry, field) ? '1' : '0';
  }
  // The section matters only for its own columns (the pupils field and the split name it otherwise).
  const section = own.includes('1') ? entry.section : '';
  const shape = `${section}|${entry.pupilsField}|${entry.weights === null ? '-' : sharing(entry).join()}|${own}`;
  let index = table.byShape.get(shape);
  if (index === undefined) {
    index = table.sources.length;
    table.sources.push(valueSource(ctx, entry));
    table.byShape.set(shape, index);
  }
  return index;
}
