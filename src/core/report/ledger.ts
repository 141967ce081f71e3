/**
 * 整改台账 (rectification ledger): every indicator a school misses, with what is
 * missing to the standard and to the floor in the resource's own unit.
 */
import { appendAll } from '../arrays';
import { judgesSchools, undecidedEntries } from '../findings';
import { presentShortfall, roundTo, valueNumFmt } from '../format';
import { renderMessage } from '../messages/render';
import { fill, localize, sectionLabel } from '../present';
import type { AnalysisResult, IndicatorDef, IndicatorResult, Lang, Ruleset, SchoolResult } from '../types';
import { addBanner, addRow, emptyCell, newDraft, numberCell, repeatedTextCells, textCell } from './cells';
import { LABELS } from './labels';
import { entryName, reportSheetName } from './names';
import { nameWidth, standardFormat, valueStyle } from './schools';
import type { SheetBody } from './print';
import type { ReportCell, ReportStyle } from './types';

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

/**
 * The number format of a shortfall, with the resource's unit after the number:
 * whole numbers for counted things, 2 decimals otherwise.
 *
 * @example
 * shortfallFormat(teachingSpace, 'zh'); // '0.00" ㎡"'
 */
export function shortfallFormat(def: IndicatorDef, lang: Lang): string {
  const unit = localize(def.unit, lang).replace(/"/g, '');
  return `${def.countable ? '0' : '0.00'}" ${unit}"`;
}

function shortfallCell(def: IndicatorDef, x: number | null, lang: Lang): ReportCell {
  // presentShortfall rounds counted things up (2.1 teachers missing: hire 3).
  return numberCell(presentShortfall(def, x), shortfallFormat(def, lang));
}

function entryRow(entry: LedgerEntry, serial: number, lang: Lang, repeated: (value: string, style?: ReportStyle) => ReportCell): ReportCell[] {
  const { school, def, indicator } = entry;
  return [
    numberCell(serial, '0'),
    textCell(entryName(school, lang), 'label'),
    repeated(school.section === null ? '' : sectionLabel(school.section, lang)),
    repeated(localize(def.name, lang), 'label'),
    numberCell(indicator.value, valueNumFmt(def), valueStyle(indicator)),
    numberCell(indicator.standard, standardFormat(def)),
    shortfallCell(def, indicator.shortfall, lang),
    shortfallCell(def, indicator.shortfallToFloor, lang),
    // 整改措施、责任人、计划完成时间、完成情况: left for the school to fill in.
    emptyCell(),
    emptyCell(),
    emptyCell(),
    emptyCell(),
  ];
}

/**
 * Ledger entries grouped by school for handing out: the school with the
 * largest relative gap first, each school's entries by gap (ties in sheet order).
 *
 * @example
 * bySchool(ledgerEntries(result, QUALITY_2017)).map((e) => e.school.name); // ['西街小学', '西街小学', '东街小学', …]
 */
export function bySchool(entries: readonly LedgerEntry[]): LedgerEntry[] {
  // Grouped in one pass (a stable sort by each school's first place, without sorting 400 000 entries).
  const groups = new Map<number, LedgerEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.school.row);
    if (group === undefined) groups.set(entry.school.row, [entry]);
    else group.push(entry);
  }
  const ordered: LedgerEntry[] = [];
  for (const group of groups.values()) appendAll(ordered, group);
  return ordered;
}

/**
 * The 整改台账 sheet: a working ledger, one row per missed indicator, with the
 * columns a bureau tracks and the last four left empty for the school.
 *
 * @example
 * buildLedgerSheet(result, QUALITY_2017, 'zh').rows[2].map((c) => c.value); // ['序号', '学校', '学段', '指标', …]
 */
export function buildLedgerSheet(result: AnalysisResult, ruleset: Ruleset, lang: Lang): SheetBody {
  const draft = newDraft();
  const { floorRatio } = ruleset.schoolRule;
  const headers = [
    localize(LABELS.serial, lang),
    localize(LABELS.ledgerSchool, lang),
    localize(LABELS.section, lang),
    localize(LABELS.indicator, lang),
    localize(LABELS.value, lang),
    localize(LABELS.standard, lang),
    localize(LABELS.shortfallWithUnit, lang),
    floorRatio === null
      ? localize(LABELS.shortfallToFloor, lang)
      : fill(localize(LABELS.shortfallToFloorRatio, lang), { ratio: `${roundTo(floorRatio * 100, 1)}%` }),
    localize(LABELS.measures, lang),
    localize(LABELS.responsible, lang),
    localize(LABELS.plannedDate, lang),
    localize(LABELS.progress, lang),
  ];
  const title = localize(LABELS.ledgerTitle, lang);
  addBanner(draft, `${title} — ${localize(ruleset.name, lang)}`, headers.length, 'title');
  addBanner(draft, localize(LABELS.ledgerNote, lang), headers.length, 'note');
  const header = addRow(draft, headers.map((text) => textCell(text, 'header')));
  const entries = bySchool(ledgerEntries(result, ruleset));
  if (!judgesSchools(ruleset)) {
    addBanner(draft, renderMessage('counts-schools-not-judged', {}, lang, 'sheet'), headers.length, 'note');
  } else if (entries.length === 0) {
    addBanner(draft, renderMessage('ledger-empty', {}, lang, 'sheet'), headers.length, 'note');
  }
  const repeated = repeatedTextCells();
  entries.forEach((entry, i) => addRow(draft, entryRow(entry, i + 1, lang, repeated)));
  const undecided = undecidedEntries(result, ruleset).length;
  if (undecided > 0) addBanner(draft, renderMessage('ledger-undecided', { n: undecided }, lang, 'sheet'), headers.length, 'note');
  return {
    key: 'ledger',
    name: reportSheetName('ledger', lang),
    title,
    ...draft,
    widths: [5, nameWidth(result, lang), 6, 22, 9, 10, 11, 11, 28, 9, 11, 11],
    freeze: { rows: header, columns: 0 },
    titleRows: { first: 1, last: header },
    breaksBefore: [],
    writingRows: entries.length === 0 ? undefined : { first: header + 1, last: header + entries.length },
  };
}
