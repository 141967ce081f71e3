/**
 * The task pane's steps as plain functions: what the components show and what
 * a run does, kept apart from React so they can be tested on their own.
 */
import { analyze } from '../core/analyze';
import type { Findings } from '../core/findings';
import { cellAddress, columnNumber } from '../core/address';
import { BUILTIN_RULESETS, parseRuleset } from '../core/rulesets';
import type { RulesetProblem } from '../core/ruleset-problems';
import type {
  AnalysisResult,
  ColumnMapping,
  IndicatorDef,
  Lang,
  ResultMessage,
  Ruleset,
  SchoolType,
  Section,
  SheetRead,
} from '../core/types';
import type { StoredSettings, TableLocation, WorkbookGateway } from '../gateway/types';
import { appendAll } from '../core/arrays';
import { computeInPlace, yieldToBrowser, type CheckCompute } from './check/compute';

export { yieldToBrowser };

/**
 * How many school rows of each type the reader found.
 *
 * @example
 * typeCounts(read); // [['primary', 16], ['junior', 8], ['nine-year', 2]]
 */
export function typeCounts(read: SheetRead): [SchoolType | null, number][] {
  const counts = new Map<SchoolType | null, number>();
  for (const record of read.records) {
    if (record.kind === 'school') counts.set(record.type, (counts.get(record.type) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * The number of school rows (not totals).
 *
 * @example
 * schoolCount(readSheet(sampleCountyGrid())); // 30
 */
export function schoolCount(read: SheetRead): number {
  return read.records.filter((record) => record.kind === 'school').length;
}

/** Codes of the engine's messages about columns the ruleset needs and the sheet lacks. */
const MISSING_COLUMN_CODES: ReadonlySet<string> = new Set(['missing-indicator', 'missing-pupils']);

/**
 * The engine's own messages about the columns a ruleset needs and the sheet
 * lacks, for the mapping as it stands. They depend on the mapping alone, so
 * analysing the read without its rows gives them at once, however long the sheet.
 *
 * @example
 * mappingMessages(read, QUALITY_2017, 'zh')[0].code; // 'missing-indicator'
 */
export function mappingMessages(read: SheetRead, ruleset: Ruleset, lang: Lang): ResultMessage[] {
  return analyze({ ...read, records: [], rows: [], messages: [] }, ruleset, { lang }).messages.filter((m) => MISSING_COLUMN_CODES.has(m.code));
}

/** Everything one check produced. */
export interface CheckOutcome {
  read: SheetRead;
  result: AnalysisResult;
  ruleset: Ruleset;
  /** Built once per check, off React's render. */
  findings: Findings;
}

export type CheckStep = 'read' | 'parse' | 'analyze' | 'done';

/**
 * One check: read the table again (the user may have edited it), recognise the
 * schools with the user's column choices, analyse, build the findings. The
 * Office.js read stays on the pane's thread; the pure steps run in `compute`:
 * the pane's check worker in production, or in place with a yield to the
 * browser between steps (each step is one slice). Each step is reported.
 *
 * @example
 * const { result } = await runCheck(gateway, found.location, {}, QUALITY_2017, 'zh', setStep);
 */
export async function runCheck(
  gateway: WorkbookGateway,
  location: TableLocation,
  overrides: ColumnMapping,
  ruleset: Ruleset,
  lang: Lang,
  onStep: (step: CheckStep) => void,
  compute: CheckCompute = computeInPlace,
): Promise<CheckOutcome> {
  onStep('read');
  await yieldToBrowser();
  const grid = await gateway.readTable(location);
  const { read, result, findings } = await compute(grid, overrides, ruleset, lang, onStep);
  return { read, result, ruleset, findings };
}

/**
 * The name cell of a school's row in the user's sheet, or null when the sheet has no name column.
 *
 * @example
 * nameCell(read, 12); // '学校办学条件!B12'
 */
export function nameCell(read: SheetRead, row: number): string | null {
  const column = read.mapping.name?.[0]?.column;
  return column === undefined ? null : cellAddress(read.sheet, row, column);
}

/**
 * The cells that fed one indicator of one school entry, as the engine recorded
 * them (the result's `provenance`): the amount columns it actually read — the
 * section's own column (小学高于规定学历教师数) or the whole row's.
 * Empty when the engine kept no record (an excluded row, or no column for it).
 *
 * @example
 * indicatorCells(result, 12, 'primary', 'pe-art-teachers'); // ['学校办学条件!N12']
 */
export function indicatorCells(result: AnalysisResult, row: number, section: Section, indicator: string): string[] {
  const school = result.schools.find((s) => s.row === row && s.section === section && s.provenance !== undefined);
  const terms = school === undefined ? undefined : result.provenance[school.provenance as number].indicators[indicator];
  return (terms ?? []).map((term) => cellAddress(result.source.sheet, row, columnNumber(term.column)));
}

/**
 * User rulesets from the workbook's settings: the valid ones, and what was wrong with the others.
 *
 * @example
 * storedRulesets({ rulesets: [{ id: 'bad' }], rulesetId: null }).problems[0];
 * // { path: 'name', code: 'ruleset-missing', params: {} }
 */
export function storedRulesets(settings: StoredSettings): { rulesets: Ruleset[]; problems: RulesetProblem[] } {
  const rulesets: Ruleset[] = [];
  const problems: RulesetProblem[] = [];
  for (const json of settings.rulesets) {
    const parsed = parseRuleset(json);
    if (parsed.ok) rulesets.push(parsed.ruleset);
    else appendAll(problems, parsed.problems);
  }
  return { rulesets, problems };
}

/**
 * A new ruleset id not used yet: province-1, province-2, …
 *
 * @example
 * newRulesetId([{ id: 'province-1' }]); // 'province-2'
 */
export function newRulesetId(existing: readonly Pick<Ruleset, 'id'>[]): string {
  const ids = new Set([...BUILTIN_RULESETS, ...existing].map((ruleset) => ruleset.id));
  let n = 1;
  while (ids.has(`province-${n}`)) n++;
  return `province-${n}`;
}

/**
 * Indicators a user ruleset can add: those of the built-in rulesets, once each
 * (by id and scale), that the ruleset does not have yet.
 *
 * @example
 * addableIndicators(QUALITY_2017).map((d) => d.id); // ['computers', 'books', 'teachers', 'senior-teachers']
 */
export function addableIndicators(ruleset: Ruleset): IndicatorDef[] {
  const have = new Set(ruleset.indicators.map((def) => def.id));
  const seen = new Set<string>();
  return BUILTIN_RULESETS.flatMap((builtin) => builtin.indicators).filter((def) => {
    const key = `${def.id}@${def.scale}`;
    if (have.has(def.id) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
