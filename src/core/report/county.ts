/**
 * 差异系数表 (like 表Ⅲ): per section, each indicator's county mean, CV, limit and
 * verdict, the composite for composite rulesets, the chart data, and each
 * school's share of the squared deviation.
 */
import { valueNumFmt } from '../format';
import { columnLetter, sheetPrefix } from '../address';
import { fill, localize, sectionLabel } from '../present';
import type { AnalysisResult, CountyIndicatorResult, IndicatorDef, Lang, Ruleset, Section, SectionResult, VerdictStatus } from '../types';
import { SECTIONS } from '../types';
import { addBanner, addGap, addRow, emptyCell, newDraft, numberCell, textCell } from './cells';
import type { SheetDraft } from './cells';
import { sectionHeadline, statusText } from '../findings';
import { LABELS } from './labels';
import { addVerdictBlock, statusStyle } from './verdict';
import { entryName, reportSheetName } from './names';
import type { SheetBody } from './print';
import { indicatorHeader, nameWidth, sectionEntries } from './schools';
import type { ReportCell, ReportChart, ReportChartBar } from './types';

/** 指标, 单位, 县均值, 差异系数, 限值, 结论, 学校数, 图示. */
const TABLE_WIDTH = 8;
const LABEL_COLUMN = 1;
const CV_COLUMN = 4;
const CHART_COLUMN = 8;

/** The bar id of the composite CV. */
export const COMPOSITE = 'composite';

/** A judgement as the status words every surface uses. */
function statusOf(passes: boolean | null): VerdictStatus {
  return passes === null ? 'undecided' : passes ? 'pass' : 'fail';
}

/**
 * A verdict as a styled cell: 达标 / 未达标 / 无法判定.
 *
 * @example
 * verdictCell(false, 'zh'); // { value: '未达标', kind: 'text', style: 'fail' }
 */
export function verdictCell(passes: boolean | null, lang: Lang): ReportCell {
  const text = statusText(statusOf(passes), lang);
  return passes === null ? textCell(text) : textCell(text, passes ? 'pass' : 'fail');
}

/**
 * A verdict in words: 达标 / 未达标 / 无法判定.
 *
 * @example
 * verdictText(true, 'en'); // 'passes'
 */
export function verdictText(passes: boolean | null, lang: Lang): string {
  return statusText(statusOf(passes), lang);
}

function indicatorRow(def: IndicatorDef, label: string, unit: string, county: CountyIndicatorResult, lang: Lang): ReportCell[] {
  return [
    textCell(label, 'label'),
    textCell(unit),
    numberCell(county.mean, valueNumFmt(def)),
    numberCell(county.cv, '0.000', county.passes === false ? 'fail' : 'body'),
    numberCell(county.cvLimit, '0.00'),
    // Single CVs of a composite ruleset have no limit of their own: no verdict either.
    county.cvLimit === null ? emptyCell() : verdictCell(county.passes, lang),
    numberCell(county.schools, '0'),
    emptyCell(),
  ];
}

function compositeRow(section: SectionResult, lang: Lang): ReportCell[] {
  return [
    textCell(localize(LABELS.composite, lang), 'header'),
    emptyCell(),
    emptyCell(),
    numberCell(section.compositeCv, '0.000', section.passes === false ? 'fail' : 'body'),
    numberCell(section.compositeLimit, '0.00'),
    verdictCell(section.passes, lang),
    numberCell(section.schools, '0'),
    emptyCell(),
  ];
}

function addIndicatorTable(
  draft: SheetDraft,
  result: AnalysisResult,
  ruleset: Ruleset,
  section: Section,
  lang: Lang,
  sheetName: string,
): ReportChart {
  const sectionResult = result.sections[section];
  const name = sectionLabel(section, lang);
  addBanner(
    draft,
    fill(localize(LABELS.sectionSchools, lang), { section: name, schools: sectionResult.schools, pupils: sectionResult.pupils }),
    TABLE_WIDTH,
    'title',
  );
  addRow(
    draft,
    [LABELS.indicator, LABELS.unit, LABELS.mean, LABELS.cv, LABELS.limit, LABELS.verdict, LABELS.schools, LABELS.chart].map(
      (label) => textCell(localize(label, lang), 'header'),
    ),
  );
  const bars: ReportChartBar[] = [];
  for (const def of ruleset.indicators) {
    const county = sectionResult.indicators[def.id];
    // Indicators the workbook lacks are absent from the result (a message says so).
    if (county === undefined) continue;
    const label = localize(def.name, lang);
    const row = addRow(draft, indicatorRow(def, label, localize(def.unit, lang), county, lang));
    bars.push({ indicator: def.id, label, cv: county.cv, limit: county.cvLimit, passes: county.passes, row });
  }
  const composite = ruleset.countyRule.mode === 'composite';
  if (composite) {
    const row = addRow(draft, compositeRow(sectionResult, lang));
    bars.push({
      indicator: COMPOSITE,
      label: localize(LABELS.composite, lang),
      cv: sectionResult.compositeCv,
      limit: sectionResult.compositeLimit,
      passes: sectionResult.passes,
      row,
    });
  }
  const verdict = sectionResult.verdict;
  const headline = verdict === null ? localize(LABELS.noSchools, lang) : sectionHeadline(section, verdict, lang);
  const verdictRow = addBanner(draft, headline, TABLE_WIDTH, 'title');
  draft.rows[verdictRow - 1][0].style = statusStyle(verdict?.status ?? null);
  const first = bars.length > 0 ? bars[0].row : verdictRow;
  const last = bars.length > 0 ? bars[bars.length - 1].row : verdictRow;
  const range = (column: number) => `${columnLetter(column)}${first}:${columnLetter(column)}${last}`;
  return {
    sheet: 'county',
    section,
    title: fill(localize(LABELS.chartTitle, lang), { section: name }),
    bars,
    limit: composite ? sectionResult.compositeLimit : ruleset.countyRule.limits[section],
    labels: `${sheetPrefix(sheetName)}!${range(LABEL_COLUMN)}`,
    values: `${sheetPrefix(sheetName)}!${range(CV_COLUMN)}`,
    column: CHART_COLUMN,
  };
}

/**
 * Form Ⅲ: one column per indicator and 综合; per section a 全县平均值 row and a
 * 差异系数 row. 综合 holds the composite CV under a composite ruleset and "——"
 * where the ruleset has none, as the form is filled in.
 */
function addFormTable(draft: SheetDraft, result: AnalysisResult, ruleset: Ruleset, lang: Lang): void {
  addRow(draft, [
    textCell(localize(LABELS.schoolCategory, lang), 'header'),
    textCell(localize(LABELS.item, lang), 'header'),
    ...ruleset.indicators.map((def) => textCell(indicatorHeader(def, lang), 'header')),
    textCell(localize(LABELS.overall, lang), 'header'),
  ]);
  const none = () => textCell(localize(LABELS.notApplicable, lang));
  const composite = ruleset.countyRule.mode === 'composite';
  for (const section of SECTIONS) {
    const sectionResult = result.sections[section];
    const county = (id: string): CountyIndicatorResult | undefined => sectionResult.indicators[id];
    const top = addRow(draft, [
      textCell(sectionLabel(section, lang)),
      textCell(localize(LABELS.countyMean, lang)),
      ...ruleset.indicators.map((def) => numberCell(county(def.id)?.mean ?? null, valueNumFmt(def))),
      none(),
    ]);
    addRow(draft, [
      emptyCell(),
      textCell(localize(LABELS.cv, lang)),
      ...ruleset.indicators.map((def) => {
        const cv = county(def.id);
        return numberCell(cv?.cv ?? null, '0.000', cv?.passes === false ? 'fail' : 'body');
      }),
      composite ? numberCell(sectionResult.compositeCv, '0.000', sectionResult.passes === false ? 'fail' : 'body') : none(),
    ]);
    draft.merges.push({ top, left: 1, bottom: top + 1, right: 1 });
  }
}

function addContributionTable(draft: SheetDraft, result: AnalysisResult, ruleset: Ruleset, section: Section, lang: Lang): void {
  const county = result.sections[section].indicators;
  const defs = ruleset.indicators.filter((def) => county[def.id] !== undefined);
  const entries = sectionEntries(result, section);
  if (entries.length === 0 || defs.length === 0) return;
  const width = 2 + defs.length;
  addBanner(draft, fill(localize(LABELS.contributionsTitle, lang), { section: sectionLabel(section, lang) }), width, 'note');
  addRow(draft, [
    textCell(localize(LABELS.school, lang), 'header'),
    textCell(localize(LABELS.sourceRow, lang), 'header'),
    ...defs.map((def) => textCell(localize(def.name, lang), 'header')),
  ]);
  // Each indicator's shares in entry order, found through one index of the entries (a number per entry: its row and part).
  const key = (row: number, part: Section | null) => row * 3 + (part === null ? 0 : part === 'primary' ? 1 : 2);
  const index = new Map<number, number>();
  entries.forEach((school, i) => index.set(key(school.row, school.part), i));
  const shares = defs.map((def) => {
    const column: (number | null)[] = new Array<number | null>(entries.length).fill(null);
    for (const c of county[def.id].contributions) {
      const at = index.get(key(c.row, c.part));
      if (at !== undefined) column[at] = c.share;
    }
    return column;
  });
  entries.forEach((school, i) => {
    addRow(draft, [
      textCell(entryName(school, lang), 'label'),
      numberCell(school.row, '0'),
      ...shares.map((column) => numberCell(column[i], '0.0%')),
    ]);
  });
}

/**
 * The 差异系数 sheet and its charts (one per section).
 *
 * @example
 * const { sheet, charts } = buildCountySheet(result, QUALITY_2017, 'zh');
 * charts[0].bars.length; // 7
 */
export function buildCountySheet(
  result: AnalysisResult,
  ruleset: Ruleset,
  lang: Lang,
): { sheet: SheetBody; charts: ReportChart[] } {
  const draft = newDraft();
  const name = reportSheetName('county', lang);
  const title = localize(LABELS.countyTitle, lang);
  const formWidth = 3 + ruleset.indicators.length;
  addBanner(draft, `${title} — ${localize(ruleset.name, lang)}`, formWidth, 'title');
  addFormTable(draft, result, ruleset, lang);
  addBanner(draft, localize(LABELS.countyNote, lang), formWidth, 'note');
  addGap(draft);
  addVerdictBlock(draft, result, ruleset, lang, formWidth);
  addGap(draft);
  addBanner(draft, localize(LABELS.analysisTitle, lang), TABLE_WIDTH, 'title');
  const charts: ReportChart[] = [];
  for (const section of SECTIONS) {
    addGap(draft);
    charts.push(addIndicatorTable(draft, result, ruleset, section, lang, name));
  }
  for (const section of SECTIONS) {
    addGap(draft);
    addContributionTable(draft, result, ruleset, section, lang);
  }
  return {
    sheet: {
      key: 'county',
      name,
      title,
      ...draft,
      // The in-cell bars (20 characters) are drawn by the writers in CHART_COLUMN.
      widths: Array.from({ length: Math.max(formWidth, TABLE_WIDTH) }, (_, i) =>
        i === 0 ? Math.min(26, Math.max(16, nameWidth(result, lang))) : i === 1 ? 10 : i + 1 === CHART_COLUMN ? 22 : 11,
      ),
      freeze: { rows: 0, columns: 0 },
      // The form's header stays on page 1 (the form is a few rows); the analysis
      // tables below have columns of their own, so only the title repeats.
      titleRows: { first: 1, last: 1 },
      breaksBefore: [],
    },
    charts,
  };
}
