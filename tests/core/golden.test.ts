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
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { writeJson } from '../../src/cli/json-out';
import { analyze } from '../../src/core/analyze';
import { buildFindings } from '../../src/core/findings/build';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { BASIC_2012, QUALITY_2017, parseRuleset } from '../../src/core/rulesets';
import type { Grid, Lang, Ruleset } from '../../src/core/types';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { syntheticCountyGrid } from '../../samples/synthetic-county';
import { basicTable, failingSchoolPassingCvs, headerOnly, primaryCounty, trainingExample } from '../findings/counties';

const ROOT = join(__dirname, '..', '..');
const GOLDEN = join(ROOT, 'tests', 'fixtures', 'golden', 'result-documents.json');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bad');
const SAMPLES = join(ROOT, 'samples');

function provinceExample(): Ruleset {
  const parsed = parseRuleset(JSON.parse(readFileSync(join(SAMPLES, 'rulesets', 'province-example.json'), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.ruleset;
}

const RULESETS: readonly Ruleset[] = [QUALITY_2017, BASIC_2012, provinceExample()];

/** The grid the command line would analyse, or null when the file does not read. */
async function fileGrid(path: string, name: string): Promise<Grid | null> {
  try {
    const grids = await readWorkbookBytes(new Uint8Array(readFileSync(path)), name);
    const index = findSchoolSheet(grids);
    return grids[index < 0 ? 0 : index] ?? null;
  } catch {
    return null;
  }
}

async function inputs(): Promise<[string, Grid][]> {
  const named: [string, Grid][] = [
    ['counties/primary', primaryCounty([{ pupils: 800, factor: 1.2 }, { pupils: 300, factor: 0.9 }, { pupils: 1500, factor: 1.05 }])],
    ['counties/training', trainingExample()],
    ['counties/basic', basicTable()],
    ['counties/failing-school', failingSchoolPassingCvs()],
    ['counties/header-only', headerOnly()],
    ['synthetic/600', syntheticCountyGrid(600)],
  ];
  const files = [
    ...readdirSync(SAMPLES).filter((f) => /\.(xlsx|csv)$/.test(f)).map((f) => [`samples/${f}`, join(SAMPLES, f)]),
    ...readdirSync(FIXTURES).filter((f) => !f.endsWith('.json')).sort().map((f) => [`fixtures/${f}`, join(FIXTURES, f)]),
  ];
  for (const [key, path] of files) {
    const grid = await fileGrid(path, key.split('/')[1]);
    if (grid !== null) named.push([key, grid]);
  }
  return named;
}

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
  for (const [key, grid] of await inputs()) {
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
