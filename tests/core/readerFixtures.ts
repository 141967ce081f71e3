/** Shared helpers for the reader tests. */
import type { CellValue, Grid, MergeRange, SheetRead } from '../../src/core/types';

/** A grid at A1 of 'Sheet1' unless told otherwise. */
export function grid(values: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheet: 'Sheet1', origin: { row: 1, column: 1 }, values, ...extra };
}

/** The sheet rows of a grid, each with how many times the read accounts for it. */
export function accountCounts(read: SheetRead, source: Grid): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < source.values.length; i++) counts.set(source.origin.row + i, 0);
  for (const row of [...read.records.map((r) => r.row), ...read.rows.map((r) => r.row)]) {
    counts.set(row, (counts.get(row) ?? 0) + 1);
  }
  return counts;
}

/** Whether every grid row is accounted for exactly once, and nothing else is. */
export function accountsEveryRowOnce(read: SheetRead, source: Grid): boolean {
  const counts = accountCounts(read, source);
  return counts.size === source.values.length && [...counts.values()].every((n) => n === 1);
}

/**
 * A bureau form: two title lines, a two-row header (在校生数 over 小学/初中, 体育、艺术
 * teachers over 体育/音乐/美术, equipment in 万元), section labels, a 小计, a pre-split
 * 九年一贯制 school, a blank row, a 合计, and notes.
 */
export function bureauForm(withMerges: boolean): Grid {
  const values: CellValue[][] = [
    ['XX县义务教育学校办学条件统计表', null, null, null, null, null, null, null, null, null],
    ['填报单位：XX县教育局', null, null, null, null, null, null, '填报日期：2024年9月', null, null],
    ['序号', '学校名称', '学校类型', '在校生数', null, '体育、艺术（美术、音乐）专任教师数', null, null, '教学仪器设备值（万元）', '运动场地面积'],
    [null, null, null, '小学', '初中', '体育', '音乐', '美术', null, null],
    ['一、小学', null, null, null, null, null, null, null, null, null],
    [1, '城关小学', null, '1,288', null, 3, 2, 2, 120.5, '５６００'],
    [2, '东关小学', null, '56人', null, 1, 1, '无', '#DIV/0!', '—'],
    ['小计', null, null, 1344, null, 4, 3, 2, 120.5, 5600],
    ['二、九年一贯制学校', null, null, null, null, null, null, null, null, null],
    [3, '城关学校', '小学部', 300, null, 1, 1, 1, 50, 3000],
    [null, null, '初中部', null, 200, 1, 1, 1, 40, 2000],
    [4, '南关学校', null, 500, 400, 2, 1, 1, 60, 9000],
    [null, null, null, null, null, null, null, null, null, null],
    ['合计', null, null, 2144, 600, 8, 6, 5, 270.5, 19600],
    ['填表人：张三', null, null, '审核人：李四', null, null, null, null, null, null],
    ['说明：1. 本表数据截至9月1日', null, null, null, null, null, null, null, null, null],
    ['2. 面积单位为平方米', null, null, null, null, null, null, null, null, null],
  ];
  const merges: MergeRange[] = [
    { top: 1, left: 1, bottom: 1, right: 10 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 4, right: 2 },
    { top: 3, left: 3, bottom: 4, right: 3 },
    { top: 3, left: 4, bottom: 3, right: 5 },
    { top: 3, left: 6, bottom: 3, right: 8 },
    { top: 3, left: 9, bottom: 4, right: 9 },
    { top: 3, left: 10, bottom: 4, right: 10 },
    { top: 5, left: 1, bottom: 5, right: 10 },
    { top: 10, left: 2, bottom: 11, right: 2 },
  ];
  return grid(values, withMerges ? { merges } : {});
}
