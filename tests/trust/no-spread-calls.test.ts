/**
 * No array spread into a call anywhere in src/ (issue 10, class 3): `Math.max(...x)`,
 * `list.push(...x)` and their kind put every element on the stack and throw a
 * RangeError for large inputs (a 125 000-row CSV did). Use `maxOf`, `minOf`,
 * `appendAll` from `src/core/arrays.ts`. Spreads into array and object literals are fine.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { appendAll, maxOf, minOf } from '../../src/core/arrays';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** A spread among the arguments of a call: `f(...x)`, `f(a, ...x)`, `o.push(\n  ...x)`. */
const SPREAD_INTO_CALL = /[\w$\])]\s*\(\s*(?:[^()[\]{}]*?,\s*)?\.\.\.[\w$]/;

describe('no spread of an array into a call', () => {
  it('finds the pattern it looks for', () => {
    expect('Math.max(...rows.map((r) => r.length))').toMatch(SPREAD_INTO_CALL);
    expect('messages.push(...more)').toMatch(SPREAD_INTO_CALL);
    expect('f(a, ...rest)').toMatch(SPREAD_INTO_CALL);
    expect('lines.push(\n  ...listed)').toMatch(SPREAD_INTO_CALL);
    expect('const a = [...rows, ...more];').not.toMatch(SPREAD_INTO_CALL);
    expect('({ ...style, numFmt })').not.toMatch(SPREAD_INTO_CALL);
  });

  it.each(sourceFiles(SRC).map((path) => [relative(SRC, path), path]))('%s', (_, path) => {
    // Comments dropped, the rest joined so that a call split over lines is still one call.
    const code = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
      .join('\n');
    const offending = [...code.matchAll(new RegExp(SPREAD_INTO_CALL, 'g'))].map((m) => m[0]);
    expect(offending).toEqual([]);
  });
});

describe('the replacements work at any length', () => {
  const many = Array.from({ length: 300_000 }, (_, i) => i);
  it('maxOf and minOf', () => {
    expect(maxOf(many)).toBe(299_999);
    expect(minOf(many)).toBe(0);
    expect(maxOf([], 0)).toBe(0);
    expect(() => Math.max(...Array.from({ length: 3_000_000 }, () => 1))).toThrow(RangeError);
  });
  it('appendAll', () => {
    expect(appendAll([-1], many)).toHaveLength(300_001);
  });
});
