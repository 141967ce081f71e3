import { mappingFields } from '../../src/core/mapping-fields';
import { withColumns, withFactor } from '../../src/core/reader/overrides';
import { SAMPLE_EXPECTED, sampleCountyGrid } from '../../samples/sample-county';
import { analyze } from '../../src/core/analyze';
import { buildFindings, messageText } from '../../src/core/findings';
import { readSheet } from '../../src/core/reader';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import { createMemoryGateway } from '../../src/gateway/memory';
import {
  addableIndicators,
  indicatorCells,
  mappingMessages,
  nameCell,
  newRulesetId,
  runCheck,
  schoolCount,
  storedRulesets,
  typeCounts,
} from '../../src/taskpane/flow';
import type { CheckStep } from '../../src/taskpane/flow';
import type { SheetRead } from '../../src/core/types';
import { fixtureRead } from '../core/report-fixture';

const read = readSheet(sampleCountyGrid());

describe('what the find step shows', () => {
  test('school rows by type, totals left out', () => {
    const counts = new Map(typeCounts(read));
    expect(counts.get('primary')).toBe(16);
    expect(counts.get('nine-year')).toBe(2);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(schoolCount(read));
    expect(schoolCount(read)).toBe(read.records.filter((r) => r.kind === 'school').length);
    expect(schoolCount(read)).toBeLessThan(read.records.length);
  });
});

describe('the mapping step', () => {
  test('nothing is missing in the sample; a column taken away gets the engine’s message, naming this step', () => {
    expect(mappingMessages(read, QUALITY_2017, 'zh')).toEqual([]);
    const without = readSheet(sampleCountyGrid(), { mapping: withColumns({}, read, 'keyTeachers', []) });
    const missing = mappingMessages(without, QUALITY_2017, 'zh');
    // The same messages the full analysis gives, whatever the rows.
    expect(missing).toEqual(analyze(without, QUALITY_2017, { lang: 'zh' }).messages.filter((m) => m.code === 'missing-indicator'));
    expect(missing.map((m) => messageText(m, 'zh', 'pane'))).toEqual([
      expect.stringMatching(/县级及以上骨干教师数.*在“列映射”步骤中指定该列/),
    ]);
    const noPupils = readSheet(sampleCountyGrid(), {
      mapping: { pupils: [], primaryPupils: [], juniorPupils: [] },
    });
    expect(mappingMessages(noPupils, QUALITY_2017, 'zh').map((m) => m.code)).toContain('missing-pupils');
  });

  test('the list holds mapped and needed fields; all fields on request', () => {
    const fields = mappingFields(read, BASIC_2012, false);
    expect(fields).toContain('books');
    expect(fields).toContain('name');
    expect(mappingFields(read, QUALITY_2017, true).length).toBeGreaterThan(fields.length - 1);
    expect(mappingFields(read, QUALITY_2017, true)).toContain('artRooms');
  });

  test('choosing a column keeps the unit the header says; changing the unit scales the values', () => {
    const equipment = read.mapping.equipmentValue?.[0];
    expect(equipment?.factor).toBe(10000);
    const moved = withColumns({}, read, 'equipmentValue', [equipment?.column ?? 0]);
    expect(moved.equipmentValue?.[0]).toMatchObject({ column: equipment?.column, factor: 10000 });
    const inYuan = readSheet(sampleCountyGrid(), { mapping: withFactor({}, read, 'equipmentValue', 1) });
    const school = read.records.find((r) => r.kind === 'school' && r.values.equipmentValue !== undefined);
    const same = inYuan.records.find((r) => r.row === school?.row);
    expect(same?.values.equipmentValue).toBeCloseTo((school?.values.equipmentValue ?? 0) / 10000, 9);
  });
});

describe('a check', () => {
  test('reads again, recognises, analyses, and reports each step in order', async () => {
    const gateway = createMemoryGateway({ sheets: [sampleCountyGrid()] });
    const { location } = await gateway.findTable('sheet');
    const steps: CheckStep[] = [];
    const outcome = await runCheck(gateway, location, {}, QUALITY_2017, 'zh', (step) => steps.push(step));
    expect(steps).toEqual(['read', 'parse', 'analyze', 'done']);
    expect(outcome.result.sections.primary.schools).toBe(SAMPLE_EXPECTED.sections.primary.schools);
    const findings = buildFindings(outcome.result, QUALITY_2017);
    expect([...new Set(findings.failing.map((s) => s.name))].sort()).toEqual(SAMPLE_EXPECTED.failingSchools.map((s) => s.name).sort());
    expect(findings.excluded.map((s) => s.name)).toContain('后沟教学点');
  });

  test('a school links its name cell; none without a name column', () => {
    const row = read.records.find((r) => r.name === '王家湾小学')?.row ?? 0;
    expect(nameCell(read, row)).toBe(`学校办学条件!B${row}`);
    expect(nameCell(readSheet(sampleCountyGrid(), { mapping: { name: [] } }), row)).toBeNull();
  });

  test('an indicator links the cells the engine read for it, from its record', () => {
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    const row = read.records.find((r) => r.name === '王家湾小学')?.row ?? 0;
    expect(indicatorCells(result, row, 'primary', 'pe-art-teachers')).toEqual([`学校办学条件!N${row}`]);
    const excluded = result.schools.find((s) => s.excluded)?.row ?? 0;
    expect(indicatorCells(result, excluded, 'primary', 'pe-art-teachers')).toEqual([]);
  });

  test('a split school’s section reading its own teacher column links that column, not the field’s first one', () => {
    const fixture = fixtureRead();
    fixture.mapping.degreeTeachers?.push(
      { column: 17, header: '小学高于规定学历教师数', factor: 1, section: 'primary' },
      { column: 18, header: '初中高于规定学历教师数', factor: 1, section: 'junior' },
    );
    const city = fixture.records.find((r) => r.name === '城关学校') as SheetRead['records'][number];
    city.sectionValues = { junior: { degreeTeachers: 9 } };
    const result = analyze(fixture, QUALITY_2017, { lang: 'zh' });
    expect(indicatorCells(result, city.row, 'junior', 'degree-teachers')).toEqual([`学校表!R${city.row}`]);
    // Its 小学 part fills no own column: the whole row's figure, split.
    expect(indicatorCells(result, city.row, 'primary', 'degree-teachers')).toEqual([`学校表!F${city.row}`]);
  });
});

describe('user rulesets', () => {
  test('valid ones are kept, broken ones reported', () => {
    const { rulesets, problems } = storedRulesets({ rulesets: [{ ...QUALITY_2017, id: 'p1' }, { id: 'bad' }], rulesetId: null });
    expect(rulesets.map((r) => r.id)).toEqual(['p1']);
    expect(problems).toContainEqual({ path: 'name', code: 'ruleset-missing', params: {} });
  });

  test('new ids never clash; addable indicators are those not in the ruleset yet', () => {
    expect(newRulesetId([])).toBe('province-1');
    expect(newRulesetId([{ id: 'province-1' }, { id: 'province-2' }])).toBe('province-3');
    const addable = addableIndicators(QUALITY_2017).map((d) => d.id);
    expect(addable).toEqual(expect.arrayContaining(['computers', 'books', 'teachers', 'senior-teachers']));
    expect(addable).not.toContain('teaching-space');
    expect(new Set(addable).size).toBe(addable.length);
  });
});
