/**
 * One school entry: its indicator values (split by weighted pupils where the
 * school has several sections), the school rule, and the further checks.
 */
import { judgeIndicator, judgeSchool } from '../judge';
import { splitAmount } from '../split';
import {
  type CheckResult,
  type IndicatorDef,
  type IndicatorResult,
  type NumericField,
  type SchoolRecord,
  type SchoolResult,
  type SchoolType,
} from '../types';
import { both, cellOf, note, partLabel, rowCell, schoolLabel, type Context } from './context';
import { type Entry } from './entries';
import { sourceIndex } from './provenance';

/** 一贯制 schools are judged on their compulsory part against the larger size limit. */
export const THROUGH_TYPES: ReadonlySet<SchoolType> = new Set(['nine-year', 'twelve-year']);

/** What one school section is missing to read an indicator. */
export interface Gap {
  def: IndicatorDef;
  cell: string | null;
}

/**
 * A field's amount for one school section, or null when unknown. Section
 * columns win; a split school's whole-row figure is divided by weighted pupils
 * (for teacher counts that is a fallback, recorded in `splitTeachers`).
 */
export function fieldAmount(entry: Entry, field: NumericField, def: IndicatorDef, splitTeachers: Set<IndicatorDef>): number | null {
  const { record, section, weights } = entry;
  if (record.invalid.includes(field)) return null;
  const own = record.sectionValues[section]?.[field];
  if (own !== undefined) return own;
  const whole = record.values[field];
  if (whole === undefined) return null;
  if (weights === null) return whole;
  if (def.split === 'section-columns') splitTeachers.add(def);
  return splitAmount(whole, weights, section);
}

export function schoolIndicators(ctx: Context, entry: Entry, gaps: Gap[], splitTeachers: Set<IndicatorDef>): Record<string, IndicatorResult> {
  const indicators: Record<string, IndicatorResult> = {};
  for (const def of ctx.present) {
    let amount: number | null = 0;
    for (const field of def.numerator) {
      const part = fieldAmount(entry, field, def, splitTeachers);
      if (part === null) {
        gaps.push({ def, cell: cellOf(ctx, entry.record.row, field, entry.weights === null ? null : entry.section) });
        amount = null;
        break;
      }
      amount += part;
    }
    indicators[def.id] = judgeIndicator(def, entry.section, amount, entry.pupils, ctx.ruleset.schoolRule.floorRatio);
  }
  return indicators;
}

/**
 * Blank or unreadable cells of one school section: left out of the CVs, and
 * when they are why the school rule cannot be decided, the message says so.
 */
export function gapNote(ctx: Context, entry: Entry, gaps: Gap[], undecided: boolean): void {
  const school = partLabel(entry.record, entry.weights === null ? null : entry.section);
  const list = gaps.map((gap) => (gap.cell === null ? both('gap-no-column', { indicator: gap.def.name }) : both('gap-cell', { indicator: gap.def.name, cell: gap.cell })));
  const cell = gaps[0].cell ?? rowCell(ctx, entry.record.row);
  note(ctx, 'warning', undecided ? 'school-undecided' : 'missing-value', entry.record.row, cell, { school, gaps: list });
}

export function sizeCheck(value: number, limit: number): CheckResult {
  return { value, limit, meets: value <= limit };
}

/** School size, class size and special rooms, for the columns the sheet has; `missing` lists the defined checks that could not run. */
export function schoolChecks(ctx: Context, entry: Entry): { checks: Record<string, CheckResult>; missing: string[] } {
  const { schoolSize, classSize, specialRooms } = ctx.ruleset.checks;
  const { record, type, section, weights } = entry;
  const checks: Record<string, CheckResult> = {};
  const missing: string[] = [];
  // A section row (城关学校小学部) does not show the whole school's size.
  if (schoolSize !== undefined && record.part === null) {
    // 一贯制: the compulsory part against the larger limit; 完全中学: its 初中 part like any 初中.
    checks['school-size'] = type !== null && THROUGH_TYPES.has(type)
      ? sizeCheck((weights?.primary ?? 0) + (weights?.junior ?? 0), schoolSize.maxMultiSection)
      : sizeCheck(entry.pupils, schoolSize.max);
  }
  if (classSize !== undefined) {
    const own = record.sectionValues[section]?.maxClassSize;
    const whole = record.values.maxClassSize;
    if (own !== undefined) {
      checks['class-size'] = sizeCheck(own, classSize[section]);
    } else if (whole !== undefined) {
      // One figure for a whole 一贯制 school: judge it against the larger limit.
      const limit = weights === null ? classSize[section] : Math.max(classSize.primary, classSize.junior);
      checks['class-size'] = sizeCheck(whole, limit);
    } else {
      missing.push('class-size');
    }
  }
  if (specialRooms !== undefined) {
    const classes = record.values.classes;
    const needed = classes === undefined ? null : Math.ceil(classes / specialRooms.perClasses);
    const rooms: [string, number | undefined][] = [['music-rooms', record.values.musicRooms], ['art-rooms', record.values.artRooms]];
    for (const [id, count] of rooms) {
      if (needed === null || count === undefined) missing.push(id);
      else checks[id] = { value: count, limit: needed, meets: count >= needed };
    }
  }
  return { checks, missing };
}

export function splitTeachersNote(ctx: Context, record: SchoolRecord, defs: Set<IndicatorDef>): void {
  const indicators = [...defs].map((def) => def.name);
  note(ctx, 'warning', 'split-teachers', record.row, rowCell(ctx, record.row), { school: schoolLabel(record), row: record.row, indicators });
}

export function analyzeEntry(ctx: Context, entry: Entry, splitTeachers: Set<IndicatorDef>): SchoolResult {
  const gaps: Gap[] = [];
  const indicators = schoolIndicators(ctx, entry, gaps, splitTeachers);
  const { passes, misses } = judgeSchool(ctx.ruleset, entry.section, indicators);
  const { checks, missing } = schoolChecks(ctx, entry);
  // Columns missing from the sheet are reported once; here only the school's own cells.
  if (gaps.length > 0) {
    const judged = ctx.ruleset.indicators.some((def) => def.standard[entry.section] !== null);
    gapNote(ctx, entry, gaps, passes === null && judged);
  }
  return {
    name: entry.record.name,
    row: entry.record.row,
    type: entry.type,
    section: entry.section,
    pupils: entry.pupils,
    ownership: entry.record.ownership,
    part: entry.weights === null ? entry.record.part : entry.section,
    excluded: false,
    excludedReason: null,
    indicators,
    passes,
    misses,
    checks,
    checksMissing: missing,
    provenance: sourceIndex(ctx, ctx.sources, entry),
  };
}
