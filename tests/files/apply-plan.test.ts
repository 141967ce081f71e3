import ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import { planCounty } from '../../src/core/plan';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { writePlannedWorkbook } from '../../src/files/apply-plan';

/**
 * A bureau form: title, a two-row merged header (在校生数 over 小学/初中), equipment in 万元,
 * multimedia rooms as formulas with cached results, a 九年一贯制 school.
 */
async function bureauForm(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('办学条件');
  sheet.addRow(['某县义务教育学校办学条件统计表']);
  sheet.addRow(['学校名称', '学校类型', '在校生数', null, '高于规定学历教师数', '县级及以上骨干教师数', '体育、艺术专任教师数', '教学及辅助用房面积（㎡）', '体育运动场馆面积（㎡）', '教学仪器设备值（万元）', '网络多媒体教室数']);
  sheet.addRow([null, null, '小学', '初中']);
  sheet.mergeCells('A2:A3');
  sheet.mergeCells('B2:B3');
  sheet.mergeCells('C2:D2');
  for (const c of ['E', 'F', 'G', 'H', 'I', 'J', 'K']) sheet.mergeCells(`${c}2:${c}3`);
  const schools: [string, string, number | null, number | null, number, number, number, number, number, number, number][] = [
    ['城关小学', '小学', 1200, null, 70, 18, 14, 6000, 12000, 336, 40],
    ['东关小学', '小学', 800, null, 45, 10, 9, 3900, 7000, 210, 8],
    ['西河小学', '小学', 300, null, 16, 2, 2, 1300, 2100, 48, 7],
    ['城关中学', '初中', null, 1000, 60, 15, 12, 6500, 11000, 300, 36],
    ['东关中学', '初中', null, 600, 35, 8, 7, 3600, 6500, 170, 6],
    ['石桥学校', '九年一贯制学校', 200, 150, 22, 4, 4, 2100, 3800, 100, 5],
  ];
  schools.forEach((s, i) => {
    const row = sheet.addRow(s);
    // Rooms as a formula with its cached result, as Excel saves it.
    row.getCell(11).value = { formula: `${s[10]}+0`, result: s[10] } as ExcelJS.CellFormulaValue;
    expect(row.number).toBe(i + 4);
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('writePlannedWorkbook', () => {
  it('adds the plan in each cell\'s unit, keeps formulas, and analyse then passes everything planned', async () => {
    const input = await bureauForm();
    const copy = input.slice();
    const [grid] = await readWorkbookBytes(input, 'form.xlsx');
    const read = readSheet(grid);
    const { plan, before } = planCounty(read, QUALITY_2017);
    expect(before.summary.countyPasses === false || before.summary.allSchoolsPass === false).toBe(true);
    const additions = plan.additions.map((a) => ({ row: a.row, field: a.field, column: a.column, amount: a.addition }));
    const bytes = await writePlannedWorkbook(input, read, additions);
    expect(input).toEqual(copy);

    const [plannedGrid] = await readWorkbookBytes(bytes, 'planned.xlsx');
    const after = analyze(readSheet(plannedGrid), QUALITY_2017);
    expect(after.summary.allSchoolsPass).toBe(true);
    expect(after.summary.countyPasses).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet('办学条件') as ExcelJS.Worksheet;
    expect(plan.additions.map((a) => a.field)).toEqual(expect.arrayContaining(['multimediaRooms', 'equipmentValue']));
    for (const a of plan.additions) {
      const column = { multimediaRooms: 11, equipmentValue: 10 }[a.field as string];
      if (column === undefined) continue;
      const cell = sheet.getCell(a.row, column);
      if (a.field === 'multimediaRooms') expect((cell.value as ExcelJS.CellFormulaValue).formula).toMatch(/^\(\d+\+0\)\+\d+$/);
      // 万元 stays 万元: the cell grows by the addition ÷ 10 000.
      else expect(cell.value).toBeCloseTo(Number(grid.values[a.row - 1][9]) + a.addition / 10000, 6);
    }
    expect(sheet.getCell('C2').isMerged).toBe(true);
  });
});
