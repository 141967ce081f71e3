import { createHash } from 'crypto';
import { readFile } from 'fs/promises';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { EXIT, runCli, type CliIo } from '../../src/cli/run';
import type { CountyPlan } from '../../src/core/plan';
import type { AnalysisResult } from '../../src/core/types';

const SAMPLE = resolve(__dirname, '../../samples/示例县义务教育学校办学条件.xlsx');
const UNITS = resolve(__dirname, '../fixtures/bad/units-and-separators.xlsx');
const CWD = '/county';

async function run(argv: string[], files: Map<string, Uint8Array>): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => { out.stdout += t; },
    stderr: (t) => { out.stderr += t; },
    readFile: async (path) => {
      const bytes = files.get(path);
      if (bytes === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: async (path, bytes) => { files.set(path, bytes); },
    cwd: CWD,
  };
  const status = await runCli(argv, io);
  return { status, ...out };
}

async function folder(): Promise<Map<string, Uint8Array>> {
  return new Map([
    [join(CWD, 'sample.xlsx'), new Uint8Array(await readFile(SAMPLE))],
    [join(CWD, 'units.xlsx'), new Uint8Array(await readFile(UNITS))],
  ]);
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('junheng plan', () => {
  it('prints per section what to add where, the totals and the verification', async () => {
    const files = await folder();
    const { status, stdout } = await run(['plan', 'sample.xlsx'], files);
    expect(status).toBe(EXIT.analysed);
    expect(stdout).toContain('【初中】');
    expect(stdout).toContain('每百名学生拥有网络多媒体教室数：0.488 →');
    expect(stdout).toContain('增加 10 间，6 所学校');
    expect(stdout).toContain('王家湾小学（第 19 行）每百名学生拥有体育、艺术（美术、音乐）专任教师数增加 1 人');
    expect(stdout).toContain('核验：');
  });

  it('--json prints the plan document; --cost turns it into a budget', async () => {
    const { status, stdout } = await run(['plan', 'sample.xlsx', '--json', '--cost', 'multimedia-rooms=60000', 'teacher=100000'], await folder());
    expect(status).toBe(EXIT.analysed);
    const plan = JSON.parse(stdout) as CountyPlan;
    expect(plan.verification.passes).toBe(true);
    expect(plan.budget).toBe(plan.additions.reduce((sum, a) => sum + (a.cost as number), 0));
    expect(plan.budget).toBeGreaterThan(0);
  });

  it('--apply-out writes a copy that analyze judges as passing; the input is untouched', async () => {
    for (const input of ['sample.xlsx', 'units.xlsx']) {
      const files = await folder();
      const before = sha(files.get(join(CWD, input)) as Uint8Array);
      const planned = await run(['plan', input, '--apply-out', 'planned.xlsx', '--json'], files);
      expect(planned.status).toBe(EXIT.analysed);
      expect(sha(files.get(join(CWD, input)) as Uint8Array)).toBe(before);
      const analysed = await run(['analyze', 'planned.xlsx', '--json'], files);
      const result = JSON.parse(analysed.stdout) as AnalysisResult;
      const plan = JSON.parse(planned.stdout) as CountyPlan;
      if (plan.verification.schoolsPlanned > 0) expect(result.summary.allSchoolsPass).toBe(true);
      expect(result.summary.countyPasses).toBe(true);
    }
  });

  it('--apply-out keeps 万元 in a 万元 column and changes no other cell', async () => {
    const files = await folder();
    await run(['plan', 'sample.xlsx', '--apply-out', 'planned.xlsx', '--json'], files);
    const load = async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.slice().buffer);
      return workbook.worksheets[0];
    };
    const original = await load(files.get(join(CWD, 'sample.xlsx')) as Uint8Array);
    const copy = await load(files.get(join(CWD, 'planned.xlsx')) as Uint8Array);
    const changed: string[] = [];
    original.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (JSON.stringify(cell.value) !== JSON.stringify(copy.getCell(r, c).value)) changed.push(cell.address);
    }));
    // 王家湾小学 PE/art teachers, 北坪 key teachers and rooms, five more schools' rooms.
    expect(changed.sort()).toEqual(['S25', 'S27', 'S28', 'S29', 'S30', 'S31', 'N19', 'M30'].sort());
    expect(copy.getCell('S30').value).toBe(Number(original.getCell('S30').value) + 3);
  });

  it('--out adds the 均衡-整改测算 sheet', async () => {
    const files = await folder();
    expect((await run(['plan', 'sample.xlsx', '--out', 'copy.xlsx'], files)).status).toBe(EXIT.analysed);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((files.get(join(CWD, 'copy.xlsx')) as Uint8Array).slice().buffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain('均衡-整改测算');
  });

  it('--map names a column whose header is not recognised, as analyze does', async () => {
    const files = await folder();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((files.get(join(CWD, 'sample.xlsx')) as Uint8Array).slice().buffer);
    const sheet = workbook.worksheets[0];
    let header = '';
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === '网络多媒体教室数') {
        cell.value = '电教室';
        header = cell.address.replace(/\d+/, '');
      }
    }));
    expect(header).not.toBe('');
    files.set(join(CWD, 'renamed.xlsx'), new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const unmapped = await run(['plan', 'renamed.xlsx'], files);
    expect(unmapped.stdout).not.toContain('增加 10 间，6 所学校');
    for (const column of [header, '电教室']) {
      const mapped = await run(['plan', 'renamed.xlsx', '--map', `multimediaRooms=${column}`], files);
      expect(mapped.status).toBe(EXIT.analysed);
      expect(mapped.stdout).toContain('增加 10 间，6 所学校');
    }
    const bad = await run(['plan', 'renamed.xlsx', '--map', 'rooms=电教室'], files);
    expect(bad.status).toBe(EXIT.usage);
    expect(bad.stderr).toContain('--map');
  });

  it('refuses to write over the input, naming --apply-out, and names a bad --cost', async () => {
    const same = await run(['plan', 'sample.xlsx', '--apply-out', 'sample.xlsx'], await folder());
    expect(same.status).toBe(EXIT.usage);
    expect(same.stderr).toContain('--apply-out');
    expect(same.stderr).not.toContain('--out ');
    const csv = await run(['plan', 'sample.xlsx', '--apply-out', 'planned.csv'], await folder());
    expect(csv.stderr).toMatch(/^--apply-out /);
    const out = await run(['plan', 'sample.xlsx', '--out', 'sample.xlsx'], await folder());
    expect(out.stderr).toMatch(/^--out /);
    const bad = await run(['plan', 'sample.xlsx', '--cost', 'rooms=5'], await folder());
    expect(bad.status).toBe(EXIT.usage);
    expect(bad.stderr).toContain('rooms=5');
  });
});
