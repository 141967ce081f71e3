import fc from 'fast-check';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import type { CellValue, Grid, MergeRange } from '../../src/core/types';
import { accountsEveryRowOnce } from './readerFixtures';

const HEADERS = [
  '学校名称', '学校', '单位名称', '学校类型', '类别', '办学性质', '在校生数', '学生数', '小学', '初中', '高中', '合计',
  '专任教师数', '高于规定学历教师数', '小学高于规定学历教师数', '骨干教师数', '体育、艺术（美术、音乐）专任教师数',
  '体育', '音乐', '美术', '运动场地面积', '体育馆面积', '体育运动场馆面积', '教学及辅助用房面积（㎡）',
  '教学仪器设备值（万元）', '网络多媒体教室数', '计算机台数', '图书(册)', '（人）', '（万元）', '甲', '乙',
];

const TEXTS = [
  '城关小学', '一中', '城关学校小学部', '初中部', '小学部', '合计', '小计', '全县', '一、小学', '（二）初中', '填表人：张三',
  '注：', '说明', '九年一贯制学校', '教学点', '公办', '民办', '无', '—', '/', '56人', '1,234', '１２３', '约500', '五百',
  '#DIV/0!', '#N/A', '#REF!', 'N/A', '2024-09-01', ' ', '', '\n', "It's", '12.5万元', '-3',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...HEADERS, ...TEXTS),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -10, max: 5000 }),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

const merge: fc.Arbitrary<MergeRange> = fc
  .tuple(fc.integer({ min: -2, max: 14 }), fc.integer({ min: -2, max: 9 }), fc.nat(5), fc.nat(4))
  .map(([top, left, height, width]) => ({ top, left, bottom: top + height, right: left + width }));

const randomGrid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.constantFrom('Sheet1', '学校 表', "Tom's", ''),
  origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), column: fc.integer({ min: 1, max: 5 }) }),
  // Ragged rows on purpose: adapters should not send them, the reader must not care.
  values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
  merges: fc.option(fc.array(merge, { maxLength: 6 }), { nil: undefined }),
  hiddenRows: fc.option(fc.array(fc.integer({ min: -1, max: 20 }), { maxLength: 4 }), { nil: undefined }),
});

/** Grids that look like tables: a header drawn from the aliases over random rows. */
const tableGrid: fc.Arbitrary<Grid> = fc
  .tuple(
    randomGrid,
    fc.array(fc.constantFrom(...HEADERS), { minLength: 2, maxLength: 8 }),
    fc.array(fc.constantFrom(...HEADERS, ...TEXTS), { maxLength: 8 }),
    fc.nat(3),
  )
  .map(([base, header, second, at]) => {
    const values = [...base.values];
    values.splice(Math.min(at, values.length), 0, ['学校名称', ...header], [null, ...second]);
    return { ...base, values };
  });

describe('readSheet on random grids', () => {
  it.each([
    ['junk', randomGrid, 0],
    ['table-like', tableGrid, 0.25],
  ])('never throws and accounts for every row exactly once (%s)', (_, arbitrary, tableShare) => {
    const runs = 400;
    let tables = 0;
    fc.assert(
      fc.property(arbitrary, fc.boolean(), (source, forceHeader) => {
        const read = readSheet(source, forceHeader ? { headerRows: [source.origin.row + 1] } : {});
        if (read.records.length > 0) tables++;
        expect(accountsEveryRowOnce(read, source)).toBe(true);
        if (read.headerRows.length === 0) {
          expect(read.records).toEqual([]);
          expect(read.messages.filter((m) => m.code === 'no-school-table')).toHaveLength(1);
        } else {
          expect(read.records.every((r) => r.row >= read.firstDataRow && r.row <= read.lastDataRow)).toBe(true);
          expect(read.records.every((r) => r.name !== '')).toBe(true);
        }
        for (const r of read.records) {
          for (const value of Object.values(r.values)) expect(Number.isFinite(value) && value >= 0).toBe(true);
        }
      }),
      { numRuns: runs },
    );
    // The table-like grids must really exercise the table path.
    expect(tables).toBeGreaterThanOrEqual(runs * tableShare);
  });

  it('findSchoolSheet picks the first grid with a name and a pupils column, never throwing', () => {
    const pupilFields = ['pupils', 'primaryPupils', 'juniorPupils', 'seniorPupils'] as const;
    fc.assert(
      fc.property(fc.array(fc.oneof(randomGrid, tableGrid), { maxLength: 4 }), (grids) => {
        const index = findSchoolSheet(grids);
        expect(index).toBeGreaterThanOrEqual(-1);
        expect(index).toBeLessThan(grids.length);
        const before = index === -1 ? grids : grids.slice(0, index);
        expect(before.every((g) => findSchoolSheet([g]) === -1)).toBe(true);
        if (index >= 0) {
          const { mapping } = readSheet(grids[index]);
          expect(mapping.name).toBeDefined();
          expect(pupilFields.some((field) => mapping[field] !== undefined)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
