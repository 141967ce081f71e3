// Bundles the command line (src/cli/main.ts and everything it imports) into
// dist/cli/junheng-main.js, with ExcelJS beside it in dist/cli/exceljs.js (loaded
// only to write a copy), and the command's first file dist/cli/junheng.js
// (src/cli/launcher.ts), which starts junheng-main.js from V8's code cache
// (junheng-main.<digest>.<runtime>.v8cache, primed here by a run on the sample). The files
// need only Node.js, and start in a fraction of the time tsx needs to transpile
// the sources.
//   node scripts/build-cli.js   → always rebuilds (part of `npm run build`)
//   scripts/junheng.js          → rebuilds only when a source is newer, then runs it
const childProcess = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'dist/cli/junheng.js');
/** The program itself (src/cli/main.ts and what it imports), ASCII-only and minified; BUNDLE starts it. */
const PROGRAM_BUNDLE = path.join(path.dirname(BUNDLE), 'junheng-main.js');
/** ExcelJS and what only it needs, loaded by the bundle when a copy is written (never for --json). */
const EXCELJS_BUNDLE = path.join(path.dirname(BUNDLE), 'exceljs.js');
/** What the bundle is made of: a newer file here makes it stale. */
const INPUTS = ['src', 'package-lock.json', 'tsconfig.json', 'scripts/build-cli.js'];

/** The sample the build runs once so that the code cache holds what reading and analysing compile. */
const PRIMING_SAMPLE = path.join(ROOT, 'samples/示例县义务教育学校办学条件.xlsx');

const COMMON = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', logLevel: 'warning', minify: true, charset: 'ascii' };

/**
 * The bundle with every non-ASCII character written as a `\uXXXX` escape
 * (esbuild escapes strings but leaves regular expressions as they are): V8 then
 * holds the source as a one-byte string, half the memory and faster to scan.
 * Only strings, templates and regular expressions hold such characters, and in
 * each `\uXXXX` means the character itself; an identity escape of one (`\【`)
 * becomes the escape alone.
 */
function asciiOnly(text) {
  const ascii = text.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, char) => {
    const escape = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape;
  });
  if (/[\u0080-\uffff]/.test(ascii)) throw new Error('build-cli: the program bundle is not ASCII-only');
  return ascii;
}

/** `require("exceljs")`, `require("exceljs/lib/…")` as esbuild writes an external import. */
const EXCELJS_REQUIRE = /\brequire\("(exceljs(?:\/[^"]*)?)"\)/g;

/** Node.js built-ins only some runs use (a copy's temporary name; commander's external subcommands): each costs milliseconds to start. */
const LAZY_BUILTINS = ['crypto', 'node:child_process'];

/** `require("crypto")` … as esbuild writes a built-in the program imports. */
const LAZY_REQUIRE = new RegExp(`\\brequire\\("(${LAZY_BUILTINS.join('|')})"\\)`, 'g');

/**
 * Defines `lazyBuiltin(id)`, a stand-in for a built-in that requires the real
 * module when a property of it is first read (or its keys listed), not when the
 * program starts. It goes at the end of the program (a hoisted function: the
 * top keeps "use strict" first).
 */
const LAZY_BUILTIN_HELPER = `function lazyBuiltin(id) {
  let real;
  const load = () => (real ??= require(id));
  return new Proxy({}, {
    get: (_, key) => load()[key],
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
  });
}`;

/**
 * Writes dist/cli/junheng-main.js, dist/cli/exceljs.js and dist/cli/junheng.js,
 * then primes the code cache (synchronously; a few seconds).
 * ExcelJS is left out of the bundle: each `exceljs` or `exceljs/…` import takes
 * it from exceljs.js next to the bundle, which exports every path imported. The
 * sources import the copy writers with `await import()`, so the bundle requires
 * exceljs.js only when a copy is written — reading, compiling and starting
 * ExcelJS would otherwise be most of a county-sized `--json` run.
 */
function buildCli() {
  const esbuild = require('esbuild');
  const [bundle] = esbuild.buildSync({
    ...COMMON,
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    outfile: PROGRAM_BUNDLE,
    external: ['exceljs', 'exceljs/*'],
    footer: { js: LAZY_BUILTIN_HELPER },
    write: false,
  }).outputFiles;
  const paths = new Set();
  let text = asciiOnly(bundle.text).replace(EXCELJS_REQUIRE, (_, imported) => {
    paths.add(imported);
    return `require("./${path.basename(EXCELJS_BUNDLE)}")[${JSON.stringify(imported)}]`;
  });
  if (!paths.has('exceljs')) throw new Error('build-cli: the bundle no longer imports exceljs as expected');
  const lazy = new Set();
  text = text.replace(LAZY_REQUIRE, (_, id) => {
    lazy.add(id);
    return `lazyBuiltin(${JSON.stringify(id)})`;
  });
  if (lazy.size !== LAZY_BUILTINS.length) throw new Error('build-cli: the bundle no longer requires each of LAZY_BUILTINS');
  // The launcher compiles the program with vm.Script, which has no loader for a native import().
  if (/\bimport\(/.test(text)) throw new Error('build-cli: the program bundle holds a native import(), which the launcher cannot load');
  const exports = [...paths].sort().map((imported) => `  ${JSON.stringify(imported)}: require(${JSON.stringify(imported)}),`);
  esbuild.buildSync({
    ...COMMON,
    stdin: { contents: `module.exports = {\n${exports.join('\n')}\n};\n`, resolveDir: ROOT, sourcefile: 'exceljs-apart.js' },
    outfile: EXCELJS_BUNDLE,
  });
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  fs.writeFileSync(PROGRAM_BUNDLE, text);
  for (const name of fs.readdirSync(path.dirname(BUNDLE))) {
    if (name.endsWith('.v8cache')) fs.rmSync(path.join(path.dirname(BUNDLE), name), { force: true });
  }
  buildLauncher(BUNDLE, crypto.createHash('sha256').update(text).digest('hex').slice(0, 16));
  // A failed priming run only leaves the cache to the first real run.
  childProcess.spawnSync(process.execPath, [BUNDLE, 'analyze', PRIMING_SAMPLE, '--json'], { stdio: 'ignore' });
}

/** Writes the launcher (src/cli/launcher.ts) to `outfile`, naming its cache by `digest` of the program beside it. */
function buildLauncher(outfile, digest) {
  require('esbuild').buildSync({
    ...COMMON,
    entryPoints: [path.join(ROOT, 'src/cli/launcher.ts')],
    outfile,
    banner: { js: '#!/usr/bin/env node' },
    define: { PROGRAM_DIGEST: JSON.stringify(digest) },
  });
  fs.chmodSync(outfile, 0o755);
}

function newestMtime(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** True when the bundle is missing or older than any of its sources. */
function cliIsStale() {
  if (![BUNDLE, PROGRAM_BUNDLE, EXCELJS_BUNDLE].every((file) => fs.existsSync(file))) return true;
  const built = fs.statSync(BUNDLE).mtimeMs;
  return INPUTS.some((input) => {
    const file = path.resolve(ROOT, input);
    return fs.existsSync(file) && newestMtime(file) > built;
  });
}

module.exports = { BUNDLE, PROGRAM_BUNDLE, EXCELJS_BUNDLE, asciiOnly, buildCli, buildLauncher, cliIsStale };

if (require.main === module) buildCli();
