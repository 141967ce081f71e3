/**
 * 整改台账 (rectification ledger): every indicator a school misses, with what is
 * missing to the standard and to the floor in the resource's own unit.
 */
import { fill, localize, sectionLabel } from '../present';
import { presentShortfall } from '../format';
import type { AnalysisResult, IndicatorDef, IndicatorResult, Lang, Ruleset, SchoolResult } from '../types';
import { addBanner, addRow, newDraft, numberCell, textCell } from './cells';
import { buildFindings } from '../findings';
import { renderMessage } from '../messages/render';
import { LABELS } from './labels';
import { entryName, reportSheetName } from './names';
import { verdictCell } from './county';
import { standardFormat, valueStyle } from './schools';
import type { ReportCell, ReportSheet } from './types';

/** One missed indicator of one school entry. */
export interface LedgerEntry {
  school: SchoolResult;
  def: IndicatorDef;
  indicator: IndicatorResult;
  /** How far the value is from the standard, as a share of the standard. */
  gap: number;
}

/**
 * The gap as a share of the standard: |value − standard| ÷ standard. For a
 * per-pupil indicator this equals the shortfall ÷ the resource the standard asks
 * for, so gaps compare across units (㎡ against 元) and school sizes, which the
 * raw shortfalls do not: 500 ㎡ missing in a big school can be a smaller problem
 * than 50 ㎡ in a small one.
 *
 * @example
 * relativeGap(3.6, 4.5); // 0.2
 */
export function relativeGap(value: number, standard: number): number {
  return Math.abs(value - standard) / standard;
}

/**
 * Every indicator an analysed school misses, biggest relative gap first
 * (ties in sheet order). Schools that still pass the school rule (6 of 7) are
 * listed too: their missed indicator needs rectifying as well.
 *
 * @example
 * ledgerEntries(result, QUALITY_2017)[0].gap; // the largest gap
 */
export function ledgerEntries(result: Pick<AnalysisResult, 'schools'>, ruleset: Ruleset): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const school of result.schools) {
    if (school.excluded) continue;
    for (const def of ruleset.indicators) {
      const indicator = school.indicators[def.id];
      if (indicator?.meets !== false || indicator.value === null || !indicator.standard) continue;
      entries.push({ school, def, indicator, gap: relativeGap(indicator.value, indicator.standard) });
    }
  }
  const order = (entry: LedgerEntry) => ruleset.indicators.indexOf(entry.def);
  return entries.sort((a, b) => b.gap - a.gap || a.school.row - b.school.row || order(a) - order(b));
}

function shortfallCell(def: IndicatorDef, x: number | null): ReportCell {
  // presentShortfall rounds counted things up (2.1 teachers missing: hire 3).
  return numberCell(presentShortfall(def, x), def.countable ? '0' : '0.00');
}

function entryRow(entry: LedgerEntry, serial: number, lang: Lang): ReportCell[] {
  const { school, def, indicator } = entry;
  return [
    numberCell(serial, '0'),
    textCell(school.section === null ? '' : sectionLabel(school.section, lang)),
    textCell(entryName(school, lang)),
    numberCell(school.row, '0'),
    textCell(localize(def.name, lang)),
    numberCell(indicator.value, '0.00', valueStyle(indicator)),
    numberCell(indicator.standard, standardFormat(def.direction)),
    shortfallCell(def, indicator.shortfall),
    shortfallCell(def, indicator.shortfallToFloor),
    textCell(localize(def.unit, lang)),
    numberCell(entry.gap, '0.0%'),
    verdictCell(school.passes, lang),
  ];
}

/**
 * The 整改台账 sheet.
 *
 * @example
 * buildLedgerSheet(result, QUALITY_2017, 'zh').rows[3][2].value; // the school with the biggest gap
 */
export function buildLedgerSheet(result: AnalysisResult, ruleset: Ruleset, lang: Lang): ReportSheet {
  const draft = newDraft();
  const { floorRatio } = ruleset.schoolRule;
  const headers = [
    localize(LABELS.serial, lang),
    localize(LABELS.section, lang),
    localize(LABELS.school, lang),
    localize(LABELS.sourceRow, lang),
    localize(LABELS.indicator, lang),
    localize(LABELS.value, lang),
    localize(LABELS.standard, lang),
    localize(LABELS.shortfall, lang),
    floorRatio === null
      ? localize(LABELS.shortfallToFloor, lang)
      : fill(localize(LABELS.shortfallToFloorRatio, lang), { ratio: `${Math.round(floorRatio * 100)}%` }),
    localize(LABELS.shortfallUnit, lang),
    localize(LABELS.gap, lang),
    localize(LABELS.schoolVerdict, lang),
  ];
  addBanner(draft, `${localize(LABELS.ledgerTitle, lang)} — ${localize(ruleset.name, lang)}`, headers.length, 'title');
  addBanner(draft, localize(LABELS.ledgerNote, lang), headers.length, 'note');
  addRow(draft, headers.map((header) => textCell(header, 'header')));
  const entries = ledgerEntries(result, ruleset);
  const findings = buildFindings(result, ruleset);
  if (!findings.judgesSchools) {
    addBanner(draft, renderMessage('counts-schools-not-judged', {}, lang, 'sheet'), headers.length, 'note');
  } else if (entries.length === 0) {
    addBanner(draft, renderMessage('ledger-empty', {}, lang, 'sheet'), headers.length, 'note');
  }
  entries.forEach((entry, i) => addRow(draft, entryRow(entry, i + 1, lang)));
  if (findings.undecided.length > 0) addBanner(draft, renderMessage('ledger-undecided', { n: findings.undecided.length }, lang, 'sheet'), headers.length, 'note');
  return {
    key: 'ledger',
    name: reportSheetName('ledger', lang),
    ...draft,
    widths: [6, 8, 28, 8, 34, 10, 10, 14, 14, 8, 10, 12],
    freeze: { rows: 3, columns: 0 },
  };
}
