/**
 * Mark rules: conditional formats on the user's own sheet that mark failing
 * indicator cells with Excel's own functions, so the marks follow later edits.
 *
 * Each analysed row gets a formula that recomputes its indicator value from its
 * own cells — the amount columns (× 万元 factor, × 100 scale) over its pupils, or
 * for a multi-section school its section's weighted share — and compares it with
 * the standard (level 'fail') or the floor (level 'below-floor'). The formula is
 * written from the engine's record of where each value came from (the result's
 * `provenance`: the columns, factors, pupils column and split weights the engine
 * read), so it computes the engine's own value and a mark never disagrees with
 * the report; rows without a record get no formula. Contiguous rows with the
 * same formula share one rule.
 */
import { columnLetter, columnNumber } from '../address';
import { SECTION_WEIGHTS, type WeightedSection } from '../split';
import {
  SECTIONS,
  type AnalysisResult,
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
// Which columns feed a row's value: the engine's record.
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
  /** The column of the pupils the value is divided by. */
  pupils: number;
  /** For a split school: each sharing section's pupils column; null for a single-section row. */
  split: PupilColumn[] | null;
}

/** The entry's plan for an indicator, as the engine recorded it; null when nothing was recorded. */
function recordedPlan(result: AnalysisResult, school: SchoolResult, def: IndicatorDef): SectionPlan | null {
  const source = school.provenance === undefined ? undefined : result.provenance[school.provenance];
  const recorded = source?.indicators[def.id];
  if (source === undefined || recorded === undefined) return null;
  const amount = def.numerator.map((field) => {
    const terms = recorded.filter((term) => term.field === field);
    return { terms: terms.map((term) => ({ column: columnNumber(term.column), factor: term.factor })), own: terms[0]?.from === 'section' };
  });
  const split = source.split?.map((part) => ({ section: part.section, column: columnNumber(part.column) })) ?? null;
  return { section: school.section as Section, amount, pupils: columnNumber(source.pupils.column), split };
}

/** The sheet's whole-row pupil columns per section (小学在校生数 …), in weight order. */
function pupilColumns(read: SheetRead): PupilColumn[] {
  return (['primary', 'junior', 'senior'] as const)
    .map((section) => ({ section, column: (read.mapping[PUPIL_FIELDS[section]] ?? []).find((ref) => ref.section === undefined)?.column ?? null }))
    .filter((part): part is PupilColumn => part.column !== null);
}

function pupilValue(record: SchoolRecord, section: WeightedSection): number {
  return record.values[PUPIL_FIELDS[section]] ?? 0;
}

/**
 * Whether the row's plans can be written in the shared shape: over the sheet's
 * section pupil columns, which makes one formula serve 小学, 初中 and 一贯制 rows
 * alike. It gives the engine's value when the row's sections with pupils are
 * exactly those the engine shared the amounts between (a single-section row: its
 * own section, whose pupils the engine divided by) and no amount is a section's own column.
 */
function sharesShape(columns: PupilColumn[], record: SchoolRecord, entries: SchoolResult[], plans: SectionPlan[]): boolean {
  if (!SECTIONS.every((s) => columns.some((p) => p.section === s))) return false;
  if (plans.some((plan) => plan.amount.some((field) => field.own))) return false;
  const withPupils = columns.filter((p) => pupilValue(record, p.section) > 0).map((p) => p.section).join();
  return plans.every((plan, i) =>
    plan.split === null
      ? withPupils === plan.section && entries[i].pupils === pupilValue(record, plan.section)
      : withPupils === plan.split.map((part) => part.section).join(),
  );
}

/** The plans of a row for an indicator: the shared shape when it fits, else each entry's recorded plan; null when one is not recorded. */
function rowPlans(result: AnalysisResult, columns: PupilColumn[], record: SchoolRecord, entries: SchoolResult[], def: IndicatorDef): SectionPlan[] | null {
  const plans = entries.map((school) => recordedPlan(result, school, def));
  if (plans.some((plan) => plan === null)) return null;
  const recorded = plans as SectionPlan[];
  if (!sharesShape(columns, record, entries, recorded)) return recorded;
  // Both sections' terms, whichever the row has: a section without pupils adds nothing.
  const { amount } = recorded[0];
  return SECTIONS.map((section) => ({ section, amount, pupils: (columns.find((p) => p.section === section) as PupilColumn).column, split: columns }));
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

/**
 * Everything a row's plans depend on besides the indicator: its entries'
 * records, sections and whether each entry's pupils are the row's own, and
 * which of the sheet's pupil columns hold pupils. Rows with the same key get
 * the same plans, so each key is planned once per indicator.
 */
function rowKey(columns: PupilColumn[], record: SchoolRecord, entries: SchoolResult[]): string {
  const parts = entries.map((school) => `${school.provenance}:${school.section}:${school.pupils === pupilValue(record, school.section as Section) ? 1 : 0}`);
  const withPupils = columns.filter((p) => pupilValue(record, p.section) > 0).map((p) => p.section);
  return `${parts.join(',')}|${withPupils.join()}`;
}

/** A row's formulas at each level, shared with every row whose plans have the same shape. */
function levelFormulas(plans: SectionPlan[], def: IndicatorDef, limits: Thresholds, formulas: Map<string, RowFormula[]>): Record<MarkLevel, RowFormula[]> {
  const shape = planKey(plans);
  const at = (level: MarkLevel) => {
    const key = `${level}/${shape}`;
    let row = formulas.get(key);
    if (row === undefined) {
      row = rowFormulas(plans, def, limits, level);
      formulas.set(key, row);
    }
    return row;
  };
  return { 'below-floor': at('below-floor'), fail: at('fail') };
}

/** Marked rows in sheet order and each one's formula (shared by every row of its shape), side by side. */
interface RowMarks {
  rows: number[];
  formulas: RowFormula[];
}

/** Whether two formulas are the same text over the same columns for the same section. */
function sameFormula(a: RowFormula, b: RowFormula): boolean {
  return a === b || (a.formula === b.formula && a.columns.join() === b.columns.join() && a.section === b.section);
}

/** Joins rows that follow each other with the same formula into one rule per column. */
function groupRows(sheet: string, def: IndicatorDef, level: MarkLevel, marks: RowMarks): Omit<MarkRule, 'priority'>[] {
  const rules: Omit<MarkRule, 'priority'>[] = [];
  const { rows, formulas } = marks;
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1 && sameFormula(formulas[i], formulas[start])) continue;
    const first = rows[start];
    const last = rows[i - 1];
    const { formula, columns, section } = formulas[start];
    for (const column of columns) {
      const letter = columnLetter(column);
      rules.push({
        sheet,
        range: first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`,
        formula: formula.split(ROW).join(String(first)),
        level,
        indicator: def.id,
        section,
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
  const columns = pupilColumns(read);
  const keys = records.map((record) => rowKey(columns, record, byRow.get(record.row) as SchoolResult[]));
  const rules: Record<MarkLevel, Omit<MarkRule, 'priority'>[]> = { 'below-floor': [], fail: [] };
  for (const def of ruleset.indicators) {
    const limits = thresholds(result, def);
    const marks: Record<MarkLevel, RowMarks> = { 'below-floor': { rows: [], formulas: [] }, fail: { rows: [], formulas: [] } };
    // Rows of one shape share their formula text: build it once (200 000 rows, a handful of shapes).
    const formulas = new Map<string, RowFormula[]>();
    const byKey = new Map<string, Record<MarkLevel, RowFormula[]> | null>();
    records.forEach((record, i) => {
      let row = byKey.get(keys[i]);
      if (row === undefined) {
        const plans = rowPlans(result, columns, record, byRow.get(record.row) as SchoolResult[], def);
        row = plans === null ? null : levelFormulas(plans, def, limits, formulas);
        byKey.set(keys[i], row);
      }
      if (row === null) return;
      for (const level of MARK_LEVELS) {
        for (const formula of row[level]) {
          marks[level].rows.push(record.row);
          marks[level].formulas.push(formula);
        }
      }
    });
    for (const level of MARK_LEVELS) appendAll(rules[level], groupRows(read.sheet, def, level, marks[level]));
  }
  return MARK_LEVELS.flatMap((level) => rules[level]).map((rule, i) => ({ ...rule, priority: i + 1 }));
}
