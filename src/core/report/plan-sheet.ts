/**
 * The 均衡-整改测算 sheet: per school the additions, per section and indicator
 * the CV before and after, and the totals with the budget when costs are given.
 */
import { localize, sectionLabel } from '../present';
import { formatCv } from '../format';
import type { CountyPlan, PlannedAddition } from '../plan/types';
import { unplannableLines } from '../plan/words';
import type { IndicatorDef, Lang, Ruleset } from '../types';
import { addBanner, addGap, addRow, newDraft, numberCell, textCell } from './cells';
import { entryName, reportSheetName } from './names';
import type { SheetBody } from './print';
import type { ReportCell } from './types';
import { renderMessage } from '../messages/render';
import { PLAN_HEADERS } from './labels';

function amountFormat(def: IndicatorDef): string {
  return def.countable ? '0' : '0.00';
}

function reasonText(addition: PlannedAddition, ruleset: Ruleset, lang: Lang): string {
  const ratio = `${Math.round((ruleset.schoolRule.floorRatio ?? 1) * 100)}%`;
  return addition.reasons.map((r) => renderMessage(`plan-reason-${r}` as const, { ratio }, lang, 'sheet')).join(renderMessage('list-separator', {}, lang, 'sheet'));
}

/** One row per section an addition raises; the addition and its cost on the first. */
function additionRows(addition: PlannedAddition, serial: number, def: IndicatorDef, ruleset: Ruleset, lang: Lang): ReportCell[][] {
  return addition.effects.map((effect, i) => {
    const first = i === 0;
    const part = addition.effects.length > 1 || addition.column !== null ? effect.section : null;
    return [
      first ? numberCell(serial, '0') : textCell(''),
      textCell(entryName({ name: addition.name, part }, lang)),
      numberCell(addition.row, '0'),
      textCell(localize(def.name, lang)),
      textCell(sectionLabel(effect.section, lang)),
      numberCell(effect.current, '0.00'),
      numberCell(effect.target, '0.00', 'pass'),
      first ? numberCell(addition.addition, amountFormat(def)) : textCell(''),
      textCell(localize(def.unit, lang)),
      first && addition.cost !== null ? numberCell(addition.cost, '#,##0') : textCell(''),
      textCell(first ? reasonText(addition, ruleset, lang) : ''),
    ];
  });
}

/**
 * The 整改测算 report sheet of a plan.
 *
 * @example
 * buildPlanSheet(plan, QUALITY_2017, 'zh').name; // '均衡-整改测算'
 */
export function buildPlanSheet(plan: CountyPlan, ruleset: Ruleset, lang: Lang): SheetBody {
  const draft = newDraft();
  const defs = new Map(ruleset.indicators.map((def) => [def.id, def]));
  const width = PLAN_HEADERS.additions.length;
  const header = (labels: { zh: string; en: string }[]) => addRow(draft, labels.map((l) => textCell(localize(l, lang), 'header')));
  addBanner(draft, renderMessage('plan-sheet-title', { ruleset: localize(ruleset.name, lang) }, lang, 'sheet'), width, 'title');
  addBanner(draft, renderMessage('plan-sheet-note', {}, lang, 'sheet'), width, 'note');
  const verification = plan.verification;
  addBanner(draft, verification.passes
    ? renderMessage('plan-verified', { schools: verification.schoolsPlanned, cvs: verification.cvsPlanned }, lang, 'sheet')
    : renderMessage('plan-not-verified', { schools: verification.schoolsStillFailing.length, cvs: verification.cvsStillOver.length }, lang, 'sheet'), width, verification.passes ? 'pass' : 'fail');
  for (const line of unplannableLines(plan, ruleset, lang)) addBanner(draft, line, width, 'fail');
  addGap(draft);

  addBanner(draft, renderMessage('plan-sheet-additions', {}, lang, 'sheet'), width, 'title');
  header(PLAN_HEADERS.additions);
  if (plan.additions.length === 0) addBanner(draft, renderMessage('plan-nothing-to-plan', {}, lang, 'sheet'), width, 'note');
  plan.additions.forEach((addition, i) => {
    for (const row of additionRows(addition, i + 1, defs.get(addition.indicator) as IndicatorDef, ruleset, lang)) addRow(draft, row);
  });
  addGap(draft);

  addBanner(draft, renderMessage('plan-sheet-indicators', {}, lang, 'sheet'), width, 'title');
  header(PLAN_HEADERS.indicators);
  for (const item of plan.indicators) {
    const def = defs.get(item.indicator) as IndicatorDef;
    const over = item.cvAfter !== null && item.limit !== null && item.cvAfter > item.limit;
    addRow(draft, [
      textCell(sectionLabel(item.section, lang)),
      textCell(localize(def.name, lang)),
      numberCell(item.meanBefore, '0.00'),
      numberCell(item.meanAfter, '0.00'),
      numberCell(item.cvBefore, '0.000', item.cvBefore !== null && item.limit !== null && item.cvBefore > item.limit ? 'fail' : 'body'),
      numberCell(item.cvAfter, '0.000', over ? 'fail' : 'body'),
      item.limit === null ? textCell('') : numberCell(item.limit, '0.000'),
      numberCell(item.schools, '0'),
    ]);
  }
  for (const composite of plan.composites) {
    addBanner(draft, renderMessage('plan-composite-rule', {
      before: formatCv(composite.before),
      after: formatCv(composite.after),
      limit: formatCv(composite.limit),
    }, lang, 'sheet').trim() + ' ' + composite.lowered.map((l) => localize((defs.get(l.indicator) as IndicatorDef).name, lang)).join(renderMessage('list-separator', {}, lang, 'sheet')), width, 'note');
  }
  addGap(draft);

  addBanner(draft, renderMessage('plan-sheet-totals', {}, lang, 'sheet'), width, 'title');
  header(PLAN_HEADERS.totals);
  for (const total of plan.totals) {
    const def = defs.get(total.indicator) as IndicatorDef;
    addRow(draft, [
      textCell(localize(def.name, lang)),
      numberCell(total.addition, amountFormat(def)),
      textCell(localize(def.unit, lang)),
      numberCell(total.schools, '0'),
      total.cost === null ? textCell('') : numberCell(total.cost, '#,##0'),
    ]);
  }
  if (plan.budget !== null) addBanner(draft, renderMessage('plan-budget', { budget: Math.round(plan.budget).toLocaleString('en-US') }, lang, 'sheet'), 5, 'title');
  return {
    key: 'plan',
    name: reportSheetName('plan', lang),
    ...draft,
    widths: [6, 28, 8, 34, 10, 12, 12, 10, 8, 14, 24],
    freeze: { rows: 0, columns: 0 },
    title: reportSheetName('plan', lang),
    titleRows: { first: 1, last: 1 },
    breaksBefore: [],
  };
}
