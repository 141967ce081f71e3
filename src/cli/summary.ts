/**
 * The command line's readable summary of an analysis: what was read, each
 * section's CVs and verdict, failing schools with what they miss, excluded rows
 * and messages. Rounding and labels come from present.ts and the report labels.
 */
import { formatCv, formatMean, formatValue, localize, phrase, presentShortfall, sectionLabel } from '../core/present';
import { entryName, verdictText } from '../core/report';
import { LABELS } from '../core/report/labels';
import {
  SECTIONS,
  type AnalysisResult,
  type CheckResult,
  type IndicatorDef,
  type IndicatorResult,
  type L10n,
  type Lang,
  type ResultMessage,
  type Ruleset,
  type SchoolResult,
  type Section,
  type Severity,
} from '../core/types';
import { formatTable } from './text-table';
import { appendAll } from '../core/arrays';

/** Messages shown before "N more"; the JSON output and the report sheets have them all. */
export const MESSAGE_LIMIT = 20;

/** Schools listed per group before "N more"; the ledger sheet and the JSON have them all. */
export const SCHOOL_LIMIT = 50;

/** Schools named as the main contributors to a CV over its limit. */
const TOP_CONTRIBUTORS = 3;

const TEXT = {
  file: { zh: '文件：{file}', en: 'File: {file}' },
  sheet: { zh: '工作表：{sheet}（表头第 {header} 行，数据第 {first}–{last} 行）', en: 'Sheet: {sheet} (header rows {header}, data rows {first}–{last})' },
  hiddenSheet: { zh: '注意：这个工作表在工作簿中是隐藏的。', en: 'Note: this sheet is hidden in the workbook.' },
  ruleset: { zh: '规则集：{name} · {id}', en: 'Ruleset: {name} · {id}' },
  counts: {
    zh: '读取 {rows} 行数据；参与分析学校 {schools} 所（小学 {primary} 个、初中 {junior} 个，一贯制学校按学段分别计）；剔除 {excluded} 行；民办学校 {private} 所',
    en: 'Data rows read: {rows}; schools analysed: {schools} (primary entries: {primary}, junior entries: {junior}; a multi-section school counts in each section); rows excluded: {excluded}; private schools: {private}',
  },
  sectionHeading: { zh: '【{section}】{schools} 个学校（学部），在校生 {pupils} 人', en: '[{section}] schools (parts): {schools}, pupils: {pupils}' },
  noSchools: { zh: '【{section}】没有参与分析的学校', en: '[{section}] no school analysed' },
  countyVerdict: { zh: '{section}县域差异系数：{verdict}', en: '{section} county CVs: {verdict}' },
  withReasons: { zh: '{verdict}（{reasons}）', en: '{verdict} ({reasons})' },
  listSeparator: { zh: '；', en: '; ' },
  nameSeparator: { zh: '、', en: ', ' },
  clauseSeparator: { zh: '，', en: ', ' },
  overLimit: { zh: '{indicator} {cv} 超过限值 {limit}', en: '{indicator} {cv} above the limit {limit}' },
  compositeOverLimit: { zh: '综合差异系数 {cv} 超过限值 {limit}', en: 'composite CV {cv} above the limit {limit}' },
  contributors: { zh: '    {indicator}的差异主要来自：{schools}', en: '    {indicator}: the spread comes mostly from {schools}' },
  schoolCounts: {
    zh: '{section}学校达标：{passing} 个达标，{failing} 个未达标{undecided}',
    en: '{section} schools: {passing} pass, {failing} fail{undecided}',
  },
  noStandards: {
    zh: '{section}：本规则集未设学校标准，只判定县域差异系数',
    en: '{section}: this ruleset sets no school standards; only the county CVs are judged',
  },
  noStandardsAtAll: {
    zh: '学校达标：本规则集未设学校标准，不判定学校（省定办学标准可写成规则集 JSON 文件，用 --ruleset 指定）',
    en: 'Schools: this ruleset sets no school standards (write provincial standards as a ruleset JSON file and pass it with --ruleset)',
  },
  conclusionNoStandards: { zh: '学校未判定', en: 'schools not judged' },
  undecidedCount: { zh: '，{n} 个无法判定', en: ', {n} cannot be decided' },
  failingTitle: { zh: '未达标学校（{n} 个）', en: 'Schools that fail ({n})' },
  noFailing: { zh: '未达标学校：无', en: 'Schools that fail: none' },
  passingWithMissTitle: {
    zh: '有指标未达到标准、但学校仍达标（{n} 个，指标仍需整改）',
    en: 'Schools that pass with an indicator below standard ({n}; the indicator still needs work)',
  },
  undecidedTitle: { zh: '无法判定是否达标（{n} 个，见下方提示信息）', en: 'Cannot be decided ({n}; see the messages below)' },
  schoolLine: { zh: '  {name}（第 {row} 行，{section}）', en: '  {name} (row {row}, {section})' },
  miss: { zh: '    {indicator}：{value}，标准 {op} {standard}{floor}；{shortfall}', en: '    {indicator}: {value}, standard {op} {standard}{floor}; {shortfall}' },
  // English puts the unit first so that no count needs a plural ("shortfall in teachers: 1").
  shortfall: { zh: '还差 {amount} {unit}', en: 'shortfall in {unit}: {amount}' },
  belowFloor: { zh: '，低于 {ratio} 底线 {floor}', en: ', below the {ratio} floor {floor}' },
  aboveFloor: { zh: '，不低于 {ratio} 底线 {floor}', en: ', not below the {ratio} floor {floor}' },
  toFloor: { zh: '（到底线还差 {amount} {unit}）', en: ' (to the floor: {amount})' },
  checksTitle: { zh: '其他检查未通过（{n} 项）', en: 'Other checks not met ({n})' },
  checksPassed: { zh: '其他检查（学校规模、班额、专用教室）：全部通过', en: 'Other checks (school size, class size, special rooms): all met' },
  checkLine: { zh: '  {name}（第 {row} 行）：{check}', en: '  {name} (row {row}): {check}' },
  excludedTitle: { zh: '剔除的行（{n} 行）', en: 'Excluded rows ({n})' },
  rowNumber: { zh: '第 {row} 行', en: 'row {row}' },
  messagesTitle: { zh: '提示信息（{n} 条）', en: 'Messages ({n})' },
  moreMessages: {
    zh: '  …… 还有 {n} 条，完整列表见 --json 输出或 --out 报告的“剔除说明”表',
    en: '  … {n} more; see the --json output or the exclusions sheet of the --out report',
  },
  moreSchools: {
    zh: '  …… 还有 {n} 个，完整名单见 --json 输出或 --out 报告的“整改台账”表',
    en: '  … {n} more; see the --json output or the ledger sheet of the --out report',
  },
  conclusion: { zh: '结论：{sections}；{failing}', en: 'Conclusion: {sections}; {failing}' },
  conclusionSection: { zh: '{section}县域差异系数{verdict}', en: '{section} CVs: {verdict}' },
  conclusionSchools: { zh: '{failing} 个学校（学部）未达标', en: 'school entries that fail: {failing}' },
} satisfies Record<string, L10n>;

const CHECK_TEXT: Record<string, L10n> = {
  'school-size': { zh: '学校规模 {value} 人，超过 {limit} 人', en: 'school size {value} pupils, above {limit}' },
  'class-size': { zh: '最大班额 {value} 人，超过 {limit} 人', en: 'largest class {value} pupils, above {limit}' },
  'music-rooms': { zh: '音乐专用教室 {value} 间，应有 {limit} 间', en: 'music rooms: {value}, needed: {limit}' },
  'art-rooms': { zh: '美术专用教室 {value} 间，应有 {limit} 间', en: 'art rooms: {value}, needed: {limit}' },
};
const OTHER_CHECK: L10n = { zh: '{id}：{value}，限值 {limit}', en: '{id}: {value}, limit {limit}' };

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Whether the ruleset judges schools of a section at all (basic-2012 sets no school thresholds). */
function hasSchoolStandards(ruleset: Ruleset, section: Section): boolean {
  return ruleset.indicators.some((def) => def.standard[section] !== null);
}

/** Analysed school entries of the sections the ruleset judges schools in. */
function judgedSchools(result: AnalysisResult, ruleset: Ruleset): SchoolResult[] {
  return result.schools.filter((s) => !s.excluded && s.section !== null && hasSchoolStandards(ruleset, s.section));
}

/**
 * Header rows as people say them: '3–4', or '3' for one row.
 *
 * @example
 * rowSpan([3, 4]); // '3–4'
 */
export function rowSpan(rows: readonly number[]): string {
  if (rows.length === 0) return '—';
  const first = rows[0];
  const last = rows[rows.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** A shortfall's amount and unit, rounded as the ledger does (whole teachers, rooms). */
function shortfallParts(def: IndicatorDef, x: number | null, lang: Lang): { amount: string; unit: string } {
  const shown = presentShortfall(def, x);
  const amount = shown === null ? '—' : def.countable ? String(shown) : shown.toFixed(2);
  return { amount, unit: localize(def.unit, lang) };
}

function headerLines(result: AnalysisResult, ruleset: Ruleset, lang: Lang, hiddenSheet: boolean): string[] {
  const { source, summary } = result;
  const lines = [
    phrase(TEXT.file, lang, { file: source.file ?? '—' }),
    phrase(TEXT.sheet, lang, { sheet: source.sheet, header: rowSpan(source.headerRows), first: source.firstDataRow, last: source.lastDataRow }),
  ];
  if (hiddenSheet) lines.push(phrase(TEXT.hiddenSheet, lang));
  lines.push(
    phrase(TEXT.ruleset, lang, { id: ruleset.id, name: localize(ruleset.name, lang) }),
    phrase(TEXT.counts, lang, {
      rows: new Set(result.schools.map((s) => s.row)).size,
      schools: summary.schools,
      primary: result.sections.primary.schools,
      junior: result.sections.junior.schools,
      excluded: summary.excluded,
      private: summary.privateSchools,
    }),
  );
  return lines;
}

/** What makes a section fail its county rule, in words. */
function failureReasons(result: AnalysisResult, ruleset: Ruleset, section: Section, lang: Lang): string[] {
  const county = result.sections[section];
  if (county.compositeLimit !== null) {
    return county.compositeCv !== null && county.compositeCv > county.compositeLimit
      ? [phrase(TEXT.compositeOverLimit, lang, { cv: formatCv(county.compositeCv), limit: formatMean(county.compositeLimit) })]
      : [];
  }
  return ruleset.indicators
    .filter((def) => county.indicators[def.id]?.passes === false)
    .map((def) => {
      const indicator = county.indicators[def.id];
      return phrase(TEXT.overLimit, lang, { indicator: localize(def.name, lang), cv: formatCv(indicator.cv), limit: formatMean(indicator.cvLimit) });
    });
}

/** The schools that drive a failing CV: the largest shares of the squared deviation. */
function contributorLines(result: AnalysisResult, ruleset: Ruleset, section: Section, lang: Lang): string[] {
  const county = result.sections[section];
  return ruleset.indicators
    .filter((def) => county.indicators[def.id]?.passes === false)
    .map((def) => {
      const top = [...county.indicators[def.id].contributions].sort((a, b) => b.share - a.share).slice(0, TOP_CONTRIBUTORS);
      const schools = top.map((c) => `${entryName(c, lang)} ${percent(c.share)}`).join(phrase(TEXT.nameSeparator, lang));
      return phrase(TEXT.contributors, lang, { indicator: localize(def.name, lang), schools });
    });
}

function sectionLines(result: AnalysisResult, ruleset: Ruleset, section: Section, lang: Lang): string[] {
  const county = result.sections[section];
  const label = sectionLabel(section, lang);
  if (county.schools === 0) return [phrase(TEXT.noSchools, lang, { section: label })];
  const rows: string[][] = [
    [LABELS.indicator, LABELS.unit, LABELS.mean, LABELS.cv, LABELS.limit, LABELS.verdict].map((l) => localize(l, lang)),
  ];
  for (const def of ruleset.indicators) {
    const indicator = county.indicators[def.id];
    if (indicator === undefined) continue;
    rows.push([
      localize(def.name, lang),
      localize(def.unit, lang),
      formatMean(indicator.mean),
      formatCv(indicator.cv),
      indicator.cvLimit === null ? '' : formatMean(indicator.cvLimit),
      indicator.cvLimit === null ? '' : verdictText(indicator.passes, lang),
    ]);
  }
  if (county.compositeLimit !== null) {
    rows.push([localize(LABELS.composite, lang), '', '', formatCv(county.compositeCv), formatMean(county.compositeLimit), verdictText(county.passes, lang)]);
  }
  const reasons = failureReasons(result, ruleset, section, lang);
  const verdict =
    reasons.length > 0
      ? phrase(TEXT.withReasons, lang, { verdict: verdictText(county.passes, lang), reasons: reasons.join(phrase(TEXT.listSeparator, lang)) })
      : verdictText(county.passes, lang);
  return [
    phrase(TEXT.sectionHeading, lang, { section: label, schools: county.schools, pupils: county.pupils }),
    ...formatTable(rows, ['left', 'left', 'right', 'right', 'right', 'left']).map((line) => `  ${line}`),
    `  ${phrase(TEXT.countyVerdict, lang, { section: label, verdict })}`,
    ...contributorLines(result, ruleset, section, lang),
    `  ${schoolCountLine(result, ruleset, section, lang)}`,
  ];
}

/** How many schools of a section pass the school rule, or that the ruleset does not judge them. */
function schoolCountLine(result: AnalysisResult, ruleset: Ruleset, section: Section, lang: Lang): string {
  const label = sectionLabel(section, lang);
  if (!hasSchoolStandards(ruleset, section)) return phrase(TEXT.noStandards, lang, { section: label });
  const entries = result.schools.filter((s) => !s.excluded && s.section === section);
  const undecided = entries.filter((s) => s.passes === null).length;
  return phrase(TEXT.schoolCounts, lang, {
    section: label,
    passing: entries.filter((s) => s.passes === true).length,
    failing: entries.filter((s) => s.passes === false).length,
    undecided: undecided > 0 ? phrase(TEXT.undecidedCount, lang, { n: undecided }) : '',
  });
}

function missLine(def: IndicatorDef, indicator: IndicatorResult, ruleset: Ruleset, lang: Lang): string {
  const ratio = ruleset.schoolRule.floorRatio;
  let floor = '';
  let shortfall = phrase(TEXT.shortfall, lang, shortfallParts(def, indicator.shortfall, lang));
  if (ratio !== null && indicator.floor !== null && indicator.aboveFloor !== null) {
    floor = phrase(indicator.aboveFloor ? TEXT.aboveFloor : TEXT.belowFloor, lang, { ratio: percent(ratio), floor: formatValue(indicator.floor) });
    if (!indicator.aboveFloor) shortfall += phrase(TEXT.toFloor, lang, shortfallParts(def, indicator.shortfallToFloor, lang));
  }
  return phrase(TEXT.miss, lang, {
    indicator: localize(def.name, lang),
    value: formatValue(indicator.value),
    op: def.direction === '>=' ? '≥' : '≤',
    standard: formatValue(indicator.standard),
    floor,
    shortfall,
  });
}

function schoolLines(schools: SchoolResult[], ruleset: Ruleset, lang: Lang, withMisses: boolean): string[] {
  return schools.flatMap((school) => [
    phrase(TEXT.schoolLine, lang, { name: entryName(school, lang), row: school.row, section: school.section === null ? '—' : sectionLabel(school.section, lang) }),
    ...(withMisses
      ? ruleset.indicators
          .filter((def) => school.indicators[def.id]?.meets === false)
          .map((def) => missLine(def, school.indicators[def.id], ruleset, lang))
      : []),
  ]);
}

function schoolVerdictLines(result: AnalysisResult, ruleset: Ruleset, lang: Lang): string[] {
  if (!SECTIONS.some((section) => hasSchoolStandards(ruleset, section))) return [phrase(TEXT.noStandardsAtAll, lang)];
  const analysed = judgedSchools(result, ruleset);
  const failing = analysed.filter((s) => s.passes === false);
  const passingWithMiss = analysed.filter((s) => s.passes === true && s.misses.length > 0);
  const undecided = analysed.filter((s) => s.passes === null);
  // A large county can fail thousands of schools: list the first ones and count the rest.
  const listed = (schools: SchoolResult[], withMisses: boolean) => [
    ...schoolLines(schools.slice(0, SCHOOL_LIMIT), ruleset, lang, withMisses),
    ...(schools.length > SCHOOL_LIMIT ? [phrase(TEXT.moreSchools, lang, { n: schools.length - SCHOOL_LIMIT })] : []),
  ];
  const lines = failing.length > 0 ? [phrase(TEXT.failingTitle, lang, { n: failing.length }), ...listed(failing, true)] : [phrase(TEXT.noFailing, lang)];
  if (passingWithMiss.length > 0) {
    appendAll(lines, ['', phrase(TEXT.passingWithMissTitle, lang, { n: passingWithMiss.length }), ...listed(passingWithMiss, true)]);
  }
  if (undecided.length > 0) {
    appendAll(lines, ['', phrase(TEXT.undecidedTitle, lang, { n: undecided.length }), ...listed(undecided, false)]);
  }
  return lines;
}

function checkText(id: string, check: CheckResult, lang: Lang): string {
  return phrase(CHECK_TEXT[id] ?? OTHER_CHECK, lang, { id, value: check.value, limit: check.limit });
}

/** Failed further checks, once per school row (both parts of a 一贯制 school carry the same checks). */
function checkLines(result: AnalysisResult, lang: Lang): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  let anyChecks = false;
  for (const school of result.schools) {
    for (const [id, check] of Object.entries(school.checks)) {
      anyChecks = true;
      const key = `${school.row}:${id}`;
      if (check.meets || seen.has(key)) continue;
      seen.add(key);
      lines.push(phrase(TEXT.checkLine, lang, { name: school.name, row: school.row, check: checkText(id, check, lang) }));
    }
  }
  if (lines.length > 0) return [phrase(TEXT.checksTitle, lang, { n: lines.length }), ...lines];
  return anyChecks ? [phrase(TEXT.checksPassed, lang)] : [];
}

function excludedLines(result: AnalysisResult, lang: Lang): string[] {
  const excluded = result.schools.filter((s) => s.excluded);
  if (excluded.length === 0) return [];
  const rows = excluded.map((s) => [phrase(TEXT.rowNumber, lang, { row: s.row }), s.name, s.excludedReason ?? '']);
  return [phrase(TEXT.excludedTitle, lang, { n: excluded.length }), ...formatTable(rows).map((line) => `  ${line}`)];
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
  const sorted = [...messages].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const shown = sorted.slice(0, MESSAGE_LIMIT).map((m) => `  ${localize(LABELS[m.severity], lang)}  ${m.cell ?? '—'}  ${m.message}`);
  const rest = messages.length - shown.length;
  return [phrase(TEXT.messagesTitle, lang, { n: messages.length }), ...shown, ...(rest > 0 ? [phrase(TEXT.moreMessages, lang, { n: rest })] : [])];
}

function conclusionLine(result: AnalysisResult, ruleset: Ruleset, lang: Lang): string {
  const sections = SECTIONS.filter((s) => result.sections[s].schools > 0)
    .map((s) => phrase(TEXT.conclusionSection, lang, { section: sectionLabel(s, lang), verdict: verdictText(result.sections[s].passes, lang) }))
    .join(phrase(TEXT.clauseSeparator, lang));
  const judged = SECTIONS.some((section) => hasSchoolStandards(ruleset, section));
  const failing = judgedSchools(result, ruleset).filter((s) => s.passes === false).length;
  const schools = judged ? phrase(TEXT.conclusionSchools, lang, { failing }) : phrase(TEXT.conclusionNoStandards, lang);
  return phrase(TEXT.conclusion, lang, { sections, failing: schools });
}

/**
 * The readable summary the command line prints without `--json`.
 *
 * @example
 * console.log(formatSummary(result, QUALITY_2017, 'zh', { hiddenSheet: false }));
 */
export function formatSummary(result: AnalysisResult, ruleset: Ruleset, lang: Lang, context: { hiddenSheet: boolean }): string {
  const blocks = [
    headerLines(result, ruleset, lang, context.hiddenSheet),
    ...SECTIONS.map((section) => sectionLines(result, ruleset, section, lang)),
    schoolVerdictLines(result, ruleset, lang),
    checkLines(result, lang),
    excludedLines(result, lang),
    messageLines(result.messages, lang),
    [conclusionLine(result, ruleset, lang)],
  ].filter((block) => block.length > 0);
  return blocks.map((block) => block.join('\n')).join('\n\n') + '\n';
}
