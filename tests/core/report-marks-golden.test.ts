/**
 * The mark rules stay the same: for the samples, every fixture workbook, the
 * findings' counties and a synthetic county, under each built-in ruleset and
 * the province example, the rules `buildMarkRules` gives are compared with a
 * stored SHA-256. The hashes were made by the marks that worked the formulas
 * out from the sheet; the marks that read the engine's record give the same.
 *
 * After an intended change of the marks, regenerate the list with
 * `GOLDEN_UPDATE=1 npx jest tests/core/report-marks-golden.test.ts` and say why in the commit.
 */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { readSheet } from '../../src/core/reader';
import { buildMarkRules } from '../../src/core/report';
import { goldenInputs, ROOT, RULESETS } from './golden-inputs';

const GOLDEN = join(ROOT, 'tests', 'fixtures', 'golden', 'mark-rules.json');

test('the mark rules of the samples and fixtures are the stored ones', async () => {
  const hashes: Record<string, string> = {};
  let rules = 0;
  for (const [key, grid] of await goldenInputs()) {
    for (const ruleset of RULESETS) {
      const read = readSheet(grid);
      const marks = buildMarkRules(read, analyze(read, ruleset, { lang: 'zh' }), ruleset);
      rules += marks.length;
      hashes[`${key} ${ruleset.id}`] = createHash('sha256').update(JSON.stringify(marks)).digest('hex').slice(0, 16);
    }
  }
  expect(rules).toBeGreaterThan(0);
  if (process.env.GOLDEN_UPDATE === '1') writeFileSync(GOLDEN, `${JSON.stringify(hashes, null, 2)}\n`);
  expect(hashes).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
});
