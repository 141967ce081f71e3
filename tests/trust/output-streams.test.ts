/**
 * Output at any size and to any stream (issue 10, classes 3 and 7): `--json`
 * is written in pieces identical to `JSON.stringify(value, null, 2)` and works
 * past V8's string limit; a closed pipe ends quietly, a full disk gets one
 * sentence and exit 1; files that are devices or too large are refused before
 * they are read.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import fc from 'fast-check';
import { FileRefusedError, readFileBounded } from '../../src/cli/bounded-read';
import { writeJson, writeJsonBytes } from '../../src/cli/json-out';
import { guardedWrite, streamFailureText, type StreamState } from '../../src/cli/streams';

const ROOT = resolve(__dirname, '../..');
const SAMPLE = join(ROOT, 'samples/示例县义务教育学校办学条件.xlsx');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/cli/main.ts');

function collected(value: unknown): string {
  let text = '';
  writeJson(value, (piece) => {
    text += piece;
  });
  return text;
}

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(collected(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
    );
    const odd = { a: undefined, b: [undefined, () => 1, NaN, Infinity], c: { toJSON: () => 'x' }, d: { e: { f: { g: [1, { h: 'i\nj' }] } } } };
    expect(collected(odd)).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });

  it('writes a document longer than the longest string V8 can hold', () => {
    const long = 'x'.repeat(2_000_000);
    const value = { schools: Array.from({ length: 270 }, () => ({ name: long })) };
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    let length = 0;
    let pieces = 0;
    writeJson(value, (piece) => {
      length += piece.length;
      pieces++;
    });
    expect(length).toBeGreaterThan(540_000_000);
    expect(pieces).toBeGreaterThan(1);
  });
});

describe('writeJsonBytes', () => {
  function bytesOf(value: unknown): { text: string; chunks: number } {
    const chunks: Uint8Array[] = [];
    writeJsonBytes(value, (bytes) => chunks.push(bytes));
    return { text: Buffer.concat(chunks).toString('utf8'), chunks: chunks.length };
  }

  it('writes the UTF-8 bytes of what writeJson writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(bytesOf(value).text).toBe(collected(value));
      }),
    );
    const chinese = { schools: Array.from({ length: 3000 }, (_, i) => ({ name: `合成小学${i}`, pupils: i, note: '😀' })) };
    const written = bytesOf(chinese);
    expect(written.text).toBe(collected(chinese));
    expect(written.chunks).toBeGreaterThan(0);
  });

  it('writes a text longer than a chunk on its own, in chunks that are never reused', () => {
    const long = '学'.repeat(1_000_000);
    const value = { a: 1, long, b: [long, 2] };
    const chunks: Uint8Array[] = [];
    writeJsonBytes(value, (bytes) => chunks.push(bytes));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(new Set(chunks.map((chunk) => chunk.buffer)).size).toBe(chunks.length);
  });
});

describe('guardedWrite', () => {
  function fakeStream(failWith: string | null) {
    const listeners: ((error: unknown) => void)[] = [];
    const written: string[] = [];
    return {
      written,
      emit: (code: string) => listeners.forEach((listener) => listener(Object.assign(new Error(code), { code }))),
      on: (_: 'error', listener: (error: unknown) => void) => listeners.push(listener),
      write: (text: string) => {
        if (failWith !== null) throw Object.assign(new Error(failWith), { code: failWith });
        written.push(text);
      },
    };
  }

  it('stops at the first emitted error and reports it once', () => {
    const stream = fakeStream(null);
    const state: StreamState = { failed: null };
    const failures: string[] = [];
    const write = guardedWrite(stream, state, (code) => failures.push(code));
    write('a');
    stream.emit('EPIPE');
    stream.emit('EPIPE');
    write('b');
    expect(stream.written).toEqual(['a']);
    expect(failures).toEqual(['EPIPE']);
    expect(state.failed).toBe('EPIPE');
  });

  it('catches a thrown error', () => {
    const state: StreamState = { failed: null };
    const failures: string[] = [];
    guardedWrite(fakeStream('ENOSPC'), state, (code) => failures.push(code))('a');
    expect(failures).toEqual(['ENOSPC']);
  });

  it('has one sentence for a full disk and none for a closed pipe', () => {
    expect(streamFailureText('EPIPE', 'stdout', 'zh')).toBeNull();
    expect(streamFailureText('ENOSPC', 'stdout', 'zh')).toMatch(/^输出没有写完：磁盘已满/);
    expect(streamFailureText('EIO', 'stdout', 'en')).toMatch(/could not be written \(EIO\)/);
  });
});

describe('readFileBounded', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'junheng-bounded-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file at the limit and refuses one a byte over it', async () => {
    writeFileSync(join(dir, 'at.csv'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'over.csv'), 'x'.repeat(1001));
    expect(await readFileBounded(join(dir, 'at.csv'), 1000)).toHaveLength(1000);
    await expect(readFileBounded(join(dir, 'over.csv'), 1000)).rejects.toBeInstanceOf(FileRefusedError);
  });

  it('refuses devices without reading them', async () => {
    await expect(readFileBounded('/dev/zero', 1000)).rejects.toBeInstanceOf(FileRefusedError);
  });

  it('reports a missing file as ENOENT', async () => {
    await expect(readFileBounded(join(dir, 'none.csv'), 1000)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('the command line as a process', () => {
  const shell = (command: string) => spawnSync('bash', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const cli = `"${TSX}" "${MAIN}" analyze "${SAMPLE}"`;

  it('ends quietly when the reader of its output closes the pipe', () => {
    const run = shell(`${cli} --json | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}"`);
    expect(run.stdout).toBe('status 0\n');
    expect(run.stderr).toBe('');
  }, 60_000);

  it.each([['--json'], ['--lang', 'zh']])('says one sentence when the disk is full (%s)', (...args) => {
    const run = shell(`${cli} ${args.join(' ')} > /dev/full`);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('输出没有写完：磁盘已满（stdout）。请腾出空间，或把输出重定向到其他位置后再试。\n');
  }, 60_000);

  it.each([
    ['/dev/zero as the input', ['/dev/zero'], 1],
    ['/dev/zero as the ruleset', [SAMPLE, '--ruleset', '/dev/zero'], 2],
  ])('refuses %s at once', (_, args, status) => {
    let error: { status: number; stderr: string } | null = null;
    try {
      execFileSync(TSX, [MAIN, 'analyze', ...args], { encoding: 'utf8', timeout: 30_000, stdio: 'pipe' });
    } catch (e) {
      error = e as { status: number; stderr: string };
    }
    expect(error?.status).toBe(status);
    expect(error?.stderr).toBe('“/dev/zero”不是普通文件（是设备、管道或套接字），没有读取。请给出工作簿或 .csv 文件。\n');
  }, 60_000);
});
