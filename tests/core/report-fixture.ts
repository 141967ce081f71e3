/**
 * A small county sheet for the report tests, kept as cells so that mark formulas
 * can be evaluated against the same numbers the engine reads.
 */
import type { CellValue, ColumnMapping, FieldId, NumericField, SchoolRecord, SchoolType, SheetRead } from '../../src/core/types';

/** Field, 1-based column, header, factor. */
export const FIXTURE_COLUMNS: [FieldId, number, string, number][] = [
  ['name', 1, '学校名称', 1],
  ['type', 2, '学校类型', 1],
  ['pupils', 3, '在校生数', 1],
  ['primaryPupils', 4, '小学在校生数', 1],
  ['juniorPupils', 5, '初中在校生数', 1],
  ['degreeTeachers', 6, '高于规定学历教师数', 1],
  ['keyTeachers', 7, '县级及以上骨干教师数', 1],
  ['peArtTeachers', 8, '体育、艺术专任教师数', 1],
  ['teachingSpace', 9, '教学及辅助用房面积', 1],
  ['sportsSpace', 10, '体育运动场馆面积', 1],
  ['equipmentValue', 11, '教学仪器设备值（万元）', 10000],
  ['multimediaRooms', 12, '网络多媒体教室数', 1],
  ['teachers', 13, '专任教师数', 1],
  ['seniorTeachers', 14, '中级及以上专业技术职务教师数', 1],
  ['computers', 15, '计算机台数', 1],
  ['books', 16, '图书册数', 1],
];

type Row = [name: string, type: string, pupils: number | null, primary: number | null, junior: number | null, ...resources: (number | null)[]];

/**
 * Rows from 5. Standards (quality-2017): 小学 4.2 / 1.0 / 0.9 / 4.5 / 7.5 / 2000 / 2.3,
 * 初中 5.3 / 1.0 / 0.9 / 5.8 / 10.2 / 2500 / 2.4.
 */
export const FIXTURE_ROWS: Row[] = [
  ['城关小学', '小学', 1000, 1000, null, 50, 12, 10, 5000, 8000, 250, 25, 60, 30, 120, 30000], // all met
  ['东街小学', '小学', 500, 500, null, 25, 6, 5, 2000, 4000, 110, 12, 28, 12, 50, 12000], // teaching 4.0: miss above floor, passes
  ['西街小学', '小学', 400, 400, null, 20, 2, 4, 1200, 3200, 90, 10, 22, 8, 30, 8000], // key 0.5, teaching 3.0: below floor, fails
  ['=HYPERLINK("http://x","y")', '小学', 200, 200, null, 10, 3, 2, 1000, 1600, 45, 5, 12, 5, 20, 5000], // all met
  ['示例县特殊教育学校', '特殊教育学校', 50, 50, null, 5, 1, 1, 500, 500, 10, 2, 8, 3, 10, 1000], // excluded
  ['城关学校', '九年一贯制学校', 500, 300, 200, 30, 6, 5, 2500, 5000, 120, 12, 35, 15, 60, 15000], // junior teaching 5.29 below floor
  ['第一中学', '初中', 800, null, 800, 45, 10, 8, 5000, 9000, 220, 20, 55, 28, 110, 32000], // all met
  ['+1', '初中', 300, null, 300, 15, 3, 3, 1800, 3300, 80, 8, 20, 9, 35, 11000], // degree 5.0: miss above floor, passes
  ['合计', '', 4250, null, null, null, null, null, null, null, null, null, null, null, null, null], // total row
];

export const FIXTURE_FIRST_ROW = 5;
export const FIXTURE_SHEET = '学校表';

const TYPES: Record<string, SchoolType> = {
  小学: 'primary',
  初中: 'junior',
  九年一贯制学校: 'nine-year',
  特殊教育学校: 'special',
};

/** The fixture's cells: row → column → value, as a sheet holds them (万元 as written). */
export function fixtureCells(rows: Row[] = FIXTURE_ROWS): Map<number, CellValue[]> {
  const cells = new Map<number, CellValue[]>();
  rows.forEach((row, i) => cells.set(FIXTURE_FIRST_ROW + i, [null, ...row]));
  return cells;
}

/** The fixture as the reader would read it; `without` leaves columns out of the mapping. */
export function fixtureRead(rows: Row[] = FIXTURE_ROWS, without: FieldId[] = []): SheetRead {
  const mapping: ColumnMapping = {};
  for (const [field, column, header, factor] of FIXTURE_COLUMNS) {
    if (!without.includes(field)) (mapping[field] ??= []).push({ column, header, factor });
  }
  const records: SchoolRecord[] = rows.map((row, i) => {
    const values: Partial<Record<NumericField, number>> = {};
    for (const [field, column, , factor] of FIXTURE_COLUMNS) {
      const value = row[column - 1];
      if (typeof value === 'number' && !without.includes(field)) values[field as NumericField] = value * factor;
    }
    return {
      row: FIXTURE_FIRST_ROW + i,
      name: row[0],
      kind: row[0] === '合计' ? 'total' : 'school',
      type: TYPES[row[1]] ?? null,
      typeText: row[1] === '' ? null : row[1],
      ownership: 'public',
      part: null,
      values,
      sectionValues: {},
      invalid: [],
    };
  });
  return {
    sheet: FIXTURE_SHEET,
    headerRows: [4],
    firstDataRow: FIXTURE_FIRST_ROW,
    lastDataRow: FIXTURE_FIRST_ROW + rows.length - 1,
    mapping,
    columns: FIXTURE_COLUMNS.map(([field, column, header, factor]) => ({ column, header, field, factor })),
    records,
    rows: [
      { row: 1, kind: 'title', text: '示例县学校办学条件' },
      { row: 4, kind: 'header', text: null },
      { row: FIXTURE_FIRST_ROW + rows.length, kind: 'note', text: '注：数据截至2025年9月' },
    ],
    messages: [],
  };
}

/**
 * Evaluates a mark formula (Excel syntax, written for `topRow`) at `row`, the way
 * Excel shifts relative rows in a conditional format. Supports what mark
 * formulas use: AND, OR, ISNUMBER, ISTEXT, COUNT, + - * / < >.
 */
export function evaluateMark(formula: string, topRow: number, row: number, cells: Map<number, CellValue[]>): boolean {
  const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const js = formula
    .replace(/\$([A-Z]+)(\d+)/g, (_, letters: string, n: string) => `cell(${columnNumber(letters)},${Number(n) + row - topRow})`)
    .replace(/\bAND\(/g, 'and(')
    .replace(/\bOR\(/g, 'or(')
    .replace(/\bISNUMBER\(/g, 'isNumber(')
    .replace(/\bISTEXT\(/g, 'isText(')
    .replace(/\bCOUNT\(/g, 'count(');
  const cell = (column: number, r: number) => cells.get(r)?.[column] ?? null;
  const fn = new Function('cell', 'and', 'or', 'isNumber', 'isText', 'count', `return ${js};`);
  return Boolean(
    fn(
      cell,
      (...xs: unknown[]) => xs.every(Boolean),
      (...xs: unknown[]) => xs.some(Boolean),
      (x: unknown) => typeof x === 'number',
      (x: unknown) => typeof x === 'string',
      (...xs: unknown[]) => xs.filter((x) => typeof x === 'number').length,
    ),
  );
}
