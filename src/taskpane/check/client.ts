/**
 * The pane's side of the check worker: a `CheckCompute` that sends the grid to
 * the worker (started from `PANE_WORKER_FILE`, next to the pane's page) and
 * resolves with its outcome, joined from the parts it arrives in, reporting the worker's stages on the way. Where no
 * worker can start (jsdom, old webviews) or the worker fails to load or
 * crashes, the same steps run on the pane's thread (`computeInPlace`).
 */
import { joinLongArrays, type Part } from '../../workers/parts';
import { startWorker, type Send } from '../../workers/start';
import { computeInPlace, type CheckCompute, type CheckComputed, type ComputeStage } from './compute';
import type { CheckReply, CheckRequest } from './protocol';

/** The worker's file, next to taskpane.html (webpack entry `pane-worker`). */
export const PANE_WORKER_FILE = 'pane-worker.js';

type Spawn = (onReply: (reply: CheckReply) => void, onBroken: () => void) => Send<CheckRequest> | null;

interface Pending {
  request: CheckRequest;
  onStage: (stage: ComputeStage) => void;
  /** The parts of the outcome received so far. */
  parts: Part[];
  resolve: (outcome: CheckComputed) => void;
  reject: (error: Error) => void;
}

function startPaneWorker(onReply: (reply: CheckReply) => void, onBroken: () => void): Send<CheckRequest> | null {
  return startWorker<CheckRequest, CheckReply>(PANE_WORKER_FILE, onReply, onBroken);
}

/**
 * A check computed in the pane's worker, started on the first check and kept for the next ones.
 *
 * @example
 * const compute = createCheckWorker();
 * await runCheck(gateway, location, {}, QUALITY_2017, 'zh', setStep, compute);
 */
export function createCheckWorker(spawn: Spawn = startPaneWorker, fallback: CheckCompute = computeInPlace): CheckCompute {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  /** undefined until the first check; null when no worker runs. */
  let send: Send<CheckRequest> | null | undefined;

  function runHere({ request, onStage, resolve, reject }: Pending): void {
    fallback(request.grid, request.overrides, request.ruleset, request.lang, onStage).then(resolve, reject);
  }

  function receive(reply: CheckReply): void {
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    if (reply.type === 'stage') return waiting.onStage(reply.stage);
    if (reply.type === 'part') return void waiting.parts.push(reply.part);
    pending.delete(reply.id);
    if (reply.type === 'computed') waiting.resolve(joinLongArrays(reply.outcome, waiting.parts));
    else waiting.reject(new Error(reply.message));
  }

  /** The worker failed to load or crashed: every waiting check runs here, and the next ones too. */
  function fallBack(): void {
    send = null;
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach(runHere);
  }

  return (grid, overrides, ruleset, lang, onStage) =>
    new Promise<CheckComputed>((resolve, reject) => {
      const check: Pending = { request: { id: nextId++, grid, overrides, ruleset, lang }, onStage, parts: [], resolve, reject };
      if (send === undefined) send = spawn(receive, fallBack);
      if (send === null) return runHere(check);
      pending.set(check.request.id, check);
      try {
        send(check.request);
      } catch {
        pending.delete(check.request.id);
        runHere(check);
      }
    });
}
