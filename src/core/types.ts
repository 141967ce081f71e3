/**
 * Shared types of the pure core. Every surface (custom functions, task pane,
 * command line, web page) speaks these; nothing here knows about Office,
 * React or ExcelJS.
 */

import type { Params } from './messages/types';

/** Text in both user languages. zh-CN first: it is what bureau staff read. */
export interface L10n {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

/** The two compulsory-education sections a county is judged on. */
export type Section = 'primary' | 'junior';
export const SECTIONS: readonly Section[] = ['primary', 'junior'];

/** School types as named in the result document (contract §3). */
export type SchoolType =
  | 'primary'
  | 'junior'
  | 'nine-year'
  | 'complete-secondary'
  | 'twelve-year'
  | 'teaching-point'
  | 'special'
  | 'vocational'
  | 'senior';

export type Ownership = 'public' | 'private';

/** Numeric workbook fields (contract §1). `name`, `type`, `ownership` are text fields. */
export type NumericField =
  | 'pupils'
  | 'primaryPupils'
  | 'juniorPupils'
  | 'seniorPupils'
  | 'classes'
  | 'maxClassSize'
  | 'teachers'
  | 'degreeTeachers'
  | 'keyTeachers'
  | 'peArtTeachers'
  | 'seniorTeachers'
  | 'teachingSpace'
  | 'sportsSpace'
  | 'equipmentValue'
  | 'multimediaRooms'
  | 'computers'
  | 'books'
  | 'musicRooms'
  | 'artRooms';

export type TextField = 'name' | 'type' | 'ownership';
export type FieldId = TextField | NumericField;

// ---------------------------------------------------------------------------
// Grids: what a sheet looks like to the reader, whoever read it.
// ---------------------------------------------------------------------------

/**
 * One cell as the reader sees it. Adapters normalise:
 * - error cells become their Excel text: '#DIV/0!', '#REF!', '#N/A', …;
 * - formulas become their cached result (null when there is none);
 * - rich text becomes plain text; ExcelJS dates stay Date (office.js gives serial numbers).
 */
export type CellValue = string | number | boolean | Date | null;

/** A merged area in 1-based sheet coordinates, inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A rectangle of a sheet. `values[i][j]` is the cell at sheet row `origin.row + i`,
 * column `origin.column + j` (both 1-based). The task pane feeds this from
 * `Range.values`; the file adapters from ExcelJS or a CSV parse.
 */
export interface Grid {
  sheet: string;
  values: CellValue[][];
  origin: { row: number; column: number };
  merges?: MergeRange[];
  /** 1-based sheet rows that are hidden. Hidden rows are still read, with an info message. */
  hiddenRows?: number[];
  /** Set when the whole sheet is hidden in the workbook (files only; surfaces mention it). */
  hidden?: boolean;
  /**
   * 1-based sheet cells holding a formula saved without its result (files written by
   * scripts or reporting systems, never recalculated). Their value reads null; the
   * reader names them as formulas, not blanks. Files only (office.js always has results).
   */
  formulasWithoutResult?: { row: number; column: number }[];
  /**
   * 1-based sheet cells of a CSV file that held control characters (NUL, vertical
   * tab …): a workbook cell cannot store them, so they read as spaces and the
   * reader names the cells. Files only.
   */
  controlCharacters?: { row: number; column: number }[];
}

// ---------------------------------------------------------------------------
// Messages: every message can be found in the user's sheet.
// ---------------------------------------------------------------------------

export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  severity: Severity;
  /** Stable machine code, e.g. 'unparseable-number', 'missing-indicator'. */
  code: string;
  /** `Sheet1!F7` style address, or null when the message is about the whole sheet. */
  cell: string | null;
  /** 1-based sheet row, or null. */
  row: number | null;
  /** What happened and what to do about it, in both languages. */
  text: L10n;
  /** Catalogue parameters when `code` is in the catalogue (the surfaces render it with their own controls). */
  params?: Params;
}

// ---------------------------------------------------------------------------
// Column mapping: which sheet column holds which field.
// ---------------------------------------------------------------------------

export interface ColumnRef {
  /** 1-based sheet column. */
  column: number;
  /** The header text as it appears (all header rows joined with '/'). */
  header: string;
  /** Multiplier to the base unit: 10000 for 万元, otherwise 1. */
  factor: number;
  /** Set when the column holds one section's figure (小学高于规定学历教师数). */
  section?: Section;
}

/** Each field maps to one or more columns; several columns add up (体育+音乐+美术). */
export type ColumnMapping = Partial<Record<FieldId, ColumnRef[]>>;

/** One column of the header as found, mapped or not (for the task pane's mapping step). */
export interface ColumnInfo {
  column: number;
  header: string;
  field: FieldId | null;
  factor: number;
  section?: Section;
}

// ---------------------------------------------------------------------------
// What the reader makes of a sheet.
// ---------------------------------------------------------------------------

/** One data row that names a school (or a total row, which is kept to be listed as excluded). */
export interface SchoolRecord {
  /** 1-based sheet row. */
  row: number;
  name: string;
  /** 'total' rows (合计, 小计, 总计, 全县) are excluded by the engine with their reason. */
  kind: 'school' | 'total';
  /** From the type column, else inferred from the name or the section label row above. Null when unknown. */
  type: SchoolType | null;
  /** The type text as written, for messages and reports. */
  typeText: string | null;
  ownership: Ownership | null;
  /** Set when the row is already one section of a school (城关学校小学部). */
  part: Section | null;
  /** Whole-row numbers in base units (元 not 万元); absent when the cell is blank or unparseable. */
  values: Partial<Record<NumericField, number>>;
  /** Numbers from section-specific columns (小学高于规定学历教师数). */
  sectionValues: Partial<Record<Section, Partial<Record<NumericField, number>>>>;
  /** Fields whose cell held something that could not be read as a number (a message names the cell). */
  invalid: NumericField[];
}

/** How a row that is not a school was accounted for. */
export type RowKind = 'title' | 'header' | 'blank' | 'section-label' | 'note' | 'other';

export interface RowAccount {
  row: number;
  kind: RowKind;
  text: string | null;
}

export interface SheetRead {
  sheet: string;
  /** 1-based header rows (one or two). Empty when no school table was found. */
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  mapping: ColumnMapping;
  columns: ColumnInfo[];
  records: SchoolRecord[];
  /** Every row of the grid that is not a record: titles, header, blanks, labels, notes. */
  rows: RowAccount[];
  messages: Message[];
}

export interface ReadOptions {
  /** Replace the detected mapping for these fields (the task pane's corrections). */
  mapping?: ColumnMapping;
  /** Use these header rows instead of detecting them. */
  headerRows?: number[];
}

// ---------------------------------------------------------------------------
// Rulesets: data, validated with zod when they come from users.
// ---------------------------------------------------------------------------

export type Direction = '>=' | '<=';

export interface IndicatorDef {
  /** Stable ASCII id, e.g. 'teaching-space'. */
  id: string;
  name: L10n;
  /** Fields summed to make the resource (the amount). */
  numerator: NumericField[];
  /** 1 for per pupil, 100 for per hundred pupils. */
  scale: number;
  direction: Direction;
  /** Threshold per section; null when the ruleset sets none (basic-2012). */
  standard: Record<Section, number | null>;
  /** The resource's own unit: 人, ㎡, 元, 间, 台, 册. */
  unit: L10n;
  /** Counted things (teachers, rooms, computers, books): shortfalls are shown as whole numbers. */
  countable: boolean;
  /**
   * How a multi-section school's resource is divided:
   * 'weighted-pupils' (physical resources, 1 : 1.1 : 1.32) or
   * 'section-columns' (teacher counts: use section columns, else weighted pupils with a warning).
   */
  split: 'weighted-pupils' | 'section-columns';
  /** Decimals shown for values and standards (default 2; per-pupil teacher ratios use 3). */
  decimals?: number;
}

export interface SchoolRule {
  /** How many indicators a school may miss. */
  maxMisses: number;
  /** A missed indicator must still reach this share of its standard (0.85); null: no floor. */
  floorRatio: number | null;
}

export interface CountyRule {
  /** 'per-indicator': every CV within the limit; 'composite': the mean of the CVs within the limit. */
  mode: 'per-indicator' | 'composite';
  limits: Record<Section, number>;
}

export interface Exclusions {
  /** 教学点 with fewer pupils are left out; 0 keeps all, null leaves all out. */
  teachingPointMinPupils: number | null;
  excludePrivate: boolean;
}

/** Further per-school checks of the same evaluation, run when the columns exist. */
export interface SchoolChecks {
  /** Pupils per school; for 一贯制 schools the compulsory part's limit. */
  schoolSize?: { max: number; maxMultiSection: number };
  /** Largest class per section. */
  classSize?: Record<Section, number>;
  /** ⌈classes ÷ perClasses⌉ music rooms and as many art rooms. */
  specialRooms?: { perClasses: number };
}

export interface Ruleset {
  id: string;
  name: L10n;
  indicators: IndicatorDef[];
  schoolRule: SchoolRule;
  countyRule: CountyRule;
  exclusions: Exclusions;
  checks: SchoolChecks;
}

// ---------------------------------------------------------------------------
// The result document (contract §3). Extra fields extend it; none are renamed.
// ---------------------------------------------------------------------------

export interface IndicatorResult {
  /** The school's value (scale applied), unrounded. Null when it cannot be computed. */
  value: number | null;
  /** The section's resource amount for this school in base units (after splitting). */
  amount: number | null;
  standard: number | null;
  meets: boolean | null;
  floor: number | null;
  aboveFloor: boolean | null;
  /** Resource missing to reach the standard, in the resource's unit; 0 when met. */
  shortfall: number | null;
  shortfallToFloor: number | null;
  /** True when rounding the value to 2 decimals would flip `meets`. */
  borderline: boolean;
}

export interface CheckResult {
  value: number;
  limit: number;
  meets: boolean;
}

export interface SchoolResult {
  name: string;
  row: number;
  type: SchoolType | null;
  section: Section | null;
  /** Pupils in this section (the weight in the CV). */
  pupils: number | null;
  ownership: Ownership | null;
  /** Set when this entry is one part of a multi-section school. */
  part: Section | null;
  excluded: boolean;
  excludedReason: string | null;
  indicators: Record<string, IndicatorResult>;
  /** True / false by the school rule; null when it cannot be decided (missing values, no thresholds). */
  passes: boolean | null;
  /** Ids of indicators the school misses. */
  misses: string[];
  checks: Record<string, CheckResult>;
  /** Further checks the ruleset defines that could not be run for this entry (blank cell or no column). */
  checksMissing: string[];
  /** Analysed entries only: where the entry's values came from, an index into the result's `provenance`. */
  provenance?: number;
}

/**
 * One term of an indicator's amount: a sheet column times its unit factor.
 * 'row': the row's own figure, as is (a single-section row); 'section': the
 * section's own column (小学高于规定学历教师数); 'split': the whole row's figure,
 * of which the section takes its weighted share (see `ValueSource.split`).
 */
export interface AmountTerm {
  field: NumericField;
  /** The sheet column's letter. */
  column: string;
  /** Multiplier to the base unit: 10000 for 万元, otherwise 1. */
  factor: number;
  from: 'row' | 'section' | 'split';
}

/** A section whose pupils shared a multi-section school's resources, with its weight (1, 1.1, 1.32). */
export interface SplitWeight {
  section: Section | 'senior';
  /** The column of the section's pupils. */
  column: string;
  weight: number;
}

/**
 * Where an entry's indicator values came from, shared by every entry of the
 * same shape. An indicator's value is (Σ its 'row' and 'section' terms + Σ its
 * 'split' terms × wₛPₛ ÷ Σ wₖPₖ over `split`) × scale ÷ the `pupils` cell.
 */
export interface ValueSource {
  /** The column of the pupils each value is divided by (the entry's weight in the CVs), and its field. */
  pupils: { field: NumericField; column: string };
  /** For a split multi-section school: the sections with pupils that shared its resources; null for a single-section row. */
  split: SplitWeight[] | null;
  /** The amount's terms of each indicator the sheet has columns for, by indicator id. */
  indicators: Record<string, AmountTerm[]>;
}

export interface Contribution {
  row: number;
  name: string;
  part: Section | null;
  /** The school's part of Σ(Pᵢ/P)(Xᵢ − X̄)²; the shares of a section sum to 1. */
  share: number;
}

export interface CountyIndicatorResult {
  /** Pupil-weighted mean, unrounded. */
  mean: number | null;
  cv: number | null;
  /** Null in composite rulesets, where single CVs have no limit. */
  cvLimit: number | null;
  passes: boolean | null;
  /** True when rounding the CV to 3 decimals would flip `passes`. */
  borderline: boolean;
  /** Schools that entered this CV. */
  schools: number;
  contributions: Contribution[];
}

export interface SectionResult {
  schools: number;
  pupils: number;
  indicators: Record<string, CountyIndicatorResult>;
  compositeCv: number | null;
  compositeLimit: number | null;
  /** True when rounding the composite CV to 3 decimals would flip `passes` (composite rulesets only). */
  compositeBorderline: boolean;
  /** The county rule (CV) for this section. */
  passes: boolean | null;
  /** Schools of the section that fail the school rule. */
  failingSchools: number;
  /** The section's verdict with its parts; null when no school of the section was analysed. */
  verdict: Verdict | null;
}

export interface ResultMessage {
  severity: Severity;
  code: string;
  cell: string | null;
  row: number | null;
  message: string;
  /** The catalogue parameters, when the code is in the catalogue: each surface renders it in its own words. */
  params?: Params;
}

export interface AnalysisResult {
  ruleset: string;
  source: {
    file: string | null;
    sheet: string;
    headerRows: number[];
    firstDataRow: number;
    lastDataRow: number;
  };
  schools: SchoolResult[];
  sections: Record<Section, SectionResult>;
  /** The fields each column was read as, e.g. { field: 'equipmentValue', column: 'H', header: '教学仪器设备值（万元）', factor: 10000 }. */
  columns: { field: FieldId; column: string; header: string; factor: number; section: Section | null }[];
  /** Where the analysed entries' values came from: one record per distinct shape, referred to by each entry's `provenance`. */
  provenance: ValueSource[];
  /** Rows that are neither schools nor excluded school rows. */
  rows: RowAccount[];
  summary: {
    /** Schools analysed, each counted once (a 九年一贯制 school is one school). */
    schools: number;
    /** Analysed entries: a school with two sections counts twice, as in the section tables. */
    entries: number;
    /** Schools with at least one entry that fails the school rule, each counted once. */
    failingSchools: number;
    /** Rows listed as excluded (total rows and schools left out), each with its reason. */
    excluded: number;
    privateSchools: number;
    /** Every section passes the county rule. */
    countyPasses: boolean | null;
    /** Every analysed school passes the school rule. */
    allSchoolsPass: boolean | null;
  };
  messages: ResultMessage[];
  /** The overall county verdict with its parts (contract §3). */
  verdict: Verdict;
}

// ---------------------------------------------------------------------------
// Verdicts: pass, fail, or undecided — never pass for what was not computed.
// ---------------------------------------------------------------------------

export type VerdictStatus = 'pass' | 'fail' | 'undecided';

/** A reason as a catalogue code with its parameters (see core/messages). */
export interface VerdictReason {
  code: string;
  params: Params;
}

export interface VerdictPart {
  status: VerdictStatus;
  reasons: VerdictReason[];
}

export interface Verdict {
  status: VerdictStatus;
  parts: {
    /** Every CV within its limit (or the composite within its limit). */
    cv: VerdictPart;
    /** Every school entry meets the school rule. */
    schools: VerdictPart;
    /** The further checks (size, class size, special rooms); null when the ruleset has none. */
    checks: VerdictPart | null;
  };
  /** The reasons of all parts: the CVs', the schools', then the further checks'. */
  reasons: VerdictReason[];
}
