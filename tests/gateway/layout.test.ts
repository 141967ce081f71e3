import type { ReportCell } from '../../src/core/report';
import { REPORT_STYLES } from '../../src/core/report';
import {
  borderRectangles,
  cellInput,
  cellNumberFormat,
  cellProperties,
  styleProperties,
  widthPoints,
} from '../../src/gateway/layout';

const body: ReportCell = { kind: 'text', value: 'x', style: 'body' };
const plain: ReportCell = { kind: 'text', value: 'x', style: 'plain' };

describe('cells', () => {
  test('text is escaped, numbers stay unrounded, nothing becomes empty text', () => {
    expect(cellInput({ kind: 'text', value: '=1+1' })).toBe("'=1+1");
    expect(cellInput({ kind: 'number', value: 4.4949, numFmt: '0.00' })).toBe(4.4949);
    expect(cellInput({ kind: 'number', value: Number.NaN })).toBe('');
    expect(cellInput({ kind: 'number', value: null })).toBe('');
    expect(cellInput(undefined)).toBe('');
    expect(cellInput({ kind: 'text', value: true })).toBe("'true");
  });

  test('number formats only on numbers', () => {
    expect(cellNumberFormat({ kind: 'number', value: 1, numFmt: '0.000' })).toBe('0.000');
    expect(cellNumberFormat({ kind: 'text', value: '1', numFmt: '0.000' })).toBe('General');
    expect(cellNumberFormat(undefined)).toBe('General');
  });

  test('styles become Office cell properties with # colours', () => {
    expect(styleProperties({ bold: true, fill: 'D9E1F2', align: 'center', wrap: true })).toEqual({
      format: { fill: { color: '#D9E1F2' }, font: { bold: true }, horizontalAlignment: 'Center', wrapText: true },
    });
    expect(styleProperties({ border: true })).toEqual({});
    expect(cellProperties({ kind: 'text', value: 'x', style: 'fail' })).toEqual(styleProperties(REPORT_STYLES.fail));
    expect(cellProperties({ kind: 'text', value: 'x' })).toEqual({});
  });

  test('column widths: Excel’s default 8.43 characters are 48 points', () => {
    expect(widthPoints(8.43)).toBe(48);
  });
});

describe('borderRectangles', () => {
  test('a table becomes one rectangle', () => {
    expect(borderRectangles([[plain], [body, body], [body, body], [plain]])).toEqual([
      { top: 2, left: 1, bottom: 3, right: 2 },
    ]);
  });

  test('a change of width starts a new rectangle; gaps split rows', () => {
    expect(borderRectangles([[body, body], [body, body, body], [plain, body]])).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 2, left: 1, bottom: 2, right: 3 },
      { top: 3, left: 2, bottom: 3, right: 2 },
    ]);
  });

  test('every bordered cell is covered exactly once', () => {
    const rows: ReportCell[][] = Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: 8 }, (_, j) => ((i * 3 + j * 5) % 7 < 4 ? body : plain)),
    );
    const covered = new Map<string, number>();
    for (const r of borderRectangles(rows)) {
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) {
        covered.set(`${i},${j}`, (covered.get(`${i},${j}`) ?? 0) + 1);
      }
    }
    rows.forEach((row, i) => row.forEach((cell, j) => {
      expect(covered.get(`${i + 1},${j + 1}`)).toBe(cell === body ? 1 : undefined);
    }));
  });
});
