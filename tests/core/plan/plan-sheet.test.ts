import { readFile } from 'fs/promises';
import { resolve } from 'path';
import { planCounty } from '../../../src/core/plan';
import { findSchoolSheet, readSheet } from '../../../src/core/reader';
import { buildPlanSheet } from '../../../src/core/report/plan-sheet';
import { isReportSheetName } from '../../../src/core/report';
import { QUALITY_2017 } from '../../../src/core/rulesets';
import { readWorkbookBytes } from '../../../src/files/read-workbook';

describe('the 均衡-整改测算 sheet', () => {
  it('lists every addition, the CVs before and after, the totals and the budget', async () => {
    const grids = await readWorkbookBytes(new Uint8Array(await readFile(resolve(__dirname, '../../../samples/示例县义务教育学校办学条件.xlsx'))), 'x.xlsx');
    const { plan } = planCounty(readSheet(grids[findSchoolSheet(grids)]), QUALITY_2017, { costs: { 'multimedia-rooms': 60000, teacher: 100000 } });
    const sheet = buildPlanSheet(plan, QUALITY_2017, 'zh');
    expect(sheet.name).toBe('均衡-整改测算');
    expect(isReportSheetName(sheet.name)).toBe(true);
    const text = sheet.rows.map((row) => row.map((cell) => String(cell.value ?? '')).join('|'));
    expect(text.filter((line) => line.includes('每百名学生拥有网络多媒体教室数') && line.includes('缩小差异系数'))).toHaveLength(6);
    expect(text.some((line) => line.startsWith('1|北坪乡初级中学|30|每百名学生拥有县级及以上骨干教师数|初中|0.625|0.9375|1|人|100000|达到 85% 底线'))).toBe(true);
    expect(text.some((line) => line.includes('预算合计：800,000 元'))).toBe(true);
    expect(text.some((line) => line.startsWith('核验：'))).toBe(true);
    expect(buildPlanSheet(plan, QUALITY_2017, 'en').name).toBe('均衡-Rectification plan');
  });
});
