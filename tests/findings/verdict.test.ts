import { analyze } from '../../src/core/analyze';
import { buildFindings, combine, countyHeadline, verdictParts } from '../../src/core/findings';
import { readSheet } from '../../src/core/reader';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { Grid, Ruleset } from '../../src/core/types';
import { sampleCountyGrid } from '../../samples/sample-county';
import { basicTable, failingSchoolPassingCvs, headerOnly, primaryCounty, trainingExample } from './counties';

function verdictOf(grid: Grid, ruleset: Ruleset = QUALITY_2017) {
  return analyze(readSheet(grid), ruleset).verdict;
}

describe('combine', () => {
  test('a failure wins, then undecided, and nothing judged is undecided', () => {
    expect(combine(['pass', 'pass'])).toBe('pass');
    expect(combine(['pass', 'undecided'])).toBe('undecided');
    expect(combine(['undecided', 'fail', 'pass'])).toBe('fail');
    expect(combine([])).toBe('undecided');
  });
});

describe('the county verdict and its parts', () => {
  test('the sample county fails: one CV over its limit and two failing schools; the further checks pass', () => {
    const verdict = verdictOf(sampleCountyGrid());
    expect(verdict.status).toBe('fail');
    expect(verdict.parts.cv.status).toBe('fail');
    expect(verdict.parts.cv.reasons[0]).toMatchObject({ code: 'cv-over-limit' });
    expect(verdict.parts.schools.status).toBe('fail');
    expect(verdict.parts.checks?.status).toBe('pass');
  });

  test('a county with every column, every school above standard, passes every part', () => {
    const verdict = verdictOf(primaryCounty([{ pupils: 800, factor: 1.2 }, { pupils: 500, factor: 1.3 }, { pupils: 1200, factor: 1.25 }]));
    expect(verdict).toMatchObject({ status: 'pass', parts: { cv: { status: 'pass' }, schools: { status: 'pass' }, checks: { status: 'pass' } } });
  });

  test('a failing school fails the county although every CV is within its limit', () => {
    const verdict = verdictOf(failingSchoolPassingCvs());
    expect(verdict.parts.cv.status).toBe('pass');
    expect(verdict.parts.schools.status).toBe('fail');
    expect(verdict.status).toBe('fail');
  });

  test('the training example (only 图书册数) is undecided in every part under quality-2017', () => {
    const verdict = verdictOf(trainingExample());
    expect(verdict.status).toBe('undecided');
    expect(verdict.parts.cv.status).toBe('undecided');
    expect(verdict.parts.schools.status).toBe('undecided');
    expect(verdict.parts.checks?.status).toBe('undecided');
    expect(verdict.parts.checks?.reasons.map((r) => r.code)).toEqual(['check-columns-missing', 'check-columns-missing', 'check-columns-missing']);
  });

  test('basic-2012 without provincial standards: the schools part is undecided, the checks are not part of it', () => {
    const verdict = verdictOf(basicTable(), BASIC_2012);
    expect(verdict.parts.cv.status).toBe('pass');
    expect(verdict.parts.schools).toMatchObject({ status: 'undecided', reasons: [{ code: 'no-school-standards' }, { code: 'no-school-standards' }] });
    expect(verdict.parts.checks).toBeNull();
    expect(verdict.status).toBe('undecided');
  });

  test('a header-only sheet has no school: every part undecided, never pass', () => {
    const verdict = verdictOf(headerOnly());
    expect(verdict.status).toBe('undecided');
    expect(verdict.parts.cv.reasons).toEqual([{ code: 'no-schools', params: {} }]);
  });

  test('each section carries its own verdict; a section without schools has none', () => {
    const result = analyze(readSheet(primaryCounty([{ pupils: 800, factor: 1.2 }])), QUALITY_2017);
    expect(result.sections.primary.verdict?.status).toBe('pass');
    expect(result.sections.junior.verdict).toBeNull();
  });
});

describe('words of the verdict', () => {
  test('the headline and the parts, with the surface naming its own control', () => {
    const result = analyze(readSheet(trainingExample()), QUALITY_2017);
    expect(countyHeadline(result.verdict, 'zh')).toBe('县域结论：无法判定');
    const cli = verdictParts(result.verdict, QUALITY_2017, 'zh', 'cli');
    const web = verdictParts(result.verdict, QUALITY_2017, 'zh', 'web');
    expect(cli.map((p) => p.line)).toEqual(['县域差异系数：无法判定', '学校达标：无法判定', '其他检查（学校规模、班额、专用教室）：无法判定']);
    expect(cli[0].reasons[0]).toContain('--map');
    expect(web[0].reasons[0]).toContain('“列映射”面板');
    expect(web[0].reasons[0]).not.toContain('--map');
  });

  test('under basic-2012 the CV part is the composite, and a missing part says the ruleset has none', () => {
    const result = analyze(readSheet(basicTable()), BASIC_2012);
    const parts = verdictParts(result.verdict, BASIC_2012, 'en', 'cli');
    expect(parts[0].line).toBe('Composite CV: passes');
    expect(parts[2]).toMatchObject({ status: null, line: 'Further checks (school size, class size, special rooms): this ruleset has no further checks' });
  });
});

describe('the findings', () => {
  test('a 基本均衡 table run with the default ruleset suggests basic-2012, and not the other way round', () => {
    const read = readSheet(basicTable());
    expect(buildFindings(analyze(read, QUALITY_2017), QUALITY_2017).suggestion?.ruleset).toBe('basic-2012');
    expect(buildFindings(analyze(read, BASIC_2012), BASIC_2012).suggestion).toBeNull();
  });

  test('a sheet without school rows gets no ruleset suggestion: its rows are missing, not its ruleset', () => {
    const header = [['学校名称', '在校生数', '图书册数', '计算机台数', '专任教师数']];
    const grid = { sheet: 'Sheet1', origin: { row: 1, column: 1 }, values: header };
    expect(buildFindings(analyze(readSheet(grid), QUALITY_2017), QUALITY_2017).suggestion).toBeNull();
    const withRow = { ...grid, values: [...header, ['城关小学', 800, 20000, 80, 50]] };
    expect(buildFindings(analyze(readSheet(withRow), QUALITY_2017), QUALITY_2017).suggestion?.ruleset).toBe('basic-2012');
  });

  test('counts say what they count: schools once, entries per section', () => {
    const findings = buildFindings(analyze(readSheet(sampleCountyGrid()), QUALITY_2017), QUALITY_2017);
    expect(findings.counts).toMatchObject({ schools: 28, entries: 30, failingSchools: 2, failingEntries: 2, passingWithMissEntries: 1 });
    expect(findings.failing.map((s) => s.name)).toEqual(['王家湾小学', '北坪乡初级中学']);
    expect(findings.passingWithMiss.map((s) => s.name)).toEqual(['城关第一小学']);
    expect(findings.cvDrivers).toHaveLength(1);
    expect(findings.notes).toHaveLength(2);
  });

  test('the failing school of a county with passing CVs is listed with both misses and their floors', () => {
    const findings = buildFindings(analyze(readSheet(failingSchoolPassingCvs()), QUALITY_2017), QUALITY_2017);
    expect(findings.failing).toHaveLength(1);
    expect(findings.failing[0].misses.map((m) => m.indicator)).toEqual(['teaching-space', 'sports-space']);
    expect(findings.failing[0].misses[0]).toMatchObject({ aboveFloor: false, floor: 4.5 * 0.85 });
    expect(findings.cvDrivers).toEqual([]);
  });
});
