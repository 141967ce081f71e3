/**
 * The messages between the web page and its analysis worker. The page sends a
 * request with an id; the worker answers with stages while it works, then one
 * reply (or a failure) with the same id. Everything is plain data, so it
 * crosses `postMessage` by structured clone.
 */
import type { Check, Comparison } from '../../core/compare';
import type { Findings } from '../../core/findings';
import type { CountyPlan } from '../../core/plan';
import type { ReportChart } from '../../core/report';
import type { AnalysisResult, ColumnMapping, L10n, Lang, Message, Ruleset, SheetRead } from '../../core/types';
import type { EarlierRead } from '../../files/earlier-check';
import type { Part } from '../../workers/parts';

/** What the worker is doing, shown under the page's progress bar. */
export type Stage = 'read' | 'analyse' | 'write';

/** Every stage in the order a first run passes them. */
export const STAGES: readonly Stage[] = ['read', 'analyse', 'write'];

/** What the page shows of an analysis: no grid rows, no report sheets, no per-school results, no CV contributions (the worker keeps those for the download and the comparison's check). */
export interface AnalysisView {
  /** The read without its records and rows (the mapping panel needs the header, mapping and columns). */
  read: SheetRead;
  /** The result without its `schools` (empty here: the page lists schools from the findings) and the CVs' contributions. */
  result: AnalysisResult;
  findings: Findings;
  charts: ReportChart[];
}

export type Request =
  /** Read a workbook file (.xlsx, .xls, .csv) and keep it for the requests that follow. */
  | { id: number; type: 'open'; name: string; bytes: Uint8Array }
  /** Analyse one sheet of the open workbook. */
  | { id: number; type: 'analyse'; sheet: number; ruleset: Ruleset; lang: Lang; mapping: ColumnMapping }
  /** Write the annotated copy of the last analysis, with the progress sheet when there is a comparison and the plan sheet when there is a plan. */
  | { id: number; type: 'write'; comparison: Comparison | null; plan: CountyPlan | null; ruleset: Ruleset; lang: Lang }
  /** The last analysis's whole read (records included), for planning on the page. */
  | { id: number; type: 'read' }
  /** The last analysis as a check, for a comparison with an earlier check (asked only when there is one). */
  | { id: number; type: 'check' }
  /** Write the what-if copy: the open .xlsx with the plan's additions added to its resource cells. */
  | { id: number; type: 'write-planned'; plan: CountyPlan }
  /** Read an earlier workbook or result document to compare with. */
  | { id: number; type: 'earlier'; name: string; bytes: Uint8Array; ruleset: Ruleset; lang: Lang };

/** A final reply's long arrays arrive empty: the parts sent before it fill them. */
export type Reply =
  | { id: number; type: 'stage'; stage: Stage }
  /** Part of a long array of the final reply, sent before it (src/workers/parts.ts). */
  | { id: number; type: 'part'; part: Part }
  | { id: number; type: 'opened'; sheets: string[]; sheet: number }
  | { id: number; type: 'analysed'; view: AnalysisView }
  /** `notes`: what the copy had to do that the user should know (a text cut to fit a cell, earlier report sheets replaced), as the command line says it. */
  | { id: number; type: 'written'; bytes: Uint8Array; notes: Message[] }
  | { id: number; type: 'read'; read: SheetRead }
  | { id: number; type: 'check'; check: Check }
  | { id: number; type: 'earlier'; read: EarlierRead }
  /** `text`: the file reader's own sentence in both languages, when it has one. */
  | { id: number; type: 'failed'; message: string; text: L10n | null };

/** The replies that end a request (every one but `stage` and `part`). */
export type FinalReply = Exclude<Reply, { type: 'stage' | 'part' }>;
