// Bundles the command line (src/cli/main.ts and everything it imports, ExcelJS
// included) into one file, dist/cli/junheng.js, that needs only Node.js: it
// starts in a fraction of the time tsx needs to transpile the sources.
//   node scripts/build-cli.js   → always rebuilds (part of `npm run build`)
//   scripts/junheng.js          → rebuilds only when a source is newer, then runs it
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'dist/cli/junheng.js');
/** What the bundle is made of: a newer file here makes it stale. */
const INPUTS = ['src', 'package-lock.json', 'tsconfig.json', 'scripts/build-cli.js'];

/** Writes dist/cli/junheng.js (synchronously; about a second). */
function buildCli() {
  require('esbuild').buildSync({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
  });
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
  if (!fs.existsSync(BUNDLE)) return true;
  const built = fs.statSync(BUNDLE).mtimeMs;
  return INPUTS.some((input) => {
    const file = path.resolve(ROOT, input);
    return fs.existsSync(file) && newestMtime(file) > built;
  });
}

module.exports = { BUNDLE, buildCli, cliIsStale };

if (require.main === module) buildCli();
