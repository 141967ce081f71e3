import { createHash } from 'crypto';
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { EXIT, runCli, type CliIo } from '../../src/cli/run';
import { memoryIo } from './memory-io';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import type { AnalysisResult } from '../../src/core/types';

const SAMPLES = resolve(__dirname, '../../samples');
const SAMPLE_XLSX = '示例县义务教育学校办学条件.xlsx';
const SAMPLE_CSV = '示例县义务教育学校办学条件.csv';
const CWD = '/county';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  written: Map<string, Uint8Array>;
}

/** Runs the CLI against an in-memory folder holding the samples and any `files` given. */
async function run(argv: string[], files: Record<string, Uint8Array | string> = {}): Promise<Run> {
  const folder = new Map<string, Uint8Array>([
    [join(CWD, SAMPLE_XLSX), new Uint8Array(await readFile(join(SAMPLES, SAMPLE_XLSX)))],
    [join(CWD, SAMPLE_CSV), new Uint8Array(await readFile(join(SAMPLES, SAMPLE_CSV)))],
    [join(CWD, 'province.json'), new Uint8Array(await readFile(join(SAMPLES, 'rulesets/province-example.json')))],
  ]);
  for (const [name, content] of Object.entries(files)) {
    folder.set(join(CWD, name), typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  const { io, out } = memoryIo(folder, CWD);
  const status = await runCli(argv, io);
  return { status, ...out };
}

/** Plain words only: no stack frames, no "Error:" prefixes of thrown objects. */
function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toMatch(/\b(TypeError|RangeError|Error):/);
}

describe('exit 0: analysed', () => {
  test('the sample workbook: a Chinese summary with both section verdicts', async () => {
    const { status, stdout, stderr } = await run(['analyze', SAMPLE_XLSX]);
    expect(status).toBe(EXIT.analysed);
    expect(stderr).toBe('');
    expect(stdout).toContain(`文件：${SAMPLE_XLSX}`);
    expect(stdout).toContain('工作表：学校办学条件（表头第 3–4 行，数据第 6–43 行）');
    expect(stdout).toContain(
      '县域结论：未达标\n  县域差异系数：未达标\n    · 初中：「每百名学生拥有网络多媒体教室数」差异系数 0.488 超过限值 0.45\n    · 小学：7 项差异系数均已计算，都不超过限值 0.50',
    );
    expect(stdout).toMatch(/未达标学校（2 个学校\/学部）\n {2}王家湾小学（第 19 行，小学）\n {4}每百名学生拥有体育、艺术（美术、音乐）专任教师数：0\.63，标准 ≥ 0\.90，低于 85% 底线 0\.77/);
    expect(stdout).toContain('  第 40 行  后沟教学点');
    expect(stdout).toContain('学校办学条件!B34');
    expect(stdout).toContain('未达标 2 所学校（2 个学段条目）');
    expect(stdout.trimEnd().split('\n').pop()).toBe('县域结论：未达标');
  });

  test('columns line up in display width (a Chinese character is two columns)', async () => {
    const { stdout } = await run(['analyze', SAMPLE_XLSX]);
    const table = stdout.split('\n').filter((line) => /^ {2}(指标|每百名|生均)/.test(line));
    expect(table.length).toBe(16);
    const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    // The verdict column starts at the same display column on every line.
    const verdictColumn = table.map((line) => width(line.slice(0, line.search(/(达标|未达标|结论)$/))));
    expect(new Set(verdictColumn).size).toBe(1);
  });

  test('--json prints only the result document, in the contract shape', async () => {
    const { status, stdout, stderr } = await run(['analyze', SAMPLE_XLSX, '--json']);
    expect(status).toBe(EXIT.analysed);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as AnalysisResult;
    expect(result.ruleset).toBe('quality-2017');
    expect(result.source).toEqual({ file: SAMPLE_XLSX, sheet: '学校办学条件', headerRows: [3, 4], firstDataRow: 6, lastDataRow: 43 });
    const school = result.schools.find((s) => s.name === '城关第一小学');
    expect(school).toMatchObject({ row: 6, type: 'primary', section: 'primary', pupils: 1860, excluded: false, passes: true });
    expect(school?.indicators['teaching-space']).toMatchObject({ standard: 4.5, meets: false, aboveFloor: true });
    expect(result.schools.filter((s) => s.name === '城南学校').map((s) => s.section)).toEqual(['primary', 'junior']);
    expect(result.sections.primary).toMatchObject({ schools: 19, pupils: 12138, passes: true });
    expect(result.sections.junior.indicators['multimedia-rooms']).toMatchObject({ cvLimit: 0.45, passes: false });
    expect(result.sections.junior.indicators['multimedia-rooms'].contributions[0]).toEqual(
      expect.objectContaining({ row: expect.any(Number), share: expect.any(Number) }),
    );
    expect(result.messages[0]).toMatchObject({ severity: 'warning', cell: '学校办学条件!B34' });
  });

  test('--lang en', async () => {
    const { status, stdout } = await run(['analyze', SAMPLE_XLSX, '--lang', 'en']);
    expect(status).toBe(EXIT.analysed);
    expect(stdout).toContain('County verdict: fails');
    expect(stdout).toContain('Junior secondary: "Networked multimedia classrooms per 100 pupils": CV 0.488 above the limit 0.45');
    expect(stdout).toContain('Schools that fail (2 entries)');
    expect(stdout).not.toMatch(/达标|学校达标/);
  });

  test('--lang en: counts read right whatever the number (the unit comes first, no "1 teachers")', async () => {
    const { stdout } = await run(['analyze', SAMPLE_XLSX, '--lang', 'en']);
    expect(stdout).toContain('below the 85% floor 0.77; shortfall in teachers: 1 (to the floor: 1)');
    expect(stdout).toContain('shortfall in rooms: 2 (to the floor: 1)');
    expect(stdout).toContain('not below the 85% floor 3.83; shortfall in m²: 470.00');
    expect(stdout).toContain('[Primary] 19 school entries, 12138 pupils');
    expect(stdout).toContain('Schools analysed: 28 (30 section entries: a multi-section school counts in each section)');
    expect(stdout).toContain('Failing: 2 schools (2 section entries)');
    expect(stdout).not.toMatch(/\b1 (teachers|rooms|schools|rows|entries)\b/);
  });

  test('the GB18030 CSV gives the same analysis, with the file stem as sheet', async () => {
    const fromCsv = JSON.parse((await run(['analyze', SAMPLE_CSV, '--json'])).stdout) as AnalysisResult;
    const fromXlsx = JSON.parse((await run(['analyze', SAMPLE_XLSX, '--json'])).stdout) as AnalysisResult;
    expect(fromCsv.source.sheet).toBe('示例县义务教育学校办学条件');
    expect(fromCsv.sections).toEqual(
      JSON.parse(JSON.stringify(fromXlsx.sections)) as AnalysisResult['sections'],
    );
  });

  test('basic-2012 shows the composite CV; a provincial ruleset file is accepted', async () => {
    const basic = await run(['analyze', SAMPLE_XLSX, '--ruleset', 'basic-2012']);
    expect(basic.status).toBe(EXIT.analysed);
    expect(basic.stdout).toMatch(/综合差异系数 +0\.\d{3} +0\.65 +达标/);
    // basic-2012 sets no school thresholds: schools are not judged, so the county cannot be called 达标.
    expect(basic.stdout).toContain('学校达标：无法判定\n    · 小学：规则集「基本均衡（教督〔2012〕3号）」未设学校标准');
    expect(basic.stdout).toContain('县域结论：无法判定');
    expect(basic.stdout).not.toMatch(/县域结论：达标|全部通过/);
    const province = await run(['analyze', SAMPLE_XLSX, '--ruleset', 'province.json', '--json']);
    expect(province.status).toBe(EXIT.analysed);
    expect((JSON.parse(province.stdout) as AnalysisResult).ruleset).toBe('province-example');
  });

  test('a hidden school sheet is analysed and the summary says it is hidden', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('封面').getCell('A1').value = '示例县';
    const sheet = workbook.addWorksheet('学校', { state: 'hidden' });
    sheet.addRow(['学校名称', '在校生数']);
    sheet.addRow(['城关小学', 1288]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { status, stdout } = await run(['analyze', 'hidden.xlsx'], { 'hidden.xlsx': bytes });
    expect(status).toBe(EXIT.analysed);
    expect(stdout).toContain('工作表：学校（');
    expect(stdout).toContain('注意：这个工作表在工作簿中是隐藏的。');
    const missing = await run(['analyze', 'hidden.xlsx', '--sheet', '汇总'], { 'hidden.xlsx': bytes });
    expect(missing.stderr).toBe('工作簿中没有名为“汇总”的工作表。可用的工作表：“封面”、“学校”（隐藏）。\n');
  });

  test('--help prints usage and exits 0', async () => {
    const { status, stdout } = await run(['analyze', '--help']);
    expect(status).toBe(EXIT.analysed);
    expect(stdout).toContain('--sheet <name>');
    expect(stdout).toContain('--ruleset <id|file.json>');
  });

  test('--out writes an annotated .xlsx copy with the report sheets', async () => {
    const { status, stdout, written } = await run(['analyze', SAMPLE_XLSX, '--out', 'out/副本.xlsx']);
    expect(status).toBe(EXIT.analysed);
    expect(stdout).toContain('已写出带报告和标注的副本：out/副本.xlsx');
    expect([...written.keys()]).toEqual([join(CWD, 'out/副本.xlsx')]);
    const grids = await readWorkbookBytes(written.get(join(CWD, 'out/副本.xlsx')) as Uint8Array, 'copy.xlsx');
    expect(grids.map((g) => g.sheet)).toEqual(['学校办学条件', '均衡-学校指标', '均衡-差异系数', '均衡-整改台账', '均衡-剔除说明']);
    expect(stdout).not.toContain('逐格');
  });

  test('--out on a workbook with a table is spliced; on its copy (reports to replace) it is written the slower way, and the summary says why', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('学校表').addTable({
      name: 'Schools',
      ref: 'A1',
      columns: [{ name: '学校名称' }, { name: '在校生数' }],
      rows: [['城关小学', 900], ['东关小学', 400]],
    });
    const input = new Uint8Array(await workbook.xlsx.writeBuffer());
    const first = await run(['analyze', '表格.xlsx', '--out', '副本.xlsx'], { '表格.xlsx': input });
    expect(first.status).toBe(EXIT.analysed);
    expect(first.stdout).not.toContain('逐格');
    const copy = first.written.get(join(CWD, '副本.xlsx')) as Uint8Array;
    const zh = await run(['analyze', '副本.xlsx', '--out', '副本2.xlsx'], { '副本.xlsx': copy });
    expect(zh.status).toBe(EXIT.analysed);
    expect(zh.stdout).toContain('这个工作簿含有上次运行写的报告表（需替换）、表格（套用表格格式），副本按逐格方式写出：内容不变，但更慢、更占内存。');
    const en = await run(['analyze', '副本.xlsx', '--out', 'copy.xlsx', '--lang', 'en'], { '副本.xlsx': copy });
    expect(en.stdout).toContain('The workbook has report sheets of an earlier run (to replace), tables (Format as Table), so the copy was written cell by cell');
  });

  test('--out names the cells whose numbers are text (marks cannot reach them), and the copy’s 剔除说明 lists them', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(join(SAMPLES, SAMPLE_XLSX))).buffer as ArrayBuffer);
    const cell = workbook.getWorksheet('学校办学条件')?.getCell('L6') as ExcelJS.Cell;
    const text = `${String(cell.value)}人`;
    cell.value = text;
    const input = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { status, stdout, written } = await run(['analyze', 'text.xlsx', '--out', 'copy.xlsx'], { 'text.xlsx': input });
    expect(status).toBe(EXIT.analysed);
    const line = stdout.split('\n').find((l) => l.includes('文本形式的数字')) ?? '';
    expect(line).toMatch(/^1 个单元格存的是文本形式的数字（学校办学条件!L6）/);
    expect(line).toContain('转换为数字');
    const grids = await readWorkbookBytes(written.get(join(CWD, 'copy.xlsx')) as Uint8Array, 'copy.xlsx');
    const exclusions = grids.find((g) => g.sheet === '均衡-剔除说明');
    const rows = (exclusions?.values ?? []).map((row) => row.filter((v) => v !== null));
    const title = rows.findIndex((row) => row[0] === '未能标记的单元格（文本形式的数字）');
    expect(rows[title + 3]).toEqual([6, '学校办学条件!L6', text]);
  });
});

describe('a copy made by a version older than the report mark', () => {
  test('its report sheets (exact name and title row) are replaced, and the command line says so', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(join(SAMPLES, SAMPLE_XLSX))).buffer as ArrayBuffer);
    workbook.addWorksheet('均衡-整改台账').getCell('A1').value = '整改台账（未达到标准的指标） — 优质均衡（教督〔2017〕6号）';
    const input = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { status, stdout } = await run(['analyze', 'old.xlsx', '--out', 'new.xlsx'], { 'old.xlsx': input });
    expect(status).toBe(EXIT.analysed);
    expect(stdout).toContain('工作表“均衡-整改台账”没有本工具的报告标记，但表名和标题行表明是旧版本写的报告表，副本中已按报告表替换。');
  });
});

describe('exit 1: the file could not be analysed', () => {
  test('missing file', async () => {
    const { status, stderr, stdout } = await run(['analyze', '没有这个文件.xlsx']);
    expect(status).toBe(EXIT.unreadable);
    expect(stdout).toBe('');
    expect(stderr).toBe('找不到文件“没有这个文件.xlsx”，请检查路径和文件名。\n');
  });

  test('legacy .xls, junk and a truncated workbook: the reader\'s sentence', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xls = await run(['analyze', '旧表.xls'], { '旧表.xls': ole });
    expect(xls.status).toBe(EXIT.unreadable);
    expect(xls.stderr).toBe('无法读取“旧表.xls”：这是旧版 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再试。\n');

    const junk = await run(['analyze', 'a.csv', '--lang', 'en'], { 'a.csv': Uint8Array.from({ length: 64 }, (_, i) => i) });
    expect(junk.status).toBe(EXIT.unreadable);
    expect(junk.stderr).toMatch(/^Cannot read "a\.csv": This file is neither an \.xlsx workbook nor CSV text/);

    const whole = new Uint8Array(await readFile(join(SAMPLES, SAMPLE_XLSX)));
    const truncated = await run(['analyze', 'cut.xlsx'], { 'cut.xlsx': whole.subarray(0, 3000) });
    expect(truncated.status).toBe(EXIT.unreadable);
    expect(truncated.stderr).toMatch(/损坏或不完整/);
    expectNoStackTrace(truncated.stderr);
  });

  test('a header with no school rows below it: one sentence, not an empty summary', async () => {
    const table = '某县学校统计表\n学校名称,学校类型,在校生数,教学及辅助用房面积\n';
    for (const json of [[], ['--json']]) {
      const { status, stdout, stderr } = await run(['analyze', '空表.csv', ...json], { '空表.csv': table });
      expect(status).toBe(EXIT.unreadable);
      expect(stdout).toBe('');
      expect(stderr).toBe('“空表.csv”的工作表“空表”第 2 行是表头，但表头下面没有学校数据行，没有可分析的内容：请在表头下面每所学校填写一行后再试。\n');
    }
    // Total rows alone are no schools either.
    const totals = await run(['analyze', '合计.csv', '--lang', 'en'], { '合计.csv': `${table}合计,,1288,5000\n` });
    expect(totals.status).toBe(EXIT.unreadable);
    expect(totals.stderr).toBe(
      'The sheet "合计" of "合计.csv" has its header on row 2 but no school rows below it, so there is nothing to analyse: enter one row per school below the header and try again.\n',
    );
  });

  test('no school table in any sheet: the sheets are listed', async () => {
    const { status, stderr } = await run(['analyze', '名单.csv'], { '名单.csv': '姓名,电话\n张三,123\n' });
    expect(status).toBe(EXIT.unreadable);
    expect(stderr).toMatch(/在“名单\.csv”中没有找到学校数据表.*工作表：“名单”/);
  });

  test('--sheet naming a sheet without a school table', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('封面').getCell('A1').value = '示例县';
    const sheet = workbook.addWorksheet('学校');
    sheet.addRow(['学校名称', '在校生数']);
    sheet.addRow(['城关小学', 1288]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const cover = await run(['analyze', 'two.xlsx', '--sheet', '封面'], { 'two.xlsx': bytes });
    expect(cover.status).toBe(EXIT.unreadable);
    expect(cover.stderr).toMatch(/工作表「封面」中没有找到学校数据表/);
    // By default the first sheet with a school table is used.
    const auto = await run(['analyze', 'two.xlsx', '--json'], { 'two.xlsx': bytes });
    expect(auto.status).toBe(EXIT.analysed);
    expect((JSON.parse(auto.stdout) as AnalysisResult).source.sheet).toBe('学校');
  });

  test('an --out file that cannot be written', async () => {
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      readFile: async () => new Uint8Array(await readFile(join(SAMPLES, SAMPLE_XLSX))),
      writeFile: async () => {
        throw Object.assign(new Error("EBUSY: resource busy or locked, open 'copy.xlsx'"), { code: 'EBUSY' });
      },
      cwd: CWD,
    };
    let stderr = '';
    expect(await runCli(['analyze', SAMPLE_XLSX, '--out', 'copy.xlsx'], io)).toBe(EXIT.unreadable);
    expect(stderr).toMatch(/^分析已完成，但无法写出“copy\.xlsx”：EBUSY.*请先关闭它。\n$/);
    expectNoStackTrace(stderr);
  });

  test('a file that cannot be opened, and an unexpected failure: one sentence, not a stack trace', async () => {
    let stderr = '';
    const io: CliIo = {
      stdout: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'write')");
      },
      stderr: (text) => {
        stderr += text;
      },
      readFile: async () => {
        throw Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' });
      },
      cwd: CWD,
      writeFile: async () => undefined,
    };
    expect(await runCli(['analyze', SAMPLE_XLSX], io)).toBe(EXIT.unreadable);
    expect(stderr).toBe(`无法打开“${SAMPLE_XLSX}”：EACCES: permission denied, open 'x'\n`);

    stderr = '';
    io.readFile = async () => new Uint8Array(await readFile(join(SAMPLES, SAMPLE_XLSX)));
    expect(await runCli(['analyze', SAMPLE_XLSX], io)).toBe(EXIT.unreadable);
    expect(stderr).toMatch(/^出现意外错误，分析没有完成：Cannot read properties of undefined \(reading 'write'\)。请把这条信息和文件发给维护人员。\n$/);
    expectNoStackTrace(stderr);
  });

  test('a failure while the command line itself is set up is caught as well', async () => {
    let isolatedRunCli: typeof runCli | undefined;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('commander', () => ({
        ...jest.requireActual<object>('commander'),
        Command: jest.fn(() => {
          throw new TypeError('commander failed to start');
        }),
      }));
      ({ runCli: isolatedRunCli } = await import('../../src/cli/run'));
    });
    jest.dontMock('commander');
    let stderr = '';
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      readFile: async () => new Uint8Array(0),
      writeFile: async () => undefined,
      cwd: CWD,
    };
    await expect(isolatedRunCli!(['analyze', SAMPLE_XLSX], io)).resolves.toBe(EXIT.unreadable);
    expect(stderr).toBe('出现意外错误，分析没有完成：commander failed to start。请把这条信息和文件发给维护人员。\n');
  });
});

describe('exit 2: bad arguments', () => {
  test.each([
    [[], /请给出命令/],
    [['analyze'], /缺少要分析的文件/],
    [['analyze', SAMPLE_XLSX, '--colour'], /不认识的选项 --colour。/],
    [['report', SAMPLE_XLSX], /不认识的命令 report/],
    [['analyze', SAMPLE_XLSX, '--sheet'], /选项 --sheet 后面缺少取值/],
    [['analyze', SAMPLE_XLSX, '--lang', 'fr'], /--lang 只能是 zh 或 en/],
    [['analyze', SAMPLE_XLSX, SAMPLE_CSV], /一次只能分析一个文件/],
  ])('%j', async (argv, message) => {
    const { status, stdout, stderr } = await run(argv);
    expect(status).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('npm run junheng -- analyze --help');
  });

  test('usage errors follow --lang en', async () => {
    const { status, stderr } = await run(['analyze', SAMPLE_XLSX, '--lang', 'en', '--colour']);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toBe('Unknown option --colour.\nRun "npm run junheng -- analyze --help" for usage.\n');
  });

  test('unknown ruleset', async () => {
    const { status, stderr } = await run(['analyze', SAMPLE_XLSX, '--ruleset', 'quality-2025']);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toMatch(/没有名为“quality-2025”的规则集.*quality-2017、basic-2012/);
  });

  test('ruleset file that is not JSON, or not a valid ruleset (the field is named)', async () => {
    const broken = await run(['analyze', SAMPLE_XLSX, '--ruleset', 'bad.json'], { 'bad.json': '{ "id": "x", ' });
    expect(broken.status).toBe(EXIT.usage);
    expect(broken.stderr).toMatch(/^规则集文件“bad\.json”不是有效的 JSON：/);

    const invalid = JSON.stringify({ id: 'x', name: '省标', indicators: [], schoolRule: { maxMisses: 0 }, countyRule: { limits: { primary: 0.5 } } });
    const { status, stderr } = await run(['analyze', SAMPLE_XLSX, '--ruleset', 'invalid.json'], { 'invalid.json': invalid });
    expect(status).toBe(EXIT.usage);
    expect(stderr).toMatch(/^规则集“invalid\.json”有以下问题，请修改后再试：\n/);
    expect(stderr).toMatch(/\n {2}indicators：至少需要 1 项\n/);
    expect(stderr).toMatch(/\n {2}countyRule\.limits\.junior：缺少此项/);
    // The user's language only: no English problem text under --lang zh, no Chinese under --lang en.
    expect(stderr).not.toMatch(/needs at least|is missing/);
    const en = await run(['analyze', SAMPLE_XLSX, '--ruleset', 'invalid.json', '--lang', 'en'], { 'invalid.json': invalid });
    expect(en.stderr).toMatch(/\n {2}indicators: needs at least 1 item\(s\)\n {2}countyRule\.limits\.junior: is missing\n/);
    expect(en.stderr.split('\n').slice(1).join('\n')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('--sheet that does not exist lists the sheets', async () => {
    const { status, stderr } = await run(['analyze', SAMPLE_XLSX, '--sheet', 'Sheet9']);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toBe('工作簿中没有名为“Sheet9”的工作表。可用的工作表：“学校办学条件”。\n');
  });

  test('--out equal to the input, or not .xlsx, is refused before anything is read or written', async () => {
    const same = await run(['analyze', SAMPLE_XLSX, '--out', `./${SAMPLE_XLSX}`]);
    expect(same.status).toBe(EXIT.usage);
    expect(same.stderr).toMatch(/--out 不能是输入文件本身.*示例县义务教育学校办学条件-均衡分析\.xlsx/);
    expect(same.written.size).toBe(0);
    const csv = await run(['analyze', SAMPLE_XLSX, '--out', 'copy.csv']);
    expect(csv.status).toBe(EXIT.usage);
    expect(csv.stderr).toMatch(/--out 需要 \.xlsx 文件名/);
  });
});

describe('the input file is never modified', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'junheng-cli-'));
    await copyFile(join(SAMPLES, SAMPLE_XLSX), join(dir, SAMPLE_XLSX));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a run with --out leaves the input bytes as they were', async () => {
    const hash = async () => createHash('sha256').update(await readFile(join(dir, SAMPLE_XLSX))).digest('hex');
    const before = await hash();
    const io: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: async (path) => new Uint8Array(await readFile(path)),
      writeFile: (path, bytes) => writeFile(path, bytes),
      cwd: dir,
    };
    expect(await runCli(['analyze', SAMPLE_XLSX, '--out', 'copy.xlsx'], io)).toBe(EXIT.analysed);
    expect(await hash()).toBe(before);
    expect((await readFile(join(dir, 'copy.xlsx'))).length).toBeGreaterThan(0);
  });
});

describe('--map: columns the reader does not recognise', () => {
  const CSV = '学校名称,学校类型,学生总数,藏书\n甲小学,小学,45,279\n乙小学,小学,37,137\n丙小学,小学,89,935\n';

  test('a field mapped by header text and another by column letter are read', async () => {
    const { status, stdout } = await run(['analyze', 't.csv', '--ruleset', 'basic-2012', '--json', '--map', 'pupils=学生总数', '--map', '图书册数=D'], { 't.csv': CSV });
    expect(status).toBe(EXIT.analysed);
    const result = JSON.parse(stdout) as AnalysisResult;
    expect(result.columns.map((c) => [c.field, c.column])).toEqual(expect.arrayContaining([['pupils', 'C'], ['books', 'D']]));
    expect(result.sections.primary.schools).toBe(3);
  });

  test('an unknown field or column is a usage error naming what exists', async () => {
    const field = await run(['analyze', 't.csv', '--map', 'pupilz=C'], { 't.csv': CSV });
    expect(field.status).toBe(EXIT.usage);
    expect(field.stderr).toContain('不认识的字段“pupilz”');
    const column = await run(['analyze', 't.csv', '--map', 'pupils=Z'], { 't.csv': CSV });
    expect(column.status).toBe(EXIT.usage);
    expect(column.stderr).toContain('C 学生总数');
  });

  test('the help is in the user\'s language', async () => {
    const { stdout } = await run(['analyze', '--help']);
    expect(stdout).toContain('用法：');
    expect(stdout).toContain('选项：');
    expect(stdout).not.toMatch(/Usage|Options|display help|default:/);
  });
});

describe('--out: a text cut in the copy is said', () => {
  it('names the cell on stdout (text) and on stderr beside --json', async () => {
    const csv = ['学校名称,在校生数,专任教师数,备注', `城关小学,800,40,${'长'.repeat(40_000)}`, '西关小学,600,30,', ''].join('\r\n');
    const text = await run(['analyze', '长备注.csv', '--out', 'copy.xlsx'], { '长备注.csv': csv });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/长备注!D2 的文字有 40000 个字符，超过 Excel 每个单元格最多 32767 个字符的上限/);
    const json = await run(['analyze', '长备注.csv', '--out', 'copy.xlsx', '--json'], { '长备注.csv': csv });
    expect(json.status).toBe(0);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).toMatch(/长备注!D2/);
  });
});
