/**
 * Every built bundle parses as ES2020, so the pane is not blank in the webviews of
 * older Office on Mac (Safari 14) or Windows: no class static blocks, no `??=`,
 * no private methods. Runtime functions newer than ES2020 (Object.hasOwn, .at)
 * are provided by scripts/es2020-polyfills.js in the pages' bundles.
 */
import { parse } from 'acorn';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DIST, ensureBuilt } from './support/build';

jest.setTimeout(600_000);

beforeAll(() => ensureBuilt('pane.html'));

function bundles(): string[] {
  return readdirSync(DIST).filter((file) => file.endsWith('.js'));
}

test('the build has the pages’ bundles and the lazily loaded chunks', () => {
  expect(bundles()).toEqual(expect.arrayContaining(['taskpane.js', 'functions.js', 'web.js']));
  expect(bundles().length).toBeGreaterThan(3);
});

test.each(['taskpane.js', 'functions.js', 'web.js', 'others'])('%s parses as ES2020', (name) => {
  const files = name === 'others' ? bundles().filter((f) => !['taskpane.js', 'functions.js', 'web.js'].includes(f)) : [name];
  for (const file of files) {
    const code = readFileSync(join(DIST, file), 'utf8');
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  }
});

test('the ES2020 parser refuses what Safari 14 cannot run, so the test above can fail', () => {
  for (const newer of ['class A { static { this.x = 1; } }', 'let a; a ??= 1;', 'class B { #m() {} }']) {
    expect(() => parse(newer, { ecmaVersion: 2020, sourceType: 'script' })).toThrow();
  }
});

test('the pages load the polyfills for functions newer than ES2020', () => {
  for (const file of ['taskpane.js', 'web.js']) expect(readFileSync(join(DIST, file), 'utf8')).toContain('hasOwn');
});

/** The scripts a built page loads, in order (html-webpack-plugin writes unquoted or quoted src). */
function pageScripts(page: string): string[] {
  const html = readFileSync(join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith('http'));
}

test.each(['taskpane.html', 'pane.html'])('%s loads zod once (taskpane.js and functions.js share one chunk)', (page) => {
  const scripts = pageScripts(page);
  expect(scripts).toContain('taskpane.js');
  const withZod = scripts.filter((file) => readFileSync(join(DIST, file), 'utf8').includes('ZodError'));
  expect(withZod).toEqual(['pane-shared.js']);
});
