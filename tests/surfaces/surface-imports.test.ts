/**
 * The surfaces share through the core (and src/components), never through each
 * other: the web page does not import from the task pane or the command line,
 * the task pane not from the web page or the command line.
 */
import { execSync } from 'child_process';
import { readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const ROOT = join(__dirname, '..', '..');

/** The surfaces each surface must not import from. */
const FORBIDDEN: Record<string, string[]> = {
  'src/web': ['src/taskpane', 'src/cli'],
  'src/taskpane': ['src/web', 'src/cli'],
};

/** The src/… modules a file imports (relative imports resolved). */
function importsOf(file: string, source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) =>
    relative(ROOT, resolve(dirname(join(ROOT, file)), m[1])),
  );
}

const files = execSync(`git ls-files ${Object.keys(FORBIDDEN).join(' ')}`, { cwd: ROOT })
  .toString()
  .split('\n')
  .filter((f) => /\.tsx?$/.test(f));

test('the scanner resolves relative imports', () => {
  expect(importsOf('src/web/components/X.tsx', "import { a } from '../../taskpane/flow';")).toEqual(['src/taskpane/flow']);
});

test.each(files)('%s imports no other surface', (file) => {
  const surface = Object.keys(FORBIDDEN).find((dir) => file.startsWith(`${dir}/`)) as string;
  const crossing = importsOf(file, readFileSync(join(ROOT, file), 'utf8')).filter((target) =>
    FORBIDDEN[surface].some((other) => target === other || target.startsWith(`${other}/`)),
  );
  expect(crossing).toEqual([]);
});
