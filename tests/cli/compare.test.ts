import { readFile } from 'fs/promises';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { EXIT, runCli, type CliIo } from '../../src/cli/run';
import { parsePairs } from '../../src/cli/compare';
import type { Comparison } from '../../src/core/compare';
import { SAMPLE_2026_EXPECTED } from '../../samples/sample-county-2026';

const SAMPLES = resolve(__dirname, '../../samples');
const CWD = '/county';
const Y2025 = '示例县义务教育学校办学条件.xlsx';
const Y2026 = '示例县义务教育学校办学条件2026.xlsx';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  written: Map<string, Uint8Array>;
}

/** Runs the CLI on an in-memory folder holding both sample years and `files`. */
async function run(argv: string[], files: Record<string, string> = {}): Promise<Run> {
  const folder = new Map<string, Uint8Array>([
    [join(CWD, Y2025), new Uint8Array(await readFile(join(SAMPLES, Y2025)))],
    [join(CWD, Y2026), new Uint8Array(await readFile(join(SAMPLES, Y2026)))],
  ]);
  for (const [name, text] of Object.entries(files)) folder.set(join(CWD, name), new TextEncoder().encode(text));
  const out = { stdout: '', stderr: '', written: new Map<string, Uint8Array>() };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile: async (path) => {
      const bytes = folder.get(path);
      if (bytes === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: async (path, bytes) => void out.written.set(path, bytes),
    cwd: CWD,
  };
  return { status: await runCli(argv, io), ...out };
}

const HEADLINE = '上次 4 项未达标，已消号 3 项，改善 1 项，新增 1 项';

describe('analyze --compare', () => {
  test('prints the comparison after the verdict, the one line first; the earlier file is only read', async () => {
    const { status, stdout, stderr, written } = await run(['analyze', Y2026, '--compare', Y2025]);
    expect([status, stderr]).toEqual([EXIT.analysed, '']);
    const lines = stdout.split('\n');
    const verdict = lines.findIndex((line) => line.startsWith('结论：'));
    const title = lines.indexOf('整改进展（与上次检查比较）');
    expect(title).toBeGreaterThan(verdict);
    expect(lines[title + 1]).toBe(HEADLINE);
    expect(stdout).toMatch(/已消号（3 项）\n {2}城关第一小学（小学）生均教学及辅助用房面积：4\.25 → 4\.52，标准 4\.50；缺口 470\.00 → 0\.00 ㎡/);
    expect(stdout).toContain('上次有、本次没有的学校（撤并、停办或更名）：石桥乡中心小学、青石村小学');
    expect(written.size).toBe(0);
  });

  test('--json adds a top-level comparison', async () => {
    const { status, stdout } = await run(['analyze', Y2026, '--compare', Y2025, '--json']);
    expect(status).toBe(EXIT.analysed);
    const document = JSON.parse(stdout) as { comparison: Comparison; schools: unknown[] };
    expect(document.schools.length).toBeGreaterThan(0);
    expect(document.comparison.counts).toEqual(SAMPLE_2026_EXPECTED.counts);
    expect(document.comparison.items.map((item) => item.status)).toEqual(['closed', 'closed', 'closed', 'improved', 'new']);
    expect(document.comparison.before.file).toBe(Y2025);
  });

  test('a result document saved with --json serves as the earlier check', async () => {
    const saved = await run(['analyze', Y2025, '--json']);
    const fromJson = await run(['analyze', Y2026, '--compare', '2025.json', '--json'], { '2025.json': saved.stdout });
    const fromWorkbook = await run(['analyze', Y2026, '--compare', Y2025, '--json']);
    const comparison = (text: string) => (JSON.parse(text) as { comparison: Comparison }).comparison;
    expect(comparison(fromJson.stdout).items).toEqual(comparison(fromWorkbook.stdout).items);
    expect(comparison(fromJson.stdout).cvs).toEqual(comparison(fromWorkbook.stdout).cvs);
  });

  test('--pair pairs a renamed school', async () => {
    const { stdout } = await run(['analyze', Y2026, '--compare', Y2025, '--pair', '石桥乡中心小学=石桥镇中心小学']);
    expect(stdout).toContain('上次有、本次没有的学校（撤并、停办或更名）：青石村小学');
    expect(stdout).toContain('本次新增的学校：无');
    expect(stdout).toContain('手工配对：石桥乡中心小学 → 石桥镇中心小学');
  });

  test('--out adds the 均衡-整改进展 sheet, led by the one line', async () => {
    const { status, written } = await run(['analyze', Y2026, '--compare', Y2025, '--out', 'copy.xlsx']);
    expect(status).toBe(EXIT.analysed);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((written.get(join(CWD, 'copy.xlsx')) as Uint8Array).slice().buffer);
    const sheet = workbook.getWorksheet('均衡-整改进展');
    expect(sheet?.getCell('A1').value).toBe('整改进展（与上次检查比较）');
    expect(sheet?.getCell('A3').value).toBe(HEADLINE);
    const values = (sheet?.getSheetValues() ?? []).flat().filter((v) => typeof v === 'string');
    expect(values).toEqual(expect.arrayContaining(['已消号', '改善', '新增', '柳树镇初级中学']));
  });

  test('in English', async () => {
    const { stdout } = await run(['analyze', Y2026, '--compare', Y2025, '--lang', 'en']);
    expect(stdout).toContain('Last time 4 items below standard: 3 closed, 1 improved, 1 new');
  });
});

describe('bad --compare and --pair arguments', () => {
  test.each([
    [['--compare', 'missing.xlsx'], EXIT.unreadable, /找不到文件“missing\.xlsx”/],
    [['--compare', 'bad.json'], EXIT.unreadable, /无法读取上次的检查“bad\.json”：不是有效的 JSON/],
    [['--compare', 'other.json'], EXIT.unreadable, /既不是 --json 保存的结果文档/],
    [['--compare', 'notes.txt'], EXIT.unreadable, /无法读取上次的检查“notes\.txt”/],
    [['--compare', Y2025, '--pair', '石桥乡中心小学'], EXIT.usage, /--pair 需要“上次名称=本次名称”/],
    [['--pair', 'a=b'], EXIT.usage, /--pair 只在 --compare 时使用/],
    [['--compare', 'copy.xlsx', '--out', 'copy.xlsx'], EXIT.usage, /--out 不能是上次的文件/],
  ])('%j → exit %i with one plain sentence', async (args, exit, message) => {
    const files = { 'bad.json': '{"schools": [', 'other.json': '{"hello": 1}', 'notes.txt': '今年的说明' };
    const { status, stderr, stdout } = await run(['analyze', Y2026, ...args], files);
    expect(status).toBe(exit);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });
});

test('parsePairs reads earlier=current, with a full-width ＝ too', () => {
  expect(parsePairs(['甲小学=乙小学', ' 丙 ＝ 丁 '])).toEqual([
    { before: '甲小学', now: '乙小学' },
    { before: '丙', now: '丁' },
  ]);
  expect(parsePairs(['甲小学'])).toBeNull();
  expect(parsePairs(['=乙'])).toBeNull();
});

test('the comparison printed in the README is what the command prints', async () => {
  const readme = await readFile(resolve(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### 与上次检查比较'));
  const block = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
  const { stdout } = await run(['analyze', Y2026, '--compare', Y2025, '--pair', '石桥乡中心小学=石桥镇中心小学']);
  const printed = stdout.split('\n');
  const shown = block.split('\n').filter((line) => line.trim() !== '…');
  expect(shown.length).toBeGreaterThan(15);
  for (const line of shown) expect([line, printed.includes(line)]).toEqual([line, true]);
});
