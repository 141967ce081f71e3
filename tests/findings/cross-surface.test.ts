/**
 * The same verdict, counts and lists on every surface: the command line's
 * text and the report sheets against the findings of the core, for the sample
 * county and fixtures that used to be told wrong (undecided shown as passing,
 * a failing school under passing CVs, a 基本均衡 table under both rulesets,
 * a header-only sheet). The web page and the task pane are held to the same
 * findings in their own tests (tests/web, tests/taskpane, tests/browser).
 */
import { formatSummary } from '../../src/cli/summary';
import { analyze } from '../../src/core/analyze';
import { buildFindings, countLines, countyHeadline, entryLine, verdictParts } from '../../src/core/findings';
import { readSheet } from '../../src/core/reader';
import { buildReport } from '../../src/core/report';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { Grid, Ruleset } from '../../src/core/types';
import { sampleCountyGrid } from '../../samples/sample-county';
import { basicTable, failingSchoolPassingCvs, headerOnly, trainingExample } from './counties';
import { bureauForm } from '../core/readerFixtures';

const CASES: [string, () => Grid, Ruleset][] = [
  ['the sample county', sampleCountyGrid, QUALITY_2017],
  ['the training example under quality-2017', trainingExample, QUALITY_2017],
  ['the training example under basic-2012', trainingExample, BASIC_2012],
  ['a 基本均衡 table under quality-2017', basicTable, QUALITY_2017],
  ['a 基本均衡 table under basic-2012', basicTable, BASIC_2012],
  ['a failing school under passing CVs', failingSchoolPassingCvs, QUALITY_2017],
  ['a header-only sheet', headerOnly, QUALITY_2017],
  ['a bureau form with merged headers and 万元', () => bureauForm(true), QUALITY_2017],
];

function sheetText(report: ReturnType<typeof buildReport>, key: string): string {
  const sheet = report.sheets.find((s) => s.key === key);
  return (sheet?.rows ?? []).map((row) => row.map((cell) => String(cell.value ?? '')).join('\t')).join('\n');
}

describe.each(CASES)('%s', (_name, makeGrid, ruleset) => {
  const read = readSheet(makeGrid());
  const result = analyze(read, ruleset);
  const findings = buildFindings(result, ruleset);
  const headline = countyHeadline(findings.verdict, 'zh');
  const parts = verdictParts(findings.verdict, ruleset, 'zh', 'cli').map((p) => p.line);
  const cli = formatSummary(result, ruleset, 'zh', { hiddenSheet: false });
  const report = buildReport(result, read, ruleset, 'zh');

  test('the command line states the verdict, its parts and the counts', () => {
    expect(cli).toContain(headline);
    for (const line of parts) expect(cli).toContain(line);
    for (const line of countLines(findings.counts, findings.judgesSchools, 'zh')) expect(cli).toContain(line);
    for (const school of findings.failing.slice(0, 50)) expect(cli).toContain(entryLine(school, 'zh'));
    for (const school of findings.passingWithMiss.slice(0, 50)) expect(cli).toContain(entryLine(school, 'zh'));
    for (const school of findings.undecided.slice(0, 50)) expect(cli).toContain(entryLine(school, 'zh'));
  });

  test('the 差异系数 and 学校指标 sheets state the same verdict and parts', () => {
    for (const key of ['county', 'schools']) {
      const text = sheetText(report, key);
      expect(text).toContain(headline);
      for (const line of verdictParts(findings.verdict, ruleset, 'zh', 'sheet').map((p) => p.line)) expect(text).toContain(line);
    }
  });

  test('nothing is called passed unless it was computed', () => {
    const said = [cli, sheetText(report, 'county'), sheetText(report, 'schools'), sheetText(report, 'ledger')].join('\n');
    if (findings.verdict.status !== 'pass') expect(said).not.toContain('县域结论：达标');
    if (findings.verdict.parts.cv.status !== 'pass') expect(said).not.toMatch(/(县域|综合)差异系数：达标/);
    if (findings.verdict.parts.schools.status !== 'pass') {
      expect(said).not.toContain('学校达标：达标');
      expect(said).not.toMatch(/都达标|全部达标/);
    }
    if (findings.verdict.parts.checks?.status !== 'pass') expect(said).not.toContain('全部通过');
  });
});
