/**
 * Mark rules: conditional formats on the user's own sheet that mark failing
 * indicator cells with Excel's own functions, so the marks follow later edits.
 *
 * Each analysed row gets a formula that recomputes its indicator value from its
 * own cells — the amount columns (× 万元 factor, × 100 scale) over its pupils, or
 * for a multi-section school its section's weighted share — and compares it with
 * the standard (level 'fail') or the floor (level 'below-floor'). A row's formula
 * is used only when it gives the engine's own value for the row's current data,
 * so a mark never disagrees with the report. Contiguous rows with the same
 * formula share one rule.
 */
import { columnLetter } from '../address';
import { indicatorValue } from '../judge';
import { SECTION_WEIGHTS, splitAmount, type SectionPupils, type WeightedSection } from '../split';
import {
  SECTIONS,
  type AnalysisResult,
  type ColumnRef,
  type IndicatorDef,
  type NumericField,
  type Ruleset,
  type SchoolRecord,
  type SchoolResult,
  type Section,
  type SheetRead,
} from '../types';
import type { MarkLevel, MarkRule } from './types';
import { appendAll } from '../arrays';

/**
 * Every mark formula ends with this always-true term, so rules of an earlier run
 * can be told from the user's own conditional formats and removed exactly.
 */
export const MARK_TAG = 'ISTEXT("junheng")';

/**
 * Whether a conditional-format formula is one of ours.
 *
 * @example
 * isMarkFormula('AND(ISNUMBER($M5),$F5>0,$M5/$F5<4.5,ISTEXT("junheng"))'); // true
 */
export function isMarkFormula(formula: string): boolean {
  return formula.includes(MARK_TAG);
}

/** Stands for the row number in a formula template. */
const ROW = '{r}';

const PUPIL_FIELDS: Record<WeightedSection, NumericField> = {
  primary: 'primaryPupils',
  junior: 'juniorPupils',
  senior: 'seniorPupils',
};

/** Relative tolerance when checking a formula against the engine's value. */
const TOLERANCE = 1e-9;

/**
 * A number as a formula literal: 15 significant digits, as Excel keeps them,
 * so 0.85 × 4.2 is written 3.57, not 3.5700000000000003.
 *
 * @example
 * formulaNumber(0.85 * 4.2); // '3.57'
 */
export function formulaNumber(x: number): string {
  return String(Number(x.toPrecision(15)));
}

// ---------------------------------------------------------------------------
// Which columns feed a row's value.
// ---------------------------------------------------------------------------

/** One term of an amount: a column times its unit factor. */
interface Term {
  column: number;
  factor: number;
}

/** A numerator field's columns for a school section; `own` when they are the section's own columns. */
interface FieldTerms {
  terms: Term[];
  own: boolean;
}

interface PupilColumn {
  section: WeightedSection;
  column: number;
}

/** How to compute one school section's value from its row. */
interface SectionPlan {
  section: Section;
  amount: FieldTerms[];
  /** The section's own pupils column, and the field it holds. */
  pupils: number;
  pupilsField: NumericField;
  /** For a split school: every weighted section's pupils column; null for a single-section row. */
  split: PupilColumn[] | null;
}

function refsOf(read: SheetRead, field: NumericField, section: Section | null): ColumnRef[] {
  return (read.mapping[field] ?? []).filter((ref) => (ref.section ?? null) === section);
}

function terms(refs: ColumnRef[]): Term[] {
  return refs.map((ref) => ({ column: ref.column, factor: ref.factor }));
}

/** The sheet's whole-row pupil columns per section (小学在校生数 …), in weight order. */
function pupilColumns(read: SheetRead): PupilColumn[] {
  return (['primary', 'junior', 'senior'] as const)
    .map((section) => ({ section, column: refsOf(read, PUPIL_FIELDS[section], null)[0]?.column ?? null }))
    .filter((part): part is PupilColumn => part.column !== null);
}

function pupilValue(record: SchoolRecord, section: WeightedSection): number {
  return record.values[PUPIL_FIELDS[section]] ?? 0;
}

/**
 * A field's columns for a school section, as the engine reads it: the section's
 * own columns when the row fills them (小学高于规定学历教师数), else the whole-row ones.
 */
function fieldTerms(read: SheetRead, record: SchoolRecord, field: NumericField, section: Section): FieldTerms {
  const own = record.sectionValues[section]?.[field] !== undefined;
  return { terms: terms(refsOf(read, field, own ? section : null)), own };
}

/** The value a plan gives for the row's current numbers, or null when a number is missing. */
function planValue(plan: SectionPlan, def: IndicatorDef, record: SchoolRecord): number | null {
  let own = 0;
  let whole = 0;
  for (const [i, field] of def.numerator.entries()) {
    if (record.invalid.includes(field)) return null;
    const value = plan.amount[i].own ? record.sectionValues[plan.section]?.[field] : record.values[field];
    if (value === undefined) return null;
    if (plan.amount[i].own) own += value;
    else whole += value;
  }
  if (plan.split === null) return indicatorValue(own + whole, record.values[plan.pupilsField] ?? NaN, def.scale);
  const pupils: SectionPupils = {};
  for (const part of plan.split) pupils[part.section] = pupilValue(record, part.section);
  return indicatorValue(own + splitAmount(whole, pupils, plan.section), pupilValue(record, plan.section), def.scale);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

// ---------------------------------------------------------------------------
// Formula text.
// ---------------------------------------------------------------------------

function cellRef(column: number): string {
  return `$${columnLetter(column)}${ROW}`;
}

function termText(term: Term): string {
  return term.factor === 1 ? cellRef(term.column) : `${cellRef(term.column)}*${formulaNumber(term.factor)}`;
}

function sumText(parts: string[]): string {
  return parts.length === 1 ? parts[0] : `(${parts.join('+')})`;
}

/** ISNUMBER for a one-column field, COUNT(…)>0 for a field spread over several columns. */
function guardText(amount: FieldTerms[]): string[] {
  return amount.map(({ terms: columns }) =>
    columns.length === 1
      ? `ISNUMBER(${cellRef(columns[0].column)})`
      : `COUNT(${columns.map((t) => cellRef(t.column)).join(',')})>0`,
  );
}

function weighted(text: string, weight: number): string {
  return weight === 1 ? text : `${text}*${formulaNumber(weight)}`;
}

/**
 * The value as a formula: amount × scale ÷ pupils; for a split school, the
 * whole-row amount's weighted share, amount × w ÷ (A + 1.1·B + 1.32·C), which
 * is the same as its split part ÷ the section's pupils.
 */
function valueText(plan: SectionPlan, def: IndicatorDef): string {
  const scale = (text: string) => (def.scale === 1 ? text : `${formulaNumber(def.scale)}*${text}`);
  const own = plan.amount.filter((f) => f.own).flatMap((f) => f.terms.map(termText));
  const whole = plan.amount.filter((f) => !f.own).flatMap((f) => f.terms.map(termText));
  if (plan.split === null) return `${scale(sumText([...own, ...whole]))}/${cellRef(plan.pupils)}`;
  const total = plan.split
    .map((part) => {
      const weight = SECTION_WEIGHTS[part.section];
      return weight === 1 ? cellRef(part.column) : `${formulaNumber(weight)}*${cellRef(part.column)}`;
    })
    .join('+');
  const ownShare = own.length === 0 ? null : `${sumText(own)}/${cellRef(plan.pupils)}`;
  const wholeShare = whole.length === 0 ? null : `${weighted(sumText(whole), SECTION_WEIGHTS[plan.section])}/(${total})`;
  if (ownShare === null) return scale(wholeShare as string);
  if (wholeShare === null) return scale(ownShare);
  return scale(`(${ownShare}+${wholeShare})`);
}

function comparison(def: IndicatorDef, value: string, threshold: number): string {
  return `${value}${def.direction === '>=' ? '<' : '>'}${formulaNumber(threshold)}`;
}

// ---------------------------------------------------------------------------
// Plans for one row.
// ---------------------------------------------------------------------------

/** The row's plan for one entry, written exactly as the engine reads that entry. */
function exactPlans(read: SheetRead, record: SchoolRecord, school: SchoolResult, def: IndicatorDef): SectionPlan[] {
  const section = school.section as Section;
  const amount = def.numerator.map((field) => fieldTerms(read, record, field, section));
  if (amount.some((field) => field.terms.length === 0)) return [];
  if (school.part !== null && record.part === null) {
    // A part of a split school: weights over the sections with pupils (with and without 高中,
    // which 九年一贯制 schools leave out); the engine's value decides which.
    const withPupils = pupilColumns(read).filter((p) => pupilValue(record, p.section) > 0);
    const own = withPupils.find((p) => p.section === section);
    if (own === undefined) return [];
    const compulsory = withPupils.filter((p) => p.section !== 'senior');
    return [withPupils, compulsory].map((split) => ({ section, amount, pupils: own.column, pupilsField: PUPIL_FIELDS[section], split }));
  }
  // A single-section row: the pupils column holding the count the engine used.
  const fields: NumericField[] = record.part === null ? ['pupils', PUPIL_FIELDS[section]] : [PUPIL_FIELDS[section], 'pupils'];
  return fields.flatMap((field) => {
    const column = refsOf(read, field, null)[0]?.column;
    return column !== undefined && record.values[field] === school.pupils
      ? [{ section, amount, pupils: column, pupilsField: field, split: null }]
      : [];
  });
}

/**
 * The entry's plan written over the sheet's section pupil columns, which makes
 * one formula serve 小学, 初中 and 一贯制 rows alike: a single-section row has
 * no pupils in the other section, so its share is all of it.
 */
function sharedPlan(read: SheetRead, record: SchoolRecord, section: Section, def: IndicatorDef): SectionPlan | null {
  const split = pupilColumns(read);
  const own = split.find((p) => p.section === section);
  if (own === undefined || !SECTIONS.every((s) => split.some((p) => p.section === s))) return null;
  // Rows that fill section teacher columns are read from them: not this shape.
  if (def.numerator.some((field) => SECTIONS.some((s) => record.sectionValues[s]?.[field] !== undefined))) return null;
  const amount = def.numerator.map((field) => ({ terms: terms(refsOf(read, field, null)), own: false }));
  if (amount.some((field) => field.terms.length === 0)) return null;
  return { section, amount, pupils: own.column, pupilsField: PUPIL_FIELDS[section], split };
}

/** Whether a plan reproduces the engine's value for the entry; an unknown engine value can't be checked. */
function agrees(plan: SectionPlan, def: IndicatorDef, record: SchoolRecord, school: SchoolResult): boolean {
  const engine = school.indicators[def.id]?.value ?? null;
  if (engine === null) return true;
  const mine = planValue(plan, def, record);
  return mine !== null && close(engine, mine);
}

/**
 * The plans of a row for an indicator: the shared shape when it gives the
 * engine's values for every entry and the row has pupils in exactly the
 * entries' sections; else each entry's exact plan; null when no formula
 * reproduces the engine.
 */
function rowPlans(read: SheetRead, record: SchoolRecord, entries: SchoolResult[], def: IndicatorDef): SectionPlan[] | null {
  const sections = new Set(entries.map((e) => e.section));
  const withPupils = SECTIONS.filter((s) => pupilValue(record, s) > 0);
  const shared = entries.map((e) => sharedPlan(read, record, e.section as Section, def));
  if (
    withPupils.length === sections.size &&
    withPupils.every((s) => sections.has(s)) &&
    shared.every((plan, i) => plan !== null && agrees(plan, def, record, entries[i]))
  ) {
    // Both sections' terms, whichever the row has: a section without pupils adds nothing.
    return SECTIONS.map((section) => sharedPlan(read, record, section, def) as SectionPlan);
  }
  const exact = entries.map((e) => exactPlans(read, record, e, def).find((plan) => agrees(plan, def, record, e)));
  return exact.every((plan) => plan !== undefined) ? (exact as SectionPlan[]) : null;
}

// ---------------------------------------------------------------------------
// Rules.
// ---------------------------------------------------------------------------

/** The standard or floor each section is judged against, as the engine judged it. */
type Thresholds = Record<Section, { fail: number | null; 'below-floor': number | null }>;

function thresholds(result: AnalysisResult, def: IndicatorDef): Thresholds {
  const found: Thresholds = { primary: { fail: null, 'below-floor': null }, junior: { fail: null, 'below-floor': null } };
  for (const school of result.schools) {
    const indicator = school.indicators[def.id];
    if (school.excluded || school.section === null || indicator === undefined) continue;
    found[school.section] = { fail: indicator.standard, 'below-floor': indicator.floor };
  }
  return found;
}

/** One formula for a row and the columns it marks. */
interface RowFormula {
  formula: string;
  columns: number[];
  /** The section judged, or null when the formula judges both. */
  section: Section | null;
}

function amountColumns(plan: SectionPlan): number[] {
  return plan.amount.flatMap((field) => field.terms.map((t) => t.column));
}

function formulaOf(plans: SectionPlan[], def: IndicatorDef, limits: Thresholds, level: MarkLevel): RowFormula {
  const conditions = plans.map((plan) => [
    `${cellRef(plan.pupils)}>0`,
    comparison(def, valueText(plan, def), limits[plan.section][level] as number),
  ]);
  const guards = [...new Set(plans.flatMap((plan) => guardText(plan.amount)))];
  const body = conditions.length === 1 ? conditions[0] : [`OR(${conditions.map((c) => `AND(${c.join(',')})`).join(',')})`];
  return {
    formula: `AND(${[...guards, ...body, MARK_TAG].join(',')})`,
    columns: [...new Set(plans.flatMap(amountColumns))],
    section: plans.length === 1 ? plans[0].section : null,
  };
}

/**
 * A row's formula templates for one level: one when its sections read the same
 * columns (either section missing marks them), else one per section, so a
 * section's own column (小学高于规定学历教师数) is marked for that section only.
 */
function rowFormulas(plans: SectionPlan[], def: IndicatorDef, limits: Thresholds, level: MarkLevel): RowFormula[] {
  const judged = plans.filter((plan) => limits[plan.section][level] !== null);
  if (judged.length === 0) return [];
  const sameColumns = judged.every((plan) => amountColumns(plan).join() === amountColumns(judged[0]).join());
  return sameColumns ? [formulaOf(judged, def, limits, level)] : judged.map((plan) => formulaOf([plan], def, limits, level));
}

/** Below-floor first: its stronger mark must win where both apply. */
const MARK_LEVELS: readonly MarkLevel[] = ['below-floor', 'fail'];

/** What makes two rows' formulas the same text: their plans' columns, weights and sections. */
function planKey(plans: SectionPlan[]): string {
  return plans
    .map((plan) => {
      const amount = plan.amount.map((field) => `${field.own}:${field.terms.map((term) => `${term.column}*${term.factor}`).join('+')}`);
      const split = plan.split === null ? '-' : plan.split.map((part) => `${part.section}${part.column}`).join(',');
      return `${plan.section}|${plan.pupils}|${split}|${amount.join(';')}`;
    })
    .join('/');
}

interface RowMark extends RowFormula {
  row: number;
}

/** Joins rows that follow each other with the same formula into one rule per column. */
function groupRows(sheet: string, def: IndicatorDef, level: MarkLevel, marks: RowMark[]): Omit<MarkRule, 'priority'>[] {
  const rules: Omit<MarkRule, 'priority'>[] = [];
  let start = 0;
  for (let i = 1; i <= marks.length; i++) {
    const first = marks[start];
    const next = marks[i];
    if (next !== undefined && next.row === marks[i - 1].row + 1 && next.formula === first.formula && next.columns.join() === first.columns.join() && next.section === first.section) {
      continue;
    }
    const last = marks[i - 1];
    for (const column of first.columns) {
      const letter = columnLetter(column);
      rules.push({
        sheet,
        range: first.row === last.row ? `${letter}${first.row}` : `${letter}${first.row}:${letter}${last.row}`,
        formula: first.formula.split(ROW).join(String(first.row)),
        level,
        indicator: def.id,
        section: first.section,
      });
    }
    start = i;
  }
  return rules;
}

/**
 * Conditional-format rules that mark failing indicator cells on the user's
 * sheet: for every indicator with a standard, a 'below-floor' and a 'fail' rule
 * over each run of analysed rows that share a formula. Below-floor rules come
 * first (lower priority number) so their stronger mark wins. A multi-section
 * school's row is marked when either of its sections misses; its rule holds
 * both sections' split shares.
 *
 * @example
 * buildMarkRules(read, result, QUALITY_2017)[0];
 * // { sheet: '学校办学条件', range: 'L6:L21', level: 'below-floor', indicator: 'degree-teachers',
 * //   formula: 'AND(ISNUMBER($L6),OR(AND($F6>0,100*$L6/($F6+1.1*$G6+1.32*$H6)<3.57),AND(…<4.505)),ISTEXT("junheng"))',
 * //   section: null, priority: 1 }
 */
export function buildMarkRules(read: SheetRead, result: AnalysisResult, ruleset: Ruleset): MarkRule[] {
  const byRow = new Map<number, SchoolResult[]>();
  for (const school of result.schools) {
    if (school.excluded || school.section === null) continue;
    byRow.set(school.row, [...(byRow.get(school.row) ?? []), school]);
  }
  const records = read.records.filter((record) => byRow.has(record.row)).sort((a, b) => a.row - b.row);
  const rules: Record<MarkLevel, Omit<MarkRule, 'priority'>[]> = { 'below-floor': [], fail: [] };
  for (const def of ruleset.indicators) {
    const limits = thresholds(result, def);
    const marks: Record<MarkLevel, RowMark[]> = { 'below-floor': [], fail: [] };
    // Rows of one shape share their formula text: build it once (20 000 rows, a handful of shapes).
    const formulas = new Map<string, RowFormula[]>();
    for (const record of records) {
      const plans = rowPlans(read, record, byRow.get(record.row) as SchoolResult[], def);
      if (plans === null) continue;
      for (const level of MARK_LEVELS) {
        const key = `${level}/${planKey(plans)}`;
        const row = formulas.get(key) ?? rowFormulas(plans, def, limits, level);
        formulas.set(key, row);
        for (const formula of row) marks[level].push({ row: record.row, ...formula });
      }
    }
    for (const level of MARK_LEVELS) appendAll(rules[level], groupRows(read.sheet, def, level, marks[level]));
  }
  return MARK_LEVELS.flatMap((level) => rules[level]).map((rule, i) => ({ ...rule, priority: i + 1 }));
}
