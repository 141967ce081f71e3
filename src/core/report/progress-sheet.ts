/**
 * 均衡-整改进展: the printable comparison with the earlier check — the one line,
 * the counts for the 工作进展报告, each CV then and now, every ledger item of
 * either check with its status, and the schools that came and went.
 */
import { comparisonHeadline, comparisonNotes, type CheckRef, type ComparedItem, type Comparison, type SchoolRef } from '../compare/compare';
import type { CheckIndicator } from '../compare/check';
import { localize, phrase, sectionLabel } from '../present';
import { presentShortfall } from '../format';
import type { Lang } from '../types';
import { addBanner, addGap, addRow, emptyCell, newDraft, numberCell, textCell, type SheetDraft } from './cells';
import { verdictCell } from './county';
import { LABELS } from './labels';
import { entryName, reportSheetName } from './names';
import type { SheetBody } from './print';
import type { ReportCell, ReportStyle } from './types';
import { renderMessage } from '../messages/render';
import { CATALOGUE } from '../messages/catalogue';

const WIDTH = 12;

const STATUS_STYLE: Partial<Record<ComparedItem['status'], ReportStyle>> = { closed: 'pass', worse: 'fail', new: 'fail' };

function checkText(check: CheckRef, lang: Lang): string {
  return renderMessage('progress-check-ref', {
    file: check.file ?? localize(CATALOGUE['progress-unknown-file'], lang),
    ruleset: check.ruleset,
    date: check.date === null ? '' : phrase(CATALOGUE['progress-check-date'], lang, { date: check.date.slice(0, 10) }),
  }, lang, 'sheet');
}

function addCounts(draft: SheetDraft, comparison: Comparison, lang: Lang): void {
  const { counts } = comparison;
  const columns: [string, number][] = [
    [renderMessage('progress-start', {}, lang, 'sheet'), counts.start],
    [renderMessage('item-status-closed', {}, lang, 'sheet'), counts.closed],
    [renderMessage('item-status-improved', {}, lang, 'sheet'), counts.improved],
    [renderMessage('item-status-unchanged', {}, lang, 'sheet'), counts.unchanged],
    [renderMessage('item-status-worse', {}, lang, 'sheet'), counts.worse],
    [renderMessage('item-status-new', {}, lang, 'sheet'), counts.new],
    [renderMessage('progress-now-total', {}, lang, 'sheet'), counts.now],
    [renderMessage('item-status-removed', {}, lang, 'sheet'), counts.removed],
    [renderMessage('item-status-undecided', {}, lang, 'sheet'), counts.undecided],
  ];
  addBanner(draft, renderMessage('progress-counts-title', {}, lang, 'sheet'), WIDTH, 'title');
  addRow(draft, columns.map(([label]) => textCell(label, 'header')));
  addRow(draft, columns.map(([, n]) => numberCell(n, '0')));
}

function cvLabel(id: string, defs: Map<string, CheckIndicator>, lang: Lang): string {
  if (id === 'composite') return localize(LABELS.composite, lang);
  const def = defs.get(id);
  return def === undefined ? id : localize(def.name, lang);
}

function addCvs(draft: SheetDraft, comparison: Comparison, defs: Map<string, CheckIndicator>, lang: Lang): void {
  addBanner(draft, renderMessage('progress-cvs-title', {}, lang, 'sheet'), WIDTH, 'title');
  const headers = [LABELS.section, LABELS.indicator, CATALOGUE['progress-before'], CATALOGUE['progress-now'], CATALOGUE['progress-change'], LABELS.limit, CATALOGUE['progress-verdict-before'], CATALOGUE['progress-verdict-now']];
  addRow(draft, headers.map((label) => textCell(localize(label, lang), 'header')));
  for (const cv of comparison.cvs) {
    addRow(draft, [
      textCell(sectionLabel(cv.section, lang)),
      textCell(cvLabel(cv.indicator, defs, lang)),
      numberCell(cv.before, '0.000'),
      numberCell(cv.now, '0.000'),
      numberCell(cv.change, '+0.000;-0.000;0.000'),
      numberCell(cv.limit, '0.00'),
      cv.limit === null ? emptyCell() : verdictCell(cv.passesBefore, lang),
      cv.limit === null ? emptyCell() : verdictCell(cv.passesNow, lang),
    ]);
  }
}

function shortfallCell(def: CheckIndicator | undefined, x: number | null | undefined): ReportCell {
  const countable = def?.countable ?? false;
  return numberCell(presentShortfall({ countable }, x ?? null), countable ? '0' : '0.00');
}

function itemRow(item: ComparedItem, serial: number, defs: Map<string, CheckIndicator>, lang: Lang): ReportCell[] {
  const def = defs.get(item.indicator);
  const school = item.now ?? item.before;
  return [
    numberCell(serial, '0'),
    textCell(renderMessage(`item-status-${item.status}` as const, {}, lang, 'sheet'), STATUS_STYLE[item.status] ?? 'body'),
    textCell(sectionLabel(item.section, lang)),
    textCell(school?.name ?? ''),
    textCell(item.before !== null && item.now !== null && item.before.name !== item.now.name ? item.before.name : ''),
    textCell(def === undefined ? item.indicator : localize(def.name, lang)),
    numberCell(item.standard, '0.00'),
    numberCell(item.before?.value ?? null, '0.00'),
    numberCell(item.now?.value ?? null, '0.00'),
    shortfallCell(def, item.before?.shortfall),
    shortfallCell(def, item.now?.shortfall),
    textCell(def === undefined ? '' : localize(def.unit, lang)),
  ];
}

function addItems(draft: SheetDraft, comparison: Comparison, defs: Map<string, CheckIndicator>, lang: Lang): void {
  addBanner(draft, renderMessage('progress-items-title', {}, lang, 'sheet'), WIDTH, 'title');
  const headers = [
    LABELS.serial,
    CATALOGUE['progress-status'],
    LABELS.section,
    LABELS.school,
    CATALOGUE['progress-name-before'],
    LABELS.indicator,
    LABELS.standard,
    CATALOGUE['progress-value-before'],
    CATALOGUE['progress-value-now'],
    CATALOGUE['progress-shortfall-before'],
    CATALOGUE['progress-shortfall-now'],
    LABELS.shortfallUnit,
  ];
  addRow(draft, headers.map((label) => textCell(localize(label, lang), 'header')));
  if (comparison.items.length === 0) addBanner(draft, renderMessage('compare-no-items', {}, lang, 'sheet'), WIDTH, 'note');
  comparison.items.forEach((item, i) => addRow(draft, itemRow(item, i + 1, defs, lang)));
}

function addSchools(draft: SheetDraft, comparison: Comparison, lang: Lang): void {
  const { schools } = comparison;
  const separator = renderMessage('list-separator', {}, lang, 'sheet');
  const names = (list: SchoolRef[]) =>
    list.length === 0 ? renderMessage('progress-none', {}, lang, 'sheet') : [...new Set(list.map((s) => entryName(s, lang)))].join(separator);
  const hand = schools.matched.filter((pair) => pair.by === 'hand');
  addBanner(draft, renderMessage('progress-schools-title', {}, lang, 'sheet'), WIDTH, 'title');
  if (schools.added.length === 0 && schools.removed.length === 0 && hand.length === 0) {
    addBanner(draft, renderMessage('progress-same-schools', {}, lang, 'sheet'), WIDTH, 'plain');
    return;
  }
  addBanner(draft, renderMessage('progress-removed-schools', { names: names(schools.removed) }, lang, 'sheet'), WIDTH, 'plain');
  addBanner(draft, renderMessage('progress-added-schools', { names: names(schools.added) }, lang, 'sheet'), WIDTH, 'plain');
  if (hand.length > 0) {
    const pairs = hand.map((pair) => renderMessage('progress-pair', { before: entryName(pair.before, lang), now: entryName(pair.now, lang) }, lang, 'sheet'));
    addBanner(draft, renderMessage('progress-hand-pairs', { pairs: [...new Set(pairs)].join(separator) }, lang, 'sheet'), WIDTH, 'plain');
  }
}

/**
 * The 均衡-整改进展 sheet of a comparison.
 *
 * @example
 * buildProgressSheet(comparison, 'zh').rows[2][0].value; // '上次 4 项未达标，已消号 3 项，改善 1 项，新增 1 项…'
 */
export function buildProgressSheet(comparison: Comparison, lang: Lang): SheetBody {
  const defs = new Map(comparison.indicators.map((def) => [def.id, def]));
  const draft = newDraft();
  addBanner(draft, renderMessage('progress-title', {}, lang, 'sheet'), WIDTH, 'title');
  addBanner(draft, renderMessage('progress-checks', { before: checkText(comparison.before, lang), now: checkText(comparison.now, lang) }, lang, 'sheet'), WIDTH, 'note');
  addBanner(draft, comparisonHeadline(comparison.counts, lang), WIDTH, 'plain');
  for (const note of comparisonNotes(comparison, lang, 'sheet')) addBanner(draft, note, WIDTH, 'note');
  addGap(draft);
  addCounts(draft, comparison, lang);
  addGap(draft);
  addCvs(draft, comparison, defs, lang);
  addGap(draft);
  addItems(draft, comparison, defs, lang);
  addGap(draft);
  addSchools(draft, comparison, lang);
  return {
    key: 'progress',
    name: reportSheetName('progress', lang),
    ...draft,
    widths: [8, 12, 10, 28, 20, 34, 10, 10, 10, 12, 12, 8],
    freeze: { rows: 0, columns: 0 },
    title: renderMessage('progress-title', {}, lang, 'sheet'),
    titleRows: { first: 1, last: 1 },
    breaksBefore: [],
  };
}
