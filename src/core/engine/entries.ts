/**
 * Which rows enter the analysis, and as which sections: exclusions with their
 * reasons, 一贯制 schools split into section entries, pupils checked.
 */
import { FIELD_LABELS } from '../fields';
import { localize } from '../present';
import { type SectionPupils } from '../split';
import {
  type L10n,
  type NumericField,
  type SchoolRecord,
  type SchoolResult,
  type SchoolType,
  type Section,
} from '../types';
import { PUPIL_FIELDS, both, cellOf, cellOrColumn, note, rowCell, schoolLabel, sectionNames, typeNames, type Context, type PupilSection } from './context';

/** Types that are not compulsory-education schools: listed, never analysed. */
export const NON_COMPULSORY_TYPES: ReadonlySet<SchoolType> = new Set(['special', 'vocational', 'senior']);

/** The compulsory sections each multi-section type keeps; its 高中 part is dropped. */
export const MULTI_SECTION_TYPES: Partial<Record<SchoolType, readonly Section[]>> = {
  'nine-year': ['primary', 'junior'],
  'twelve-year': ['primary', 'junior'],
  'complete-secondary': ['junior'],
};

/** The pupil columns a multi-section type needs to split its resources. */
export const SPLIT_PUPILS: Partial<Record<SchoolType, readonly PupilSection[]>> = {
  'nine-year': ['primary', 'junior'],
  'twelve-year': ['primary', 'junior', 'senior'],
  'complete-secondary': ['junior', 'senior'],
};

/** One section of one school, as it enters the analysis. */
export interface Entry {
  record: SchoolRecord;
  /** Null only for a section row (城关学校小学部) whose school type is not given. */
  type: SchoolType | null;
  section: Section;
  pupils: number;
  /** The field the pupils were read from (学生数, or the section's own 小学在校生数 …). */
  pupilsField: NumericField;
  /** Pupils of every section when the school's resources are split; null for a single-section row. */
  weights: SectionPupils | null;
}

export type Plan = { entries: Entry[]; excluded: SchoolResult[] };

export function sectionPupils(record: SchoolRecord, section: PupilSection): number | undefined {
  return record.values[PUPIL_FIELDS[section]];
}

/** The section of a single-section row: 教学点 count as 小学 unless only 初中 pupils are given. */
export function singleSection(record: SchoolRecord, type: SchoolType | null): Section | null {
  if (record.part !== null) return record.part;
  if (type === 'primary' || type === 'junior') return type;
  if (type === 'teaching-point') {
    const onlyJunior = (sectionPupils(record, 'junior') ?? 0) > 0 && !((sectionPupils(record, 'primary') ?? 0) > 0);
    return onlyJunior ? 'junior' : 'primary';
  }
  return null;
}

export function excludedResult(
  ctx: Context,
  record: SchoolRecord,
  type: SchoolType | null,
  section: Section | null,
  pupils: number | null,
  part: Section | null,
  reason: L10n,
): SchoolResult {
  return {
    name: record.name,
    row: record.row,
    type,
    section,
    pupils,
    ownership: record.ownership,
    part,
    excluded: true,
    excludedReason: localize(reason, ctx.lang),
    indicators: {},
    passes: null,
    misses: [],
    checks: {},
    checksMissing: [],
  };
}

/**
 * A pupil count that cannot be used: a reason naming the cell, and the same as a
 * message. Without the column, the message points at the row's pupils cell,
 * else its name cell: it always names a cell of the row.
 */
export function badPupils(ctx: Context, record: SchoolRecord, value: number | undefined, cell: string | null, label: L10n): L10n {
  const where = cellOrColumn(cell, label);
  const reason = value === undefined ? both('pupils-missing', { field: label, where }) : both('pupils-not-positive', { field: label, value, where });
  note(ctx, 'warning', 'no-pupils', record.row, cell ?? cellOf(ctx, record.row, 'pupils') ?? rowCell(ctx, record.row), { school: schoolLabel(record), reason });
  return reason;
}

/** The school type to use: as read, or 一贯制 when the row has pupils of several sections. */
export function effectiveType(ctx: Context, record: SchoolRecord): SchoolType | null {
  if (record.type !== null || record.part !== null) return record.type;
  const primary = sectionPupils(record, 'primary') ?? 0;
  const junior = sectionPupils(record, 'junior') ?? 0;
  if (!(primary > 0 && junior > 0)) return null;
  const type: SchoolType = (sectionPupils(record, 'senior') ?? 0) > 0 ? 'twelve-year' : 'nine-year';
  note(ctx, 'info', 'inferred-type', record.row, cellOf(ctx, record.row, 'type') ?? rowCell(ctx, record.row), { school: schoolLabel(record), type: typeNames(type) });
  return type;
}

/** Lists the record as excluded, with its reason (and its pupils when known). */
export type Exclude = (type: SchoolType | null, reason: L10n, pupils?: number | null) => void;

/** Decides how one record enters: as excluded rows with reasons, or as section entries. */
export function planRecord(ctx: Context, record: SchoolRecord, plan: Plan): void {
  const exclude: Exclude = (type, reason, pupils = record.values.pupils ?? null) => {
    plan.excluded.push(excludedResult(ctx, record, type, singleSection(record, type), pupils, record.part, reason));
  };
  if (record.kind === 'total') {
    exclude(record.type, both('excluded-total'));
    return;
  }
  if (record.type !== null && NON_COMPULSORY_TYPES.has(record.type)) {
    exclude(record.type, both('excluded-non-compulsory', { type: typeNames(record.type) }));
    return;
  }
  if (record.ownership === 'private' && ctx.ruleset.exclusions.excludePrivate) {
    exclude(record.type, both('excluded-private'));
    return;
  }
  const type = effectiveType(ctx, record);
  const section = singleSection(record, type);
  if (type === null && section === null) {
    const cell = cellOf(ctx, record.row, 'type');
    const where = cellOrColumn(cell, FIELD_LABELS.type);
    const reason = both('type-unknown', { where });
    note(ctx, 'warning', 'unknown-type', record.row, cell ?? rowCell(ctx, record.row), { school: schoolLabel(record), reason });
    exclude(null, reason);
    return;
  }
  if (section !== null) {
    planSingleSection(ctx, record, type, section, plan, exclude);
  } else {
    planMultiSection(ctx, record, type as SchoolType, plan, exclude);
  }
}

/** Where a pupil count comes from: a column of the row, and what to call it. */
export interface PupilSource {
  field: NumericField;
  value: number | undefined;
  cell: string | null;
  label: L10n;
}

export function planSingleSection(
  ctx: Context,
  record: SchoolRecord,
  type: SchoolType | null,
  section: Section,
  plan: Plan,
  exclude: Exclude,
): void {
  const total: PupilSource = {
    field: 'pupils',
    value: record.values.pupils,
    cell: cellOf(ctx, record.row, 'pupils'),
    label: FIELD_LABELS.pupils,
  };
  const own: PupilSource = {
    field: PUPIL_FIELDS[section],
    value: sectionPupils(record, section),
    cell: cellOf(ctx, record.row, PUPIL_FIELDS[section]),
    label: FIELD_LABELS[PUPIL_FIELDS[section]],
  };
  // A section row (城关学校小学部) names its own column first; a school row its total.
  const sources = record.part === null ? [total, own] : [own, total];
  const source = sources.find((s) => s.value !== undefined) ?? sources.find((s) => s.cell !== null) ?? sources[0];
  const pupils = source.value;
  const minTeachingPoint = ctx.ruleset.exclusions.teachingPointMinPupils;
  // Checked before the pupils: no point asking to fill in a row that stays out anyway.
  if (type === 'teaching-point' && minTeachingPoint === null) {
    exclude(type, both('excluded-teaching-point'), pupils ?? null);
    return;
  }
  if (pupils === undefined || pupils <= 0) {
    exclude(type, badPupils(ctx, record, pupils, source.cell, source.label), pupils ?? null);
    return;
  }
  if (type === 'teaching-point' && minTeachingPoint !== null && pupils < minTeachingPoint) {
    exclude(type, both('excluded-small-teaching-point', { pupils, min: minTeachingPoint }), pupils);
    return;
  }
  plan.entries.push({ record, type, section, pupils, pupilsField: source.field, weights: null });
}

export function planMultiSection(
  ctx: Context,
  record: SchoolRecord,
  type: SchoolType,
  plan: Plan,
  exclude: Exclude,
): void {
  const weights: SectionPupils = {};
  for (const section of SPLIT_PUPILS[type] ?? []) {
    const pupils = sectionPupils(record, section);
    if (pupils === undefined || pupils < 0) {
      const label = FIELD_LABELS[PUPIL_FIELDS[section]];
      const reason = badPupils(ctx, record, pupils, cellOf(ctx, record.row, PUPIL_FIELDS[section]), label);
      exclude(type, both('excluded-split-needs-pupils', { type: typeNames(type), field: label, reason }));
      return;
    }
    weights[section] = pupils;
  }
  for (const section of MULTI_SECTION_TYPES[type] ?? []) {
    const pupils = weights[section] as number;
    if (pupils === 0) {
      plan.excluded.push(
        excludedResult(ctx, record, type, section, 0, section, both('excluded-no-section-pupils', { section: sectionNames(section, true) })),
      );
      continue;
    }
    plan.entries.push({ record, type, section, pupils, pupilsField: PUPIL_FIELDS[section], weights });
  }
}
