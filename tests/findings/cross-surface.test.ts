/**
 * The same verdict, counts and lists on every surface, for the sample county
 * and fixtures that used to be told wrong (undecided shown as passing, a
 * failing school under passing CVs, a 基本均衡 table under both rulesets, a
 * header-only sheet): the command line (its text and its `--json` document),
 * the report sheets, the web page's pipeline, the task pane (in-memory
 * gateway and its flow) and the WPS build (the fake `wps`). Meaning is
 * compared — codes, parameters, schools, rows, counts — not layout; the
 * rendered words are checked where a surface prints them.
 */
import { formatSummary } from '../../src/cli/summary';
import { analyze } from '../../src/core/analyze';
import { MESSAGE_LIMIT } from '../../src/cli/summary';
import { bySeverity, buildFindings, countLines, countyHeadline, entryLine, messageText, verdictParts } from '../../src/core/findings';
import { analyzeGrid } from '../../src/web/pipeline';
import { cliOn, documentMeaning, meaningOf, memoryPane, missingFromSheets, wpsPane, xlsxOf, type CliRun, type Meaning } from './surface-meaning';
import { readSheet } from '../../src/core/reader';
import { buildReport } from '../../src/core/report';
import { CROSS_SURFACE_CASES } from './counties';

const CASES = CROSS_SURFACE_CASES;

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

describe.each(CASES)('%s: every surface carries the same meaning', (_name, makeGrid, ruleset) => {
  const grid = makeGrid();
  const read = readSheet(grid);
  const result = analyze(read, ruleset);
  const findings = buildFindings(result, ruleset);
  const core = meaningOf(result, findings);
  const file = `${grid.sheet}.xlsx`;
  let json: CliRun;
  let text: CliRun;
  let pane: Awaited<ReturnType<typeof memoryPane>>;
  let wps: Awaited<ReturnType<typeof wpsPane>>;

  beforeAll(async () => {
    const bytes = await xlsxOf(grid);
    json = await cliOn(bytes, file, ['--json', '--ruleset', ruleset.id, '--lang', 'zh']);
    text = await cliOn(bytes, file, ['--ruleset', ruleset.id, '--lang', 'zh']);
    pane = await memoryPane(grid, ruleset);
    wps = await wpsPane(grid, ruleset);
  }, 60_000);

  /** The school entries of the lists, as `name|row|section|part`, to name who differs when a list drifts. */
  function who(meaning: Meaning): Record<string, string[]> {
    const id = (e: { name: string; row: number; section: string; part: string | null }) => `${e.name}|${e.row}|${e.section}|${e.part ?? ''}`;
    return { failing: meaning.failing.map(id), passingWithMiss: meaning.passingWithMiss.map(id), undecided: meaning.undecided.map(id) };
  }

  /** A table without a school row: the command line refuses it (exit 1, one sentence); the others say undecided. */
  const nothingToAnalyse = result.summary.schools === 0 && result.schools.length === 0;

  test('the command line\'s --json document', () => {
    expect(json.status).toBe(text.status);
    if (nothingToAnalyse) {
      expect(findings.verdict.status).toBe('undecided');
      expect(json.status).toBe(1);
      expect(json.stdout).toBe('');
      expect(json.stderr).not.toMatch(/达标|通过/);
      return;
    }
    expect(json.stderr).toBe('');
    const cli = documentMeaning(JSON.parse(json.stdout));
    expect(who(cli)).toEqual(who(core));
    expect(cli).toEqual(core);
  });

  test('the web page\'s pipeline', () => {
    const web = analyzeGrid(grid, ruleset, 'zh', file);
    const meaning = meaningOf(web.result, web.findings);
    expect(who(meaning)).toEqual(who(core));
    expect(meaning).toEqual(core);
  });

  test('the task pane (in-memory gateway and flow)', () => {
    expect(who(pane.meaning)).toEqual(who(core));
    expect(pane.meaning).toEqual(core);
  });

  test('the WPS build (the pane\'s flow over the WPS gateway)', () => {
    expect(who(wps.meaning)).toEqual(who(core));
    expect(wps.meaning).toEqual(core);
  });

  test('the command line\'s text says the verdict, counts, lists and messages', () => {
    if (nothingToAnalyse) {
      expect(text.stderr).toBe(json.stderr);
      return;
    }
    const said = text.stdout;
    expect(said).toContain(countyHeadline(findings.verdict, 'zh'));
    for (const part of verdictParts(findings.verdict, ruleset, 'zh', 'cli')) expect(said).toContain(part.line);
    for (const line of countLines(findings.counts, findings.judgesSchools, 'zh')) expect(said).toContain(line);
    for (const school of [...findings.failing, ...findings.passingWithMiss, ...findings.undecided].slice(0, 50)) {
      expect(said).toContain(entryLine(school, 'zh'));
    }
    for (const message of bySeverity(result.messages).slice(0, MESSAGE_LIMIT)) expect(said).toContain(messageText(message, 'zh', 'cli'));
  });

  test('the report sheets written by the pane and by WPS say the same verdict and name the same schools', () => {
    for (const sheets of [pane.sheets, wps.sheets]) expect(missingFromSheets(sheets, core, ruleset)).toEqual([]);
    expect([...wps.sheets.keys()]).toEqual(pane.report.sheets.map((s) => s.name));
  });
});
