import { analyze } from '../../src/core/analyze';
import { columnNumber } from '../../src/core/address';
import { buildMarkRules, isMarkFormula, MARK_TAG } from '../../src/core/report';
import { formulaNumber } from '../../src/core/report/marks';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { MarkRule } from '../../src/core/report';
import type { AnalysisResult, Section, SheetRead } from '../../src/core/types';
import { evaluateMark, FIXTURE_ROWS, FIXTURE_SHEET, fixtureCells, fixtureRead } from './report-fixture';

function setup(read: SheetRead = fixtureRead()) {
  const result = analyze(read, QUALITY_2017, { lang: 'zh' });
  return { read, result, rules: buildMarkRules(read, result, QUALITY_2017) };
}

/** Cells (row, column) each level of rules marks, evaluated as Excel would. */
function markedCells(rules: MarkRule[], cells = fixtureCells()): Record<'fail' | 'below-floor', Set<string>> {
  const marked = { fail: new Set<string>(), 'below-floor': new Set<string>() };
  for (const rule of rules) {
    const [, col, top, bottom] = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(rule.range) ?? [];
    for (let row = Number(top); row <= Number(bottom ?? top); row++) {
      if (evaluateMark(rule.formula, Number(top), row, cells)) marked[rule.level].add(`${row}:${columnNumber(col)}`);
    }
  }
  return marked;
}

/** The cells the engine says miss (or fall below the floor): the columns each school section reads. */
function engineCells(read: SheetRead, result: AnalysisResult): Record<'fail' | 'below-floor', Set<string>> {
  const expected = { fail: new Set<string>(), 'below-floor': new Set<string>() };
  for (const school of result.schools) {
    if (school.excluded || school.section === null) continue;
    const record = read.records.find((r) => r.row === school.row);
    for (const def of QUALITY_2017.indicators) {
      const indicator = school.indicators[def.id];
      const columns = def.numerator.flatMap((field) => {
        const section = record?.sectionValues[school.section as Section]?.[field] !== undefined ? school.section : undefined;
        return (read.mapping[field] ?? []).filter((ref) => ref.section === section).map((ref) => ref.column);
      });
      for (const column of columns) {
        if (indicator?.meets === false) expected.fail.add(`${school.row}:${column}`);
        if (indicator?.aboveFloor === false) expected['below-floor'].add(`${school.row}:${column}`);
      }
    }
  }
  return expected;
}

describe('buildMarkRules', () => {
  test('marks exactly the cells the engine finds below the standard and below the floor', () => {
    const { read, result, rules } = setup();
    const marked = markedCells(rules);
    const expected = engineCells(read, result);
    expect(expected.fail.size).toBeGreaterThan(0);
    expect(expected['below-floor'].size).toBeGreaterThan(0);
    expect([...marked.fail].sort()).toEqual([...expected.fail].sort());
    expect([...marked['below-floor']].sort()).toEqual([...expected['below-floor']].sort());
  });

  test('follows later edits: raising a failing school’s teaching space clears its mark', () => {
    const { rules } = setup();
    const cells = fixtureCells();
    // 东街小学 (row 6) misses teaching space with 2000 ㎡ for 500 pupils; 2250 ㎡ reaches 4.5.
    expect(markedCells(rules, cells).fail.has('6:9')).toBe(true);
    (cells.get(6) as unknown[])[9] = 2250;
    expect(markedCells(rules, cells).fail.has('6:9')).toBe(false);
  });

  test('one rule covers a run of rows of either section, split schools included; excluded rows break the run', () => {
    const { rules } = setup();
    const teaching = rules.filter((rule) => rule.indicator === 'teaching-space' && rule.level === 'fail');
    // Rows 5–8 (小学), row 9 excluded, rows 10–12 (一贯制, 初中); the 合计 row 13 is not marked.
    expect(teaching.map((rule) => rule.range)).toEqual(['I5:I8', 'I10:I12']);
    expect(teaching[0].formula).toBe(
      'AND(ISNUMBER($I5),OR(AND($D5>0,$I5/($D5+1.1*$E5)<4.5),AND($E5>0,$I5*1.1/($D5+1.1*$E5)<5.8)),ISTEXT("junheng"))',
    );
    expect(teaching.every((rule) => rule.sheet === FIXTURE_SHEET)).toBe(true);
  });

  test('writes 万元 factors and ×100 scales into the formula', () => {
    const { rules } = setup();
    const equipment = rules.find((rule) => rule.indicator === 'equipment' && rule.level === 'fail') as MarkRule;
    expect(equipment.formula).toContain('$K5*10000/($D5+1.1*$E5)<2000');
    const degree = rules.find((rule) => rule.indicator === 'degree-teachers' && rule.level === 'fail') as MarkRule;
    expect(degree.formula).toContain('100*$F5/($D5+1.1*$E5)<4.2');
  });

  test('the below-floor level compares with 85 % of the standard and comes first', () => {
    const { rules } = setup();
    const floor = rules.find((rule) => rule.indicator === 'teaching-space' && rule.level === 'below-floor') as MarkRule;
    expect(floor.formula).toContain(`<${formulaNumber(4.5 * 0.85)}`);
    const lastFloor = Math.max(...rules.filter((r) => r.level === 'below-floor').map((r) => r.priority));
    const firstFail = Math.min(...rules.filter((r) => r.level === 'fail').map((r) => r.priority));
    expect(lastFloor).toBeLessThan(firstFail);
    expect(new Set(rules.map((r) => r.priority)).size).toBe(rules.length);
  });

  test('without section pupil columns, each row uses the pupils column the engine used', () => {
    const rows = FIXTURE_ROWS.filter((row) => row[1] !== '九年一贯制学校');
    const read = fixtureRead(rows, ['primaryPupils', 'juniorPupils']);
    const { result, rules } = setup(read);
    const teaching = rules.filter((rule) => rule.indicator === 'teaching-space' && rule.level === 'fail');
    // 小学 rows 5–8 share one formula, 初中 rows 10–11 another (different standard).
    expect(teaching.map((rule) => rule.range)).toEqual(['I5:I8', 'I10:I11']);
    expect(teaching[0].formula).toBe('AND(ISNUMBER($I5),$C5>0,$I5/$C5<4.5,ISTEXT("junheng"))');
    const cells = fixtureCells(rows);
    expect([...markedCells(rules, cells).fail].sort()).toEqual([...engineCells(read, result).fail].sort());
  });

  test('a split school’s teachers come from its section columns when it fills them', () => {
    const read = fixtureRead();
    const city = read.records.find((record) => record.name === '城关学校') as SheetRead['records'][number];
    // Section columns 17 (Q, 小学) and 18 (R, 初中) for degree teachers; the row fills them.
    read.mapping.degreeTeachers?.push(
      { column: 17, header: '小学高于规定学历教师数', factor: 1, section: 'primary' },
      { column: 18, header: '初中高于规定学历教师数', factor: 1, section: 'junior' },
    );
    // 小学 13 / 300 pupils = 4.33 meets 4.2; 初中 9 / 200 = 4.5 misses 5.3.
    city.sectionValues = { primary: { degreeTeachers: 13 }, junior: { degreeTeachers: 9 } };
    const cells = fixtureCells();
    (cells.get(city.row) as unknown[])[17] = 13;
    (cells.get(city.row) as unknown[])[18] = 9;
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    const rules = buildMarkRules(read, result, QUALITY_2017).filter((rule) => rule.indicator === 'degree-teachers');
    const own = rules.filter((rule) => rule.level === 'fail' && /^[QR]/.test(rule.range));
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((rule) => rule.formula)).toEqual([
      'AND(ISNUMBER($Q10),$D10>0,100*$Q10/$D10<4.2,ISTEXT("junheng"))',
      'AND(ISNUMBER($R10),$E10>0,100*$R10/$E10<5.3,ISTEXT("junheng"))',
    ]);
    const marked = [...markedCells(rules, cells).fail].sort();
    expect(marked).toEqual([...engineCells(read, result).fail].filter((key) => /:(6|17|18)$/.test(key)).sort());
    expect(marked).toContain('10:18');
    expect(marked).not.toContain('10:17');
  });

  test('a ruleset without standards has nothing to mark', () => {
    const read = fixtureRead();
    const result = analyze(read, BASIC_2012, { lang: 'zh' });
    expect(buildMarkRules(read, result, BASIC_2012)).toEqual([]);
  });

  test('a blank cell’s row is written with the pupils the engine divides by, so filling it in marks it as the engine judges it', () => {
    // 城关小学 (row 5): 在校生数 1000 but 小学在校生数 990, teaching space blank.
    const rows = FIXTURE_ROWS.map((row, i) => (i === 0 ? ([...row.slice(0, 3), 990, ...row.slice(4)] as typeof row) : row));
    rows[0][8] = null;
    const { rules } = setup(fixtureRead(rows));
    // Filled in later with 4460 ㎡: 4460 / 1000 = 4.46 misses 4.5 (over 990 pupils it would meet it).
    const cells = fixtureCells(rows);
    (cells.get(5) as unknown[])[9] = 4460;
    const teaching = rules.filter((rule) => rule.indicator === 'teaching-space' && rule.level === 'fail');
    expect(markedCells(teaching, cells).fail.has('5:9')).toBe(true);
    const filled = rows.map((row, i) => (i === 0 ? ([...row.slice(0, 8), 4460, ...row.slice(9)] as typeof row) : row));
    const engine = analyze(fixtureRead(filled), QUALITY_2017, { lang: 'zh' }).schools.find((s) => s.row === 5);
    expect(engine?.indicators['teaching-space'].meets).toBe(false);
  });

  test('a row the engine kept no record of gets no formula', () => {
    const { read, result } = setup();
    const unrecorded = { ...result, schools: result.schools.map((s) => (s.row === 5 ? { ...s, provenance: undefined } : s)) };
    const rules = buildMarkRules(read, unrecorded, QUALITY_2017);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.some((rule) => /^[A-Z]+5(:|$)/.test(rule.range))).toBe(false);
  });

  test('every formula carries the tag that lets a later run find it', () => {
    const { rules } = setup();
    expect(rules.every((rule) => isMarkFormula(rule.formula) && rule.formula.endsWith(`${MARK_TAG})`))).toBe(true);
    expect(isMarkFormula('AND($A1>0)')).toBe(false);
  });
});

describe('formulaNumber', () => {
  test('writes 15 significant digits, as Excel keeps them', () => {
    expect(formulaNumber(0.85 * 4.2)).toBe('3.57');
    expect(formulaNumber(10000)).toBe('10000');
    expect(formulaNumber(1.1)).toBe('1.1');
  });
});
