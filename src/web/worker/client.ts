/**
 * The page's side of the analysis worker: each call sends one request and
 * resolves with its reply, reporting the worker's stages on the way. Chromium
 * refuses `new Worker(file)` on a page opened from file://, so there the same
 * worker starts from a blob: URL made of its text (`WORKER_SOURCE_FILE`). When
 * no Worker can be started at all (jsdom has none) or the worker fails to load,
 * the same handler runs on the page's thread, loaded on demand, with a pause
 * between stages.
 */
import type { Check, Comparison } from '../../core/compare';
import type { CountyPlan } from '../../core/plan';
import type { ColumnMapping, L10n, Lang, Message, Ruleset, SheetRead } from '../../core/types';
import type { EarlierRead } from '../../files/earlier-check';
import { listen, startWorker } from '../../workers/start';
import { joinLongArrays, type Part } from '../../workers/parts';
import type { AnalysisView, FinalReply, Reply, Request, Stage } from './protocol';

/** The worker's file, next to web.html (webpack entry `web-worker`). */
export const WORKER_FILE = 'web-worker.js';

/** The worker's text as a script setting `WORKER_SOURCE_GLOBAL`, next to web.html (scripts/worker-source.js). */
export const WORKER_SOURCE_FILE = 'web-worker-source.js';
export const WORKER_SOURCE_GLOBAL = 'junhengWorkerSource';

/** An error from the worker, with the file reader's own sentence in both languages when it has one. */
export class AnalysisError extends Error {
  readonly text: L10n | undefined;

  constructor(message: string, text: L10n | null) {
    super(message);
    this.name = 'AnalysisError';
    this.text = text ?? undefined;
  }
}

/** A written copy and its notes (a text cut to fit a cell, earlier report sheets replaced). */
export interface Written {
  bytes: Uint8Array;
  notes: Message[];
}

type Send = (request: Request) => void;
type Spawn = (onReply: (reply: Reply) => void, onBroken: () => void) => Send | null;
type SpawnLater = (onReply: (reply: Reply) => void, onBroken: () => void) => Promise<Send | null>;
type Body = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

interface Pending {
  request: Request;
  onStage: (stage: Stage) => void;
  /** The parts of the final reply received so far. */
  parts: Part[];
  resolve: (reply: FinalReply) => void;
  reject: (error: Error) => void;
}

/** A Worker running `WORKER_FILE`, or null when this page cannot start one (file:// in Chromium). */
function startPageWorker(onReply: (reply: Reply) => void, onBroken: () => void): Send | null {
  return startWorker<Request, Reply>(WORKER_FILE, onReply, onBroken);
}

/** The worker's text, loaded by a script tag (which a page opened from file:// may do, unlike fetch). */
function workerSource(): Promise<string> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(WORKER_SOURCE_FILE, document.baseURI).href;
    script.onload = () => {
      script.remove();
      const source = (window as unknown as Record<string, unknown>)[WORKER_SOURCE_GLOBAL];
      if (typeof source === 'string') resolve(source);
      else reject(new Error(`${WORKER_SOURCE_FILE} set no worker source`));
    };
    script.onerror = () => reject(new Error(`${WORKER_SOURCE_FILE} did not load`));
    document.head.appendChild(script);
  });
}

/** The same worker started from a blob: URL of its text, or null when that fails too. */
async function startInlineWorker(onReply: (reply: Reply) => void, onBroken: () => void): Promise<Send | null> {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined') return null;
  try {
    const url = URL.createObjectURL(new Blob([await workerSource()], { type: 'text/javascript' }));
    return listen<Request, Reply>(new Worker(url), onReply, onBroken);
  } catch {
    return null;
  }
}

/** The handler on this thread, yielding to the browser between stages. */
async function startHere(onReply: (reply: Reply) => void): Promise<Send> {
  const { createHandler } = await import(/* webpackChunkName: "analysis" */ './handler');
  const handle = createHandler({ post: onReply, pause: () => new Promise((resolve) => setTimeout(resolve, 0)) });
  return (request) => void handle(request);
}

/** Sends requests to the worker (or the page's own handler) and pairs the replies with them. */
export class AnalysisClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The last open and analyse requests: replayed on this thread if the worker breaks. */
  private readonly state: { open?: Request; analyse?: Request } = {};
  private send: Promise<Send> | null = null;

  constructor(
    private readonly spawn: Spawn = startPageWorker,
    /** Tried when `spawn` cannot start a worker. */
    private readonly spawnInline: SpawnLater = startInlineWorker,
  ) {}

  /** Reads a workbook file; `sheet` is the one to analyse first. */
  async open(name: string, bytes: Uint8Array, onStage: (stage: Stage) => void): Promise<{ sheets: string[]; sheet: number }> {
    const reply = await this.request({ type: 'open', name, bytes }, onStage);
    return reply.type === 'opened' ? { sheets: reply.sheets, sheet: reply.sheet } : unexpected(reply);
  }

  /** Analyses one sheet of the open workbook. */
  async analyse(sheet: number, ruleset: Ruleset, lang: Lang, mapping: ColumnMapping, onStage: (stage: Stage) => void): Promise<AnalysisView> {
    const reply = await this.request({ type: 'analyse', sheet, ruleset, lang, mapping }, onStage);
    return reply.type === 'analysed' ? reply.view : unexpected(reply);
  }

  /** The annotated copy of the last analysis, with what the copy had to do that the user should know. */
  async write(comparison: Comparison | null, ruleset: Ruleset, lang: Lang, onStage: (stage: Stage) => void, plan: CountyPlan | null = null): Promise<Written> {
    const reply = await this.request({ type: 'write', comparison, plan, ruleset, lang }, onStage);
    return reply.type === 'written' ? { bytes: reply.bytes, notes: reply.notes } : unexpected(reply);
  }

  /** The last analysis's whole read (records included), for planning on the page. */
  async read(): Promise<SheetRead> {
    const reply = await this.request({ type: 'read' }, () => undefined);
    return reply.type === 'read' ? reply.read : unexpected(reply);
  }

  /** The last analysis as a check, for a comparison with an earlier check. */
  async check(): Promise<Check> {
    const reply = await this.request({ type: 'check' }, () => undefined);
    return reply.type === 'check' ? reply.check : unexpected(reply);
  }

  /** The what-if copy: the open .xlsx with the plan's additions added to its cells. */
  async writePlanned(plan: CountyPlan, onStage: (stage: Stage) => void): Promise<Uint8Array> {
    const reply = await this.request({ type: 'write-planned', plan }, onStage);
    return reply.type === 'written' ? reply.bytes : unexpected(reply);
  }

  /** An earlier workbook or result document, read to compare with. */
  async earlier(name: string, bytes: Uint8Array, ruleset: Ruleset, lang: Lang): Promise<EarlierRead> {
    const reply = await this.request({ type: 'earlier', name, bytes, ruleset, lang }, () => undefined);
    return reply.type === 'earlier' ? reply.read : unexpected(reply);
  }

  private request(body: Body, onStage: (stage: Stage) => void): Promise<FinalReply> {
    const request = { ...body, id: this.nextId++ } as Request;
    if (request.type === 'open') {
      this.state.open = request;
      delete this.state.analyse;
    }
    if (request.type === 'analyse') this.state.analyse = request;
    return new Promise<FinalReply>((resolve, reject) => {
      this.pending.set(request.id, { request, onStage, parts: [], resolve, reject });
      void this.sender().then((send) => send(request));
    }).then((reply) => (reply.type === 'failed' ? Promise.reject(new AnalysisError(reply.message, reply.text)) : reply));
  }

  private sender(): Promise<Send> {
    if (this.send === null) {
      const onReply = (reply: Reply) => this.receive(reply);
      const worker = this.spawn(onReply, () => this.fallBack());
      this.send =
        worker === null ? this.spawnInline(onReply, () => this.fallBack()).then((inline) => inline ?? startHere(onReply)) : Promise.resolve(worker);
    }
    return this.send;
  }

  private receive(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (pending === undefined) return;
    if (reply.type === 'stage') pending.onStage(reply.stage);
    else if (reply.type === 'part') pending.parts.push(reply.part);
    else {
      this.pending.delete(reply.id);
      pending.resolve(joinLongArrays(reply, pending.parts));
    }
  }

  /** The worker failed to load or crashed: run its open workbook and every waiting request here. */
  private fallBack(): void {
    this.send = startHere((reply) => this.receive(reply));
    const waiting = [...this.pending.values()].map((p) => {
      p.parts = [];
      return p.request;
    });
    const replay = [this.state.open, this.state.analyse].filter((r): r is Request => r !== undefined && !this.pending.has(r.id));
    void this.send.then((send) => [...replay, ...waiting].sort((a, b) => a.id - b.id).forEach(send));
  }
}

function unexpected(reply: FinalReply): never {
  throw new Error(`unexpected reply from the analysis worker: ${reply.type}`);
}
