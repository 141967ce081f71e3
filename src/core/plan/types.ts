/**
 * The plan document (整改测算): what to add, where, and what the county looks
 * like after. Plain data, like the result document; every surface renders it.
 */
import type { NumericField, Section } from '../types';

/** Why an addition is planned: a school's missed standard, its floor, or a CV over its limit. */
export type PlanReason = 'standard' | 'floor' | 'cv';

/** Unit costs in 元 per unit of resource, by indicator id (`teaching-space` → 元/㎡). */
export type UnitCosts = Readonly<Record<string, number>>;

/** One section of a school whose value the addition raises. */
export interface PlanEffect {
  section: Section;
  /** Pupils of the section (the CV weight). */
  pupils: number;
  /** The indicator value before the plan and after the whole plan, unrounded. */
  current: number;
  target: number;
}

/**
 * One addition to one resource cell of one school row: a 九年一贯制 school gets
 * it once, in its own row, and it raises both its sections (`effects`).
 */
export interface PlannedAddition {
  row: number;
  name: string;
  indicator: string;
  /** The workbook field the addition goes to (the indicator's first numerator field). */
  field: NumericField;
  /** Set when the addition goes to the section's own column (小学高于规定学历教师数). */
  column: Section | null;
  /** In the resource's base unit (元, not 万元; ㎡; 人; 间); whole units for counted resources. */
  addition: number;
  /** addition × the unit cost in 元; null without a unit cost. */
  cost: number | null;
  reasons: PlanReason[];
  effects: PlanEffect[];
}

/** One section and indicator before and after the plan. */
export interface PlanIndicator {
  section: Section;
  indicator: string;
  meanBefore: number | null;
  meanAfter: number | null;
  cvBefore: number | null;
  cvAfter: number | null;
  /** The CV limit (per-indicator rulesets) or the target the composite plan set; null when none. */
  limit: number | null;
  /** Schools of this section the plan raises on this indicator. */
  schools: number;
}

/** The composite CV of one section under basic-2012: before, after, and which indicators were lowered. */
export interface PlanComposite {
  section: Section;
  before: number | null;
  after: number | null;
  limit: number;
  /** Indicators lowered, with the target CV planned for each. */
  lowered: { indicator: string; before: number | null; target: number }[];
}

/** County totals of one indicator: the resource to add and what it costs. */
export interface PlanTotal {
  indicator: string;
  addition: number;
  cost: number | null;
  schools: number;
}

export interface CountyPlan {
  ruleset: string;
  costs: UnitCosts;
  /**
   * What additions cannot fix, left out of the plan and of its verification:
   * school sections failing on '≤' indicators (lower is better) beyond what the
   * rule allows, and CVs of '≤' indicators over their limit. Empty when none.
   */
  unplannable: PlanUnplannable;
  /** Rows of the schools the user locked (nothing planned for them); empty when none. */
  locked: number[];
  additions: PlannedAddition[];
  indicators: PlanIndicator[];
  composites: PlanComposite[];
  totals: PlanTotal[];
  /** Σ costs of every addition with a unit cost; null when no addition has one. */
  budget: number | null;
  /** Indicators with additions but no unit cost (the budget leaves them out). */
  uncosted: string[];
  /** Rounds of plan → apply → check until stable. */
  rounds: number;
  verification: PlanVerification;
}

/** What a plan that only adds cannot fix: '≤' indicators (lower is better). */
export interface PlanUnplannable {
  schools: { row: number; name: string; section: Section; indicators: string[] }[];
  cvs: { section: Section; indicator: string; cv: number | null; limit: number }[];
}

/**
 * The engine re-run on the planned data: the rows of schools the plan makes
 * pass the school rule and the CVs it brings within their limits, and those
 * still failing (empty when the plan holds).
 */
export interface PlanVerification {
  schoolsPlanned: number;
  schoolsStillFailing: { row: number; name: string; section: Section }[];
  cvsPlanned: number;
  cvsStillOver: { section: Section; indicator: string; cv: number | null; limit: number }[];
  passes: boolean;
}
