import { compareChecks } from '../../../src/core/compare';
import { isReportSheetName } from '../../../src/core/report';
import { buildProgressSheet } from '../../../src/core/report/progress-sheet';
import type { ReportSheet } from '../../../src/core/report/types';
import { checkOfGrid, editSchool, SAMPLE_COLUMN, sampleCheck, sampleGrid } from './support';

const after = checkOfGrid(editSchool(sampleGrid, '北坪乡初级中学', (row) => (row[SAMPLE_COLUMN.multimediaRooms] = 8)));
const comparison = compareChecks(sampleCheck, after);

/** The rows of the table under the banner `title`, header first, up to the next empty row. */
function table(sheet: Pick<ReportSheet, 'rows'>, title: string): (string | number | boolean | null)[][] {
  const start = sheet.rows.findIndex((row) => row[0]?.value === title);
  const end = sheet.rows.findIndex((row, i) => i > start && row.length === 0);
  return sheet.rows.slice(start + 1, end).map((row) => row.map((cell) => cell.value));
}

describe('the 均衡-整改进展 sheet', () => {
  const sheet = buildProgressSheet(comparison, 'zh');

  test('is a report sheet a later run replaces, in both languages', () => {
    expect([sheet.key, sheet.name]).toEqual(['progress', '均衡-整改进展']);
    expect(buildProgressSheet(comparison, 'en').name).toBe('均衡-Rectification progress');
    expect(isReportSheetName('均衡-整改进展')).toBe(true);
  });

  test('leads with the one line and the counts for the 工作进展报告', () => {
    expect(sheet.rows[2][0].value).toBe('上次 4 项未达标，已消号 1 项，改善 0 项，新增 0 项');
    expect(table(sheet, '工作进展（项）')).toEqual([
      ['上次未达标', '已消号', '改善', '未变', '加重', '新增', '本次未达标', '学校未参加本次检查', '本次无法计算'],
      [4, 1, 0, 3, 0, 0, 3, 0, 0],
    ]);
  });

  test('lists every item once with its status, both values and both shortfalls (counted things rounded up)', () => {
    const rows = table(sheet, '整改台账逐项对照');
    expect(rows).toHaveLength(1 + comparison.items.length);
    expect(rows[1]).toEqual([1, '已消号', '初中', '北坪乡初级中学', '', '每百名学生拥有网络多媒体教室数', 2.4, 1.875, 2.5, 2, 0, '间']);
    expect(rows.slice(1).filter((row) => row[1] === '未变')).toHaveLength(3);
  });

  test('lists every CV then and now', () => {
    const rows = table(sheet, '差异系数变化');
    expect(rows).toHaveLength(1 + 14);
    const multimedia = rows.find((row) => row[0] === '初中' && row[1] === '每百名学生拥有网络多媒体教室数');
    expect(multimedia?.[4]).toBeLessThan(0);
  });

  test('says when the schools are the same', () => {
    expect(sheet.rows.some((row) => row[0]?.value === '两次检查的学校一一对应，没有增减。')).toBe(true);
  });
});
