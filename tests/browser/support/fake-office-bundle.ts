/**
 * Builds `fake-office.ts` for the browser with esbuild (as scripts/build-cli.js
 * builds the command line), once per test file, and hands out the script a page
 * gets instead of office.js: the table first, then the fake.
 */
import { buildSync } from 'esbuild';
import { join } from 'path';
import type { Grid } from '../../../src/core/types';
import { ROOT } from './build';

let bundle: string | null = null;

/** The bundled fake, built on first use. */
function fakeBundle(): string {
  if (bundle !== null) return bundle;
  const built = buildSync({
    entryPoints: [join(__dirname, 'fake-office.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    // office-addin-mock asks for office-addin-manifest only for host names: jest's stand-in (jest.config.js) does here too.
    alias: { 'office-addin-manifest': join(ROOT, 'tests/stubs/office-addin-manifest.js') },
    // The fake measures each sync's bytes with Buffer.byteLength and yields at each sync with
    // setImmediate, as in Node; the browser has TextEncoder and setTimeout.
    banner: {
      js: [
        'var Buffer = { byteLength: function (text) { return new TextEncoder().encode(String(text)).length; } };',
        'var setImmediate = function (callback) { return setTimeout(callback, 0); };',
      ].join('\n'),
    },
    logLevel: 'silent',
  });
  bundle = built.outputFiles[0].text;
  return bundle;
}

/**
 * The script served in place of office.js: Office and Excel over a workbook holding `grid`.
 *
 * @example
 * route.fulfill({ contentType: 'text/javascript', body: fakeOfficeScript(grid) });
 */
export function fakeOfficeScript(grid: Grid): string {
  return `window.JUNHENG_FAKE_GRID = ${JSON.stringify(grid)};\n${fakeBundle()}`;
}
