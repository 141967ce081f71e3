import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { checkOf, compareChecks } from '../../src/core/compare';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { sampleWorkbookBytes } from '../../samples/make-sample';
import { SAMPLE_2025, sampleCountySheet } from '../../samples/sample-county';
import { SAMPLE_2026, SAMPLE_2026_EXPECTED, SAMPLE_2026_FILE_NAME } from '../../samples/sample-county-2026';

const checkOfYear = (edition: typeof SAMPLE_2025) => checkOf(analyze(readSheet(sampleCountySheet(edition).grid), QUALITY_2017), QUALITY_2017);

test('the committed 2026 workbook is what make-sample writes (regenerate with `npm run sample`), byte for byte', async () => {
  expect(Buffer.from(await sampleWorkbookBytes(SAMPLE_2026)).equals(readFileSync(join(__dirname, '../../samples', SAMPLE_2026_FILE_NAME)))).toBe(true);
});

test('the 2026 sheet is the 2025 one with its year in the title, the dates and the notes', () => {
  const { grid } = sampleCountySheet(SAMPLE_2026);
  expect(grid.values[0][0]).toBe('示例县义务教育学校基本办学条件统计表（2026年）');
  const text = grid.values.flat().filter((v): v is string => typeof v === 'string');
  expect(text.some((v) => v.includes('2025'))).toBe(false);
  expect(grid.values.filter((row) => typeof row[0] === 'number')).toHaveLength(29);
});

describe('compared with 2025, the 2026 sample shows what SAMPLE_2026_EXPECTED says', () => {
  const before = checkOfYear(SAMPLE_2025);
  const now = checkOfYear(SAMPLE_2026);
  const comparison = compareChecks(before, now);
  const keys = (status: string) => comparison.items.filter((item) => item.status === status).map((item) => `${(item.now ?? item.before)?.name}|${item.indicator}`);

  test('some gaps closed, one improved, one new', () => {
    expect(comparison.counts).toEqual(SAMPLE_2026_EXPECTED.counts);
    expect(keys('closed')).toEqual(SAMPLE_2026_EXPECTED.closed);
    expect(keys('improved')).toEqual(SAMPLE_2026_EXPECTED.improved);
    expect(keys('new')).toEqual(SAMPLE_2026_EXPECTED.new);
  });

  test('the merged school and the renamed one are listed; the rename pairs by hand', () => {
    expect(comparison.schools.removed.map((s) => s.name)).toEqual(SAMPLE_2026_EXPECTED.removed);
    expect(comparison.schools.added.map((s) => s.name)).toEqual(SAMPLE_2026_EXPECTED.added);
    const paired = compareChecks(before, now, { pairs: [SAMPLE_2026_EXPECTED.pair] });
    expect(paired.schools.removed.map((s) => s.name)).toEqual(['青石村小学']);
    expect(paired.schools.added).toEqual([]);
  });

  test('CVs moved, and the junior multimedia CV now meets its limit', () => {
    expect(comparison.cvs.filter((cv) => cv.change !== 0).length).toBeGreaterThan(8);
    expect(comparison.cvs.find((cv) => cv.section === 'junior' && cv.indicator === 'multimedia-rooms')).toMatchObject(SAMPLE_2026_EXPECTED.juniorMultimediaCv);
  });
});
