/**
 * The task pane's check worker (webpack entry `pane-worker`): recognising the
 * schools, analysing and building the findings run here, off the pane's thread.
 * It loads nothing from the network; its only input is the pane's messages.
 */
import { handleCheck } from './handler';
import type { CheckReply, CheckRequest } from './protocol';

const scope = self as unknown as {
  postMessage: (message: CheckReply) => void;
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
};

scope.onmessage = (event) => void handleCheck(event.data, (reply) => scope.postMessage(reply));
