/**
 * Corrections to the column mapping, as every surface makes them: the task
 * pane's and web page's mapping controls, and the command line's
 * `--map 字段=列` (by header text or column letter).
 */
import { columnLetter, columnNumber } from '../address';
import { FIELD_LABELS, isNumericField, normalizeLabel } from '../fields';
import type { ColumnMapping, ColumnRef, FieldId, L10n, SheetRead } from '../types';

/**
 * The mapping overrides after the user chose the columns of a field (none: the field is not read).
 * Each column keeps the unit factor and section the reader saw in its header.
 *
 * @example
 * readSheet(grid, { mapping: withColumns({}, read, 'keyTeachers', []) }); // key teachers not read
 */
export function withColumns(overrides: ColumnMapping, read: SheetRead, field: FieldId, columns: number[]): ColumnMapping {
  const refs: ColumnRef[] = columns.flatMap((column) => {
    const info = read.columns.find((c) => c.column === column);
    if (info === undefined) return [];
    const current = read.mapping[field]?.find((ref) => ref.column === column);
    const ref: ColumnRef = { column, header: info.header, factor: current?.factor ?? info.factor };
    if (info.section !== undefined && isNumericField(field)) ref.section = info.section;
    return [ref];
  });
  return { ...overrides, [field]: refs };
}

/**
 * The mapping overrides after the user chose the unit (10 000 for 万元) of a field's columns.
 *
 * @example
 * withFactor({}, read, 'equipmentValue', 1).equipmentValue?.[0].factor; // 1
 */
export function withFactor(overrides: ColumnMapping, read: SheetRead, field: FieldId, factor: number): ColumnMapping {
  const refs = (read.mapping[field] ?? []).map((ref) => ({ ...ref, factor }));
  return { ...overrides, [field]: refs };
}

/** Why a `字段=列` pair could not be used. */
export type MapProblem =
  | { kind: 'syntax'; text: string }
  | { kind: 'field'; text: string }
  | { kind: 'column'; text: string; field: FieldId };

const FIELD_IDS = Object.keys(FIELD_LABELS) as FieldId[];

/**
 * A field named by its id ('pupils') or its Chinese or English label ('在校生数').
 *
 * @example
 * fieldNamed('在校生数'); // 'pupils'
 * fieldNamed('pupils');   // 'pupils'
 */
export function fieldNamed(text: string): FieldId | null {
  const wanted = normalizeLabel(text).toLowerCase();
  return FIELD_IDS.find((id) => id.toLowerCase() === wanted || (['zh', 'en'] as const).some((lang) => normalizeLabel((FIELD_LABELS[id] as L10n)[lang]).toLowerCase() === wanted)) ?? null;
}

/** A column of the table named by its letter ('D') or its header text. */
function columnNamed(read: SheetRead, text: string): number | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{1,3}$/.test(trimmed)) {
    const column = columnNumber(trimmed.toUpperCase());
    if (read.columns.some((c) => c.column === column)) return column;
  }
  const wanted = normalizeLabel(trimmed);
  const exact = read.columns.find((c) => normalizeLabel(c.header) === wanted);
  if (exact !== undefined) return exact.column;
  const containing = read.columns.filter((c) => wanted !== '' && normalizeLabel(c.header).includes(wanted));
  return containing.length === 1 ? containing[0].column : null;
}

/**
 * Applies `字段=列` pairs ('pupils=D', '在校生数=学生总数', 'peArtTeachers=G+H+I')
 * to a read sheet's columns: the overrides to read it again with, or the first
 * problem found.
 *
 * @example
 * mapOverrides(read, ['pupils=D']); // { ok: true, overrides: { pupils: [{ column: 4, … }] } }
 */
export function mapOverrides(read: SheetRead, pairs: readonly string[]): { ok: true; overrides: ColumnMapping } | { ok: false; problem: MapProblem } {
  let overrides: ColumnMapping = {};
  for (const pair of pairs) {
    const at = pair.search(/[=＝]/);
    if (at <= 0 || at === pair.length - 1) return { ok: false, problem: { kind: 'syntax', text: pair } };
    const field = fieldNamed(pair.slice(0, at));
    if (field === null) return { ok: false, problem: { kind: 'field', text: pair.slice(0, at) } };
    const columns: number[] = [];
    for (const part of pair.slice(at + 1).split(/[+＋]/)) {
      const column = columnNamed(read, part);
      if (column === null) return { ok: false, problem: { kind: 'column', text: part, field } };
      columns.push(column);
    }
    overrides = withColumns(overrides, read, field, columns);
  }
  return { ok: true, overrides };
}

/**
 * The table's columns as a user would name them: 'D 在校生数'.
 *
 * @example
 * columnChoices(read); // ['A 学校名称', 'D 在校生数', …]
 */
export function columnChoices(read: SheetRead): string[] {
  return read.columns.map((c) => `${columnLetter(c.column)} ${c.header}`);
}
