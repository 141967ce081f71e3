/**
 * The check worker's work for one request, apart from the worker's global scope so it can be tested.
 */
import { splitLongArrays } from '../../workers/parts';
import { checkSteps, runSteps } from './compute';
import type { CheckReply, CheckRequest } from './protocol';

/**
 * Computes one check, posting its stages, then its outcome in parts, or the failure.
 *
 * @example
 * await handleCheck(request, (reply) => self.postMessage(reply));
 */
export async function handleCheck(request: CheckRequest, post: (reply: CheckReply) => void): Promise<void> {
  const { id, grid, overrides, ruleset, lang } = request;
  try {
    const outcome = await runSteps(checkSteps(grid, overrides, ruleset, lang), (stage) => post({ id, type: 'stage', stage }), () => Promise.resolve());
    const { head, parts } = splitLongArrays(outcome);
    for (const part of parts) post({ id, type: 'part', part });
    post({ id, type: 'computed', outcome: head });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
