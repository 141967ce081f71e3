/**
 * Drawing a CV chart where no chart object can be written (ExcelJS, plain text):
 * an in-cell bar of block characters with the limit marked.
 */
import type { ReportChart } from './types';
import { maxOf } from '../arrays';

const FULL = '█';
const EMPTY = '·';
const LIMIT = '┃';

/**
 * The largest value a chart's axis must show: the biggest CV or limit, with a
 * little room so the limit mark never sits at the very end.
 *
 * @example
 * chartMax({ bars: [{ cv: 0.3, limit: 0.5 }, { cv: 0.7, limit: 0.5 }], limit: 0.5 }); // 0.77
 */
export function chartMax(chart: Pick<ReportChart, 'bars' | 'limit'>): number {
  const numbers = [chart.limit, ...chart.bars.flatMap((bar) => [bar.cv, bar.limit])].filter(
    (x): x is number => x !== null && Number.isFinite(x),
  );
  const max = maxOf(numbers, 0);
  return max > 0 ? max * 1.1 : 1;
}

/**
 * A bar of `width` characters for `cv` on an axis from 0 to `max`, with `┃` at the limit.
 * An unknown CV gives an empty string.
 *
 * @example
 * textBar(0.25, 0.5, 1, 10); // '███··┃····'
 */
export function textBar(cv: number | null, limit: number | null, max: number, width = 20): string {
  if (cv === null || !Number.isFinite(cv)) return '';
  const filled = Math.min(width, Math.round((Math.max(0, cv) / max) * width));
  const chars: string[] = Array.from({ length: width }, (_, i) => (i < filled ? FULL : EMPTY));
  if (limit !== null && Number.isFinite(limit)) {
    chars[Math.min(width - 1, Math.round((limit / max) * width))] = LIMIT;
  }
  return chars.join('');
}
