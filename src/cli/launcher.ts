/**
 * The command's first file (bundled into dist/cli/junheng.js by
 * scripts/build-cli.js): starts the program bundle beside it
 * (junheng-main.js) from V8's code cache, so a run does not parse and compile
 * the megabyte of JavaScript again. Node 20 has no module compile cache, so the
 * bundle is compiled here as `require` would (the same CommonJS wrapper) with
 * `vm.Script` and `cachedData`.
 *
 * The cache is an optimisation only: missing, rejected (another Node.js or V8
 * flags) or unwritable (a read-only folder), the program runs the same, just
 * compiled from source; a missing or rejected cache is written (once, when the
 * process exits) for the next run. The build primes it with a run on the sample.
 */
import fs from 'fs';
import { createRequire } from 'module';
import path from 'path';
import vm from 'vm';

/** Set by scripts/build-cli.js: a digest of junheng-main.js, naming its cache, so a rebuilt program never meets an old cache. */
declare const PROGRAM_DIGEST: string;

/**
 * Node.js and its options, hashed (FNV-1a): V8 rejects a cache made by another
 * version or under other flags, so each combination keeps a cache of its own
 * rather than rewriting one shared cache on every alternate run.
 */
function runtimeKey(): string {
  const text = [process.version, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

const PROGRAM = path.join(__dirname, 'junheng-main.js');
const CACHE = path.join(__dirname, `junheng-main.${PROGRAM_DIGEST}.${runtimeKey()}.v8cache`);

/** What `require` wraps a CommonJS file in, kept on the first line so line numbers in stack traces match the file. */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_TAIL = '\n});';

function readCache(): Buffer | undefined {
  try {
    return fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** Writes the cache beside the program, atomically (two first runs at once both succeed); any failure is ignored. */
function writeCache(script: vm.Script): void {
  const temporary = `${CACHE}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, CACHE);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was left behind, or nothing can be removed: either way the run goes on.
    }
  }
}

// The build makes the program ASCII-only: read as Latin-1 it is a one-byte string, the cheapest for V8.
const source = fs.readFileSync(PROGRAM, 'latin1');
const cachedData = readCache();
const script = new vm.Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: PROGRAM, cachedData });
// Written at exit, the cache also holds the functions this run compiled (the reading and analysis).
if (cachedData === undefined || script.cachedDataRejected === true) process.once('exit', () => writeCache(script));

const programModule = { exports: {} };
const main = script.runInThisContext() as (exports: object, require: NodeRequire, module: object, filename: string, dirname: string) => void;
main.call(programModule.exports, programModule.exports, createRequire(PROGRAM), programModule, PROGRAM, __dirname);
