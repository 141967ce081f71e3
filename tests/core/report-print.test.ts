/**
 * Making report sheets printable: widths, row heights, orientation, the
 * signature block's placement, header text.
 */
import { analyze } from '../../src/core/analyze';
import { buildReport, widthNeeded, spanWidth } from '../../src/core/report';
import { textCell, numberCell } from '../../src/core/report/cells';
import { headerText, orientationFor, pageArea, placeSide } from '../../src/core/report/print';
import { fitWidths, rowHeights, textColumnWidth } from '../../src/core/report/width';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { Lang } from '../../src/core/types';
import { fixtureRead } from './report-fixture';

describe('column widths', () => {
  test('a column grows to its widest shown value; a wide merged title widens the last column of its area', () => {
    const rows = [[textCell('一个很长很长的标题文字', 'title')], [numberCell(12345.678, '0.00'), textCell('城关小学')]];
    const widths = fitWidths(rows, [{ top: 1, left: 1, bottom: 1, right: 2 }], [6, 6]);
    expect(widths[0]).toBe(widthNeeded(rows[1][0]));
    expect(widths[0] + widths[1]).toBeGreaterThanOrEqual(widthNeeded(rows[0][0]));
    expect(widths[1]).toBeGreaterThan(widthNeeded(rows[1][1]));
  });

  test('name columns fit the longest name, within bounds', () => {
    expect(textColumnWidth(['城关小学', '东关镇中心小学'], 10, 30)).toBe(16);
    expect(textColumnWidth(['城'.repeat(40)], 10, 30)).toBe(30);
  });

  for (const lang of ['zh', 'en'] as Lang[]) {
    for (const ruleset of [QUALITY_2017, BASIC_2012]) {
      test(`every cell fits its column (${lang}, ${ruleset.id})`, () => {
        const read = fixtureRead();
        const result = analyze(read, ruleset, { lang, file: '示例县.xlsx' });
        for (const sheet of buildReport(result, read, ruleset, lang, '2025-09-01').sheets) {
          const merged = new Map(sheet.merges.map((m) => [`${m.top},${m.left}`, m]));
          const tooNarrow = sheet.rows.flatMap((row, i) =>
            row.flatMap((cell, j) => {
              const room = spanWidth(sheet.widths, j + 1, merged.get(`${i + 1},${j + 1}`)?.right ?? j + 1);
              return widthNeeded(cell) > room ? [`${sheet.name} ${i + 1},${j + 1} ${String(cell.value)}`] : [];
            }),
          );
          expect(tooNarrow).toEqual([]);
        }
      });
    }
  }
});

describe('row heights', () => {
  test('wrapped text over several lines and large titles get a height; one-line rows keep the default', () => {
    const rows = [[textCell('标题', 'title')], [textCell('一句很长很长的说明文字，一句很长很长的说明文字', 'label')], [textCell('短', 'label')]];
    const heights = rowHeights(rows, [], [10]);
    expect(heights.map((h) => h.row)).toEqual([1, 2]);
    expect(heights[1].points).toBeGreaterThan(2 * 16);
  });
});

describe('page setup', () => {
  test('landscape only when the table is wider than a portrait page prints', () => {
    expect(orientationFor([6, 28, 10])).toBe('portrait');
    expect(orientationFor(Array(14).fill(12))).toBe('landscape');
    expect(pageArea('landscape').width).toBeGreaterThan(pageArea('portrait').width);
  });

  test('ampersands in header text are doubled so Excel does not read them as codes', () => {
    expect(headerText('A&B 学校.xlsx')).toBe('A&&B 学校.xlsx');
  });

  test('signature texts go side by side in runs wide enough for each, or on lines of their own', () => {
    expect(placeSide([10, 10, 10, 10], [15, 5])).toEqual([[1, 2], [3, 4]]);
    const runs = placeSide([5, 30, 6, 22, 8, 8, 11, 11, 28, 9, 11, 11], [22, 22, 27]);
    expect(runs).toHaveLength(3);
    const widths = [5, 30, 6, 22, 8, 8, 11, 11, 28, 9, 11, 11];
    runs?.forEach(([left, right], i) => expect(spanWidth(widths, left, right)).toBeGreaterThanOrEqual([22, 22, 27][i]));
    expect(placeSide([8, 20], [22, 22, 27])).toBeNull();
  });
});
