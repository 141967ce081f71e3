/**
 * The small report both gateways' tests write: cells whose text Excel or WPS
 * would take for a formula, a number or an error, which must arrive as text.
 */
import type { Report, ReportCell } from '../../src/core/report';
import { TEST_PRINT } from './fake-excel';

/** A text cell. */
export function text(value: string, style: ReportCell['style'] = 'body'): ReportCell {
  return { kind: 'text', value, style };
}

/** A number cell shown with two decimals. */
export function number(value: number): ReportCell {
  return { kind: 'number', value, numFmt: '0.00', style: 'body' };
}

/** What a host's tests vary: the date, the title, the row heights and a cell note. */
export interface HostileVariant {
  date: string;
  title: string;
  heights: { row: number; points: number }[];
  /** A note on the @SUM cell (WPS writes notes as comments). */
  note?: string;
}

/**
 * A report of one sheet whose texts look like formulas, numbers and errors.
 *
 * @example
 * hostileReport({ date: '2025-09-01', title: '学校指标', heights: [] }).sheets[0].rows[2][0].value; // '=HYPERLINK(…)'
 */
export function hostileReport({ date, title, heights, note }: HostileVariant): Report {
  const sum = note === undefined ? number(7) : { ...number(7), note };
  return {
    lang: 'zh',
    title: '测试',
    date,
    source: { file: null, sheet: '学校办学条件' },
    sheets: [
      {
        key: 'schools',
        name: '均衡-学校指标',
        rows: [
          [text(title, 'title')],
          [text('学校', 'header'), text('值', 'header')],
          [text('=HYPERLINK("http://evil.example","点我")'), number(4.4949)],
          [text('+1'), number(5)],
          [text('-2+3'), number(6)],
          [text('@SUM(A1:A2)'), sum],
          [text('007'), { kind: 'text', value: '1', style: 'pass' }],
          [text("'quoted"), text('#N/A', 'fail')],
          [text('TRUE'), text('2017年6月', 'below-floor')],
        ],
        merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        widths: [20, 10],
        freeze: { rows: 2, columns: 0 },
        heights,
        print: TEST_PRINT,
      },
    ],
    charts: [],
  };
}
