/**
 * Which fields a column-mapping control lists: shared by the web page's
 * mapping panel and the task pane's mapping step, so neither imports the other.
 */
import { FIELD_LABELS } from './fields';
import type { FieldId, Ruleset, SheetRead } from './types';

const PUPIL_FIELDS: readonly FieldId[] = ['pupils', 'primaryPupils', 'juniorPupils'];

function mapped(read: SheetRead, field: FieldId): boolean {
  return (read.mapping[field]?.length ?? 0) > 0;
}

/**
 * The fields a mapping control lists: those read from a column or needed by
 * the ruleset, or every field when `all`.
 *
 * @example
 * mappingFields(read, BASIC_2012, false); // ['name', 'type', 'pupils', …, 'books', …]
 */
export function mappingFields(read: SheetRead, ruleset: Ruleset, all: boolean): FieldId[] {
  const needed = new Set<FieldId>(['name', 'type', ...PUPIL_FIELDS, ...ruleset.indicators.flatMap((def) => def.numerator)]);
  return (Object.keys(FIELD_LABELS) as FieldId[]).filter((field) => all || needed.has(field) || mapped(read, field));
}
