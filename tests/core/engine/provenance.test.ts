import { analyze } from '../../../src/core/analyze';
import { columnNumber } from '../../../src/core/address';
import { readSheet } from '../../../src/core/reader';
import { QUALITY_2017 } from '../../../src/core/rulesets';
import { SECTION_WEIGHTS } from '../../../src/core/split';
import type { AnalysisResult, SchoolResult, SheetRead, ValueSource } from '../../../src/core/types';
import { sampleCountyGrid } from '../../../samples/sample-county';
import { fixtureRead } from '../report-fixture';

/** The record of the entry of `name` (and `section`, for a split school). */
function sourceOf(result: AnalysisResult, name: string, section?: string): { school: SchoolResult; source: ValueSource } {
  const school = result.schools.find((s) => s.name === name && !s.excluded && (section === undefined || s.section === section));
  if (school?.provenance === undefined) throw new Error(`no record for ${name}`);
  return { school, source: result.provenance[school.provenance] };
}

/** The fixture with a 高中 pupils column (S) and the 城关学校 row as `type` with 100 高中 pupils. */
function withSeniorPupils(type: 'nine-year' | 'twelve-year'): SheetRead {
  const read = fixtureRead();
  read.mapping.seniorPupils = [{ column: 19, header: '高中在校生数', factor: 1 }];
  const city = read.records.find((record) => record.name === '城关学校') as SheetRead['records'][number];
  city.type = type;
  city.values.seniorPupils = 100;
  return read;
}

describe('the record of where each value came from', () => {
  test('a plain school: its own columns as written, over its pupils column', () => {
    const result = analyze(fixtureRead(), QUALITY_2017, { lang: 'zh' });
    const { source } = sourceOf(result, '城关小学');
    expect(source.pupils).toEqual({ field: 'pupils', column: 'C' });
    expect(source.split).toBeNull();
    expect(source.indicators['teaching-space']).toEqual([{ field: 'teachingSpace', column: 'I', factor: 1, from: 'row' }]);
    expect(Object.keys(source.indicators)).toEqual(QUALITY_2017.indicators.map((def) => def.id));
  });

  test('a 万元 column carries its factor', () => {
    const result = analyze(fixtureRead(), QUALITY_2017, { lang: 'zh' });
    expect(sourceOf(result, '城关小学').source.indicators.equipment).toEqual([{ field: 'equipmentValue', column: 'K', factor: 10000, from: 'row' }]);
  });

  test('a split 九年一贯制 school: the whole row’s figures, shared by its sections’ weighted pupils', () => {
    const result = analyze(fixtureRead(), QUALITY_2017, { lang: 'zh' });
    const primary = sourceOf(result, '城关学校', 'primary').source;
    const junior = sourceOf(result, '城关学校', 'junior').source;
    const split = [
      { section: 'primary', column: 'D', weight: 1 },
      { section: 'junior', column: 'E', weight: 1.1 },
    ];
    expect(primary.split).toEqual(split);
    expect(junior.split).toEqual(split);
    expect(primary.pupils).toEqual({ field: 'primaryPupils', column: 'D' });
    expect(junior.pupils).toEqual({ field: 'juniorPupils', column: 'E' });
    expect(junior.indicators['teaching-space']).toEqual([{ field: 'teachingSpace', column: 'I', factor: 1, from: 'split' }]);
  });

  test('a 九年一贯制 school’s 高中 pupils take no share; a 十二年一贯制 school’s do', () => {
    const nine = sourceOf(analyze(withSeniorPupils('nine-year'), QUALITY_2017, { lang: 'zh' }), '城关学校', 'junior').source;
    expect(nine.split?.map((part) => part.section)).toEqual(['primary', 'junior']);
    const twelve = sourceOf(analyze(withSeniorPupils('twelve-year'), QUALITY_2017, { lang: 'zh' }), '城关学校', 'junior').source;
    expect(twelve.split).toEqual([
      { section: 'primary', column: 'D', weight: 1 },
      { section: 'junior', column: 'E', weight: 1.1 },
      { section: 'senior', column: 'S', weight: 1.32 },
    ]);
  });

  test('section teacher columns: each section reads its own, the other indicators still split', () => {
    const read = fixtureRead();
    read.mapping.degreeTeachers?.push(
      { column: 17, header: '小学高于规定学历教师数', factor: 1, section: 'primary' },
      { column: 18, header: '初中高于规定学历教师数', factor: 1, section: 'junior' },
    );
    const city = read.records.find((record) => record.name === '城关学校') as SheetRead['records'][number];
    city.sectionValues = { primary: { degreeTeachers: 13 }, junior: { degreeTeachers: 9 } };
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    const primary = sourceOf(result, '城关学校', 'primary').source;
    const junior = sourceOf(result, '城关学校', 'junior').source;
    expect(primary.indicators['degree-teachers']).toEqual([{ field: 'degreeTeachers', column: 'Q', factor: 1, from: 'section' }]);
    expect(junior.indicators['degree-teachers']).toEqual([{ field: 'degreeTeachers', column: 'R', factor: 1, from: 'section' }]);
    expect(junior.indicators['key-teachers']).toEqual([{ field: 'keyTeachers', column: 'G', factor: 1, from: 'split' }]);
    // A single-section school without section figures still reads the whole row's column.
    expect(sourceOf(result, '城关小学').source.indicators['degree-teachers']).toEqual([{ field: 'degreeTeachers', column: 'F', factor: 1, from: 'row' }]);
  });

  test('entries of one shape share one record; excluded entries have none', () => {
    const result = analyze(readSheet(sampleCountyGrid()), QUALITY_2017, { lang: 'zh' });
    const analysed = result.schools.filter((s) => !s.excluded);
    expect(result.provenance.length).toBeLessThan(6);
    expect(new Set(analysed.map((s) => s.provenance)).size).toBe(result.provenance.length);
    expect(result.schools.filter((s) => s.excluded).every((s) => s.provenance === undefined)).toBe(true);
  });

  test('the record gives the engine’s value for every indicator of the sample county', () => {
    const read = readSheet(sampleCountyGrid());
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    const grid = sampleCountyGrid();
    const cell = (row: number, column: string) => grid.values[row - grid.origin.row]?.[columnNumber(column) - grid.origin.column];
    const number = (row: number, column: string) => Number(cell(row, column) ?? 0);
    let checked = 0;
    for (const school of result.schools) {
      if (school.provenance === undefined) continue;
      const source = result.provenance[school.provenance];
      const pupils = number(school.row, source.pupils.column);
      const weighted = source.split?.map((part) => part.weight * number(school.row, part.column)) ?? [];
      const share = source.split === null ? 1 : (SECTION_WEIGHTS[school.section as 'primary' | 'junior'] * pupils) / weighted.reduce((a, b) => a + b, 0);
      for (const def of QUALITY_2017.indicators) {
        const value = school.indicators[def.id]?.value;
        if (value === null || value === undefined) continue;
        const amount = source.indicators[def.id].reduce((sum, t) => sum + number(school.row, t.column) * t.factor * (t.from === 'split' ? share : 1), 0);
        expect((amount * def.scale) / pupils).toBeCloseTo(value, 9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
  test('a read whose pupils have no column (built by hand, not by the reader) is analysed, without a record', () => {
    const read = fixtureRead();
    const pupils = read.mapping.pupils;
    delete read.mapping.pupils;
    expect(pupils).toBeDefined();
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    const plain = result.schools.find((s) => s.name === '城关小学' && !s.excluded);
    expect(plain?.indicators['teaching-space']?.value).not.toBeNull();
    expect(plain?.provenance).toBeUndefined();
  });
});
