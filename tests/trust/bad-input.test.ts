/**
 * The bad-input corpus (issue 6): every case of `bad-cases.ts` runs through the
 * command line in-process (`runCli`, with --json and once without) and through
 * the engine (`readWorkbookBytes` → `readSheet` → `analyze`). Beyond each case's
 * stated outcome, every run must: not crash, hang or print a stack trace; leave
 * the input file's bytes as they were; account for every row of the sheet
 * exactly once; and promise no number it cannot give (no NaN, Infinity, or a
 * null standing for one).
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { readFile, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { BAD_FIXTURE_DIR, BAD_FIXTURES, largeWorkbook } from '../../scripts/make-bad-fixtures';
import { runCli } from '../../src/cli/run';
import { analyze } from '../../src/core/analyze';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { getBuiltinRuleset, QUALITY_2017 } from '../../src/core/rulesets';
import type { AnalysisResult, Grid, SheetRead } from '../../src/core/types';
import { encodeGb18030 } from '../../src/files/gb18030';
import { readWorkbookBytes, WorkbookReadError } from '../../src/files/read-workbook';
import { BAD_CASES, type BadCase } from './bad-cases';

/** Per-case limit: a case that takes longer has hung. */
const CASE_TIMEOUT = 20_000;
const LARGE_TIMEOUT = 60_000;

/** Traces of a crash leaking to the user: stack frames, JS error names, Node internals, the CLI's catch-all. */
const CRASH_TRACES = [/^\s+at \S.*(?:\(|:\d+:\d+)/m, /\b(?:[A-Z]\w*)?Error: /, /node:internal/, /出现意外错误|Unexpected error/];

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'junheng-bad-'));
  for (const fixture of BAD_FIXTURES) writeFileSync(join(dir, fixture.file), readFileSync(join(BAD_FIXTURE_DIR, fixture.file)));
  if (BAD_CASES.some((c) => c.generated)) writeFileSync(join(dir, 'large-20000.xlsx'), await largeWorkbook());
}, LARGE_TIMEOUT);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// Running.
// ---------------------------------------------------------------------------

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

let outCount = 0;

/** The case's arguments with `{dir}`, `{file}` and `{out}` filled in. */
function caseArgs(c: BadCase): { args: string[]; out: string | null } {
  let out: string | null = null;
  const args = (c.args ?? []).map((arg) => {
    if (arg === '{out}') {
      mkdirSync(join(dir, 'out'), { recursive: true });
      out = join(dir, 'out', `copy-${++outCount}.xlsx`);
      return out;
    }
    return arg.replace('{dir}', dir).replace('{file}', join(dir, c.file));
  });
  return { args, out };
}

async function runCase(c: BadCase, json: boolean): Promise<CliRun & { out: string | null }> {
  const input = join(dir, c.file);
  const before = existsSync(input) ? sha256(input) : null;
  const { args, out } = caseArgs(c);
  let stdout = '';
  let stderr = '';
  const status = await runCli(['analyze', c.file, ...(json ? ['--json'] : []), ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, bytes) => writeFile(path, bytes),
    cwd: dir,
  });
  // The input is never modified (nor created when it did not exist).
  expect(existsSync(input) ? sha256(input) : null).toBe(before);
  for (const trace of CRASH_TRACES) {
    expect(stdout).not.toMatch(trace);
    expect(stderr).not.toMatch(trace);
  }
  return { status, stdout, stderr, out };
}

interface EngineRun {
  grids: Grid[];
  grid: Grid;
  read: SheetRead;
  result: AnalysisResult;
}

/** The ruleset the case asks for (built-in ids only; the others are argument errors). */
function caseRuleset(c: BadCase) {
  const i = (c.args ?? []).indexOf('--ruleset');
  return (i >= 0 ? getBuiltinRuleset(c.args![i + 1]) : null) ?? QUALITY_2017;
}

const engineRuns = new Map<string, Promise<EngineRun | null>>();

/** readWorkbookBytes → findSchoolSheet → readSheet → analyze; null when no sheet holds a school table. */
function runEngine(c: BadCase): Promise<EngineRun | null> {
  const key = `${c.file} ${caseRuleset(c).id}`;
  let run = engineRuns.get(key);
  if (run === undefined) {
    run = (async () => {
      const grids = await readWorkbookBytes(new Uint8Array(readFileSync(join(dir, c.file))), c.file);
      const index = findSchoolSheet(grids);
      if (index < 0) return null;
      const grid = grids[index];
      const read = readSheet(grid);
      return { grids, grid, read, result: analyze(read, caseRuleset(c), { file: c.file }) };
    })();
    engineRuns.set(key, run);
  }
  return run;
}

// ---------------------------------------------------------------------------
// What every result must hold.
// ---------------------------------------------------------------------------

/** Sheet rows of a grid. */
function gridRows(grid: Grid): number[] {
  return grid.values.map((_, i) => grid.origin.row + i);
}

/** Every row of the grid is a record or a row account, exactly once. */
function expectReadAccountsForEveryRow(grid: Grid, read: SheetRead): void {
  const seen = [...read.records.map((r) => r.row), ...read.rows.map((r) => r.row)].sort((a, b) => a - b);
  expect(seen).toEqual(gridRows(grid));
}

/** Every row of the grid is in the result: as school entries (one per section) or as a row account, not both. */
function expectResultAccountsForEveryRow(grid: Grid, result: AnalysisResult): void {
  const schoolRows = [...new Set(result.schools.map((s) => s.row))];
  const accountRows = result.rows.map((r) => r.row);
  expect(new Set(accountRows).size).toBe(accountRows.length);
  expect([...schoolRows, ...accountRows].sort((a, b) => a - b)).toEqual(gridRows(grid));
}

/** Paths of numbers that are NaN or infinite anywhere in a value. */
function nonFinitePaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, `${path}.${k}`));
  }
  return [];
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Where the result document promises a number, there is one: a null may stand
 * only for "unknown" (with its reason), never for a NaN or an Infinity that
 * JSON.stringify turned into null.
 */
function expectPromisedNumbers(result: AnalysisResult): void {
  const broken: string[] = [];
  const need = (ok: boolean, what: string): void => {
    if (!ok) broken.push(what);
  };
  for (const school of result.schools) {
    const where = `row ${school.row} ${school.section ?? ''}`;
    if (school.excluded) continue;
    need(isFiniteNumber(school.pupils) && school.pupils > 0, `${where} pupils`);
    for (const [id, r] of Object.entries(school.indicators)) {
      if (r.amount !== null) need(isFiniteNumber(r.amount) && isFiniteNumber(r.value), `${where} ${id} value of a known amount`);
      if (r.value !== null && r.standard !== null) {
        need(typeof r.meets === 'boolean', `${where} ${id} meets`);
        need(isFiniteNumber(r.shortfall) && (r.shortfall as number) >= 0, `${where} ${id} shortfall`);
      }
    }
  }
  for (const [section, s] of Object.entries(result.sections)) {
    need(Number.isInteger(s.schools) && isFiniteNumber(s.pupils), `${section} counts`);
    for (const [id, r] of Object.entries(s.indicators)) {
      const where = `${section} ${id}`;
      if (r.schools === 0) continue;
      need(isFiniteNumber(r.mean), `${where} mean`);
      // A CV is a number, or null because X̄ = 0 — and then a message says so.
      need(isFiniteNumber(r.cv) || (r.cv === null && r.mean === 0 && result.messages.some((m) => m.code === 'cv-undefined')), `${where} cv`);
      const shares = r.contributions.map((k) => k.share);
      need(shares.every(isFiniteNumber), `${where} contribution shares`);
      const sum = shares.reduce((a, b) => a + b, 0);
      need(Math.abs(sum - 1) < 1e-9 || shares.every((x) => x === 0), `${where} shares sum to ${sum}`);
    }
  }
  expect(broken).toEqual([]);
}

/**
 * The parts of two result documents users read are the same once in JSON.
 * Compared as text first: a deep comparison of 20 000 schools takes jest ages.
 */
function expectSameDocument(printed: AnalysisResult, computed: AnalysisResult): void {
  const parts = (r: AnalysisResult) => ({ schools: r.schools, sections: r.sections, summary: r.summary, messages: r.messages, rows: r.rows });
  const a = JSON.stringify(parts(printed));
  const b = JSON.stringify(parts(computed));
  if (a !== b) expect(JSON.parse(a)).toEqual(JSON.parse(b));
}

// ---------------------------------------------------------------------------
// What each case states.
// ---------------------------------------------------------------------------

function defaultSheet(c: BadCase): string {
  return c.file.endsWith('.csv') ? c.file.slice(0, -'.csv'.length) : 'Sheet1';
}

function uniqueRows(rows: number[]): number[] {
  return [...new Set(rows)].sort((a, b) => a - b);
}

function entry(result: AnalysisResult, row: number, section?: string) {
  return result.schools.find((s) => s.row === row && (section === undefined || s.section === section) && !s.excluded) ??
    result.schools.find((s) => s.row === row);
}

function expectStatedOutcome(c: BadCase, result: AnalysisResult): void {
  expect(result.source.sheet).toBe(c.sheet ?? defaultSheet(c));
  if (c.headerRows) expect(result.source.headerRows).toEqual(c.headerRows);
  const analysed = uniqueRows(result.schools.filter((s) => !s.excluded).map((s) => s.row));
  if (Array.isArray(c.analysed)) expect(analysed).toEqual(c.analysed);
  else if (c.analysed !== undefined) expect(analysed).toHaveLength(c.analysed);
  const excluded = uniqueRows(result.schools.filter((s) => s.excluded).map((s) => s.row));
  expect(excluded).toEqual(c.excluded ?? []);
  for (const s of result.schools.filter((x) => x.excluded)) expect(s.excludedReason).toEqual(expect.any(String));

  const messages = result.messages.map(({ code, severity, cell, row, message }) => ({ code, severity, cell, row, message }));
  for (const { cell, text, ...wanted } of c.messages ?? []) {
    const where = cell === undefined ? {} : { cell: cell instanceof RegExp ? expect.stringMatching(cell) : cell };
    const says = text === undefined ? {} : { message: expect.stringMatching(text) };
    expect(messages).toContainEqual(expect.objectContaining({ ...wanted, ...where, ...says }));
  }
  for (const cell of c.quietCells ?? []) expect(messages.filter((m) => m.cell === cell)).toEqual([]);
  for (const { row, name } of c.names ?? []) expect(entry(result, row)?.name).toBe(name);
  for (const { row, pupils } of c.pupils ?? []) expect(entry(result, row)?.pupils).toBe(pupils);
  for (const v of c.values ?? []) {
    const got = entry(result, v.row, v.section)?.indicators[v.indicator];
    expect(got).toBeDefined();
    if (v.amount !== undefined) expect(got?.amount).toBe(v.amount);
    if (v.value !== undefined) expect(got?.value).toBe(v.value);
  }
  for (const { row, passes } of c.passes ?? []) expect(entry(result, row)?.passes).toBe(passes);
  for (const { section, indicator, cv } of c.cvs ?? []) {
    const got = result.sections[section].indicators[indicator]?.cv;
    if (cv === 'number') expect(isFiniteNumber(got)).toBe(true);
    else expect(got).toBe(cv);
  }
  for (const id of c.absentIndicators ?? []) {
    for (const s of Object.values(result.sections)) expect(Object.keys(s.indicators)).not.toContain(id);
    for (const s of result.schools) expect(Object.keys(s.indicators)).not.toContain(id);
  }
  for (const [section, n] of Object.entries(c.sectionSchools ?? {})) expect(result.sections[section as 'primary'].schools).toBe(n);
  for (const [section, n] of Object.entries(c.failingSchools ?? {})) expect(result.sections[section as 'primary'].failingSchools).toBe(n);
  if (c.allSchoolsPass !== undefined) expect(result.summary.allSchoolsPass).toBe(c.allSchoolsPass);
  for (const { row, kind } of c.rowKinds ?? []) expect(result.rows.find((r) => r.row === row)?.kind).toBe(kind);
}

/**
 * The annotated copy: every formula-looking name appears as a text cell on the
 * report sheets (those the input did not have), and no sheet holds a formula made of one.
 */
async function expectTextCells(path: string, names: string[], inputSheets: string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
  const reportTexts = new Set<string>();
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string' && !inputSheets.includes(sheet.name)) reportTexts.add(v);
        else if (v !== null && typeof v === 'object' && 'formula' in v && v.formula) formulas.push(v.formula);
      }),
    ),
  );
  expect(workbook.worksheets.length).toBeGreaterThan(inputSheets.length);
  for (const name of names) expect(reportTexts.has(name)).toBe(true);
  expect(formulas.filter((f) => /HYPERLINK|cmd\||^1\+1$|^SUM\(A1\)$/.test(f))).toEqual([]);
}

// ---------------------------------------------------------------------------
// The cases.
// ---------------------------------------------------------------------------

/** A fixture file that is not in the corpus (the missing-input case). */
const absent = (c: BadCase): boolean => !c.generated && !BAD_FIXTURES.some((f) => f.file === c.file);

describe.each(BAD_CASES.map((c) => [`${c.file}${c.args ? ' ' + c.args.join(' ') : ''} — ${c.title}`, c] as const))('%s', (_, c) => {
  const timeout = c.generated ? LARGE_TIMEOUT : CASE_TIMEOUT;

  test(`command line --json: exit ${c.exit}`, async () => {
    const run = await runCase(c, true);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: c.exit, stderr: c.exit === 0 ? '' : expect.any(String) });
    if (c.exit !== 0) {
      expect(run.stdout).toBe('');
      if (c.stderr) expect(run.stderr).toMatch(c.stderr);
      // A file that cannot be read: exactly one plain sentence.
      if (c.exit === 1) expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      if (run.out !== null) expect(existsSync(run.out)).toBe(false);
      return;
    }
    const result = JSON.parse(run.stdout) as AnalysisResult;
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    expectStatedOutcome(c, result);
    expectPromisedNumbers(result);
    const engine = await runEngine(c);
    expect(engine).not.toBeNull();
    expectResultAccountsForEveryRow(engine!.grid, result);
    // The command line shows what the engine computed, nothing dropped or changed.
    expectSameDocument(result, engine!.result);
    if (c.outTextCells !== undefined) {
      expect(run.out).not.toBeNull();
      expect(existsSync(run.out!)).toBe(true);
      await expectTextCells(run.out!, c.outTextCells, engine!.grids.map((g) => g.sheet));
    }
  }, timeout);

  test(`command line text: exit ${c.exit}`, async () => {
    const run = await runCase(c, false);
    expect(run.status).toBe(c.exit);
    if (c.exit === 0) {
      expect(run.stdout).toMatch(/\S/);
      expect(run.stdout).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
      if (c.textMustNotMatch) expect(run.stdout).not.toMatch(c.textMustNotMatch);
      if (c.textMustMatch) expect(run.stdout).toMatch(c.textMustMatch);
    } else {
      expect(run.stdout).toBe('');
      if (c.stderr) expect(run.stderr).toMatch(c.stderr);
    }
  }, timeout);

  // Argument errors, and options that change what is read, have no engine counterpart.
  if (c.exit === 2 || absent(c) || (c.args !== undefined && c.exit !== 0)) return;

  test('engine: readWorkbookBytes → readSheet → analyze', async () => {
    if (c.unreadable) {
      const reading = readWorkbookBytes(new Uint8Array(readFileSync(join(dir, c.file))), c.file);
      await expect(reading).rejects.toBeInstanceOf(WorkbookReadError);
      await expect(reading).rejects.toMatchObject({ problem: c.unreadable });
      return;
    }
    if (c.noTable) {
      // No sheet holds a school table; every sheet is still read without throwing, every row accounted for.
      // (A reading error that says why earlier is as good.)
      const grids = await readWorkbookBytes(new Uint8Array(readFileSync(join(dir, c.file))), c.file).catch((error: unknown) => {
        expect(error).toBeInstanceOf(WorkbookReadError);
        return [] as Grid[];
      });
      expect(findSchoolSheet(grids)).toBe(-1);
      for (const grid of grids) expectReadAccountsForEveryRow(grid, readSheet(grid));
      return;
    }
    const engine = await runEngine(c);
    expect(engine).not.toBeNull();
    const { grid, read, result } = engine!;
    expectReadAccountsForEveryRow(grid, read);
    expectResultAccountsForEveryRow(grid, result);
    expect(nonFinitePaths(result)).toEqual([]);
    if (c.exit === 0) {
      expectStatedOutcome(c, result);
      expectPromisedNumbers(result);
    }
  }, timeout);
});

test('a file whose name is GB18030 bytes: one sentence about the name, not "not found"', async () => {
  const name = Buffer.concat([Buffer.from(encodeGb18030('县直学校')), Buffer.from('.xlsx')]);
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), readFileSync(join(BAD_FIXTURE_DIR, 'base.xlsx')));
  // What the program is given for such a name: its bytes read as UTF-8, with U+FFFD for each bad sequence.
  const shown = new TextDecoder().decode(name);
  expect(shown).toContain('\uFFFD');
  let stderr = '';
  const status = await runCli(['analyze', shown], {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, bytes) => writeFile(path, bytes),
    cwd: dir,
  });
  expect(status).toBe(1);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/不是 UTF-8 编码.*GBK\/GB18030.*重新命名/);
  expect(stderr).not.toMatch(/找不到文件/);
});

test('the corpus has at least 40 cases and every fixture is used', () => {
  expect(BAD_CASES.length).toBeGreaterThanOrEqual(40);
  const used = new Set(BAD_CASES.map((c) => c.file));
  const unused = BAD_FIXTURES.map((f) => f.file).filter((f) => !used.has(f) && !f.endsWith('.json'));
  expect(unused).toEqual([]);
});

test('the committed corpus is what scripts/make-bad-fixtures.ts makes (npx tsx scripts/make-bad-fixtures.ts)', async () => {
  const stale: string[] = [];
  for (const fixture of BAD_FIXTURES) {
    const committed = readFileSync(join(BAD_FIXTURE_DIR, fixture.file));
    if (!Buffer.from(await fixture.bytes()).equals(committed)) stale.push(fixture.file);
  }
  expect(stale).toEqual([]);
}, LARGE_TIMEOUT);
