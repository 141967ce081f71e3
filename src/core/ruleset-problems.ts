/**
 * What is wrong with a user ruleset, before it is words: the field path, a
 * catalogue code and its parameters. Each surface renders a problem in the
 * user's language (and may name the path in its own words: the pane's editor
 * says "允许不达标的指标数" for schoolRule.maxMisses).
 */
import type { z } from 'zod';
import { appendAll } from './arrays';
import { CATALOGUE, type MessageCode } from './messages/catalogue';
import { renderMessage } from './messages/render';
import type { Params, Surface } from './messages/types';
import type { L10n, Lang } from './types';

/** One problem of a ruleset: where (e.g. 'indicators[2].standard.primary', '' for the whole), and what. */
export interface RulesetProblem {
  path: string;
  code: MessageCode;
  params: Params;
}

type Issue = z.core.$ZodIssue;

const JSON_TYPES = new Map<string, MessageCode>([
  ['number', 'json-number'],
  ['int', 'json-int'],
  ['string', 'json-string'],
  ['boolean', 'json-boolean'],
  ['object', 'json-object'],
  ['array', 'json-array'],
  ['null', 'json-null'],
]);

function typeName(expected: string): L10n | string {
  const code = JSON_TYPES.get(expected);
  return code === undefined ? expected : CATALOGUE[code];
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function quoted(values: readonly unknown[]): string[] {
  return values.map((v) => JSON.stringify(v));
}

/** One issue as a code and parameters, without its path. */
function describeIssue(issue: Issue): Pick<RulesetProblem, 'code' | 'params'> {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined) {
    return { code: 'ruleset-missing', params: {} };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'ruleset-type', params: { type: typeName(issue.expected) } };
    case 'too_small':
      if (issue.origin === 'array') return { code: 'ruleset-too-few', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'string') return { code: 'ruleset-empty', params: {} };
      return { code: issue.inclusive ? 'ruleset-at-least' : 'ruleset-above', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'ruleset-at-most', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { code: 'ruleset-unknown-value', params: { value: JSON.stringify(issue.input), values: quoted(issue.values) } };
    case 'unrecognized_keys':
      return { code: 'ruleset-unknown-keys', params: { keys: quoted(issue.keys) } };
    case 'invalid_format':
      return { code: 'ruleset-id-format', params: {} };
    case 'invalid_union': {
      const names = issue.errors.flatMap((branch) =>
        branch.flatMap((i) => (i.code === 'invalid_type' && i.path.length === 0 ? [typeName(i.expected)] : [])),
      );
      if (names.length === 0) return { code: 'ruleset-invalid', params: {} };
      return names.length === 1 ? { code: 'ruleset-type', params: { type: names[0] } } : { code: 'ruleset-type-any', params: { types: names } };
    }
    default:
      return { code: 'ruleset-invalid', params: {} };
  }
}

/**
 * Flattens union failures: when exactly one branch got past the type check
 * (an object whose `zh` is a number), its issues say what is wrong.
 */
function flattenIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): Issue[] {
  const flat: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const deeper = issue.errors.filter(
        (branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0),
      );
      if (deeper.length === 1) {
        appendAll(flat, flattenIssues(deeper[0], path));
        continue;
      }
    }
    flat.push({ ...issue, path } as Issue);
  }
  return flat;
}

/**
 * zod's issues as ruleset problems, each with its field path.
 *
 * @example
 * issueProblems(schema.safeParse({}).error.issues)[0];
 * // { path: 'id', code: 'ruleset-missing', params: {} }
 */
export function issueProblems(issues: readonly Issue[]): RulesetProblem[] {
  return flattenIssues(issues).map((issue) => ({ path: formatPath(issue.path), ...describeIssue(issue) }));
}

/**
 * Indicator ids must be unique. Checked on the raw JSON so that duplicates are
 * reported together with any other problem (zod skips refinements of invalid data).
 *
 * @example
 * duplicateIdProblems({ indicators: [{ id: 'a' }, { id: 'a' }] });
 * // [{ path: 'indicators[1].id', code: 'ruleset-duplicate-id', params: { id: 'a' } }]
 */
export function duplicateIdProblems(json: unknown): RulesetProblem[] {
  const indicators = (json as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(indicators)) return [];
  const problems: RulesetProblem[] = [];
  const seen = new Set<string>();
  indicators.forEach((def: unknown, i) => {
    const id = (def as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) problems.push({ path: `indicators[${i}].id`, code: 'ruleset-duplicate-id', params: { id } });
    seen.add(id);
  });
  return problems;
}

/**
 * A problem in words, in one language, led by its path (or the surface's own
 * name for that field, `label`).
 *
 * @example
 * rulesetProblemText({ path: 'name', code: 'ruleset-missing', params: {} }, 'zh', 'cli'); // 'name：缺少此项'
 * rulesetProblemText({ path: 'name', code: 'ruleset-missing', params: {} }, 'en', 'pane', 'Name'); // 'Name: is missing'
 */
export function rulesetProblemText(problem: RulesetProblem, lang: Lang, surface: Surface, label: string = problem.path): string {
  const text = renderMessage(problem.code, problem.params, lang, surface);
  return label === '' ? text : renderMessage('ruleset-problem-line', { path: label, problem: text }, lang, surface);
}
