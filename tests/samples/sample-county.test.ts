import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { CellValue } from '../../src/core/types';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { sampleCsvBytes, sampleWorkbookBytes } from '../../samples/make-sample';
import {
  SAMPLE_CSV_NAME,
  SAMPLE_EXPECTED,
  SAMPLE_FILE_NAME,
  SAMPLE_SHEET_NAME,
  SAMPLE_TITLE,
  sampleCountyGrid,
  sampleCountySheet,
} from '../../samples/sample-county';

const SAMPLES = join(__dirname, '../../samples');
const grid = sampleCountyGrid();
const rowOf = (name: string) => grid.values.findIndex((row) => row[1] === name) + 1;
const cell = (row: number, column: number): CellValue => grid.values[row - 1][column - 1];

describe('the sample grid', () => {
  test('looks like a bureau sheet: title, unit line, two-row header, labels, totals, notes', () => {
    expect(grid.sheet).toBe(SAMPLE_SHEET_NAME);
    expect(cell(1, 1)).toBe(SAMPLE_TITLE);
    expect(cell(2, 1)).toMatch(/^填报单位/);
    expect(cell(3, 5)).toBe('在校生数（人）');
    expect(grid.values[3].slice(4, 8)).toEqual(['合计', '小学', '初中', '高中']);
    expect(grid.values.map((row) => row[0]).filter((v) => typeof v === 'string' && /^[一二三四]、/.test(v))).toEqual([
      '一、小学',
      '二、初中',
      '三、一贯制学校及完全中学',
      '四、其他',
    ]);
    expect(grid.values.filter((row) => row[1] === '小计')).toHaveLength(4);
    expect(grid.values[grid.values.length - 1][0]).toMatch(/^填表人：.*审核人：.*填报日期：/);
    expect(new Set(grid.values.map((row) => row.length)).size).toBe(1);
  });

  test('holds about thirty schools, with the kinds the demo needs', () => {
    const schools = grid.values.filter((row) => typeof row[0] === 'number');
    expect(schools).toHaveLength(30);
    const types = schools.map((row) => row[2]);
    expect(types).toEqual(expect.arrayContaining(['小学', '初级中学', '九年一贯制学校', '完全中学', '教学点', '特殊教育学校']));
    expect(schools.filter((row) => row[3] === '民办').map((row) => row[1])).toEqual(['育英小学']);
    const teachingPoints = schools.filter((row) => row[2] === '教学点').map((row) => row[4] as number);
    expect(teachingPoints.some((p) => p < 50) && teachingPoints.some((p) => p >= 50)).toBe(true);
  });

  test('pupils 合计 equals the section columns wherever they are filled', () => {
    for (const row of grid.values.filter((r) => typeof r[0] === 'number' && r[2] !== '特殊教育学校')) {
      const sections = row.slice(5, 8).reduce<number>((sum, v) => sum + ((v as number | null) ?? 0), 0);
      expect([row[1], sections]).toEqual([row[1], row[4]]);
    }
    const complete = grid.values[rowOf('示例县第二中学') - 1];
    expect(complete.slice(5, 8)).toEqual([null, 720, 960]);
  });

  test('小计 and 合计 hold the results of their formulas', () => {
    const { formulas } = sampleCountySheet();
    const letters = (column: number) => String.fromCharCode(64 + column);
    for (const { row, column, formula } of formulas) {
      const range = /^SUM\(([A-Z])(\d+):[A-Z](\d+)\)$/.exec(formula);
      const rows = range ? Array.from({ length: Number(range[3]) - Number(range[2]) + 1 }, (_, i) => Number(range[2]) + i) : formula.split('+').map((ref) => Number(ref.slice(1)));
      expect(formula.startsWith('SUM(') ? range?.[1] : formula[0]).toBe(letters(column));
      const sum = rows.reduce((s, r) => s + Math.round(((cell(r, column) as number | null) ?? 0) * 100), 0) / 100;
      expect([row, column, cell(row, column)]).toEqual([row, column, sum]);
    }
    expect(cell(grid.values.findIndex((r) => r[1] === '合计') + 1, 5)).toBe(21197);
  });

  test('merges cover the title, the unit line, the header and the label rows', () => {
    expect(grid.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 23 });
    expect(grid.merges).toContainEqual({ top: 3, left: 5, bottom: 3, right: 8 });
    expect(grid.merges).toContainEqual({ top: 3, left: 2, bottom: 4, right: 2 });
    expect(grid.merges).toContainEqual({ top: 5, left: 1, bottom: 5, right: 23 });
    // A merged area shows its value once, in its top-left cell.
    for (const m of grid.merges ?? []) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) expect(cell(r, c)).toBeNull();
      }
    }
  });
});

describe('the sample files', () => {
  test('are what make-sample writes (regenerate with `npm run sample`), byte for byte', async () => {
    expect(Buffer.from(await sampleWorkbookBytes()).equals(readFileSync(join(SAMPLES, SAMPLE_FILE_NAME)))).toBe(true);
    expect(Buffer.from(sampleCsvBytes()).equals(readFileSync(join(SAMPLES, SAMPLE_CSV_NAME)))).toBe(true);
  });

  test('read back to the grid: the workbook with its merges, the CSV without', async () => {
    const [xlsx] = await readWorkbookBytes(new Uint8Array(readFileSync(join(SAMPLES, SAMPLE_FILE_NAME))), SAMPLE_FILE_NAME);
    expect(xlsx.sheet).toBe(grid.sheet);
    expect(xlsx.values).toEqual(grid.values);
    expect([...(xlsx.merges ?? [])].sort(byPosition)).toEqual([...(grid.merges ?? [])].sort(byPosition));
    const [csv] = await readWorkbookBytes(new Uint8Array(readFileSync(join(SAMPLES, SAMPLE_CSV_NAME))), SAMPLE_CSV_NAME);
    expect(csv.values).toEqual(grid.values);
  });
});

function byPosition(a: { top: number; left: number }, b: { top: number; left: number }): number {
  return a.top - b.top || a.left - b.left;
}

describe('the sample analysed by the engine shows what SAMPLE_EXPECTED says', () => {
  const result = analyze(readSheet(grid), QUALITY_2017, { file: SAMPLE_FILE_NAME });
  const analysed = result.schools.filter((s) => !s.excluded);

  test('sections: schools, pupils and county verdicts', () => {
    for (const section of ['primary', 'junior'] as const) {
      expect(result.sections[section]).toMatchObject(SAMPLE_EXPECTED.sections[section]);
    }
  });

  test('exactly the expected schools fail, for the expected indicators', () => {
    const failing = analysed
      .filter((s) => s.passes === false)
      .map((s) => ({
        name: s.name,
        section: s.section,
        misses: s.misses,
        belowFloor: s.misses.filter((id) => s.indicators[id].aboveFloor === false),
      }));
    expect(failing).toEqual(SAMPLE_EXPECTED.failingSchools);
    expect(analysed.filter((s) => s.passes === null)).toEqual([]);
  });

  test('a school missing one indicator above the floor passes', () => {
    const withMiss = analysed
      .filter((s) => s.passes === true && s.misses.length > 0)
      .map((s) => ({ name: s.name, section: s.section, misses: s.misses, belowFloor: s.misses.filter((id) => s.indicators[id].aboveFloor === false) }));
    expect(withMiss).toEqual(SAMPLE_EXPECTED.passingWithMiss);
  });

  test('exactly the expected CVs fail', () => {
    const failingCvs = (['primary', 'junior'] as const).flatMap((section) =>
      Object.entries(result.sections[section].indicators)
        .filter(([, county]) => county.passes === false)
        .map(([indicator]) => ({ section, indicator })),
    );
    expect(failingCvs).toEqual(SAMPLE_EXPECTED.failingCvs);
    expect(Object.values(result.sections.junior.indicators).every((county) => county.borderline === false)).toBe(true);
  });

  test('exclusions, teaching points, private and multi-section schools', () => {
    const excluded = result.schools.filter((s) => s.excluded);
    expect(excluded.filter((s) => !/^(小计|合计)$/.test(s.name)).map((s) => s.name)).toEqual(SAMPLE_EXPECTED.excludedSchools);
    expect(excluded.filter((s) => /^(小计|合计)$/.test(s.name))).toHaveLength(SAMPLE_EXPECTED.totalRows);
    expect(analysed.filter((s) => s.type === 'teaching-point').map((s) => s.name)).toEqual(SAMPLE_EXPECTED.keptTeachingPoints);
    expect(analysed.filter((s) => s.ownership === 'private').map((s) => s.name)).toEqual(SAMPLE_EXPECTED.privateSchools);
    expect(result.summary.privateSchools).toBe(SAMPLE_EXPECTED.privateSchools.length);
    for (const name of SAMPLE_EXPECTED.multiSection.bothSections) {
      expect(analysed.filter((s) => s.name === name).map((s) => s.section)).toEqual(['primary', 'junior']);
    }
    for (const name of SAMPLE_EXPECTED.multiSection.juniorOnly) {
      expect(analysed.filter((s) => s.name === name).map((s) => s.section)).toEqual(['junior']);
    }
  });

  test('no school value sits on a rounding edge (the demo shows no borderline flags)', () => {
    expect(analysed.flatMap((s) => Object.values(s.indicators)).some((i) => i.borderline)).toBe(false);
  });

  test('every further check passes (school size, class size, special rooms)', () => {
    expect(analysed.flatMap((s) => Object.values(s.checks)).every((check) => check.meets)).toBe(true);
  });
});
