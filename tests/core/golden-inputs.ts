/**
 * The inputs of the golden tests: the samples, every fixture workbook, the
 * findings' counties and a synthetic county, each as the grid the command line
 * would analyse, and the rulesets they run under.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { findSchoolSheet } from '../../src/core/reader';
import { BASIC_2012, QUALITY_2017, parseRuleset } from '../../src/core/rulesets';
import type { Grid, Ruleset } from '../../src/core/types';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { syntheticCountyGrid } from '../../samples/synthetic-county';
import { basicTable, failingSchoolPassingCvs, headerOnly, primaryCounty, trainingExample } from '../findings/counties';

export const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bad');
const SAMPLES = join(ROOT, 'samples');

function provinceExample(): Ruleset {
  const parsed = parseRuleset(JSON.parse(readFileSync(join(SAMPLES, 'rulesets', 'province-example.json'), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.ruleset;
}

export const RULESETS: readonly Ruleset[] = [QUALITY_2017, BASIC_2012, provinceExample()];

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

/** Each input by its key ('samples/…', 'fixtures/…', 'counties/…', 'synthetic/600'). */
export async function goldenInputs(): Promise<[string, Grid][]> {
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
