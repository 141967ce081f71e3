/**
 * The engine: a read sheet and a ruleset in, the result document (contract §3)
 * out. Exclusions, section splitting, per-school values and the school rule,
 * the further checks, and the county rule with the pupil-weighted CV. One
 * indicator and one school are judged by `core/judge.ts`.
 * Everything stays unrounded; `roundTo` is used only to flag borderline cases.
 */

import { cellAddress, columnLetter } from './address';
import { FIELD_LABELS } from './fields';
import { IMPLAUSIBLE_RATIO, isImplausible, judgeIndicator, judgeSchool } from './judge';
import { formatValue, localize, roundTo, schoolTypeLabel, sectionLabel } from './present';
import { splitAmount, type SectionPupils } from './split';
import { compositeCv, cvContributions, median, weightedCv, weightedMean } from './stats';
import {
  SECTIONS,
  type AnalysisResult,
  type CheckResult,
  type ColumnRef,
  type CountyIndicatorResult,
  type FieldId,
  type IndicatorDef,
  type IndicatorResult,
  type L10n,
  type Lang,
  type Message,
  type NumericField,
  type ResultMessage,
  type Ruleset,
  type SchoolRecord,
  type SchoolResult,
  type SchoolType,
  type Section,
  type SectionResult,
  type Severity,
  type SheetRead,
} from './types';
import { maxOf } from './arrays';

export interface AnalyzeOptions {
  /** Language of reasons and messages (default 'zh'). */
  lang?: Lang;
  /** The workbook's file name, for the result's `source`. */
  file?: string | null;
}

/** Types that are not compulsory-education schools: listed, never analysed. */
const NON_COMPULSORY_TYPES: ReadonlySet<SchoolType> = new Set(['special', 'vocational', 'senior']);

/** The compulsory sections each multi-section type keeps; its 高中 part is dropped. */
const MULTI_SECTION_TYPES: Partial<Record<SchoolType, readonly Section[]>> = {
  'nine-year': ['primary', 'junior'],
  'twelve-year': ['primary', 'junior'],
  'complete-secondary': ['junior'],
};

/** The pupil columns a multi-section type needs to split its resources. */
const SPLIT_PUPILS: Partial<Record<SchoolType, readonly PupilSection[]>> = {
  'nine-year': ['primary', 'junior'],
  'twelve-year': ['primary', 'junior', 'senior'],
  'complete-secondary': ['junior', 'senior'],
};

/** 一贯制 schools are judged on their compulsory part against the larger size limit. */
const THROUGH_TYPES: ReadonlySet<SchoolType> = new Set(['nine-year', 'twelve-year']);

type PupilSection = keyof SectionPupils;

const PUPIL_FIELDS: Record<PupilSection, NumericField> = {
  primary: 'primaryPupils',
  junior: 'juniorPupils',
  senior: 'seniorPupils',
};

// ---------------------------------------------------------------------------
// Context: the sheet, the ruleset and the engine's own messages.
// ---------------------------------------------------------------------------

interface Context {
  read: SheetRead;
  ruleset: Ruleset;
  lang: Lang;
  /** Indicators whose numerator fields are all mapped to columns. */
  present: IndicatorDef[];
  notes: Message[];
  /** Cells already called implausible, by the reader or by `implausibleNotes`: each is named once. */
  implausible: Set<string>;
}

function note(ctx: Context, severity: Severity, code: string, row: number | null, cell: string | null, text: L10n): void {
  ctx.notes.push({ severity, code, cell, row, text });
}

/**
 * The column holding a field: the section's own column when asked for and
 * present, else the whole-row column, else any. Null when the field is unmapped.
 */
function columnOf(ctx: Context, field: FieldId, section: Section | null = null): number | null {
  const refs = ctx.read.mapping[field];
  if (refs === undefined || refs.length === 0) return null;
  const own = section === null ? undefined : refs.find((ref) => ref.section === section);
  return (own ?? refs.find((ref) => ref.section === undefined) ?? refs[0]).column;
}

function cellOf(ctx: Context, row: number, field: FieldId, section: Section | null = null): string | null {
  const column = columnOf(ctx, field, section);
  return column === null ? null : cellAddress(ctx.read.sheet, row, column);
}

/** Where to point for a message about a whole school row: its name cell, else the table's first cell in the row. */
function rowCell(ctx: Context, row: number): string {
  return cellOf(ctx, row, 'name') ?? cellAddress(ctx.read.sheet, row, ctx.read.columns[0]?.column ?? 1);
}

function schoolLabel(record: Pick<SchoolRecord, 'name' | 'row'>): L10n {
  return record.name === ''
    ? { zh: `第 ${record.row} 行`, en: `row ${record.row}` }
    : { zh: record.name, en: record.name };
}

/** Texts of cell references: 'Sheet1!F7' or, when the column is missing, a plain description. */
function cellOrColumn(cell: string | null, label: L10n): L10n {
  return cell === null
    ? { zh: `${label.zh}（表中没有此列，请添加）`, en: `${label.en} (the sheet has no such column; add one)` }
    : { zh: cell, en: cell };
}

// ---------------------------------------------------------------------------
// Which records enter, and as which sections.
// ---------------------------------------------------------------------------

/** One section of one school, as it enters the analysis. */
interface Entry {
  record: SchoolRecord;
  /** Null only for a section row (城关学校小学部) whose school type is not given. */
  type: SchoolType | null;
  section: Section;
  pupils: number;
  /** Pupils of every section when the school's resources are split; null for a single-section row. */
  weights: SectionPupils | null;
}

type Plan = { entries: Entry[]; excluded: SchoolResult[] };

function sectionPupils(record: SchoolRecord, section: PupilSection): number | undefined {
  return record.values[PUPIL_FIELDS[section]];
}

/** The section of a single-section row: 教学点 count as 小学 unless only 初中 pupils are given. */
function singleSection(record: SchoolRecord, type: SchoolType | null): Section | null {
  if (record.part !== null) return record.part;
  if (type === 'primary' || type === 'junior') return type;
  if (type === 'teaching-point') {
    const onlyJunior = (sectionPupils(record, 'junior') ?? 0) > 0 && !((sectionPupils(record, 'primary') ?? 0) > 0);
    return onlyJunior ? 'junior' : 'primary';
  }
  return null;
}

function excludedResult(
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
  };
}

/**
 * A pupil count that cannot be used: a reason naming the cell, and the same as a
 * message. Without the column, the message points at the row's pupils cell,
 * else its name cell: it always names a cell of the row.
 */
function badPupils(ctx: Context, record: SchoolRecord, value: number | undefined, cell: string | null, label: L10n): L10n {
  const where = cellOrColumn(cell, label);
  const reason: L10n =
    value === undefined
      ? { zh: `${label.zh}为空或无法识别：请在 ${where.zh} 填写`, en: `${label.en} missing or unreadable: fill in ${where.en}` }
      : { zh: `${label.zh}为 ${value}，应大于 0：请检查 ${where.zh}`, en: `${label.en} is ${value}, must be above 0: check ${where.en}` };
  const name = schoolLabel(record);
  note(ctx, 'warning', 'no-pupils', record.row, cell ?? cellOf(ctx, record.row, 'pupils') ?? rowCell(ctx, record.row), {
    zh: `${name.zh}未参与计算：${reason.zh}`,
    en: `${name.en} left out: ${reason.en}`,
  });
  return reason;
}

/** The school type to use: as read, or 一贯制 when the row has pupils of several sections. */
function effectiveType(ctx: Context, record: SchoolRecord): SchoolType | null {
  if (record.type !== null || record.part !== null) return record.type;
  const primary = sectionPupils(record, 'primary') ?? 0;
  const junior = sectionPupils(record, 'junior') ?? 0;
  if (!(primary > 0 && junior > 0)) return null;
  const type: SchoolType = (sectionPupils(record, 'senior') ?? 0) > 0 ? 'twelve-year' : 'nine-year';
  const name = schoolLabel(record);
  const label: L10n = { zh: schoolTypeLabel(type, 'zh'), en: schoolTypeLabel(type, 'en') };
  note(ctx, 'info', 'inferred-type', record.row, cellOf(ctx, record.row, 'type') ?? rowCell(ctx, record.row), {
    zh: `${name.zh}未填学校类型，有小学和初中在校生，按${label.zh}计算；如不对请填写学校类型`,
    en: `${name.en} has no school type but has primary and junior pupils; treated as a ${label.en} (fill in the type if this is wrong)`,
  });
  return type;
}

/** Lists the record as excluded, with its reason (and its pupils when known). */
type Exclude = (type: SchoolType | null, reason: L10n, pupils?: number | null) => void;

/** Decides how one record enters: as excluded rows with reasons, or as section entries. */
function planRecord(ctx: Context, record: SchoolRecord, plan: Plan): void {
  const exclude: Exclude = (type, reason, pupils = record.values.pupils ?? null) => {
    plan.excluded.push(excludedResult(ctx, record, type, singleSection(record, type), pupils, record.part, reason));
  };
  if (record.kind === 'total') {
    exclude(record.type, { zh: '合计/小计行，不是学校', en: 'total or subtotal row, not a school' });
    return;
  }
  if (record.type !== null && NON_COMPULSORY_TYPES.has(record.type)) {
    const label = schoolTypeLabel(record.type, 'zh');
    exclude(record.type, {
      zh: `${label}不参与义务教育均衡评估`,
      en: `${schoolTypeLabel(record.type, 'en')}s are not part of the compulsory-education evaluation`,
    });
    return;
  }
  if (record.ownership === 'private' && ctx.ruleset.exclusions.excludePrivate) {
    exclude(record.type, { zh: '民办学校，本规则集不计入', en: 'private school; this ruleset leaves private schools out' });
    return;
  }
  const type = effectiveType(ctx, record);
  const section = singleSection(record, type);
  if (type === null && section === null) {
    const cell = cellOf(ctx, record.row, 'type');
    const where = cellOrColumn(cell, FIELD_LABELS.type);
    const reason: L10n = {
      zh: `学校类型未知：请在 ${where.zh} 填写（小学、初中、九年一贯制学校等）`,
      en: `unknown school type: fill in ${where.en} (小学, 初中, 九年一贯制学校, …)`,
    };
    note(ctx, 'warning', 'unknown-type', record.row, cell ?? rowCell(ctx, record.row), {
      zh: `${schoolLabel(record).zh}未参与计算：${reason.zh}`,
      en: `${schoolLabel(record).en} left out: ${reason.en}`,
    });
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
interface PupilSource {
  value: number | undefined;
  cell: string | null;
  label: L10n;
}

function planSingleSection(
  ctx: Context,
  record: SchoolRecord,
  type: SchoolType | null,
  section: Section,
  plan: Plan,
  exclude: Exclude,
): void {
  const total: PupilSource = {
    value: record.values.pupils,
    cell: cellOf(ctx, record.row, 'pupils'),
    label: FIELD_LABELS.pupils,
  };
  const own: PupilSource = {
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
    exclude(type, { zh: '教学点，本规则集不计入', en: 'teaching point; this ruleset leaves teaching points out' }, pupils ?? null);
    return;
  }
  if (pupils === undefined || pupils <= 0) {
    exclude(type, badPupils(ctx, record, pupils, source.cell, source.label), pupils ?? null);
    return;
  }
  if (type === 'teaching-point' && minTeachingPoint !== null && pupils < minTeachingPoint) {
    exclude(type, {
      zh: `教学点在校生 ${pupils} 人，不足 ${minTeachingPoint} 人，不计入`,
      en: `teaching point with ${pupils} pupils, under ${minTeachingPoint}: left out`,
    }, pupils);
    return;
  }
  plan.entries.push({ record, type, section, pupils, weights: null });
}

function planMultiSection(
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
      const typeName = { zh: schoolTypeLabel(type, 'zh'), en: schoolTypeLabel(type, 'en') };
      const reason = badPupils(ctx, record, pupils, cellOf(ctx, record.row, PUPIL_FIELDS[section]), label);
      exclude(type, {
        zh: `${typeName.zh}要按学段拆分，需要${label.zh}。${reason.zh}`,
        en: `a ${typeName.en} is split by section and needs ${label.en}. ${reason.en}`,
      });
      return;
    }
    weights[section] = pupils;
  }
  for (const section of MULTI_SECTION_TYPES[type] ?? []) {
    const pupils = weights[section] as number;
    if (pupils === 0) {
      plan.excluded.push(
        excludedResult(ctx, record, type, section, 0, section, {
          zh: `该校没有${sectionLabel(section, 'zh')}在校生`,
          en: `no ${sectionLabel(section, 'en').toLowerCase()} pupils at this school`,
        }),
      );
      continue;
    }
    plan.entries.push({ record, type, section, pupils, weights });
  }
}

// ---------------------------------------------------------------------------
// Per-school values, the school rule and the further checks.
// ---------------------------------------------------------------------------

/** What one school section is missing to read an indicator. */
interface Gap {
  def: IndicatorDef;
  cell: string | null;
}

/**
 * A field's amount for one school section, or null when unknown. Section
 * columns win; a split school's whole-row figure is divided by weighted pupils
 * (for teacher counts that is a fallback, recorded in `splitTeachers`).
 */
function fieldAmount(entry: Entry, field: NumericField, def: IndicatorDef, splitTeachers: Set<IndicatorDef>): number | null {
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

function schoolIndicators(ctx: Context, entry: Entry, gaps: Gap[], splitTeachers: Set<IndicatorDef>): Record<string, IndicatorResult> {
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
function gapNote(ctx: Context, entry: Entry, gaps: Gap[], undecided: boolean): void {
  const name = schoolLabel(entry.record);
  const part = entry.weights === null
    ? { zh: '', en: '' }
    : { zh: sectionLabel(entry.section, 'zh') + '部', en: ` (${sectionLabel(entry.section, 'en').toLowerCase()})` };
  const listZh = gaps.map((gap) => `${gap.def.name.zh}（${gap.cell ?? '无此列'}）`).join('、');
  const listEn = gaps.map((gap) => `${gap.def.name.en} (${gap.cell ?? 'no column'})`).join('; ');
  const cell = gaps[0].cell ?? rowCell(ctx, entry.record.row);
  if (undecided) {
    note(ctx, 'warning', 'school-undecided', entry.record.row, cell, {
      zh: `${name.zh}${part.zh}是否达标无法判定：以下数值为空或无法识别，请补填：${listZh}`,
      en: `${name.en}${part.en}: cannot decide whether it meets the standard; these values are blank or unreadable, fill them in: ${listEn}`,
    });
  } else {
    note(ctx, 'warning', 'missing-value', entry.record.row, cell, {
      zh: `${name.zh}${part.zh}以下数值为空或无法识别，未计入差异系数，请补填：${listZh}`,
      en: `${name.en}${part.en}: these values are blank or unreadable and left out of the CVs; fill them in: ${listEn}`,
    });
  }
}

function sizeCheck(value: number, limit: number): CheckResult {
  return { value, limit, meets: value <= limit };
}

/** School size, class size and special rooms, for the columns the sheet has. */
function schoolChecks(ctx: Context, entry: Entry): Record<string, CheckResult> {
  const { schoolSize, classSize, specialRooms } = ctx.ruleset.checks;
  const { record, type, section, weights } = entry;
  const checks: Record<string, CheckResult> = {};
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
      const limit = weights === null ? classSize[section] : maxOf(SECTIONS.map((s) => classSize[s]));
      checks['class-size'] = sizeCheck(whole, limit);
    }
  }
  const classes = record.values.classes;
  if (specialRooms !== undefined && classes !== undefined) {
    const needed = Math.ceil(classes / specialRooms.perClasses);
    const { musicRooms, artRooms } = record.values;
    if (musicRooms !== undefined) checks['music-rooms'] = { value: musicRooms, limit: needed, meets: musicRooms >= needed };
    if (artRooms !== undefined) checks['art-rooms'] = { value: artRooms, limit: needed, meets: artRooms >= needed };
  }
  return checks;
}

function splitTeachersNote(ctx: Context, record: SchoolRecord, defs: Set<IndicatorDef>): void {
  const names = [...defs].map((def) => def.name);
  const label = schoolLabel(record);
  note(ctx, 'warning', 'split-teachers', record.row, rowCell(ctx, record.row), {
    zh: `${label.zh}（第 ${record.row} 行）没有分学段的教师数，已按加权学生数拆分：${names.map((n) => n.zh).join('、')}。有分学段数据时请补充小学、初中各自的列`,
    en: `${label.en} (row ${record.row}) has no per-section teacher counts; split by weighted pupils: ${names.map((n) => n.en).join('; ')}. Add primary and junior columns if you have the figures`,
  });
}

function analyzeEntry(ctx: Context, entry: Entry, splitTeachers: Set<IndicatorDef>): SchoolResult {
  const gaps: Gap[] = [];
  const indicators = schoolIndicators(ctx, entry, gaps, splitTeachers);
  const { passes, misses } = judgeSchool(ctx.ruleset, entry.section, indicators);
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
    checks: schoolChecks(ctx, entry),
  };
}

// ---------------------------------------------------------------------------
// The county rule.
// ---------------------------------------------------------------------------

function countyIndicator(ctx: Context, section: Section, def: IndicatorDef, schools: SchoolResult[]): CountyIndicatorResult {
  const values: number[] = [];
  const weights: number[] = [];
  const entered: SchoolResult[] = [];
  for (const school of schools) {
    const value = school.indicators[def.id]?.value;
    if (value === null || value === undefined || school.pupils === null || !(school.pupils > 0)) continue;
    values.push(value);
    weights.push(school.pupils);
    entered.push(school);
  }
  const mean = weightedMean(values, weights);
  const cv = weightedCv(values, weights);
  const shares = cvContributions(values, weights);
  const perIndicator = ctx.ruleset.countyRule.mode === 'per-indicator';
  const cvLimit = perIndicator ? ctx.ruleset.countyRule.limits[section] : null;
  const passes = cvLimit === null || cv === null ? null : cv <= cvLimit;
  const where = { zh: `${sectionLabel(section, 'zh')}「${def.name.zh}」`, en: `${sectionLabel(section, 'en')} "${def.name.en}"` };
  if (entered.length > 0 && cv === null) {
    note(ctx, 'error', 'cv-undefined', null, null, {
      zh: `${where.zh}的县域平均值为 0，差异系数无法计算（不是 0）：请检查各校该项数据`,
      en: `${where.en}: the county mean is 0, so the CV cannot be computed (it is not 0); check the schools' figures`,
    });
  } else if (entered.length === 0 && schools.length > 0) {
    note(ctx, 'warning', 'cv-no-values', null, null, {
      zh: `${where.zh}没有一所学校有数值，差异系数无法计算`,
      en: `${where.en}: no school has a value, so the CV cannot be computed`,
    });
  }
  return {
    mean,
    cv,
    cvLimit,
    passes,
    borderline: roundingFlips(cv, cvLimit),
    schools: entered.length,
    contributions: entered.map((school, i) => ({ row: school.row, name: school.name, part: school.part, share: shares[i] })),
  };
}

/** Whether the CV shown with 3 decimals would be judged otherwise against its limit than the unrounded one. */
function roundingFlips(cv: number | null, limit: number | null): boolean {
  return cv !== null && limit !== null && roundTo(cv, 3) <= limit !== cv <= limit;
}

/** The pupils cell behind a school section's value: a split part's section column first, a whole row's total first. */
function pupilsCell(ctx: Context, school: SchoolResult, section: Section): string | null {
  const own = cellOf(ctx, school.row, PUPIL_FIELDS[section]);
  const total = cellOf(ctx, school.row, 'pupils');
  return school.part === null ? total ?? own : own ?? total;
}

/**
 * Warns about school values beyond belief (`isImplausible`: more than
 * IMPLAUSIBLE_RATIO times the section's standard, or the section's median where
 * the ruleset sets no standard) and about values too large to compute. The
 * values still enter; the message names the resource cell, the pupils cell and
 * the threshold. A cell the reader already called implausible is not named again.
 */
function implausibleNotes(ctx: Context, section: Section, def: IndicatorDef, schools: SchoolResult[]): void {
  const standard = def.standard[section];
  const reference = standard ?? median(schools.map((school) => school.indicators[def.id]?.value).filter((v): v is number => typeof v === 'number'));
  const referenceName: L10n = standard === null ? { zh: '全县中位数', en: 'the county median' } : { zh: '标准', en: 'the standard' };
  for (const school of schools) {
    const result = school.indicators[def.id];
    if (result === undefined || result.amount === null) continue;
    const { value } = result;
    if (value !== null && (reference === null || !isImplausible(value, reference))) continue;
    // A present indicator has a column for every numerator field.
    const cells = def.numerator.map((field) => cellOf(ctx, school.row, field, section) as string);
    if (cells.some((cell) => ctx.implausible.has(cell))) continue;
    cells.forEach((cell) => ctx.implausible.add(cell));
    const name = schoolLabel(school);
    const part = school.part === null ? { zh: '', en: '' } : { zh: sectionLabel(section, 'zh') + '部', en: ` (${sectionLabel(section, 'en').toLowerCase()})` };
    const pupils = pupilsCell(ctx, school, section) ?? rowCell(ctx, school.row);
    const what: L10n = value === null
      ? { zh: '大到无法计算，未计入', en: 'is too large to compute and is left out' }
      : {
          zh: `为 ${formatValue(value)} ${def.unit.zh}，超过${referenceName.zh} ${formatValue(reference)} 的 ${IMPLAUSIBLE_RATIO} 倍，不合常理（仍计入计算）`,
          en: `is ${formatValue(value)} ${def.unit.en}, more than ${IMPLAUSIBLE_RATIO} times ${referenceName.en} ${formatValue(reference)}: hard to believe (still counted)`,
        };
    note(ctx, 'warning', 'implausible-value', school.row, cells[0], {
      zh: `${name.zh}${part.zh}「${def.name.zh}」${what.zh}：请检查 ${cells.join('、')} 的数值和单位（如 元 与 万元）以及在校生数 ${pupils}`,
      en: `${name.en}${part.en}: "${def.name.en}" ${what.en}; check the figures and units in ${cells.join(', ')} (元 or 万元?) and the pupils in ${pupils}`,
    });
  }
}

/** Combines verdicts: any false fails, else any unknown leaves it open, else it passes. */
function allOf(verdicts: readonly (boolean | null)[]): boolean | null {
  if (verdicts.includes(false)) return false;
  return verdicts.includes(null) ? null : true;
}

function sectionResult(ctx: Context, section: Section, schools: SchoolResult[]): SectionResult {
  const { mode, limits } = ctx.ruleset.countyRule;
  const indicators: Record<string, CountyIndicatorResult> = {};
  for (const def of ctx.present) {
    indicators[def.id] = countyIndicator(ctx, section, def, schools);
    implausibleNotes(ctx, section, def, schools);
  }
  const cvs = ctx.ruleset.indicators.map((def) => indicators[def.id]?.cv ?? null);
  const composite = mode === 'composite' && schools.length > 0 ? compositeCv(cvs) : null;
  const compositeLimit = mode === 'composite' ? limits[section] : null;
  if (mode === 'composite' && schools.length > 0 && composite === null) {
    const lacking = ctx.ruleset.indicators.filter((def, i) => cvs[i] === null);
    note(ctx, 'error', 'composite-cv-undefined', null, null, {
      zh: `${sectionLabel(section, 'zh')}综合差异系数无法计算，缺少以下指标的差异系数：${lacking.map((d) => d.name.zh).join('、')}`,
      en: `${sectionLabel(section, 'en')} composite CV cannot be computed; these indicators have no CV: ${lacking.map((d) => d.name.en).join('; ')}`,
    });
  }
  let passes: boolean | null = null;
  if (schools.length > 0) {
    passes = mode === 'composite'
      ? composite === null ? null : composite <= limits[section]
      : allOf(ctx.ruleset.indicators.map((def) => indicators[def.id]?.passes ?? null));
  }
  let pupils = 0;
  let failingSchools = 0;
  for (const school of schools) {
    pupils += school.pupils ?? 0;
    if (school.passes === false) failingSchools++;
  }
  return {
    schools: schools.length,
    pupils,
    indicators,
    compositeCv: composite,
    compositeLimit,
    compositeBorderline: roundingFlips(composite, compositeLimit),
    passes,
    failingSchools,
  };
}

// ---------------------------------------------------------------------------
// Sheet-level checks and the result document.
// ---------------------------------------------------------------------------

function isMapped(ctx: Context, field: FieldId): boolean {
  return columnOf(ctx, field) !== null;
}

/** Indicators the sheet can feed; the others are reported once and left out. */
function presentIndicators(ctx: Context): IndicatorDef[] {
  const present: IndicatorDef[] = [];
  for (const def of ctx.ruleset.indicators) {
    if (def.numerator.every((field) => isMapped(ctx, field))) {
      present.push(def);
      continue;
    }
    const decides = def.standard.primary !== null || def.standard.junior !== null;
    const lacking = def.numerator.filter((field) => !isMapped(ctx, field)).map((field) => FIELD_LABELS[field]);
    note(ctx, 'warning', 'missing-indicator', null, null, {
      zh: `表中找不到${lacking.map((l) => `“${l.zh}”`).join('、')}列，「${def.name.zh}」未计算${decides ? '，学校是否达标可能无法判定' : ''}。请在列映射中指定该列`,
      en: `the sheet has no ${lacking.map((l) => `"${l.en}"`).join(', ')} column, so "${def.name.en}" is left out${decides ? ' and schools may not be decidable' : ''}. Map the column`,
    });
  }
  return present;
}

function sheetNotes(ctx: Context): void {
  const pupilFields: FieldId[] = ['pupils', 'primaryPupils', 'juniorPupils'];
  if (!pupilFields.some((field) => isMapped(ctx, field))) {
    note(ctx, 'error', 'missing-pupils', null, null, {
      zh: '表中找不到在校生数列，无法计算任何指标。请在列映射中指定在校生数',
      en: 'the sheet has no pupils column, so nothing can be computed. Map the pupils column',
    });
  }
  const hasStandards = ctx.ruleset.indicators.some((def) => SECTIONS.some((s) => def.standard[s] !== null));
  if (!hasStandards) {
    note(ctx, 'info', 'no-standards', null, null, {
      zh: `规则集「${ctx.ruleset.name.zh}」没有学校达标标准，只计算差异系数；可使用含省定标准的自定义规则集`,
      en: `ruleset "${ctx.ruleset.name.en}" sets no school standards, so only CVs are computed; use a ruleset with provincial standards to judge schools`,
    });
  }
}

function renderMessages(messages: readonly Message[], lang: Lang): ResultMessage[] {
  const rendered = messages.map(({ severity, code, cell, row, text }) => ({ severity, code, cell, row, message: localize(text, lang) }));
  // Sheet-level messages first, then by row; the sort is stable, so reader messages stay ahead.
  return rendered.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** The mapping as the result lists it, in sheet column order. */
function columnList(read: SheetRead): AnalysisResult['columns'] {
  const refs: { field: FieldId; ref: ColumnRef }[] = [];
  for (const [field, fieldRefs] of Object.entries(read.mapping) as [FieldId, ColumnRef[]][]) {
    for (const ref of fieldRefs) refs.push({ field, ref });
  }
  refs.sort((a, b) => a.ref.column - b.ref.column);
  return refs.map(({ field, ref }) => ({
    field,
    column: columnLetter(ref.column),
    header: ref.header,
    factor: ref.factor,
    section: ref.section ?? null,
  }));
}

/**
 * Analyses a read sheet under a ruleset: every record is listed (excluded ones
 * with their reason), multi-section schools appear once per section, and both
 * sections carry the county results. Numbers are unrounded.
 *
 * @example
 * const result = analyze(readSheet(grid), QUALITY_2017, { lang: 'zh', file: '县直学校.xlsx' });
 * result.sections.primary.indicators['teaching-space'].cv; // 0.3124…
 */
export function analyze(read: SheetRead, ruleset: Ruleset, options: AnalyzeOptions = {}): AnalysisResult {
  const lang = options.lang ?? 'zh';
  const implausible = new Set(read.messages.filter((m) => m.code === 'implausible-number' && m.cell !== null).map((m) => m.cell as string));
  const ctx: Context = { read, ruleset, lang, present: [], notes: [], implausible };
  sheetNotes(ctx);
  ctx.present = presentIndicators(ctx);

  const plan: Plan = { entries: [], excluded: [] };
  const privateRecords = new Set<number>();
  for (const record of read.records) {
    if (record.kind === 'school' && record.ownership === 'private') privateRecords.add(record.row);
    planRecord(ctx, record, plan);
  }

  const analysed: SchoolResult[] = [];
  const bySection: Record<Section, SchoolResult[]> = { primary: [], junior: [] };
  let splitTeachers = new Set<IndicatorDef>();
  let previous: SchoolRecord | null = null;
  for (const entry of plan.entries) {
    // Both parts of a school come one after the other: one split warning per school.
    if (entry.record !== previous) {
      if (previous !== null && splitTeachers.size > 0) splitTeachersNote(ctx, previous, splitTeachers);
      splitTeachers = new Set<IndicatorDef>();
      previous = entry.record;
    }
    const school = analyzeEntry(ctx, entry, splitTeachers);
    analysed.push(school);
    bySection[entry.section].push(school);
  }
  if (previous !== null && splitTeachers.size > 0) splitTeachersNote(ctx, previous, splitTeachers);

  const sections = {
    primary: sectionResult(ctx, 'primary', bySection.primary),
    junior: sectionResult(ctx, 'junior', bySection.junior),
  };
  const schools = [...analysed, ...plan.excluded].sort((a, b) => a.row - b.row);
  const active = SECTIONS.filter((s) => sections[s].schools > 0);
  return {
    ruleset: ruleset.id,
    source: {
      file: options.file ?? null,
      sheet: read.sheet,
      headerRows: [...read.headerRows],
      firstDataRow: read.firstDataRow,
      lastDataRow: read.lastDataRow,
    },
    schools,
    sections,
    columns: columnList(read),
    rows: [...read.rows],
    summary: {
      schools: new Set(analysed.map((school) => school.row)).size,
      entries: analysed.length,
      failingSchools: new Set(analysed.filter((school) => school.passes === false).map((school) => school.row)).size,
      excluded: plan.excluded.length,
      privateSchools: privateRecords.size,
      countyPasses: active.length === 0 ? null : allOf(active.map((s) => sections[s].passes)),
      allSchoolsPass: analysed.length === 0 ? null : allOf(analysed.map((school) => school.passes)),
    },
    messages: renderMessages([...read.messages, ...ctx.notes], lang),
  };
}
