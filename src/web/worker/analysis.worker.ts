/**
 * The web page's analysis worker (webpack entry `web-worker`): reading the
 * workbook, analysing and writing the annotated copy run here, off the page's
 * thread. It loads nothing from the network; its only input is the page's messages.
 */
import { createHandler } from './handler';
import type { Request } from './protocol';

const scope = self as unknown as {
  postMessage: (message: unknown, transfer: Transferable[]) => void;
  onmessage: ((event: MessageEvent<Request>) => void) | null;
};

const handle = createHandler({ post: (reply, transfer) => scope.postMessage(reply, transfer) });
scope.onmessage = (event) => void handle(event.data);
