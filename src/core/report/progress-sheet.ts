/**
 * 均衡-整改进展: the printable comparison with the earlier check — the one line,
 * the counts for the 工作进展报告, each CV then and now, every ledger item of
 * either check with its status, and the schools that came and went.
 */
import { COMPARE_TEXT, PROGRESS_LABELS, STATUS_LABELS } from '../compare/messages';
import { comparisonHeadline, type CheckRef, type ComparedItem, type Comparison, type SchoolRef } from '../compare/compare';
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

const WIDTH = 12;

const STATUS_STYLE: Partial<Record<ComparedItem['status'], ReportStyle>> = { closed: 'pass', worse: 'fail', new: 'fail' };

function checkText(check: CheckRef, lang: Lang): string {
  return phrase(PROGRESS_LABELS.checkRef, lang, {
    file: check.file ?? localize(PROGRESS_LABELS.unknownFile, lang),
    ruleset: check.ruleset,
    date: check.date === null ? '' : phrase(PROGRESS_LABELS.checkDate, lang, { date: check.date.slice(0, 10) }),
  });
}

function addCounts(draft: SheetDraft, comparison: Comparison, lang: Lang): void {
  const { counts } = comparison;
  const columns: [string, number][] = [
    [localize(PROGRESS_LABELS.start, lang), counts.start],
    [localize(STATUS_LABELS.closed, lang), counts.closed],
    [localize(STATUS_LABELS.improved, lang), counts.improved],
    [localize(STATUS_LABELS.unchanged, lang), counts.unchanged],
    [localize(STATUS_LABELS.worse, lang), counts.worse],
    [localize(STATUS_LABELS.new, lang), counts.new],
    [localize(PROGRESS_LABELS.nowTotal, lang), counts.now],
    [localize(STATUS_LABELS.removed, lang), counts.removed],
    [localize(STATUS_LABELS.undecided, lang), counts.undecided],
  ];
  addBanner(draft, localize(PROGRESS_LABELS.countsTitle, lang), WIDTH, 'title');
  addRow(draft, columns.map(([label]) => textCell(label, 'header')));
  addRow(draft, columns.map(([, n]) => numberCell(n, '0')));
}

function cvLabel(id: string, defs: Map<string, CheckIndicator>, lang: Lang): string {
  if (id === 'composite') return localize(LABELS.composite, lang);
  const def = defs.get(id);
  return def === undefined ? id : localize(def.name, lang);
}

function addCvs(draft: SheetDraft, comparison: Comparison, defs: Map<string, CheckIndicator>, lang: Lang): void {
  addBanner(draft, localize(PROGRESS_LABELS.cvsTitle, lang), WIDTH, 'title');
  const headers = [LABELS.section, LABELS.indicator, PROGRESS_LABELS.before, PROGRESS_LABELS.now, PROGRESS_LABELS.change, LABELS.limit, PROGRESS_LABELS.verdictBefore, PROGRESS_LABELS.verdictNow];
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
    textCell(localize(STATUS_LABELS[item.status], lang), STATUS_STYLE[item.status] ?? 'body'),
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
  addBanner(draft, localize(PROGRESS_LABELS.itemsTitle, lang), WIDTH, 'title');
  const headers = [
    LABELS.serial,
    PROGRESS_LABELS.status,
    LABELS.section,
    LABELS.school,
    PROGRESS_LABELS.nameBefore,
    LABELS.indicator,
    LABELS.standard,
    PROGRESS_LABELS.valueBefore,
    PROGRESS_LABELS.valueNow,
    PROGRESS_LABELS.shortfallBefore,
    PROGRESS_LABELS.shortfallNow,
    LABELS.shortfallUnit,
  ];
  addRow(draft, headers.map((label) => textCell(localize(label, lang), 'header')));
  if (comparison.items.length === 0) addBanner(draft, localize(COMPARE_TEXT.noItems, lang), WIDTH, 'note');
  comparison.items.forEach((item, i) => addRow(draft, itemRow(item, i + 1, defs, lang)));
}

function addSchools(draft: SheetDraft, comparison: Comparison, lang: Lang): void {
  const { schools } = comparison;
  const separator = localize(PROGRESS_LABELS.separator, lang);
  const names = (list: SchoolRef[]) =>
    list.length === 0 ? localize(PROGRESS_LABELS.none, lang) : [...new Set(list.map((s) => entryName(s, lang)))].join(separator);
  const hand = schools.matched.filter((pair) => pair.by === 'hand');
  addBanner(draft, localize(PROGRESS_LABELS.schoolsTitle, lang), WIDTH, 'title');
  if (schools.added.length === 0 && schools.removed.length === 0 && hand.length === 0) {
    addBanner(draft, localize(PROGRESS_LABELS.sameSchools, lang), WIDTH, 'plain');
    return;
  }
  addBanner(draft, phrase(PROGRESS_LABELS.removedSchools, lang, { names: names(schools.removed) }), WIDTH, 'plain');
  addBanner(draft, phrase(PROGRESS_LABELS.addedSchools, lang, { names: names(schools.added) }), WIDTH, 'plain');
  if (hand.length > 0) {
    const pairs = hand.map((pair) => phrase(PROGRESS_LABELS.pair, lang, { before: entryName(pair.before, lang), now: entryName(pair.now, lang) }));
    addBanner(draft, phrase(PROGRESS_LABELS.handPairs, lang, { pairs: [...new Set(pairs)].join(separator) }), WIDTH, 'plain');
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
  addBanner(draft, localize(PROGRESS_LABELS.title, lang), WIDTH, 'title');
  addBanner(draft, phrase(PROGRESS_LABELS.checks, lang, { before: checkText(comparison.before, lang), now: checkText(comparison.now, lang) }), WIDTH, 'note');
  addBanner(draft, comparisonHeadline(comparison.counts, lang), WIDTH, 'plain');
  for (const note of comparison.notes) addBanner(draft, note, WIDTH, 'note');
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
    title: localize(PROGRESS_LABELS.title, lang),
    titleRows: { first: 1, last: 1 },
    breaksBefore: [],
  };
}
