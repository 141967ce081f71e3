/**
 * `analyze <now> --compare <earlier.xlsx|earlier.json> [--pair 旧名=新名 …]`: the
 * comparison with an earlier check (整改消号) on the command line — reading the
 * earlier file (a workbook analysed with the same ruleset, a result document
 * saved with --json, or a saved snapshot; only ever read), and its lines in the
 * text summary. run.ts registers the options and calls these.
 */
import { resolve } from 'path';
import {
  checkOf,
  compareChecks,
  comparisonHeadline,
  comparisonNotes,
  ITEM_STATUSES,
  type Check,
  type ComparedItem,
  type Comparison,
  type ManualPair,
} from '../core/compare';
import { localize, phrase, sectionLabel } from '../core/present';
import { formatCv, formatMean } from '../core/format';
import { itemTexts } from '../core/compare/present-item';
import { LABELS, verdictText } from '../core/report';
import type { AnalysisResult, L10n, Lang, Ruleset } from '../core/types';
import { readEarlier } from '../files/earlier-check';
import { SCHOOL_LIMIT } from './summary';
import { formatTable } from './text-table';
import { renderMessage } from '../core/messages/render';
import { CATALOGUE } from '../core/messages/catalogue';

/** Labels of the command line's own options and its messages about the earlier file. */
export const COMPARE_CLI_TEXT = {
  compareOption: {
    zh: '与上次检查比较（整改消号）：上次的工作簿，或用 --json 保存的结果文档；该文件只读取，不会被修改',
    en: 'compare with an earlier check: the earlier workbook, or a result document saved with --json; the file is only read',
  },
  pairOption: {
    zh: '（可重复）手工配对更名的学校：上次名称=本次名称',
    en: '(repeatable) pair a renamed school by hand: earlier name=current name',
  },
  badPair: { zh: '--pair 需要“上次名称=本次名称”，例如 --pair 石桥乡中心小学=石桥镇中心小学。', en: '--pair needs "earlier name=current name", e.g. --pair 石桥乡中心小学=石桥镇中心小学.' },
  pairWithoutCompare: { zh: '--pair 只在 --compare 时使用。', en: '--pair only applies with --compare.' },
  outIsEarlier: { zh: '--out 不能是上次的文件“{file}”：上次的文件只读取，不会被改写。', en: '--out cannot be the earlier file "{file}": it is only read, never written.' },
} satisfies Record<string, L10n>;

/**
 * `--pair` values as pairs; null when one is not `earlier=current`.
 *
 * @example
 * parsePairs(['石桥乡中心小学=石桥镇中心小学']); // [{ before: '石桥乡中心小学', now: '石桥镇中心小学' }]
 */
export function parsePairs(values: readonly string[]): ManualPair[] | null {
  const pairs: ManualPair[] = [];
  for (const value of values) {
    const [before, now, ...rest] = value.split(/[=＝]/).map((part) => part.trim());
    if (rest.length > 0 || !before || !now) return null;
    pairs.push({ before, now });
  }
  return pairs;
}

/** Collects a repeatable option's values (commander's reducer). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** What `loadEarlier` gives back: the earlier check (null without --compare) and the hand pairs, or what to tell the user. */
export type EarlierLoad =
  | { ok: true; check: Check | null; pairs: ManualPair[] }
  | { ok: false; kind: 'usage' | 'unreadable'; text: string };

/**
 * Checks `--compare` and `--pair` before anything is analysed, then reads the
 * earlier file with `read` (which turns "not found" and friends into messages).
 *
 * @example
 * await loadEarlier({ compare: '2025.json', pair: [] }, { cwd, out: null }, QUALITY_2017, 'zh', read); // { ok: true, check, pairs: [] }
 */
export async function loadEarlier(
  options: { compare?: string; pair?: string[]; sheet?: string },
  paths: { cwd: string; out: string | null },
  ruleset: Ruleset,
  lang: Lang,
  read: (path: string, shown: string) => Promise<Uint8Array>,
): Promise<EarlierLoad> {
  const pairs = parsePairs(options.pair ?? []);
  if (pairs === null) return { ok: false, kind: 'usage', text: phrase(COMPARE_CLI_TEXT.badPair, lang) };
  if (options.compare === undefined) {
    return pairs.length > 0 ? { ok: false, kind: 'usage', text: phrase(COMPARE_CLI_TEXT.pairWithoutCompare, lang) } : { ok: true, check: null, pairs };
  }
  const path = resolve(paths.cwd, options.compare);
  if (path === paths.out) return { ok: false, kind: 'usage', text: phrase(COMPARE_CLI_TEXT.outIsEarlier, lang, { file: options.compare }) };
  const earlier = await readEarlier(await read(path, options.compare), options.compare, ruleset, options.sheet, lang);
  return earlier.ok ? { ok: true, check: earlier.check, pairs } : { ok: false, kind: 'unreadable', text: earlier.text };
}

/**
 * The comparison of this run's result with the earlier check.
 *
 * @example
 * compareWithEarlier(earlier, result, QUALITY_2017, [], 'zh').counts.closed; // items 已消号
 */
export function compareWithEarlier(earlier: Check, result: AnalysisResult, ruleset: Ruleset, pairs: readonly ManualPair[], lang: Lang): Comparison {
  return compareChecks(earlier, checkOf(result, ruleset), { pairs, lang });
}

function cvLines(comparison: Comparison, lang: Lang): string[] {
  const names = new Map(comparison.indicators.map((def) => [def.id, localize(def.name, lang)]));
  const header = [LABELS.section, LABELS.indicator, CATALOGUE['progress-before'], CATALOGUE['progress-now'], CATALOGUE['progress-change'], LABELS.limit, CATALOGUE['progress-verdict-now']];
  const rows = comparison.cvs.map((cv) => [
    sectionLabel(cv.section, lang),
    cv.indicator === 'composite' ? localize(LABELS.composite, lang) : (names.get(cv.indicator) ?? cv.indicator),
    formatCv(cv.before),
    formatCv(cv.now),
    cv.change === null ? '—' : `${cv.change > 0 ? '+' : ''}${formatCv(cv.change)}`,
    cv.limit === null ? '' : formatMean(cv.limit),
    cv.limit === null ? '' : verdictText(cv.passesNow, lang),
  ]);
  return [
    renderMessage('progress-cvs-title', {}, lang, 'cli'),
    ...formatTable([header.map((label) => localize(label, lang)), ...rows], ['left', 'left', 'right', 'right', 'right', 'right', 'left']).map((line) => `  ${line}`),
  ];
}

function itemLine(item: ComparedItem, comparison: Comparison, lang: Lang): string {
  const texts = itemTexts(item, comparison, lang);
  return renderMessage('progress-item-line', { ...texts }, lang, 'cli') + (texts.renamedFrom === '' ? '' : renderMessage('progress-renamed-from', { name: texts.renamedFrom }, lang, 'cli'));
}

function itemLines(comparison: Comparison, lang: Lang): string[] {
  return ITEM_STATUSES.flatMap((status) => {
    const items = comparison.items.filter((item) => item.status === status);
    if (items.length === 0) return [];
    return [
      renderMessage('progress-status-group', { status: localize(CATALOGUE[`item-status-${status}` as const], lang), n: items.length }, lang, 'cli'),
      ...items.slice(0, SCHOOL_LIMIT).map((item) => itemLine(item, comparison, lang)),
      ...(items.length > SCHOOL_LIMIT ? [renderMessage('progress-more-items', { n: items.length - SCHOOL_LIMIT }, lang, 'cli')] : []),
    ];
  });
}

function schoolLines(comparison: Comparison, lang: Lang): string[] {
  const { added, removed, matched } = comparison.schools;
  const separator = renderMessage('list-separator', {}, lang, 'cli');
  const names = (list: { name: string }[]) => (list.length === 0 ? renderMessage('progress-none', {}, lang, 'cli') : [...new Set(list.map((s) => s.name))].join(separator));
  const hand = matched.filter((pair) => pair.by === 'hand');
  if (added.length === 0 && removed.length === 0 && hand.length === 0) return [renderMessage('progress-same-schools', {}, lang, 'cli')];
  const lines = [
    renderMessage('progress-removed-schools', { names: names(removed) }, lang, 'cli'),
    renderMessage('progress-added-schools', { names: names(added) }, lang, 'cli'),
  ];
  if (hand.length > 0) {
    const pairs = [...new Set(hand.map((pair) => renderMessage('progress-pair', { before: pair.before.name, now: pair.now.name }, lang, 'cli')))];
    lines.push(renderMessage('progress-hand-pairs', { pairs: pairs.join(separator) }, lang, 'cli'));
  }
  return lines;
}

/**
 * The comparison as the text summary shows it after the verdict: the one line
 * first, then the counts, the CVs, the items by status and the schools.
 *
 * @example
 * formatComparison(comparison, 'zh').split('\n')[1]; // '上次 4 项未达标，已消号 3 项，…'
 */
export function formatComparison(comparison: Comparison, lang: Lang): string {
  const checkName = (ref: Comparison['before']) => ref.file ?? renderMessage('progress-unknown-file', {}, lang, 'cli');
  const blocks = [
    [
      renderMessage('progress-title', {}, lang, 'cli'),
      comparisonHeadline(comparison.counts, lang),
      renderMessage('progress-checks', { before: checkName(comparison.before), now: checkName(comparison.now) }, lang, 'cli'),
      renderMessage('compare-counts', { ...comparison.counts }, lang, 'cli'),
      ...comparisonNotes(comparison, lang, 'cli'),
    ],
    cvLines(comparison, lang),
    comparison.items.length === 0 ? [renderMessage('compare-no-items', {}, lang, 'cli')] : itemLines(comparison, lang),
    schoolLines(comparison, lang),
  ];
  return blocks.map((block) => block.join('\n')).join('\n\n') + '\n';
}
