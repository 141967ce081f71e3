/**
 * Fuzzing the reader (issue 6): random grids — random headers drawn from real
 * and junk texts, random cells of every kind a surface can hand over, random
 * merges (inverted, out of range), ragged rows, odd origins and hidden rows —
 * never make `readSheet`, `findSchoolSheet` or `analyze` throw, and every grid
 * row is accounted for exactly once.
 */
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { FIELD_LABELS } from '../../src/core/fields';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { CellValue, Grid, MergeRange, SheetRead } from '../../src/core/types';

/** Header texts as bureaus write them, plus near misses. */
const HEADER_TEXTS = [
  ...Object.values(FIELD_LABELS).map((label) => label.zh),
  '序号', '学校', '校名', '单位名称', '学段', '在校生数（人）', '在校学生数', '小学', '初中', '高中', '合计',
  '教学仪器设备值（万元）', '教学仪器设备值(元)', '体育', '音乐', '美术', '其中：女', '面积（㎡）', '备注', '甲', '乙', '1', '2',
];

/** Cell texts that each exercise a rule of the reader. */
const CELL_TEXTS = [
  '约500', '五百', 'N/A', '1,234', '１２３４', ' 56 ', '56人', '12.5万元', '1,100,000元', '—', '/', '无', '',
  '#DIV/0!', '#REF!', '2024-09-01', '合计', '小计', '总计', '全县', '一、小学', '二、初中', '填表人：张三', '注：',
  '小学', '初中', '九年一贯制学校', '完全中学', '十二年一贯制学校', '教学点', '特殊教育学校', '职业学校', '民办', '公办',
  '城关小学', '城关学校小学部', '城关学校初中部', '李家村教学点', '=SUM(A1)', '+1', '-2', '@x', '\u0000', '\ufeff学校名称',
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constantFrom(...HEADER_TEXTS), weight: 2 },
  { arbitrary: fc.constantFrom(...CELL_TEXTS), weight: 3 },
  { arbitrary: fc.integer({ min: -10, max: 5000 }), weight: 4 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.constantFrom(0, -0, 1e300, -1e300, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

const row = (cells: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue[]> => fc.array(cells, { maxLength: 14 });

const SCHOOL_NAMES = ['城关小学', '东关中学', '城南学校', '城关学校小学部', '李家村教学点', '某县特殊教育学校', '合计', '小计', '一、小学', ''];

/** A table-shaped grid: title rows, a header (name column first) from real texts, school-like data rows. */
const tableValues: fc.Arbitrary<CellValue[][]> = fc
  .tuple(
    fc.array(row(cellValue), { maxLength: 4 }),
    fc.constantFrom('学校名称', '学校', '校名', '单位名称'),
    fc.array(fc.constantFrom<CellValue>(...HEADER_TEXTS, null), { minLength: 1, maxLength: 13 }),
    fc.array(fc.array(fc.constantFrom<CellValue>(...HEADER_TEXTS, null), { maxLength: 14 }), { maxLength: 1 }),
    fc.array(fc.tuple(fc.constantFrom<CellValue>(...SCHOOL_NAMES, ...CELL_TEXTS), row(cellValue)), { maxLength: 25 }),
  )
  .map(([titles, name, header, subHeader, data]) => [
    ...titles,
    [name, ...header],
    ...subHeader,
    ...data.map(([school, cells]) => [school, ...cells]),
  ]);

const anyValues: fc.Arbitrary<CellValue[][]> = fc.array(row(cellValue), { maxLength: 30 });

const merge: fc.Arbitrary<MergeRange> = fc.record({
  top: fc.integer({ min: -2, max: 40 }),
  left: fc.integer({ min: -2, max: 16 }),
  bottom: fc.integer({ min: -2, max: 40 }),
  right: fc.integer({ min: -2, max: 16 }),
});

const grid: fc.Arbitrary<Grid> = fc.record(
  {
    sheet: fc.oneof(fc.constant('Sheet1'), fc.constant("县直 学校's 表"), fc.string({ maxLength: 10 })),
    values: fc.oneof(tableValues, anyValues),
    origin: fc.record({ row: fc.integer({ min: 1, max: 1000 }), column: fc.integer({ min: 1, max: 60 }) }),
    merges: fc.array(merge, { maxLength: 6 }),
    hiddenRows: fc.array(fc.integer({ min: -3, max: 1050 }), { maxLength: 4 }),
  },
  { requiredKeys: ['sheet', 'values', 'origin'] },
);

/** Merges in the grid's own coordinates, so they touch its cells. */
const gridWithLocalMerges: fc.Arbitrary<Grid> = grid.map((g) => ({
  ...g,
  merges: (g.merges ?? []).map((m) => ({
    top: m.top + g.origin.row - 1,
    left: m.left + g.origin.column - 1,
    bottom: m.bottom + g.origin.row - 1,
    right: m.right + g.origin.column - 1,
  })),
}));

function gridRows(g: Grid): number[] {
  return g.values.map((_, i) => g.origin.row + i);
}

function accountedRows(read: SheetRead): number[] {
  return [...read.records.map((r) => r.row), ...read.rows.map((r) => r.row)].sort((a, b) => a - b);
}

/** Messages name cells of the sheet they are about, within the grid's rows. */
function messagesInGrid(g: Grid, read: SheetRead): boolean {
  const first = g.origin.row;
  const last = g.origin.row + g.values.length - 1;
  return read.messages.every((m) => m.row === null || (m.row >= first && m.row <= last));
}

const RUNS = { numRuns: 400 };

test('readSheet never throws and accounts for every row exactly once', () => {
  let tables = 0;
  let records = 0;
  fc.assert(
    fc.property(fc.oneof(grid, gridWithLocalMerges), (g) => {
      const read = readSheet(g);
      expect(accountedRows(read)).toEqual(gridRows(g));
      expect(messagesInGrid(g, read)).toBe(true);
      if (read.headerRows.length > 0) tables++;
      records += read.records.length;
    }),
    RUNS,
  );
  // The grids reach the reader's table paths, not only "no table found".
  expect(tables).toBeGreaterThan(RUNS.numRuns / 5);
  expect(records).toBeGreaterThan(RUNS.numRuns / 2);
});

test('readSheet with the user’s header rows (any, even outside the grid) still accounts for every row', () => {
  fc.assert(
    fc.property(gridWithLocalMerges, fc.array(fc.integer({ min: -2, max: 1040 }), { maxLength: 3 }), (g, headerRows) => {
      const read = readSheet(g, { headerRows });
      expect(accountedRows(read)).toEqual(gridRows(g));
    }),
    RUNS,
  );
});

test('analyze never throws on what the reader makes of a random grid, and keeps every row', () => {
  fc.assert(
    fc.property(gridWithLocalMerges, fc.constantFrom(QUALITY_2017, BASIC_2012), (g, ruleset) => {
      const result = analyze(readSheet(g), ruleset);
      const rows = [...new Set(result.schools.map((s) => s.row)), ...result.rows.map((r) => r.row)].sort((a, b) => a - b);
      expect(rows).toEqual(gridRows(g));
    }),
    RUNS,
  );
});

test('findSchoolSheet never throws and names a grid that exists, or -1', () => {
  fc.assert(
    fc.property(fc.array(grid, { maxLength: 4 }), (grids) => {
      const index = findSchoolSheet(grids);
      expect(index >= -1 && index < grids.length).toBe(true);
    }),
    { numRuns: 200 },
  );
});
