/**
 * Property: take a county that passes every part, remove any set of columns;
 * no surface (findings, command line, report sheets) calls passed what could
 * no longer be computed.
 */
import fc from 'fast-check';
import { formatSummary } from '../../src/cli/summary';
import { analyze } from '../../src/core/analyze';
import { buildFindings } from '../../src/core/findings';
import { readSheet } from '../../src/core/reader';
import { buildReport } from '../../src/core/report';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { FULL_COLUMNS, primaryCounty, type SchoolSpec } from './counties';

const INDICATOR_COLUMNS = FULL_COLUMNS.map(([header]) => header).filter((h) => !['在校生数', '班级数', '最大班额', '音乐专用教室数', '美术专用教室数'].includes(h));
const CHECK_COLUMNS = ['班级数', '最大班额', '音乐专用教室数', '美术专用教室数'];

const schools = fc.array(
  fc.record<SchoolSpec>({ pupils: fc.integer({ min: 200, max: 1500 }), factor: fc.double({ min: 1.15, max: 1.3, noNaN: true }) }),
  { minLength: 2, maxLength: 8 },
);

function said(grid: ReturnType<typeof primaryCounty>): { status: ReturnType<typeof buildFindings>['verdict']; text: string } {
  const read = readSheet(grid);
  const result = analyze(read, QUALITY_2017);
  const report = buildReport(result, read, QUALITY_2017, 'zh');
  const sheets = report.sheets.flatMap((sheet) => sheet.rows.map((row) => row.map((cell) => String(cell.value ?? '')).join('\t')));
  return { status: buildFindings(result, QUALITY_2017).verdict, text: [formatSummary(result, QUALITY_2017, 'zh', { hiddenSheet: false }), ...sheets].join('\n') };
}

test('the full county passes every part (the property starts from a passing county)', () => {
  fc.assert(fc.property(schools, (specs) => said(primaryCounty(specs)).status.status === 'pass'), { numRuns: 20 });
});

test('removing indicator or check columns never leaves a pass for what is no longer computed', () => {
  fc.assert(
    fc.property(
      schools,
      fc.subarray(INDICATOR_COLUMNS),
      fc.subarray(CHECK_COLUMNS),
      (specs, indicators, checks) => {
        fc.pre(indicators.length + checks.length > 0);
        const { status, text } = said(primaryCounty(specs, new Set([...indicators, ...checks])));
        expect(status.status).not.toBe('pass');
        expect(text).not.toContain('县域结论：达标');
        if (indicators.length > 0) {
          expect(status.parts.cv.status).toBe('undecided');
          expect(status.parts.schools.status).not.toBe('pass');
          expect(text).not.toContain('县域差异系数：达标');
          expect(text).not.toContain('学校达标：达标');
          expect(text).not.toMatch(/都达标|全部达标/);
        }
        if (checks.length > 0) {
          expect(status.parts.checks?.status).toBe('undecided');
          expect(text).not.toContain('全部通过');
        }
      },
    ),
    { numRuns: 60 },
  );
});
