/**
 * A compared ledger item as people read it, the same on every surface: values
 * to 2 decimals, shortfalls in the resource's unit (counted things rounded up).
 */
import { localize, sectionLabel } from '../present';
import { formatValue, presentShortfall } from '../format';
import type { Lang } from '../types';
import type { ComparedItem, Comparison } from './compare';
import { renderMessage } from '../messages/render';

export interface ItemTexts {
  status: string;
  /** The current name (the earlier one when the school is gone). */
  school: string;
  /** The earlier name when the school was renamed (paired by hand), else ''. */
  renamedFrom: string;
  section: string;
  indicator: string;
  standard: string;
  before: string;
  now: string;
  shortfallBefore: string;
  shortfallNow: string;
  unit: string;
}

/**
 * The texts of one compared item.
 *
 * @example
 * itemTexts(comparison.items[0], comparison, 'zh');
 * // { status: '已消号', school: '城关第一小学', before: '4.25', now: '4.52', shortfallBefore: '470.00', shortfallNow: '0.00', unit: '㎡', … }
 */
export function itemTexts(item: ComparedItem, comparison: Pick<Comparison, 'indicators'>, lang: Lang): ItemTexts {
  const def = comparison.indicators.find((d) => d.id === item.indicator);
  const countable = def?.countable ?? false;
  const shortfall = (x: number | null | undefined) => {
    const shown = presentShortfall({ countable }, x ?? null);
    return shown === null ? '—' : countable ? String(shown) : shown.toFixed(2);
  };
  const renamed = item.before !== null && item.now !== null && item.before.name !== item.now.name;
  return {
    status: renderMessage(`item-status-${item.status}` as const, {}, lang, 'sheet'),
    school: (item.now ?? item.before)?.name ?? '',
    renamedFrom: renamed ? (item.before?.name ?? '') : '',
    section: sectionLabel(item.section, lang),
    indicator: def === undefined ? item.indicator : localize(def.name, lang),
    standard: formatValue(item.standard),
    before: formatValue(item.before?.value ?? null),
    now: formatValue(item.now?.value ?? null),
    shortfallBefore: shortfall(item.before?.shortfall),
    shortfallNow: shortfall(item.now?.shortfall),
    unit: def === undefined ? '' : localize(def.unit, lang),
  };
}
