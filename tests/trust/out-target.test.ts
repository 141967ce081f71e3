/**
 * `--out` never reaches the input (issue 10, class 1): links, hard links,
 * linked folders and case variants are refused with exit 2 on this machine's
 * file system, the input's bytes unchanged; the copy is written by rename.
 */
import { createHash } from 'crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { readFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { reachesInput, samePathIgnoringCase, writeFileAtomically } from '../../src/cli/out-target';
import { EXIT, runCli, type CliIo } from '../../src/cli/run';

const SAMPLE = resolve(__dirname, '../../samples/示例县义务教育学校办学条件.xlsx');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'junheng-out-'));
  writeFileSync(join(dir, '县直.xlsx'), readFileSync(SAMPLE));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function cli(args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: writeFileAtomically,
    cwd: dir,
  };
  const status = await runCli(['analyze', ...args], io);
  return { status, stderr };
}

describe('samePathIgnoringCase', () => {
  it.each([
    ['/d/县直.xlsx', '/d/县直.XLSX', true],
    ['C:\\数据\\County.xlsx', 'c:\\数据\\COUNTY.xlsx', true],
    ['/d/Straße.xlsx', '/d/STRASSE.xlsx', true],
    ['/d/e\u0301.xlsx', '/d/\u00e9.xlsx', true],
    ['/d/县直.xlsx', '/d/县直-均衡分析.xlsx', false],
    ['/d/a.xlsx', '/e/a.xlsx', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(samePathIgnoringCase(a, b)).toBe(same);
  });
});

describe('--out that reaches the input is refused with exit 2, the input unchanged', () => {
  const cases: [string, () => { input: string; out: string }][] = [
    ['the same name', () => ({ input: '县直.xlsx', out: '县直.xlsx' })],
    ['a name differing in case', () => ({ input: '县直.xlsx', out: '县直.XLSX' })],
    ['the same file by another spelling', () => ({ input: '县直.xlsx', out: './sub/../县直.xlsx' })],
    [
      'a symbolic link to the input',
      () => {
        symlinkSync(join(dir, '县直.xlsx'), join(dir, 'link.xlsx'));
        return { input: '县直.xlsx', out: 'link.xlsx' };
      },
    ],
    [
      'a hard link to the input',
      () => {
        linkSync(join(dir, '县直.xlsx'), join(dir, 'hard.xlsx'));
        return { input: '县直.xlsx', out: 'hard.xlsx' };
      },
    ],
    [
      'the input through a linked folder',
      () => {
        symlinkSync(dir, join(dir, 'linked'));
        return { input: '县直.xlsx', out: 'linked/县直.xlsx' };
      },
    ],
    [
      'an input that is itself a link to the output',
      () => {
        symlinkSync(join(dir, '县直.xlsx'), join(dir, 'link.xlsx'));
        return { input: 'link.xlsx', out: '县直.xlsx' };
      },
    ],
    [
      'a dangling link chain ending at the input',
      () => {
        symlinkSync(join(dir, '县直.xlsx'), join(dir, 'a.xlsx'));
        symlinkSync(join(dir, 'a.xlsx'), join(dir, 'b.xlsx'));
        return { input: '县直.xlsx', out: 'b.xlsx' };
      },
    ],
  ];
  it.each(cases)('%s', async (_, setUp) => {
    const { input, out } = setUp();
    const before = sha(join(dir, '县直.xlsx'));
    const { status, stderr } = await cli([input, '--out', out]);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toMatch(/^--out 不能是输入文件本身.*\n$/);
    expect(sha(join(dir, '县直.xlsx'))).toBe(before);
  });
});

describe('writing the copy', () => {
  it('replaces a link at the target instead of writing through it', async () => {
    writeFileSync(join(dir, 'other.xlsx'), 'keep me');
    symlinkSync(join(dir, 'other.xlsx'), join(dir, 'copy.xlsx'));
    expect(await reachesInput(join(dir, '县直.xlsx'), join(dir, 'copy.xlsx'))).toBe(false);
    const { status } = await cli(['县直.xlsx', '--out', 'copy.xlsx']);
    expect(status).toBe(EXIT.analysed);
    expect(readFileSync(join(dir, 'other.xlsx'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'copy.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('makes the folder, writes by rename and leaves no temporary file', async () => {
    await writeFileAtomically(join(dir, 'new', 'copy.xlsx'), new Uint8Array([1, 2, 3]));
    expect(readdirSync(join(dir, 'new'))).toEqual(['copy.xlsx']);
  });

  it('leaves the target as it was when the write fails', async () => {
    mkdirSync(join(dir, 'target.xlsx'));
    await expect(writeFileAtomically(join(dir, 'target.xlsx'), new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'target.xlsx'))).toBe(true);
  });
});
