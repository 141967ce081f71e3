/**
 * Small counties for the findings tests, built as grids the reader takes:
 * a passing county with every column, the training example, a 基本均衡 table,
 * a county with a failing school and passing CVs, a header-only sheet.
 */
import { sampleCountyGrid } from '../../samples/sample-county';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { CellValue, Grid, Ruleset } from '../../src/core/types';
import { bureauForm } from '../core/readerFixtures';

/** Each column of a full 优质均衡 table: header, and the value for a school of `pupils` at `factor` × the primary standard. */
export const FULL_COLUMNS: readonly [string, (pupils: number, factor: number) => CellValue][] = [
  ['在校生数', (p) => p],
  ['班级数', (p) => Math.ceil(p / 40)],
  ['最大班额', () => 40],
  ['高于规定学历教师数', (p, f) => Math.ceil((4.2 * p * f) / 100)],
  ['县级及以上骨干教师数', (p, f) => Math.ceil((1.0 * p * f) / 100)],
  ['体育、艺术（美术、音乐）专任教师数', (p, f) => Math.ceil((0.9 * p * f) / 100)],
  ['教学及辅助用房面积', (p, f) => Math.round(4.5 * p * f)],
  ['体育运动场馆面积', (p, f) => Math.round(7.5 * p * f)],
  ['教学仪器设备值', (p, f) => Math.round(2000 * p * f)],
  ['网络多媒体教室数', (p, f) => Math.ceil((2.3 * p * f) / 100)],
  ['音乐专用教室数', (p) => Math.ceil(Math.ceil(p / 40) / 12)],
  ['美术专用教室数', (p) => Math.ceil(Math.ceil(p / 40) / 12)],
];

export interface SchoolSpec {
  pupils: number;
  /** Multiple of the primary standard for every resource (1.2: comfortably above). */
  factor: number;
}

/** A primary-school county with the columns not in `without` (headers of FULL_COLUMNS). */
export function primaryCounty(schools: readonly SchoolSpec[], without: ReadonlySet<string> = new Set()): Grid {
  const columns = FULL_COLUMNS.filter(([header]) => !without.has(header));
  const values: CellValue[][] = [
    ['学校名称', '学校类型', ...columns.map(([header]) => header)],
    ...schools.map((school, i) => [`第${i + 1}小学`, '小学', ...columns.map(([, value]) => value(school.pupils, school.factor))]),
  ];
  return { sheet: 'Sheet1', origin: { row: 1, column: 1 }, values };
}

/** The official training example: five primary schools, only 图书册数 (spec §2). */
export function trainingExample(): Grid {
  const pupils = [45, 37, 89, 76, 55];
  const books = [279, 137, 935, 160, 402];
  return {
    sheet: '培训例题',
    origin: { row: 1, column: 1 },
    values: [['学校名称', '学校类型', '在校生数', '图书册数'], ...pupils.map((p, i) => [`${'ABCDE'[i]}校`, '小学', p, books[i]])],
  };
}

/** A 基本均衡 table: the eight basic-2012 resources, no 优质均衡 teacher columns. */
export function basicTable(): Grid {
  const header = ['学校名称', '学校类型', '在校生数', '教学及辅助用房面积', '体育运动场馆面积', '教学仪器设备值', '计算机台数', '图书册数', '专任教师数', '高于规定学历教师数', '中级及以上专业技术职务教师数'];
  const rows: CellValue[][] = [
    ['城关小学', '小学', 1200, 5600, 9000, 2600000, 150, 30000, 70, 66, 40],
    ['东街小学', '小学', 800, 3900, 5200, 1500000, 90, 18000, 48, 44, 25],
    ['西岭小学', '小学', 300, 1500, 2600, 500000, 30, 6500, 20, 17, 9],
    ['城关中学', '初中', 1500, 9000, 16000, 4000000, 220, 60000, 110, 105, 60],
    ['北坪中学', '初中', 600, 3300, 6000, 1400000, 70, 21000, 46, 42, 20],
  ];
  return { sheet: '基本均衡', origin: { row: 1, column: 1 }, values: [header, ...rows] };
}

/** Every school comfortably above standard but one, which misses two indicators: the CVs still pass. */
export function failingSchoolPassingCvs(): Grid {
  const grid = primaryCounty([
    { pupils: 800, factor: 1.2 },
    { pupils: 700, factor: 1.25 },
    { pupils: 900, factor: 1.2 },
    { pupils: 600, factor: 1.15 },
  ]);
  // The fourth school: teaching space and sports space at 80 % of the standard.
  const header = grid.values[0];
  const row = grid.values[4];
  row[header.indexOf('教学及辅助用房面积')] = Math.round(4.5 * 600 * 0.8);
  row[header.indexOf('体育运动场馆面积')] = Math.round(7.5 * 600 * 0.8);
  return grid;
}

/** A header and nothing below it. */
export function headerOnly(): Grid {
  return { sheet: 'Sheet1', origin: { row: 1, column: 1 }, values: [['学校名称', '学校类型', '在校生数', '图书册数']] };
}

/**
 * The tables every surface must tell the same way (issue 9), each with the ruleset
 * it is checked under: the sample county and the fixtures that used to be told wrong.
 */
export const CROSS_SURFACE_CASES: [string, () => Grid, Ruleset][] = [
  ['the sample county', sampleCountyGrid, QUALITY_2017],
  ['the training example under quality-2017', trainingExample, QUALITY_2017],
  ['the training example under basic-2012', trainingExample, BASIC_2012],
  ['a 基本均衡 table under quality-2017', basicTable, QUALITY_2017],
  ['a 基本均衡 table under basic-2012', basicTable, BASIC_2012],
  ['a failing school under passing CVs', failingSchoolPassingCvs, QUALITY_2017],
  ['a header-only sheet', headerOnly, QUALITY_2017],
  ['a bureau form with merged headers and 万元', () => bureauForm(true), QUALITY_2017],
];
