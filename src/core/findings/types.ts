/**
 * The findings model: what a result means, computed once in the core and
 * rendered by every surface. Plain data (it goes into `--json` too): schools
 * are referred to by name, row, section and part; indicators by id.
 */
import type { Section, Verdict, VerdictReason } from '../types';

/** One school entry: a school, or one section of a multi-section school. */
export interface EntryRef {
  name: string;
  row: number;
  section: Section;
  part: Section | null;
}

/** One indicator a school entry misses, with its standard, floor and both shortfalls. */
export interface Miss {
  indicator: string;
  value: number | null;
  standard: number | null;
  floor: number | null;
  aboveFloor: boolean | null;
  /** In the resource's own unit; counted things are shown rounded up. */
  shortfall: number | null;
  shortfallToFloor: number | null;
  borderline: boolean;
}

export interface SchoolFinding extends EntryRef {
  misses: Miss[];
}

/** An entry whose school rule cannot be decided, and the indicators it lacks. */
export interface UndecidedFinding extends EntryRef {
  /** Indicators with a standard whose value is unknown (blank cell, or no column). */
  unknown: string[];
}

export interface ContributionRef {
  name: string;
  row: number;
  part: Section | null;
  share: number;
}

/** A CV over its limit and the schools that drive it (largest shares first). */
export interface CvDriver {
  section: Section;
  /** An indicator id; under a composite ruleset, the indicators with the largest CVs. */
  indicator: string;
  cv: number | null;
  limit: number | null;
  top: ContributionRef[];
}

export interface CheckFailure {
  name: string;
  row: number;
  check: string;
  value: number;
  limit: number;
}

export interface ExcludedRow {
  name: string;
  row: number;
  reason: string;
}

export interface NoteRow {
  row: number;
  text: string | null;
}

/** Counts, each saying what it counts. */
export interface FindingCounts {
  /** Schools analysed, each once (a 九年一贯制 school is one school). */
  schools: number;
  /** School entries: a school with two sections counts in each. */
  entries: number;
  /** Schools with an entry that fails the school rule, each once. */
  failingSchools: number;
  failingEntries: number;
  passingWithMissEntries: number;
  undecidedEntries: number;
  excludedRows: number;
  noteRows: number;
  privateSchools: number;
}

/** A better-fitting built-in ruleset for the table, when there is one. */
export interface RulesetSuggestion {
  ruleset: string;
  reason: VerdictReason;
}

export interface Findings {
  verdict: Verdict;
  sections: Record<Section, Verdict | null>;
  counts: FindingCounts;
  /** Whether the ruleset judges schools at all (basic-2012 without provincial standards does not). */
  judgesSchools: boolean;
  failing: SchoolFinding[];
  passingWithMiss: SchoolFinding[];
  undecided: UndecidedFinding[];
  cvDrivers: CvDriver[];
  checkFailures: CheckFailure[];
  excluded: ExcludedRow[];
  notes: NoteRow[];
  suggestion: RulesetSuggestion | null;
}
