import ExcelJS from 'exceljs';
import { BASE_HEADER, BASE_SCHOOLS } from '../../scripts/make-bad-fixtures';
import { analyze } from '../../src/core/analyze';
import { readSheet } from '../../src/core/reader';
import { buildMarkRules, buildReport } from '../../src/core/report';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { writeAnnotatedWorkbook } from '../../src/files/annotate';
import { readWorkbookBytes, WorkbookReadError } from '../../src/files/read-workbook';
import { earlierReplaced, rangeSheet, REPORT_MARK } from '../../src/files/report-mark';
import { renderMessage } from '../../src/core/messages/render';

async function workbook(extraSheet: string | null): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Sheet1');
  sheet.addRow([...BASE_HEADER]);
  for (const school of BASE_SCHOOLS) sheet.addRow([...school]);
  if (extraSheet !== null) wb.addWorksheet(extraSheet).getCell('A1').value = '我自己的数据';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function copyOf(input: Uint8Array): Promise<Uint8Array> {
  const [grid] = await readWorkbookBytes(input, 'a.xlsx');
  const read = readSheet(grid);
  const result = analyze(read, QUALITY_2017, { lang: 'zh', file: 'a.xlsx' });
  return writeAnnotatedWorkbook(input, buildReport(result, read, QUALITY_2017, 'zh'), buildMarkRules(read, result, QUALITY_2017));
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

describe('report sheets are recognised by their mark, not their name', () => {
  it('marks every report sheet it writes, and replaces exactly those on the next run', async () => {
    const first = await copyOf(await workbook(null));
    const marked = (await load(first)).definedNames.model.find((name) => name.name === REPORT_MARK);
    expect(marked?.ranges.map(rangeSheet)).toEqual((await load(first)).worksheets.map((ws) => ws.name).filter((name) => name !== 'Sheet1'));
    const second = await load(await copyOf(first));
    expect(second.worksheets.map((ws) => ws.name)).toEqual((await load(first)).worksheets.map((ws) => ws.name));
  });

  it.each(['均衡-学校指标', '均衡-整改台账'])('never deletes or overwrites a user sheet named %s', async (name) => {
    await expect(copyOf(await workbook(name))).rejects.toThrow(WorkbookReadError);
    await expect(copyOf(await workbook(name))).rejects.toMatchObject({ code: 'copy-sheet-name-taken', params: { sheet: name }, message: expect.stringContaining(`名为“${name}”的工作表，它不是本工具写的`) });
  });

  it('replaces report sheets of a version older than the mark (exact name and title row), and says which', async () => {
    const wb = await load(await workbook(null));
    wb.addWorksheet('均衡-学校指标').getCell('A1').value = '学校办学条件指标表 — 优质均衡（教督〔2017〕6号）';
    wb.addWorksheet('均衡-差异系数').getCell('A1').value = '县域差异系数表 — 优质均衡（教督〔2017〕6号）';
    const old = new Uint8Array(await wb.xlsx.writeBuffer());
    const [grid] = await readWorkbookBytes(old, 'a.xlsx');
    const read = readSheet(grid);
    const result = analyze(read, QUALITY_2017, { lang: 'zh', file: 'a.xlsx' });
    const said: string[][] = [];
    const copy = await load(await writeAnnotatedWorkbook(old, buildReport(result, read, QUALITY_2017, 'zh'), [], [], (sheets) => said.push(sheets)));
    expect(said).toEqual([['均衡-学校指标', '均衡-差异系数']]);
    expect(copy.worksheets.map((ws) => ws.name)).toEqual(['Sheet1', '均衡-学校指标', '均衡-差异系数', '均衡-整改台账', '均衡-剔除说明']);
    expect(String(copy.getWorksheet('均衡-学校指标')?.getCell('A1').value)).toMatch(/^学校资源配置指标表/);
  });

  it('says which earlier sheets it replaced, the names joined as each language joins a list', () => {
    const said = earlierReplaced(['均衡-学校指标', '均衡-差异系数']);
    expect(said.code).toBe('copy-earlier-replaced');
    expect(renderMessage(said.code, said.params, 'zh', 'cli')).toBe('工作表“均衡-学校指标”、“均衡-差异系数”没有本工具的报告标记，但表名和标题行表明是旧版本写的报告表，副本中已按报告表替换。');
    expect(renderMessage(said.code, said.params, 'en', 'web')).toMatch(/^Sheet\(s\) "均衡-学校指标"; "均衡-差异系数" had no report mark/);
  });

  it('reads a quoted sheet name back from a range', () => {
    expect(rangeSheet("'it''s'!$A$1")).toBe("it's");
    expect(rangeSheet('Sheet1!$A$1')).toBe('Sheet1');
  });
});
