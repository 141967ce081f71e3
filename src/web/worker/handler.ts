/**
 * The analysis worker's work, as a plain message handler: it keeps the open
 * workbook and the last analysis, and answers each request in order. The worker
 * entry (`analysis.worker.ts`) wires it to `postMessage`; where no Worker can be
 * started (a page opened from file:// in Chromium) the page runs the same
 * handler itself, pausing between stages. Tests call it directly.
 */
import { readEarlier } from '../../files/earlier-check';
import { readWorkbookBytes } from '../../files/read-workbook';
import { writeAnnotatedWorkbook } from '../../files/annotate';
import { checkOf } from '../../core/compare';
import { earlierReplaced } from '../../files/report-mark';
import { SECTIONS, type AnalysisResult, type Grid, type Message, type Ruleset } from '../../core/types';
import { isCatalogued, type CatalogueMessage, type MessageCode } from '../../core/messages/catalogue';
import { renderBoth } from '../../core/messages/render';
import type { Params } from '../../core/messages/types';
import { withProgress } from '../compare';
import { analyzeGrid, firstSchoolSheet, type Analysis } from '../pipeline';
import { canApplyPlan, plannedWorkbook, withPlan } from '../plan';
import { splitLongArrays } from '../../workers/parts';
import type { AnalysisView, FinalReply, Reply, Request } from './protocol';

export interface HandlerOptions {
  /** Sends a reply to the page. `transfer` lists buffers handed over rather than copied. */
  post: (reply: Reply, transfer: ArrayBuffer[]) => void;
  /** Called between stages: nothing in a worker, a yield to the browser on the page's own thread. */
  pause?: () => Promise<void>;
}

/**
 * The sections without each CV's school-by-school contributions: the page
 * shows none of them (the findings carry the largest shares), and at 20 000
 * schools they are ~12 MB the page would have to copy in.
 *
 * @example
 * withoutContributions(result.sections).primary.indicators.books.contributions; // []
 */
export function withoutContributions(sections: AnalysisResult['sections']): AnalysisResult['sections'] {
  const lighter = { ...sections };
  for (const section of SECTIONS) {
    const indicators = { ...sections[section].indicators };
    for (const id of Object.keys(indicators)) indicators[id] = { ...indicators[id], contributions: [] };
    lighter[section] = { ...sections[section], indicators };
  }
  return lighter;
}

/**
 * What the page shows of an analysis: everything but the grid's rows, the report
 * sheets, the CVs' contributions (see `withoutContributions`) and the per-school
 * results (~36 MB at 20 000 schools). Of those the page needs only the check a
 * comparison takes, and only when there is an earlier check: it asks for it then.
 *
 * @example
 * viewOf(analyzeGrid(grid, QUALITY_2017, 'zh', 'a.xlsx')).read.records; // []
 */
export function viewOf(analysis: Analysis): AnalysisView {
  return {
    read: { ...analysis.read, records: [], rows: [] },
    result: { ...analysis.result, schools: [], sections: withoutContributions(analysis.result.sections) },
    findings: analysis.findings,
    charts: analysis.report.charts,
  };
}

/** A note about the copy as a message the page lists with the others. */
function copyNote(said: CatalogueMessage): Message {
  return { severity: 'info', code: said.code, cell: null, row: null, text: renderBoth(said.code, said.params, 'web'), params: said.params };
}

/** A failure's words: the file reader's catalogued sentence, rendered for the page in both languages, when it has one. */
function failure(id: number, error: unknown): FinalReply {
  const said = error as { code?: unknown; params?: Params } | null;
  const message = error instanceof Error ? error.message : String(error);
  const coded = typeof said?.code === 'string' && isCatalogued(said.code) && said.params !== undefined;
  return { id, type: 'failed', message, text: coded ? renderBoth(said.code as MessageCode, said.params ?? {}, 'web') : null };
}

/**
 * A handler for the page's requests. Requests are answered one after another in
 * the order they arrive, so a write always follows the analysis asked for before it.
 * Every reply but a written copy sends its long arrays first, in parts (src/workers/parts.ts).
 *
 * @example
 * const handle = createHandler({ post: (reply) => replies.push(reply) });
 * await handle({ id: 1, type: 'open', name: 'a.csv', bytes });
 * // replies: { type: 'stage', stage: 'read' }, { type: 'opened', sheets: ['a'], sheet: 0 }
 */
export function createHandler({ post, pause = async () => undefined }: HandlerOptions): (request: Request) => Promise<void> {
  let file: { name: string; bytes: Uint8Array; grids: Grid[] } | null = null;
  let analysis: Analysis | null = null;
  /** The rules of the last analysis, which its check is made with. */
  let analysedWith: Ruleset | null = null;
  let queue: Promise<void> = Promise.resolve();

  async function answer(request: Request): Promise<FinalReply> {
    switch (request.type) {
      case 'open': {
        post({ id: request.id, type: 'stage', stage: 'read' }, []);
        await pause();
        const grids = await readWorkbookBytes(request.bytes, request.name);
        file = { name: request.name, bytes: request.bytes, grids };
        analysis = null;
        analysedWith = null;
        return { id: request.id, type: 'opened', sheets: grids.map((grid) => grid.sheet), sheet: firstSchoolSheet(grids) };
      }
      case 'analyse': {
        if (file === null) throw new Error('no workbook is open');
        post({ id: request.id, type: 'stage', stage: 'analyse' }, []);
        await pause();
        analysis = analyzeGrid(file.grids[request.sheet], request.ruleset, request.lang, file.name, request.mapping);
        analysedWith = request.ruleset;
        return { id: request.id, type: 'analysed', view: viewOf(analysis) };
      }
      case 'write': {
        if (file === null || analysis === null) throw new Error('nothing has been analysed');
        post({ id: request.id, type: 'stage', stage: 'write' }, []);
        await pause();
        const planned = request.plan === null ? analysis : withPlan(analysis, request.plan, request.ruleset, request.lang);
        const notes: Message[] = [];
        const sayEarlier = (sheets: string[]) => notes.unshift(copyNote(earlierReplaced(sheets)));
        const bytes = await writeAnnotatedWorkbook(file.bytes, withProgress(planned, request.comparison, request.ruleset, request.lang).report, analysis.marks, notes, sayEarlier);
        return { id: request.id, type: 'written', bytes, notes };
      }
      case 'read': {
        if (analysis === null) throw new Error('nothing has been analysed');
        return { id: request.id, type: 'read', read: analysis.read };
      }
      case 'check': {
        if (analysis === null || analysedWith === null) throw new Error('nothing has been analysed');
        return { id: request.id, type: 'check', check: checkOf(analysis.result, analysedWith) };
      }
      case 'write-planned': {
        if (file === null || analysis === null) throw new Error('nothing has been analysed');
        if (!canApplyPlan(file.bytes)) throw new Error('the what-if copy needs an .xlsx workbook');
        post({ id: request.id, type: 'stage', stage: 'write' }, []);
        await pause();
        return { id: request.id, type: 'written', bytes: await plannedWorkbook(file.bytes, analysis.read, request.plan), notes: [] };
      }
      case 'earlier': {
        await pause();
        return { id: request.id, type: 'earlier', read: await readEarlier(request.bytes, request.name, request.ruleset, undefined, request.lang) };
      }
    }
  }

  return (request) => {
    queue = queue.then(async () => {
      let reply: FinalReply;
      try {
        reply = await answer(request);
      } catch (error) {
        reply = failure(request.id, error);
      }
      if (reply.type === 'written') post(reply, [reply.bytes.buffer as ArrayBuffer]);
      else {
        // A long array crosses in parts, each copied into the page in its own short task.
        const { head, parts } = splitLongArrays(reply);
        for (const part of parts) post({ id: request.id, type: 'part', part }, []);
        post(head, []);
      }
    });
    return queue;
  };
}
