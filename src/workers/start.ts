/**
 * Starting a Web Worker from a file next to the page, shared by the web page's
 * analysis worker and the task pane's check worker. A worker that fails to load
 * or crashes is terminated and reported once through `onBroken`, so the caller
 * can run its work on the page's own thread instead.
 */

/** Posts one request to a started worker. */
export type Send<Request> = (request: Request) => void;

/**
 * Wires a started worker: its replies go to `onReply`, a load failure or crash to `onBroken`.
 *
 * @example
 * const send = listen<Request, Reply>(new Worker(url), receive, fallBack);
 */
export function listen<Request, Reply>(worker: Worker, onReply: (reply: Reply) => void, onBroken: () => void): Send<Request> {
  worker.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
  worker.onerror = () => {
    worker.terminate();
    onBroken();
  };
  return (request) => worker.postMessage(request);
}

/**
 * A Worker running `file` (resolved against the page's address), or null when
 * this page cannot start one (no Worker in jsdom or old webviews; Chromium on file://).
 *
 * @example
 * const send = startWorker<Request, Reply>('pane-worker.js', receive, fallBack) ?? runHere;
 */
export function startWorker<Request, Reply>(file: string, onReply: (reply: Reply) => void, onBroken: () => void): Send<Request> | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return listen<Request, Reply>(new Worker(new URL(file, document.baseURI)), onReply, onBroken);
  } catch {
    return null;
  }
}
