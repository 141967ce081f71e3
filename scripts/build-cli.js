// Bundles the command line (src/cli/main.ts and everything it imports) into
// dist/cli/junheng.js, with ExcelJS beside it in dist/cli/exceljs.js (loaded only
// to write a copy); the two files need only Node.js, and start in a fraction of
// the time tsx needs to transpile the sources.
//   node scripts/build-cli.js   → always rebuilds (part of `npm run build`)
//   scripts/junheng.js          → rebuilds only when a source is newer, then runs it
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'dist/cli/junheng.js');
/** ExcelJS and what only it needs, loaded by the bundle when a copy is written (never for --json). */
const EXCELJS_BUNDLE = path.join(path.dirname(BUNDLE), 'exceljs.js');
/** What the bundle is made of: a newer file here makes it stale. */
const INPUTS = ['src', 'package-lock.json', 'tsconfig.json', 'scripts/build-cli.js'];

const COMMON = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', logLevel: 'warning' };

/** `require("exceljs")`, `require("exceljs/lib/…")` as esbuild writes an external import. */
const EXCELJS_REQUIRE = /\brequire\("(exceljs(?:\/[^"]*)?)"\)/g;

/**
 * Writes dist/cli/junheng.js and dist/cli/exceljs.js (synchronously; about a second).
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
    outfile: BUNDLE,
    banner: { js: '#!/usr/bin/env node' },
    external: ['exceljs', 'exceljs/*'],
    write: false,
  }).outputFiles;
  const paths = new Set();
  const text = bundle.text.replace(EXCELJS_REQUIRE, (_, imported) => {
    paths.add(imported);
    return `require("./${path.basename(EXCELJS_BUNDLE)}")[${JSON.stringify(imported)}]`;
  });
  if (!paths.has('exceljs')) throw new Error('build-cli: the bundle no longer imports exceljs as expected');
  const exports = [...paths].sort().map((imported) => `  ${JSON.stringify(imported)}: require(${JSON.stringify(imported)}),`);
  esbuild.buildSync({
    ...COMMON,
    stdin: { contents: `module.exports = {\n${exports.join('\n')}\n};\n`, resolveDir: ROOT, sourcefile: 'exceljs-apart.js' },
    outfile: EXCELJS_BUNDLE,
  });
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  fs.writeFileSync(BUNDLE, text, { mode: 0o755 });
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
  if (!fs.existsSync(BUNDLE) || !fs.existsSync(EXCELJS_BUNDLE)) return true;
  const built = fs.statSync(BUNDLE).mtimeMs;
  return INPUTS.some((input) => {
    const file = path.resolve(ROOT, input);
    return fs.existsSync(file) && newestMtime(file) > built;
  });
}

module.exports = { BUNDLE, EXCELJS_BUNDLE, buildCli, cliIsStale };

if (require.main === module) buildCli();
