/**
 * Random small counties as grids, for the planner's property tests: primary,
 * junior and 九年一贯制 schools with every resource of both rulesets.
 */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/types';

export const HEADER = [
  '学校名称', '学校类型', '在校生数', '小学在校生数', '初中在校生数', '专任教师数', '高于规定学历教师数',
  '县级及以上骨干教师数', '体育、艺术专任教师数', '中级及以上专业技术职务教师数', '教学及辅助用房面积（㎡）',
  '体育运动场馆面积（㎡）', '教学仪器设备值（元）', '网络多媒体教室数', '计算机台数', '图书册数',
];

/** One school: its type, pupils and a per-pupil level for each resource (0.2 … 2 times a typical school). */
const school = fc.record({
  type: fc.constantFrom('小学', '初中', '九年一贯制学校'),
  primary: fc.integer({ min: 60, max: 1500 }),
  junior: fc.integer({ min: 60, max: 1500 }),
  levels: fc.array(fc.double({ min: 0.2, max: 2, noNaN: true }), { minLength: 11, maxLength: 11 }),
});

/** Typical amounts per pupil of each resource column after the pupils (teachers, areas, 元, rooms, computers, books). */
const TYPICAL = [0.07, 0.06, 0.015, 0.012, 0.03, 6, 10, 2800, 0.03, 0.12, 30];

export const randomCounty = fc.array(school, { minLength: 3, maxLength: 9 }).map((schools): Grid => {
  const rows: CellValue[][] = [HEADER];
  schools.forEach((s, i) => {
    const primary = s.type === '初中' ? null : s.primary;
    const junior = s.type === '小学' ? null : s.junior;
    const pupils = (primary ?? 0) + (junior ?? 0);
    const amounts = s.levels.map((level, j) => {
      const x = level * TYPICAL[j] * pupils;
      return j < 5 || j >= 8 ? Math.max(1, Math.round(x)) : Math.round(x * 100) / 100;
    });
    rows.push([`学校${i + 1}`, s.type, pupils, primary, junior, ...amounts]);
  });
  return { sheet: 'Sheet1', values: rows, origin: { row: 1, column: 1 } };
});
