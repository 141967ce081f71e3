/**
 * From header columns to the field mapping: one column per field (the first,
 * with a warning naming the others), several columns that add up for the
 * additive fields, and the user's corrections on top.
 */
import { ADDITIVE_FIELDS, FIELD_LABELS } from '../fields';
import type { ColumnInfo, ColumnMapping, ColumnRef, FieldId, Message } from '../types';
import { renderBoth } from '../messages/render';
import { readerMessage } from './cell-message';
import type { HeaderColumn } from './header';
import type { GridView } from './grid';

export interface MappingResult {
  mapping: ColumnMapping;
  columns: ColumnInfo[];
  messages: Message[];
}

function refOf(view: GridView, column: HeaderColumn): ColumnRef {
  const ref: ColumnRef = { column: view.column(column.j), header: column.header, factor: column.match?.factor ?? 1 };
  if (column.match?.section !== undefined) ref.section = column.match.section;
  return ref;
}

function labelAddress(view: GridView, column: HeaderColumn): string {
  return view.address(column.labelRow, column.j);
}

function duplicateMessage(view: GridView, used: HeaderColumn, ignored: HeaderColumn, field: FieldId): Message {
  const first = labelAddress(view, used);
  const other = labelAddress(view, ignored);
  const label = FIELD_LABELS[field];
  return readerMessage('warning', 'duplicate-column', other, view.row(ignored.labelRow), {
    first,
    firstHeader: used.header,
    other,
    otherHeader: ignored.header,
    field: label,
  });
}

function partsIgnoredMessage(view: GridView, total: HeaderColumn, parts: HeaderColumn[], field: FieldId): Message {
  const whole = labelAddress(view, total);
  const names = parts.map((part) => renderBoth('column-cell', { cell: labelAddress(view, part), header: part.header }, 'cli'));
  return readerMessage('info', 'parts-not-added', whole, view.row(total.labelRow), {
    field: FIELD_LABELS[field],
    whole,
    header: total.header,
    parts: names,
  });
}

/** The columns one field/section pair is read from, with messages about the rest. */
function chooseColumns(view: GridView, field: FieldId, group: HeaderColumn[], messages: Message[]): HeaderColumn[] {
  const wholes = group.filter((column) => column.match?.component !== true);
  const parts = group.filter((column) => column.match?.component === true);
  if (ADDITIVE_FIELDS.has(field) && wholes.length === 0) return parts;
  const chosen = wholes.length > 0 ? wholes[0] : group[0];
  for (const other of group) {
    if (other === chosen || other.match?.component === true) continue;
    messages.push(duplicateMessage(view, chosen, other, field));
  }
  if (parts.length > 0 && wholes.length > 0) messages.push(partsIgnoredMessage(view, chosen, parts, field));
  return [chosen];
}

/** The detected mapping: header columns grouped by field and section; fields the user maps are left out. */
function detectedMapping(
  view: GridView,
  columns: HeaderColumn[],
  userFields: ReadonlySet<FieldId>,
  messages: Message[],
): ColumnMapping {
  const groups = new Map<string, HeaderColumn[]>();
  for (const column of columns) {
    if (column.match === null || userFields.has(column.match.field)) continue;
    const key = `${column.match.field}|${column.match.section ?? ''}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [column]);
    else group.push(column);
  }
  const mapping: ColumnMapping = {};
  for (const group of groups.values()) {
    const field = (group[0].match as NonNullable<HeaderColumn['match']>).field;
    const refs = chooseColumns(view, field, group, messages).map((column) => refOf(view, column));
    mapping[field] = [...(mapping[field] ?? []), ...refs];
  }
  return mapping;
}

function isColumnRef(ref: unknown): ref is ColumnRef {
  const candidate = ref as ColumnRef | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Number.isInteger(candidate.column) &&
    candidate.column >= 1 &&
    typeof candidate.factor === 'number' &&
    Number.isFinite(candidate.factor)
  );
}

/**
 * The user's mapping replaces the detected columns of each field it names; a
 * column the user gives to one field is taken away from any other.
 */
function applyOverride(detected: ColumnMapping, override: ColumnMapping, userFields: FieldId[]): ColumnMapping {
  const userColumns = new Set(userFields.flatMap((field) => (override[field] ?? []).filter(isColumnRef).map((ref) => ref.column)));
  const mapping: ColumnMapping = {};
  for (const field of Object.keys(detected) as FieldId[]) {
    const refs = (detected[field] ?? []).filter((ref) => !userColumns.has(ref.column));
    if (refs.length > 0) mapping[field] = refs;
  }
  for (const field of userFields) {
    const refs = (override[field] ?? []).filter(isColumnRef).map((ref) => ({ ...ref, header: String(ref.header ?? '') }));
    if (refs.length > 0) mapping[field] = refs;
  }
  return mapping;
}

/** Every header column with the field it is read as (null when it is not read). */
function columnInfos(view: GridView, columns: HeaderColumn[], mapping: ColumnMapping): ColumnInfo[] {
  const readAs = new Map<number, { field: FieldId; ref: ColumnRef }>();
  for (const field of Object.keys(mapping) as FieldId[]) {
    for (const ref of mapping[field] ?? []) if (!readAs.has(ref.column)) readAs.set(ref.column, { field, ref });
  }
  const infos: ColumnInfo[] = columns.map((column) => {
    const sheetColumn = view.column(column.j);
    const read = readAs.get(sheetColumn);
    const info: ColumnInfo = {
      column: sheetColumn,
      header: column.header,
      field: read?.field ?? null,
      factor: read?.ref.factor ?? column.match?.factor ?? 1,
    };
    const section = read === undefined ? column.match?.section : read.ref.section;
    if (section !== undefined) info.section = section;
    readAs.delete(sheetColumn);
    return info;
  });
  for (const [column, { field, ref }] of readAs) {
    const info: ColumnInfo = { column, header: ref.header, field, factor: ref.factor };
    if (ref.section !== undefined) info.section = ref.section;
    infos.push(info);
  }
  return infos.sort((a, b) => a.column - b.column);
}

/**
 * The mapping a sheet is read with, the column list for the mapping screen, and
 * messages about duplicate columns and ignored part columns.
 *
 * @example
 * buildMapping(view, layout.columns, { pupils: [{ column: 3, header: '学生数', factor: 1 }] }).mapping.pupils;
 * // [{ column: 3, header: '学生数', factor: 1 }]
 */
export function buildMapping(view: GridView, columns: HeaderColumn[], override?: ColumnMapping): MappingResult {
  const messages: Message[] = [];
  const user = override ?? {};
  const userFields = (Object.keys(user) as FieldId[]).filter(
    (field) => Object.hasOwn(FIELD_LABELS, field) && Array.isArray(user[field]),
  );
  const detected = detectedMapping(view, columns, new Set(userFields), messages);
  const mapping = applyOverride(detected, user, userFields);
  return { mapping, columns: columnInfos(view, columns, mapping), messages };
}
