import { analyze } from '../../src/core/analyze';
import { judgesSchools, undecidedEntries, buildFindings } from '../../src/core/findings';
import { buildPlanSheet } from '../../src/core/report/plan-sheet';
import { emptyCell, numberCell, repeatedTextCells } from '../../src/core/report/cells';
import { buildReport, inSteps, reportInSteps, stepsWithSheet, withSheet } from '../../src/core/report';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import { planCounty } from '../../src/core/plan';
import type { Lang, Ruleset } from '../../src/core/types';
import { fixtureRead } from './report-fixture';

const DATE = '2026-11-29';

function analysed(ruleset: Ruleset, lang: Lang) {
  const read = fixtureRead();
  return { read, result: analyze(read, ruleset, { lang, file: '示例县.xlsx' }) };
}

describe('reportInSteps', () => {
  it.each([
    ['quality-2017 zh', 'zh', QUALITY_2017],
    ['quality-2017 en', 'en', QUALITY_2017],
    ['basic-2012 zh', 'zh', BASIC_2012],
  ] as const)('builds the same sheets and charts as buildReport, in order (%s)', (_name, lang, ruleset) => {
    const { read, result } = analysed(ruleset, lang);
    const whole = buildReport(result, read, ruleset, lang, DATE);
    const steps = reportInSteps(result, read, ruleset, lang, DATE);
    expect(steps.names).toEqual(whole.sheets.map((sheet) => sheet.name));
    const built = [...steps.sheets];
    expect(built.map((step) => step.sheet)).toEqual(whole.sheets);
    expect(built.flatMap((step) => step.charts)).toEqual(whole.charts);
    // Each sheet carries the charts drawn on it.
    for (const step of built) expect(step.charts.every((chart) => chart.sheet === step.sheet.key)).toBe(true);
    expect({ lang: steps.lang, title: steps.title, date: steps.date, source: steps.source }).toEqual({
      lang: whole.lang,
      title: whole.title,
      date: whole.date,
      source: whole.source,
    });
  });

  it('builds a sheet only when the writer comes to it', () => {
    const { read, result } = analysed(QUALITY_2017, 'zh');
    const steps = reportInSteps(result, read, QUALITY_2017, 'zh', DATE);
    const iterator = steps.sheets[Symbol.iterator]();
    expect(iterator.next().value?.sheet.key).toBe('schools');
    // A result changed before the next step shows in the next sheet: it was not built yet.
    result.schools = [];
    const county = iterator.next().value;
    expect(county?.sheet.key).toBe('county');
    expect(JSON.stringify(county?.sheet.rows)).not.toContain(read.records.find((record) => record.kind === 'school')?.name ?? '∅');
  });

  it('adds a sheet after the others as withSheet does', () => {
    const { read, result } = analysed(QUALITY_2017, 'zh');
    const plan = planCounty(read, QUALITY_2017).plan;
    const body = buildPlanSheet(plan, QUALITY_2017, 'zh');
    const whole = withSheet(buildReport(result, read, QUALITY_2017, 'zh', DATE), body, QUALITY_2017);
    const steps = stepsWithSheet(reportInSteps(result, read, QUALITY_2017, 'zh', DATE), body, QUALITY_2017);
    expect(steps.names).toEqual(whole.sheets.map((sheet) => sheet.name));
    expect([...steps.sheets].map((step) => step.sheet)).toEqual(whole.sheets);
  });
});

describe('inSteps', () => {
  it('gives a built report as steps, each sheet with its charts', () => {
    const { read, result } = analysed(QUALITY_2017, 'zh');
    const whole = buildReport(result, read, QUALITY_2017, 'zh', DATE);
    const steps = inSteps(whole);
    expect(steps.names).toEqual(whole.sheets.map((sheet) => sheet.name));
    const built = [...steps.sheets];
    expect(built.map((step) => step.sheet)).toEqual(whole.sheets);
    expect(built.find((step) => step.sheet.key === 'county')?.charts).toEqual(whole.charts);
    expect(built.filter((step) => step.sheet.key !== 'county').every((step) => step.charts.length === 0)).toBe(true);
  });

  it('leaves a report in steps as it is', () => {
    const { read, result } = analysed(QUALITY_2017, 'zh');
    const steps = reportInSteps(result, read, QUALITY_2017, 'zh', DATE);
    expect(inSteps(steps)).toBe(steps);
  });
});

describe('shared cells', () => {
  it('makes one frozen empty cell per style', () => {
    expect(emptyCell()).toBe(emptyCell('body'));
    expect(emptyCell('standard')).not.toBe(emptyCell());
    expect(emptyCell('standard')).toEqual({ value: null, kind: 'text', style: 'standard' });
    expect(Object.isFrozen(emptyCell())).toBe(true);
  });

  it("makes one '—' cell per style for numbers that cannot be computed", () => {
    expect(numberCell(null, '0.00')).toBe(numberCell(Number.NaN, '0'));
    expect(numberCell(null, '0.00', 'fail')).toEqual({ value: '—', kind: 'text', style: 'fail' });
    expect(numberCell(1.5, '0.00')).not.toBe(numberCell(1.5, '0.00'));
  });

  it('shares a repeated text per text and style, within one maker', () => {
    const repeated = repeatedTextCells();
    expect(repeated('小学')).toBe(repeated('小学'));
    expect(repeated('小学')).not.toBe(repeated('小学', 'label'));
    expect(repeated('小学')).not.toBe(repeated('初中'));
    expect(repeatedTextCells()('小学')).not.toBe(repeated('小学'));
    expect(repeated('小学', 'label')).toEqual({ value: '小学', kind: 'text', style: 'label' });
  });
});

describe('judgesSchools and undecidedEntries', () => {
  it('agree with the findings', () => {
    for (const ruleset of [QUALITY_2017, BASIC_2012]) {
      const { result } = analysed(ruleset, 'zh');
      const findings = buildFindings(result, ruleset);
      expect(judgesSchools(ruleset)).toBe(findings.judgesSchools);
      expect(undecidedEntries(result, ruleset).map((school) => school.row)).toEqual(findings.undecided.map((entry) => entry.row));
    }
  });

  it('a ruleset without standards judges no school', () => {
    const bare: Ruleset = { ...QUALITY_2017, indicators: QUALITY_2017.indicators.map((def) => ({ ...def, standard: { primary: null, junior: null } })) };
    expect(judgesSchools(bare)).toBe(false);
    expect(undecidedEntries(analysed(bare, 'zh').result, bare)).toEqual([]);
  });
});
