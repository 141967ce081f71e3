/**
 * The engine: a read sheet and a ruleset in, the result document (contract §3)
 * out. Its stages live in `engine/`: which rows enter (entries.ts), each school
 * entry (school.ts), the county rule (county.ts); this file checks the sheet as
 * a whole, runs the stages and assembles the result with its verdict.
 * Everything stays unrounded; `roundTo` is used only to flag borderline cases.
 */

import { columnLetter } from './address';
import { addEntry, sectionColumns } from './engine/columns';
import { columnOf, note, type Context } from './engine/context';
import { countyResult, allOf } from './engine/county';
import { planRecord, type Plan } from './engine/entries';
import { sourceTable } from './engine/provenance';
import { analyzeEntry, splitTeachersNote } from './engine/school';
import { FIELD_LABELS } from './fields';
import { judgeCounty } from './findings/verdict';
import { CATALOGUE } from './messages/catalogue';
import { localize } from './present';
import {
  SECTIONS,
  type AnalysisResult,
  type ColumnRef,
  type FieldId,
  type IndicatorDef,
  type Lang,
  type Message,
  type ResultMessage,
  type Ruleset,
  type SchoolRecord,
  type SchoolResult,
  type Section,
  type SectionResult,
  type SheetRead,
} from './types';

export interface AnalyzeOptions {
  /** Language of reasons and messages (default 'zh'). */
  lang?: Lang;
  /** The workbook's file name, for the result's `source`. */
  file?: string | null;
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
      columns: lacking,
      indicator: def.name,
      undecidable: decides ? CATALOGUE['missing-indicator-undecidable'] : '',
    });
  }
  return present;
}

function sheetNotes(ctx: Context): void {
  const pupilFields: FieldId[] = ['pupils', 'primaryPupils', 'juniorPupils'];
  if (!pupilFields.some((field) => isMapped(ctx, field))) note(ctx, 'error', 'missing-pupils', null, null, {});
  const hasStandards = ctx.ruleset.indicators.some((def) => SECTIONS.some((s) => def.standard[s] !== null));
  if (!hasStandards) {
    note(ctx, 'info', 'no-standards', null, null, { ruleset: ctx.ruleset.name });
  }
}

function renderMessages(messages: readonly Message[], lang: Lang): ResultMessage[] {
  const rendered = messages.map(({ severity, code, cell, row, text, params }): ResultMessage =>
    params === undefined ? { severity, code, cell, row, message: localize(text, lang) } : { severity, code, cell, row, message: localize(text, lang), params });
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
  const ctx: Context = { read, ruleset, lang, present: [], notes: [], implausible, sources: sourceTable() };
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
  const capacity: Record<Section, number> = { primary: 0, junior: 0 };
  for (const entry of plan.entries) capacity[entry.section]++;
  const columns = sectionColumns(ctx.present, capacity);
  // One set for all schools, emptied at each school (its note takes the names at once).
  const splitTeachers = new Set<IndicatorDef>();
  let previous: SchoolRecord | null = null;
  for (const entry of plan.entries) {
    // Both parts of a school come one after the other: one split warning per school.
    if (entry.record !== previous) {
      if (previous !== null && splitTeachers.size > 0) splitTeachersNote(ctx, previous, splitTeachers);
      splitTeachers.clear();
      previous = entry.record;
    }
    const school = analyzeEntry(ctx, entry, splitTeachers);
    analysed.push(school);
    bySection[entry.section].push(school);
    addEntry(columns[entry.section], ctx.present, school);
  }
  if (previous !== null && splitTeachers.size > 0) splitTeachersNote(ctx, previous, splitTeachers);

  const counties = {
    primary: countyResult(ctx, 'primary', bySection.primary, columns.primary),
    junior: countyResult(ctx, 'junior', bySection.junior, columns.junior),
  };
  const mapped = new Set((Object.keys(read.mapping) as FieldId[]).filter((field) => isMapped(ctx, field)));
  const verdicts = judgeCounty({ ruleset, sections: counties, entries: analysed, mapped });
  const sections: Record<Section, SectionResult> = {
    primary: { ...counties.primary, verdict: verdicts.sections.primary },
    junior: { ...counties.junior, verdict: verdicts.sections.junior },
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
    provenance: ctx.sources.sources,
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
    verdict: verdicts.county,
  };
}

