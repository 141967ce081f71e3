/**
 * The command's launcher (src/cli/launcher.ts) and the ASCII-only program
 * bundle it starts: the program runs the same with a cache, without one, with
 * a damaged one and when none can be written.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { asciiOnly, buildLauncher } from '../../scripts/build-cli';

/** A program that shows what the launcher hands it: its require, file names, arguments. */
const PROGRAM = `"use strict";
const { word } = require("./beside.js");
console.log(JSON.stringify({ word, file: __filename === require("path").join(__dirname, "junheng-main.js"), args: process.argv.slice(2) }));
process.exitCode = 3;
`;

const EXPECTED = `${JSON.stringify({ word: '均衡', file: true, args: ['analyze', 'x'] })}\n`;

let folder: string;
let launcher: string;

function caches(): string[] {
  return fs.readdirSync(folder).filter((name) => name.endsWith('.v8cache'));
}

function run(): { stdout: string; status: number | null } {
  const result = spawnSync(process.execPath, [launcher, 'analyze', 'x'], { encoding: 'utf8' });
  return { stdout: result.stdout, status: result.status };
}

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'junheng-launcher-'));
  launcher = path.join(folder, 'junheng.js');
  buildLauncher(launcher, 'test');
  fs.writeFileSync(path.join(folder, 'junheng-main.js'), PROGRAM);
  fs.writeFileSync(path.join(folder, 'beside.js'), 'exports.word = "\\u5747\\u8861";\n');
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('launcher', () => {
  test('the first run writes the cache; the next run takes it and leaves it as it is', () => {
    expect(caches()).toEqual([]);
    expect(run()).toEqual({ stdout: EXPECTED, status: 3 });
    const [cache] = caches();
    expect(cache).toMatch(/^junheng-main\.test\.[0-9a-f]+\.v8cache$/);
    const written = fs.readFileSync(path.join(folder, cache));
    expect(written.length).toBeGreaterThan(0);
    expect(run()).toEqual({ stdout: EXPECTED, status: 3 });
    expect(fs.readFileSync(path.join(folder, cache)).equals(written)).toBe(true);
  });

  test('a damaged cache is rejected, the program runs from source and the cache is written anew', () => {
    const [cache] = caches();
    fs.writeFileSync(path.join(folder, cache), 'not a cache');
    expect(run()).toEqual({ stdout: EXPECTED, status: 3 });
    expect(fs.readFileSync(path.join(folder, cache), 'latin1')).not.toBe('not a cache');
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('a cache that cannot be written leaves the run as it is', () => {
    const [cache] = caches();
    fs.rmSync(path.join(folder, cache));
    fs.mkdirSync(path.join(folder, cache, 'in-the-way'), { recursive: true });
    expect(run()).toEqual({ stdout: EXPECTED, status: 3 });
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    fs.rmSync(path.join(folder, cache), { recursive: true });
  });
});

describe('asciiOnly', () => {
  test('escapes every non-ASCII character in strings, templates and regular expressions, keeping their meaning', () => {
    // A function of texts made outside the escaped source, so an escape that changed a meaning shows.
    const source = '(a, b, c) => [/^[【〔]\\【x$/.test(a), /^\\\\【$/.test(b), /^(小学|初中)部$/u.test(c), "均衡", `单位${1}`]';
    const ascii = asciiOnly(source);
    expect(ascii).toMatch(/^[\x20-\x7e]*$/);
    expect(ascii).toContain('\\u5747');
    const texts = ['〔【x', '\\【', '初中部'];
    expect(eval(ascii)(...texts)).toEqual([true, true, true, '均衡', '单位1']);
    expect(eval(ascii)('〔\\【x', '【', '中学部').slice(0, 3)).toEqual([false, false, false]);
  });
});
