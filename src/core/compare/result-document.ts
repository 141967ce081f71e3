/**
 * An earlier check from a saved result document (`junheng analyze … --json > 结果.json`)
 * or a saved snapshot. The file comes from outside: it is validated with zod (result-document-schema.ts)
 * and a damaged one gets a message naming the field, never a crash.
 */
import { getBuiltinRuleset } from '../rulesets';
import type { Ruleset } from '../types';
import { checkOf, type Check } from './check';
import { isSnapshot, readSnapshot, type SnapshotRead } from './snapshot';
import { renderBoth } from '../messages/render';

/** The schema (zod), loaded when an earlier result document is read: zod's start-up is not paid by a run that reads none. */
function resultDocumentSchema(): typeof import('./result-document-schema') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return require('./result-document-schema');
}

/**
 * An earlier check from parsed JSON: a saved snapshot (any known version) or a
 * result document. A result document is read with the built-in ruleset it names,
 * else with `ruleset` (a provincial ruleset is not saved in the document).
 *
 * @example
 * readEarlierCheck(JSON.parse(text), QUALITY_2017); // { ok: true, check }
 * readEarlierCheck({ schools: 3 }, QUALITY_2017).ok;  // false, with the field named
 */
export function readEarlierCheck(json: unknown, ruleset: Ruleset): SnapshotRead {
  if (isSnapshot(json)) return readSnapshot(json);
  const parsed = resultDocumentSchema().resultDocument.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join('.');
    return { ok: false, problem: renderBoth('snapshot-not-result', { detail: `${path === '' ? '(root)' : path}: ${issue.message}` }, 'sheet') };
  }
  const document = parsed.data;
  const check: Check = checkOf(document, getBuiltinRuleset(document.ruleset) ?? ruleset);
  return { ok: true, check };
}
