/**
 * The analysis worker's protocol, without a real Worker: the pure handler
 * answers each request in order with its stages, and the page's client pairs
 * replies with requests and falls back to running the handler itself.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { buildFindings } from '../../src/core/findings';
import { checkOf } from '../../src/core/compare';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { AnalysisClient, AnalysisError } from '../../src/web/worker/client';
import { createHandler, viewOf, withoutContributions } from '../../src/web/worker/handler';
import { joinLongArrays, PART_SIZE, splitLongArrays, type Part } from '../../src/workers/parts';
import { analyzeGrid } from '../../src/web/pipeline';
import { syntheticCountyGrid } from '../../samples/synthetic-county';
import { planCounty } from '../../src/core/plan';
import ExcelJS from 'exceljs';
import { BASE_HEADER, BASE_SCHOOLS } from '../../scripts/make-bad-fixtures';
import { formatCsv } from '../../src/files/csv';
import { messageWords, renderMessage } from '../../src/core/messages/render';
import type { Reply, Request } from '../../src/web/worker/protocol';

const CSV = join(__dirname, '../../samples/示例县义务教育学校办学条件.csv');
const bytes = () => new Uint8Array(readFileSync(CSV));

function recorder() {
  const replies: Reply[] = [];
  const transfers: ArrayBuffer[][] = [];
  const handle = createHandler({
    post: (reply, transfer) => {
      replies.push(reply);
      transfers.push(transfer);
    },
  });
  return { replies, transfers, handle };
}

const analyse = (id: number): Request => ({ id, type: 'analyse', sheet: 0, ruleset: QUALITY_2017, lang: 'zh', mapping: {} });

describe('the worker’s message handler', () => {
  test('for planning it hands over the whole read; the copy then holds the plan sheet, and a CSV has no what-if copy', async () => {
    const { replies, handle } = recorder();
    void handle({ id: 1, type: 'open', name: '示例县.csv', bytes: bytes() });
    void handle(analyse(2));
    await handle({ id: 3, type: 'read' });
    const read = replies.find((r) => r.id === 3 && r.type === 'read');
    if (read?.type !== 'read') throw new Error('no read');
    expect(read.read.records.length).toBeGreaterThan(20);
    const { plan } = planCounty(read.read, QUALITY_2017);
    await handle({ id: 4, type: 'write', comparison: null, plan, ruleset: QUALITY_2017, lang: 'zh' });
    const written = replies.find((r) => r.id === 4 && r.type === 'written');
    if (written?.type !== 'written') throw new Error('not written');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written.bytes.slice().buffer as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toContain('均衡-整改测算');
    await handle({ id: 5, type: 'write-planned', plan });
    expect(replies.find((r) => r.id === 5)).toMatchObject({ type: 'failed' });
  });

  test('open, analyse and write, sent at once, are answered in order with their stages', async () => {
    const { replies, transfers, handle } = recorder();
    void handle({ id: 1, type: 'open', name: '示例县.csv', bytes: bytes() });
    void handle(analyse(2));
    await handle({ id: 3, type: 'write', comparison: null, plan: null, ruleset: QUALITY_2017, lang: 'zh' });
    const parts = replies.filter((r) => r.type === 'part').map((r) => (r.type === 'part' ? r.part : null)) as Part[];
    expect(replies.filter((r) => r.type !== 'part').map((r) => [r.id, r.type === 'stage' ? r.stage : r.type])).toEqual([
      [1, 'read'],
      [1, 'opened'],
      [2, 'analyse'],
      [2, 'analysed'],
      [3, 'write'],
      [3, 'written'],
    ]);
    const final = replies.filter((r) => r.type !== 'part');
    const opened = final[1];
    expect(opened).toMatchObject({ type: 'opened', sheets: ['示例县'], sheet: 0 });

    // The view, joined from its parts, is the engine's result and findings, without the grid's rows and the CVs' contributions.
    const grids = await readWorkbookBytes(bytes(), '示例县.csv');
    const expected = analyze(readSheet(grids[findSchoolSheet(grids)]), QUALITY_2017, { lang: 'zh', file: '示例县.csv' });
    const analysed = final[3];
    if (analysed.type !== 'analysed') throw new Error(analysed.type);
    joinLongArrays(analysed.view, parts);
    // The per-school results stay in the worker (the page asks for the check a comparison needs when it has an earlier one).
    expect(analysed.view.result).toEqual({ ...expected, schools: [], sections: withoutContributions(expected.sections) });
    expect(analysed.view).not.toHaveProperty('check');
    expect(analysed.view.result.sections.primary.indicators['equipment'].contributions).toEqual([]);
    expect(expected.sections.primary.indicators['equipment'].contributions.length).toBeGreaterThan(0);
    expect(analysed.view.findings).toEqual(buildFindings(expected, QUALITY_2017));
    expect(analysed.view.read.records).toEqual([]);
    expect(analysed.view.read.rows).toEqual([]);
    expect(analysed.view.read.headerRows.length).toBeGreaterThan(0);
    expect(analysed.view.charts.map((chart) => chart.section)).toEqual(['primary', 'junior']);

    // The copy is an .xlsx (a zip), handed over rather than copied.
    const written = final[5];
    if (written.type !== 'written') throw new Error(written.type);
    expect(Buffer.from(written.bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(transfers[replies.indexOf(written)]).toEqual([written.bytes.buffer]);
  });

  test('a file it cannot read fails with the reader’s own words, and the handler goes on', async () => {
    const { replies, handle } = recorder();
    await handle({ id: 1, type: 'open', name: 'x.xlsx', bytes: new Uint8Array([1, 2, 3]) });
    const failed = replies[replies.length - 1];
    expect(failed).toMatchObject({ id: 1, type: 'failed' });
    if (failed.type !== 'failed') throw new Error(failed.type);
    expect(failed.text?.zh).toMatch(/\S/);
    await handle(analyse(2));
    expect(replies[replies.length - 1]).toMatchObject({ id: 2, type: 'failed', message: 'no workbook is open', text: null });
  });

  test('a file it cannot read fails with the catalogue’s sentence for the page, in both languages', async () => {
    const { replies, handle } = recorder();
    await handle({ id: 1, type: 'open', name: 'empty.csv', bytes: new Uint8Array([]) });
    expect(replies[replies.length - 1]).toMatchObject({
      type: 'failed',
      text: { zh: renderMessage('read-empty', {}, 'zh', 'web'), en: renderMessage('read-empty', {}, 'en', 'web') },
    });
  });

  test('the copy says what the command line says after --out: a text cut to fit a cell names the cell', async () => {
    const rows = [[...BASE_HEADER, '备注'], ...BASE_SCHOOLS.map((school, i) => [...(school as (string | number | null)[]), i === 1 ? '长'.repeat(40_000) : null])];
    const { replies, handle } = recorder();
    void handle({ id: 1, type: 'open', name: '县直.csv', bytes: new TextEncoder().encode(formatCsv(rows)) });
    void handle(analyse(2));
    await handle({ id: 3, type: 'write', comparison: null, plan: null, ruleset: QUALITY_2017, lang: 'zh' });
    const written = replies[replies.length - 1];
    if (written.type !== 'written') throw new Error(written.type);
    expect(written.notes).toEqual([expect.objectContaining({ code: 'copy-text-cut', severity: 'warning', params: expect.objectContaining({ length: 40_000, limit: 32_767 }) })]);
    expect(messageWords(written.notes[0], 'en', 'web')).toMatch(/has 40000 characters, more than the 32767 an Excel cell can hold/);
  });

  test('the check of the last analysis, made with its rules, is sent when asked', async () => {
    const { replies, handle } = recorder();
    await handle({ id: 1, type: 'check' });
    expect(replies[replies.length - 1]).toMatchObject({ id: 1, type: 'failed', message: 'nothing has been analysed' });
    void handle({ id: 2, type: 'open', name: '示例县.csv', bytes: bytes() });
    void handle(analyse(3));
    await handle({ id: 4, type: 'check' });
    const grids = await readWorkbookBytes(bytes(), '示例县.csv');
    const expected = analyze(readSheet(grids[findSchoolSheet(grids)]), QUALITY_2017, { lang: 'zh', file: '示例县.csv' });
    const reply = replies[replies.length - 1];
    if (reply.type !== 'check') throw new Error(reply.type);
    expect(reply.check).toEqual(checkOf(expected, QUALITY_2017));
    expect(reply.check.schools.length).toBeGreaterThan(0);
  });

  test('writing before any analysis fails plainly', async () => {
    const { replies, handle } = recorder();
    await handle({ id: 1, type: 'open', name: 'a.csv', bytes: bytes() });
    await handle({ id: 2, type: 'write', comparison: null, plan: null, ruleset: QUALITY_2017, lang: 'zh' });
    expect(replies[replies.length - 1]).toMatchObject({ id: 2, type: 'failed', message: 'nothing has been analysed' });
  });

  test('an earlier result document is read for the comparison', async () => {
    const { replies, handle } = recorder();
    await handle({ id: 1, type: 'earlier', name: 'old.csv', bytes: bytes(), ruleset: QUALITY_2017, lang: 'zh' });
    expect(replies[0]).toMatchObject({ id: 1, type: 'earlier', read: { ok: true } });
  });
});

describe('the view in parts', () => {
  test('a county of 2 000 schools crosses in parts of at most the part size, and joins back to the same view', () => {
    const view = viewOf(analyzeGrid(syntheticCountyGrid(2_000), QUALITY_2017, 'zh', 'x.xlsx'));
    const copy = structuredClone(view);
    const { head, parts } = splitLongArrays(view, 100);
    expect(view.findings.failing.length).toBeGreaterThan(100);
    expect(head.findings.failing).toEqual([]);
    expect(parts.every((part) => part.items.length > 0 && part.items.length <= 100)).toBe(true);
    expect(parts.filter((part) => part.path.join('.') === 'findings.failing')).toHaveLength(Math.ceil(view.findings.failing.length / 100));
    // The view itself is left as it was.
    expect(view).toEqual(copy);
    expect(joinLongArrays(structuredClone(head), structuredClone(parts))).toEqual(copy);
  });
});

describe('the page’s client', () => {
  /** A fake worker: the handler behind a structured clone, as postMessage would copy. */
  function fakeWorker(log: string[]) {
    return (onReply: (reply: Reply) => void) => {
      const handle = createHandler({ post: (reply) => onReply(structuredClone(reply)) });
      return (request: Request) => {
        log.push(request.type);
        void handle(structuredClone(request));
      };
    };
  }

  test('pairs each reply with its request and reports the stages', async () => {
    const log: string[] = [];
    const client = new AnalysisClient(fakeWorker(log));
    const stages: string[] = [];
    const opened = await client.open('示例县.csv', bytes(), (stage) => stages.push(stage));
    const [view, again] = await Promise.all([
      client.analyse(opened.sheet, QUALITY_2017, 'zh', {}, (stage) => stages.push(stage)),
      client.analyse(opened.sheet, QUALITY_2017, 'en', {}, () => undefined),
    ]);
    expect(view.result.source.file).toBe('示例县.csv');
    expect((await client.check()).schools.length).toBeGreaterThan(0);
    expect(view.findings.counts.schools).toBe(again.findings.counts.schools);
    const copy = await client.write(null, QUALITY_2017, 'zh', (stage) => stages.push(stage));
    expect(copy.bytes.length).toBeGreaterThan(0);
    expect(copy.notes).toEqual([]);
    expect(stages).toEqual(['read', 'analyse', 'write']);
    expect(log).toEqual(['open', 'analyse', 'analyse', 'check', 'write']);
  });

  test('every reply’s long arrays cross in parts and are joined again: the view, the check', async () => {
    const posted: Reply[] = [];
    const client = new AnalysisClient((onReply) => {
      const handle = createHandler({
        post: (reply) => {
          posted.push(reply);
          onReply(structuredClone(reply));
        },
      });
      return (request) => void handle(structuredClone(request));
    });
    const county = new TextEncoder().encode(formatCsv(syntheticCountyGrid(1_200).values as (string | number | null)[][]));
    const opened = await client.open('county.csv', county, () => undefined);
    const view = await client.analyse(opened.sheet, QUALITY_2017, 'zh', {}, () => undefined);
    const check = await client.check();
    const parts = posted.filter((reply): reply is Extract<Reply, { type: 'part' }> => reply.type === 'part');
    expect(parts.every((reply) => reply.part.items.length <= PART_SIZE)).toBe(true);
    expect(new Set(parts.map((reply) => reply.part.path.join('.')))).toEqual(new Set(['view.findings.failing', 'check.schools']));
    const expected = analyzeGrid((await readWorkbookBytes(county, 'county.csv'))[opened.sheet], QUALITY_2017, 'zh', 'county.csv');
    expect(view.findings).toEqual(expected.findings);
    expect(check).toEqual(checkOf(expected.result, QUALITY_2017));
  });

  test('a failure rejects with the reader’s words', async () => {
    const client = new AnalysisClient(fakeWorker([]));
    const failure = client.open('x.xlsx', new Uint8Array([1, 2, 3]), () => undefined);
    await expect(failure).rejects.toBeInstanceOf(AnalysisError);
    await expect(failure).rejects.toHaveProperty('text.zh', expect.stringMatching(/\S/));
  });

  test('where a worker cannot start from its file (file:// in Chromium), the same worker starts from its text', async () => {
    const log: string[] = [];
    const inline = fakeWorker(log);
    const client = new AnalysisClient(() => null, async (onReply) => inline(onReply));
    const opened = await client.open('示例县.csv', bytes(), () => undefined);
    expect((await client.analyse(opened.sheet, QUALITY_2017, 'zh', {}, () => undefined)).findings.counts.schools).toBeGreaterThan(0);
    expect(log).toEqual(['open', 'analyse']);
  });

  test('runs the handler on the page when no worker can start', async () => {
    const client = new AnalysisClient(() => null, async () => null);
    const opened = await client.open('示例县.csv', bytes(), () => undefined);
    const view = await client.analyse(opened.sheet, QUALITY_2017, 'zh', {}, () => undefined);
    expect(view.findings.counts.schools).toBeGreaterThan(0);
  });

  test('when the worker breaks, its open workbook and waiting requests run on the page', async () => {
    let sent = 0;
    let broken = () => undefined as void;
    const client = new AnalysisClient((_onReply, onBroken) => {
      broken = onBroken;
      // A worker whose script failed to load: it never answers.
      return () => {
        sent++;
      };
    });
    const opening = client.open('示例县.csv', bytes(), () => undefined);
    const analysing = client.analyse(0, QUALITY_2017, 'zh', {}, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toBe(2);
    broken();
    expect((await opening).sheets).toEqual(['示例县']);
    expect((await analysing).findings.counts.schools).toBeGreaterThan(0);
    // Later requests go to the page's handler, which still holds the workbook.
    expect((await client.write(null, QUALITY_2017, 'zh', () => undefined)).bytes.length).toBeGreaterThan(0);
  });
});
