/**
 * The result document stays byte-identical: the `--json` text (the result and
 * its findings, as the command line writes them) of the samples, every fixture
 * workbook, the findings' counties and a synthetic county, under each built-in
 * ruleset and the province example, is compared with a stored SHA-256.
 * A speed-up of the engine must not change one byte of any of them.
 *
 * After an intended change of the result, regenerate the list with
 * `GOLDEN_UPDATE=1 npx jest tests/core/golden.test.ts` and say why in the commit.
 */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { writeJson } from '../../src/cli/json-out';
import { analyze } from '../../src/core/analyze';
import { buildFindings } from '../../src/core/findings/build';
import { readSheet } from '../../src/core/reader';
import type { Grid, Lang, Ruleset } from '../../src/core/types';
import { goldenInputs, ROOT, RULESETS } from './golden-inputs';

const GOLDEN = join(ROOT, 'tests', 'fixtures', 'golden', 'result-documents.json');

/** The `--json` text of one analysis, as `analyze --json` writes it. */
function documentText(grid: Grid, ruleset: Ruleset, lang: Lang, file: string): string {
  const result = analyze(readSheet(grid), ruleset, { lang, file });
  const { verdict: _verdict, sections: _sections, ...findings } = buildFindings(result, ruleset);
  const pieces: string[] = [];
  writeJson({ ...result, findings }, (piece) => pieces.push(piece));
  return pieces.join('');
}

test('the result documents of the samples and fixtures are byte-identical to the stored ones', async () => {
  const hashes: Record<string, string> = {};
  for (const [key, grid] of await goldenInputs()) {
    for (const ruleset of RULESETS) {
      for (const lang of ['zh', 'en'] as const) {
        const text = documentText(grid, ruleset, lang, key.split('/')[1]);
        hashes[`${key} ${ruleset.id} ${lang}`] = createHash('sha256').update(text).digest('hex').slice(0, 16);
      }
    }
  }
  if (process.env.GOLDEN_UPDATE === '1') writeFileSync(GOLDEN, `${JSON.stringify(hashes, null, 2)}\n`);
  expect(hashes).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
});
