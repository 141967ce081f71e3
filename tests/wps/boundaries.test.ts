/**
 * One engine, one pane, one set of functions: the WPS-specific files hold no
 * domain code. From src/core they may import only what the Office gateway
 * imports (the report model's entry, addresses, and types), and the WPS
 * start-up reaches the engine only through the gateway, the pane and the
 * shared functions.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');

function filesOf(dir: string, match: RegExp): string[] {
  return fs.readdirSync(path.join(ROOT, dir)).filter((f) => match.test(f)).map((f) => path.join(dir, f));
}

/** Every module a file imports, resolved against src/. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...source.matchAll(/^import\s+(type\s+)?[^'"]*['"]([^'"]+)['"]/gm)].map((m) => ({
    typeOnly: m[1] !== undefined,
    target: m[2].startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), m[2])) : m[2],
  }));
}

const CORE = /^src\/core\//;
const officeCoreImports = new Set(importsOf('src/gateway/office.ts').map((i) => i.target).filter((t) => CORE.test(t)));
const wpsFiles = [...filesOf('src/gateway', /^wps.*\.ts$/), ...filesOf('src/wps', /\.tsx?$/)];

test('the WPS files are found', () => {
  expect(wpsFiles).toEqual(expect.arrayContaining(['src/gateway/wps.ts', 'src/wps/pane.tsx', 'src/wps/functions.ts']));
});

test.each(wpsFiles)('%s imports from src/core only what the Office gateway imports', (file) => {
  for (const { target, typeOnly } of importsOf(file)) {
    if (!CORE.test(target)) continue;
    expect({ file, target, allowed: officeCoreImports.has(target) || (typeOnly && target === 'src/core/report/types') }).toEqual({
      file,
      target,
      allowed: true,
    });
  }
});
