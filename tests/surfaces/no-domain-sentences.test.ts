/**
 * Meaning has one home: the surfaces (command line, web page, task pane,
 * report sheets) hold no Chinese sentence of their own outside their label
 * files; every sentence about a result comes from the core's catalogue.
 */
import { execSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { cjkLiterals } from './cjk-literals';

const ROOT = join(__dirname, '..', '..');

/** Each surface's labels of its own controls and layout, and the catalogue itself. */
const LABEL_FILES = new Set([
  'src/cli/labels.ts',
  // The command line's own options, argument and file errors (its controls: options, paths, streams).
  'src/cli/run.ts',
  'src/cli/plan.ts',
  'src/cli/compare.ts',
  'src/cli/bounded-read.ts',
  'src/cli/streams.ts',
  'src/core/report/labels.ts',
  'src/components/labels.ts',
  'src/taskpane/strings.ts',
  'src/web/strings.ts',
  // The language switch names each language in that language.
  'src/web/components/LanguageSwitch.tsx',
  // One Chinese character, drawn out of sight to resolve the Chinese font early: no sentence.
  'src/web/components/FontWarmUp.tsx',
]);

const SURFACES = ['src/cli', 'src/web', 'src/taskpane', 'src/components', 'src/core/report', 'src/core/findings'];

function sourceFiles(): string[] {
  return execSync(`git ls-files ${SURFACES.join(' ')}`, { cwd: ROOT })
    .toString()
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f));
}

describe('surfaces hold no domain sentences of their own', () => {
  test('the scanner finds Chinese in literals and JSX, not in comments', () => {
    const source = "// 注释 不算\nconst a = '达标';\nconst b = <p>未达标</p>;\nconst c = `第 ${1} 行`;";
    expect(cjkLiterals('x.tsx', source)).toEqual(['达标', '未达标', '第 ', ' 行']);
  });

  test.each(sourceFiles().filter((f) => !LABEL_FILES.has(f)))('%s', (file) => {
    expect(cjkLiterals(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
