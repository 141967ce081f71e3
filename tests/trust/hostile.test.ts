/**
 * Hostile workbooks, round two (issue 10): each generated case with its
 * expected outcome as data, run through the command line (in-process, --json
 * and text) and through the engine. Every run: the stated exit status, one
 * plain sentence when it stops, no stack trace, the input's bytes unchanged,
 * no NaN or Infinity in the output, every row accounted for. The worst small
 * files also run as a child process with a 1 GB heap and a time limit.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import JSZip from 'jszip';
import { HOSTILE_WORKBOOKS, type HostileWorkbook } from '../../scripts/make-bad-fixtures';
import { readFileBounded } from '../../src/cli/bounded-read';
import { writeFileAtomically } from '../../src/cli/out-target';
import { runCli, type CliIo } from '../../src/cli/run';
import { analyze } from '../../src/core/analyze';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { readWorkbookBytes, WorkbookReadError } from '../../src/files/read-workbook';

interface HostileCase {
  file: HostileWorkbook;
  title: string;
  exit: 0 | 1;
  /** The sentence on stderr (exit 1). */
  stderr?: RegExp;
  /** Schools analysed (exit 0). */
  analysed?: number;
  /** A message that must name this cell and say this. */
  message?: { cell: string; text: RegExp };
  /** With --out (exit 0 cases): the copy is refused with one sentence (ExcelJS cannot load this workbook, or not in bounded time). */
  copyRefused?: boolean;
}

const LIMIT_SENTENCE = /^无法读取“[^”]+”：[^\n]+\n$/;

const CASES: HostileCase[] = [
  { file: 'far-cell', title: 'one cell at XFD1048576 in a small workbook is read sparse', exit: 0, analysed: 6 },
  { file: 'merge-to-bottom', title: 'an empty merge from row 10 to row 1 048 576 stays a range', exit: 0, analysed: 6, copyRefused: true },
  { file: 'whole-column-validation', title: 'drop-down validations over whole columns are not expanded', exit: 0, analysed: 6, copyRefused: true },
  { file: 'merges-30000', title: '30 000 small merged areas', exit: 0, analysed: 6, copyRefused: true },
  { file: 'text-32767', title: 'a text cell at Excel’s 32 767-character limit', exit: 0, analysed: 6 },
  { file: 'text-32768', title: 'a text cell one character over Excel’s limit stops with the limit named', exit: 1, stderr: /32767 个字符/ },
  { file: 'text-50m', title: 'a 50-million-character text cell stops at the cell limit', exit: 1, stderr: /32767 个字符/ },
  { file: 'shared-strings-5m', title: '5 million shared strings stop at the shared-string limit', exit: 1, stderr: /1000000 条/ },
  { file: 'namespace-prefix', title: 'elements with the x: prefix (.NET Open XML SDK) are read', exit: 0, analysed: 6, copyRefused: true },
  // ExcelJS cannot load these two, but the spliced copy never has it load the user's sheets: a copy is written.
  { file: 'no-r-attributes', title: 'rows and cells without r attributes are read in order', exit: 0, analysed: 6 },
  { file: 'comment-openpyxl', title: 'a cell comment saved by openpyxl does not stop reading', exit: 0, analysed: 6 },
  {
    file: 'iso-date-pupils',
    title: 'an ISO date (t="d") in the pupils column is named, not read as 2025 pupils',
    exit: 0,
    analysed: 5,
    message: { cell: 'Sheet1!D3', text: /日期/ },
  },
  { file: 'infinite-number', title: '1e309 in a number cell is named, never Infinity', exit: 0, analysed: 5, message: { cell: 'Sheet1!D4', text: /1e309/ } },
  { file: 'nan-number', title: 'NaN in a number cell is named, never NaN', exit: 0, analysed: 6, message: { cell: 'Sheet1!E4', text: /NaN/ } },
];

const CRASH_TRACES = [/^\s+at \S.*(?:\(|:\d+:\d+)/m, /\b(?:[A-Z]\w*)?Error: /, /node:internal/, /出现意外错误|Unexpected error/];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'junheng-hostile-'));
  for (const c of CASES) writeFileSync(join(dir, `${c.file}.xlsx`), await HOSTILE_WORKBOOKS[c.file]());
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: readFileBounded,
    writeFile: writeFileAtomically,
    cwd: dir,
  };
  const status = await runCli(['analyze', ...args], io);
  return { status, stdout, stderr };
}

describe.each(CASES)('$file: $title', (c) => {
  const file = () => `${c.file}.xlsx`;

  it.each([[['--json']], [[]]])('through the command line %j', async (extra) => {
    const before = sha(join(dir, file()));
    const run = await cli([file(), ...extra]);
    expect(sha(join(dir, file()))).toBe(before);
    expect(run.status).toBe(c.exit);
    for (const trace of CRASH_TRACES) expect(run.stderr + run.stdout).not.toMatch(trace);
    // The user's own cell text may be quoted back (「NaN」, and "NaN" in a message's English parameters); no computed number may be NaN or Infinity.
    expect(run.stdout.replace(/「[^」]*」|\\"[^"\\]*\\"/g, '')).not.toMatch(/\bNaN\b|Infinity/);
    if (c.exit === 1) {
      expect(run.stderr).toMatch(LIMIT_SENTENCE);
      expect(run.stderr).toMatch(c.stderr as RegExp);
      expect(run.stdout).toBe('');
    } else if (extra.length > 0) {
      const result = JSON.parse(run.stdout) as { summary: { entries: number }; schools: unknown[] };
      expect(result.summary.entries).toBe(c.analysed);
    }
  }, 60_000);

  it('with --out: a copy a strict reader opens, or one sentence', async () => {
    if (c.exit === 1) return;
    const before = sha(join(dir, file()));
    const out = `copy-${c.file}.xlsx`;
    const run = await cli([file(), '--out', out]);
    expect(sha(join(dir, file()))).toBe(before);
    for (const trace of CRASH_TRACES) expect(run.stderr).not.toMatch(trace);
    if (c.copyRefused === true) {
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^分析已完成，但无法写出副本：[^\n]+\n$/);
      expect(existsSync(join(dir, out))).toBe(false);
      return;
    }
    expect(run.status).toBe(0);
    const copy = readFileSync(join(dir, out));
    const zip = await JSZip.loadAsync(copy);
    for (const entry of zip.file(/^xl\/worksheets\/.*\.xml$/)) {
      expect(await entry.async('string')).not.toMatch(/<v>(NaN|-?Infinity)<\/v>/);
    }
    const grids = await readWorkbookBytes(copy, out);
    expect(grids.map((g) => g.sheet)).toContain('Sheet1');
  }, 120_000);

  it('through the engine, every row accounted for', async () => {
    const bytes = readFileSync(join(dir, file()));
    if (c.exit === 1) {
      await expect(readWorkbookBytes(bytes, file())).rejects.toBeInstanceOf(WorkbookReadError);
      return;
    }
    const grids = await readWorkbookBytes(bytes, file());
    const grid = grids[findSchoolSheet(grids)];
    const read = readSheet(grid);
    const seen = [...read.records.map((r) => r.row), ...read.rows.map((r) => r.row)].sort((a, b) => a - b);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(grid.values.length);
    expect([seen[0], seen[seen.length - 1]]).toEqual([1, grid.values.length]);
    const result = analyze(read, QUALITY_2017, { lang: 'zh', file: file() });
    expect(result.summary.entries).toBe(c.analysed);
    if (c.message !== undefined) {
      const { cell, text } = c.message;
      expect(result.messages.some((m) => m.cell === cell && text.test(m.message))).toBe(true);
    }
  }, 60_000);
});

describe('the worst small files as a child process: 1 GB heap, killed after 60 s', () => {
  const ROOT = resolve(__dirname, '../..');
  const WORST: HostileWorkbook[] = ['far-cell', 'merge-to-bottom', 'whole-column-validation', 'merges-30000', 'text-50m', 'shared-strings-5m'];
  // Time is bounded by the kill, not measured: a file whose cost grows without bound is
  // killed (signal set); how fast the rest runs is the benchmark's business.
  const runNode = (file: string) =>
    spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', 'src/cli/main.ts', 'analyze', file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it.each(WORST)('%s', (name) => {
    const run = runNode(join(dir, `${name}.xlsx`));
    expect(run.signal).toBeNull();
    expect([0, 1]).toContain(run.status);
    for (const trace of CRASH_TRACES) expect(run.stderr).not.toMatch(trace);
  }, 60_000);
});
