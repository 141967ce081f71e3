/**
 * The command line's readable summary: what was read, the county verdict with
 * its parts, each section's CVs, the lists behind the verdict and the messages.
 * Every sentence comes from the core's findings; this file only lays them out.
 */
import {
  buildFindings,
  bySeverity,
  checkLine,
  countLines,
  countyHeadline,
  driverLine,
  entryLine,
  listTitle,
  messageText,
  missLine,
  moreLine,
  reasonText,
  sectionHeadline,
  statusText,
  undecidedLine,
  verdictParts,
  type Findings,
  type SchoolFinding,
  type UndecidedFinding,
} from '../core/findings';
import { formatCount, formatCv, formatIndicatorValue, formatLimit, rowSpan } from '../core/format';
import { localize, phrase, sectionLabel } from '../core/present';
import { LABELS } from '../core/report/labels';
import { SECTIONS, type AnalysisResult, type Lang, type ResultMessage, type Ruleset, type Section } from '../core/types';
import { CLI_LABELS } from './labels';
import { formatTable } from './text-table';

/** Messages shown before "N more"; the JSON output and the report sheets have them all. */
export const MESSAGE_LIMIT = 20;

/** Schools listed per group before "N more"; the ledger sheet and the JSON have them all. */
export const SCHOOL_LIMIT = 50;

function indent(lines: readonly string[], depth = 1): string[] {
  return lines.map((line) => `${'  '.repeat(depth)}${line}`);
}

/** The first `SCHOOL_LIMIT` items, and a line counting the rest. */
function capped<T>(items: readonly T[], lines: (item: T) => string[], lang: Lang): string[] {
  const more = moreLine(items.length, SCHOOL_LIMIT, lang, 'cli');
  return [...items.slice(0, SCHOOL_LIMIT).flatMap(lines), ...(more === null ? [] : [more])];
}

function headerLines(result: AnalysisResult, findings: Findings, ruleset: Ruleset, lang: Lang, hiddenSheet: boolean): string[] {
  const { source } = result;
  const lines = [
    phrase(CLI_LABELS.file, lang, { file: source.file ?? '—' }),
    phrase(CLI_LABELS.sheet, lang, { sheet: source.sheet, header: rowSpan(source.headerRows), first: source.firstDataRow, last: source.lastDataRow }),
  ];
  if (hiddenSheet) lines.push(phrase(CLI_LABELS.hiddenSheet, lang));
  lines.push(phrase(CLI_LABELS.ruleset, lang, { id: ruleset.id, name: localize(ruleset.name, lang) }), ...countLines(findings.counts, findings.judgesSchools, lang));
  if (findings.suggestion !== null) lines.push(reasonText(findings.suggestion.reason, lang, 'cli'));
  return lines;
}

function verdictLines(findings: Findings, ruleset: Ruleset, lang: Lang): string[] {
  return [
    countyHeadline(findings.verdict, lang),
    ...verdictParts(findings.verdict, ruleset, lang, 'cli').flatMap((part) => [
      `  ${part.line}`,
      ...indent(part.reasons.map((r) => `· ${r}`), 2),
    ]),
  ];
}

function sectionLines(result: AnalysisResult, findings: Findings, ruleset: Ruleset, section: Section, lang: Lang): string[] {
  const county = result.sections[section];
  const label = sectionLabel(section, lang);
  const verdict = findings.sections[section];
  if (county.schools === 0 || verdict === null) return [phrase(CLI_LABELS.noSchools, lang, { section: label })];
  const rows: string[][] = [
    [LABELS.indicator, LABELS.unit, LABELS.mean, LABELS.cv, LABELS.limit, LABELS.verdict].map((l) => localize(l, lang)),
  ];
  for (const def of ruleset.indicators) {
    const indicator = county.indicators[def.id];
    if (indicator === undefined) {
      rows.push([localize(def.name, lang), localize(def.unit, lang), '—', '—', '', localize(CLI_LABELS.notComputed, lang)]);
      continue;
    }
    const judged = indicator.cvLimit !== null;
    rows.push([
      localize(def.name, lang),
      localize(def.unit, lang),
      formatIndicatorValue(def, indicator.mean),
      formatCv(indicator.cv),
      judged ? formatLimit(indicator.cvLimit) : '',
      judged ? statusText(indicator.passes === null ? 'undecided' : indicator.passes ? 'pass' : 'fail', lang) : '',
    ]);
  }
  if (county.compositeLimit !== null) {
    rows.push([
      localize(LABELS.composite, lang), '', '', formatCv(county.compositeCv), formatLimit(county.compositeLimit),
      statusText(verdict.parts.cv.status, lang),
    ]);
  }
  return [
    phrase(CLI_LABELS.sectionHeading, lang, { section: label, schools: county.schools, pupils: formatCount(county.pupils) }),
    ...indent(formatTable(rows, ['left', 'left', 'right', 'right', 'right', 'left'])),
    `  ${sectionHeadline(section, verdict, lang)}`,
  ];
}

function schoolBlock(school: SchoolFinding, ruleset: Ruleset, lang: Lang): string[] {
  return [`  ${entryLine(school, lang)}`, ...indent(school.misses.map((miss) => missLine(miss, ruleset, lang)), 2)];
}

function undecidedBlock(school: UndecidedFinding, ruleset: Ruleset, lang: Lang): string[] {
  return [`  ${entryLine(school, lang)}`, ...indent([undecidedLine(school, ruleset, lang)], 2)];
}

function listBlocks(findings: Findings, ruleset: Ruleset, lang: Lang): string[][] {
  const blocks: string[][] = [];
  if (findings.cvDrivers.length > 0) {
    blocks.push([listTitle('list-drivers', findings.cvDrivers.length, lang), ...indent(findings.cvDrivers.map((d) => driverLine(d, ruleset, lang)))]);
  }
  if (findings.judgesSchools) {
    blocks.push(
      findings.failing.length > 0
        ? [listTitle('list-failing', findings.failing.length, lang), ...capped(findings.failing, (s) => schoolBlock(s, ruleset, lang), lang)]
        : [listTitle('list-failing-none', findings.counts.entries - findings.counts.undecidedEntries, lang)],
    );
    if (findings.passingWithMiss.length > 0) {
      blocks.push([listTitle('list-passing-with-miss', findings.passingWithMiss.length, lang), ...capped(findings.passingWithMiss, (s) => schoolBlock(s, ruleset, lang), lang)]);
    }
    if (findings.undecided.length > 0) {
      blocks.push([listTitle('list-undecided', findings.undecided.length, lang), ...capped(findings.undecided, (s) => undecidedBlock(s, ruleset, lang), lang)]);
    }
  }
  if (findings.checkFailures.length > 0) {
    blocks.push([listTitle('list-check-failures', findings.checkFailures.length, lang), ...capped(findings.checkFailures, (f) => [`  ${checkLine(f, lang)}`], lang)]);
  }
  if (findings.excluded.length > 0) {
    const rows = findings.excluded.slice(0, SCHOOL_LIMIT).map((s) => [phrase(CLI_LABELS.rowNumber, lang, { row: s.row }), s.name, s.reason]);
    const more = moreLine(findings.excluded.length, SCHOOL_LIMIT, lang, 'cli');
    blocks.push([listTitle('list-excluded', findings.excluded.length, lang), ...indent(formatTable(rows)), ...(more === null ? [] : [more])]);
  }
  if (findings.notes.length > 0) {
    const rows = findings.notes.slice(0, SCHOOL_LIMIT).map((n) => [phrase(CLI_LABELS.rowNumber, lang, { row: n.row }), n.text ?? '']);
    blocks.push([listTitle('list-notes', findings.notes.length, lang), ...indent(formatTable(rows))]);
  }
  return blocks;
}

/**
 * Messages, errors first, the first `MESSAGE_LIMIT` of them; the rest are counted.
 *
 * @example
 * messageLines([{ severity: 'warning', cell: 'Sheet1!F7', message: '…', code: 'x', row: 7 }], 'zh');
 * // ['提示信息（1 条）', '  警告  Sheet1!F7  …']
 */
export function messageLines(messages: readonly ResultMessage[], lang: Lang): string[] {
  if (messages.length === 0) return [];
  const shown = bySeverity(messages).slice(0, MESSAGE_LIMIT).map((m) => `  ${localize(LABELS[m.severity], lang)}  ${m.cell ?? '—'}  ${messageText(m, lang, 'cli')}`);
  const rest = messages.length - shown.length;
  return [phrase(CLI_LABELS.messagesTitle, lang, { n: messages.length }), ...shown, ...(rest > 0 ? [phrase(CLI_LABELS.moreMessages, lang, { n: rest })] : [])];
}

/**
 * The readable summary the command line prints without `--json`: the verdict
 * first, then each section, the lists, the messages, and the verdict again last.
 *
 * @example
 * console.log(formatSummary(result, QUALITY_2017, 'zh', { hiddenSheet: false }));
 */
export function formatSummary(result: AnalysisResult, ruleset: Ruleset, lang: Lang, context: { hiddenSheet: boolean }): string {
  const findings = buildFindings(result, ruleset);
  const blocks = [
    headerLines(result, findings, ruleset, lang, context.hiddenSheet),
    verdictLines(findings, ruleset, lang),
    ...SECTIONS.map((section) => sectionLines(result, findings, ruleset, section, lang)),
    ...listBlocks(findings, ruleset, lang),
    messageLines(result.messages, lang),
    [countyHeadline(findings.verdict, lang)],
  ].filter((block) => block.length > 0);
  return blocks.map((block) => block.join('\n')).join('\n\n') + '\n';
}
