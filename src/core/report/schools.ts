/**
 * 学校指标表 (like 申报表 表Ⅱ-2): one table per section, the standard row above
 * the schools, failing values marked as the official form asks, and a 是否达标
 * column holding 1 for passing schools.
 */
import { directionSign, formatPercent, valueNumFmt } from '../format';
import { fill, localize, schoolTypeLabel, sectionLabel } from '../present';
import type { AnalysisResult, IndicatorDef, IndicatorResult, Lang, Ruleset, SchoolResult, Section } from '../types';
import { SECTIONS } from '../types';
import { addBanner, addGap, addRow, emptyCell, NO_VALUE, newDraft, numberCell, repeatedTextCells, textCell } from './cells';
import type { SheetDraft } from './cells';
import { renderMessage } from '../messages/render';
import { LABELS } from './labels';
import { addVerdictBlock } from './verdict';
import { entryName, reportSheetName } from './names';
import type { SheetBody } from './print';
import { textColumnWidth } from './width';
import type { ReportCell, ReportStyle } from './types';

/** Columns before the indicators: 序号, 学校名称, 原表行号, 学校类型, 在校生数. */
const LEADING_COLUMNS = 5;

/**
 * The schools analysed in a section, in sheet order (a school's parts in section order).
 *
 * @example
 * sectionEntries(result, 'primary').map((s) => s.name); // ['城关小学', '城关学校', …]
 */
export function sectionEntries(result: AnalysisResult, section: Section): SchoolResult[] {
  return result.schools
    .filter((school) => !school.excluded && school.section === section)
    .sort((a, b) => a.row - b.row);
}

/**
 * How an indicator value is marked: below the floor more strongly than below the standard.
 *
 * @example
 * valueStyle({ meets: false, aboveFloor: false, … }); // 'below-floor'
 */
export function valueStyle(indicator: IndicatorResult | undefined): ReportStyle {
  if (indicator?.meets !== false) return 'body';
  return indicator.aboveFloor === false ? 'below-floor' : 'fail';
}

/**
 * An indicator header with its unit: '生均教学及辅助用房面积（㎡）'.
 *
 * @example
 * indicatorHeader(teachingSpace, 'en'); // 'Teaching and auxiliary space per pupil (m²)'
 */
export function indicatorHeader(def: IndicatorDef, lang: Lang): string {
  const name = localize(def.name, lang);
  const unit = localize(def.unit, lang);
  return lang === 'zh' ? `${name}（${unit}）` : `${name} (${unit})`;
}

/**
 * The number format of a standard: the sign and the number in the indicator's decimals.
 *
 * @example
 * standardFormat(teachingSpace); // '"≥ "0.00' (the cell shows ≥ 4.50, as every surface writes it)
 */
export function standardFormat(def: Pick<IndicatorDef, 'direction' | 'decimals'>): string {
  return `"${directionSign(def.direction)} "${valueNumFmt(def)}`;
}

/**
 * The 是否达标 cell: 1 when the school passes, empty when it fails, — when undecidable.
 *
 * @example
 * passCell(true); // { value: 1, kind: 'number', numFmt: '0', style: 'pass' }
 */
export function passCell(passes: boolean | null): ReportCell {
  if (passes === null) return textCell(NO_VALUE);
  return passes ? numberCell(1, '0', 'pass') : emptyCell();
}

function valueCell(def: IndicatorDef, indicator: IndicatorResult | undefined, lang: Lang): ReportCell {
  const cell = numberCell(indicator?.value ?? null, valueNumFmt(def), valueStyle(indicator));
  return indicator?.borderline ? { ...cell, note: localize(LABELS.borderlineNote, lang) } : cell;
}

function schoolRow(school: SchoolResult, serial: number, ruleset: Ruleset, lang: Lang, repeated: (value: string) => ReportCell): ReportCell[] {
  return [
    numberCell(serial, '0'),
    textCell(entryName(school, lang), 'label'),
    numberCell(school.row, '0'),
    repeated(schoolTypeLabel(school.type, lang)),
    numberCell(school.pupils, '0'),
    ...ruleset.indicators.map((def) => valueCell(def, school.indicators[def.id], lang)),
    numberCell(school.misses.length, '0'),
    passCell(school.passes),
  ];
}

function headerRow(ruleset: Ruleset, lang: Lang): ReportCell[] {
  const header = (label: typeof LABELS.school) => textCell(localize(label, lang), 'header');
  return [
    header(LABELS.serial),
    header(LABELS.school),
    header(LABELS.sourceRow),
    header(LABELS.schoolType),
    header(LABELS.pupils),
    ...ruleset.indicators.map((def) => textCell(indicatorHeader(def, lang), 'header')),
    header(LABELS.misses),
    header(LABELS.passes),
  ];
}

function standardRow(ruleset: Ruleset, section: Section, lang: Lang): ReportCell[] {
  return [
    emptyCell('standard'),
    textCell(localize(LABELS.standardRow, lang), 'standard'),
    emptyCell('standard'),
    emptyCell('standard'),
    emptyCell('standard'),
    ...ruleset.indicators.map((def) => {
      const standard = def.standard[section];
      return standard === null
        ? textCell(localize(LABELS.noStandard, lang), 'standard')
        : numberCell(standard, standardFormat(def), 'standard');
    }),
    emptyCell('standard'),
    emptyCell('standard'),
  ];
}

/**
 * The width of a column of school names: the longest analysed name, wrapping beyond 36 characters.
 *
 * @example
 * nameWidth(result, 'zh'); // 18
 */
export function nameWidth(result: AnalysisResult, lang: Lang): number {
  return textColumnWidth(
    result.schools.filter((school) => !school.excluded).map((school) => entryName(school, lang)),
    12,
    36,
  );
}

/** 一贯制 schools: their primary and junior parts count separately on the form. */
const THROUGH_TRAIN = new Set(['nine-year', 'twelve-year']);

/**
 * The counts line of form Ⅱ-2: schools per section, with the parts of
 * 一贯制 schools, 教学点 and 完全中学 counted as the form asks.
 *
 * @example
 * formCounts(result, QUALITY_2017, 'zh'); // '小学学校总数19所（其中：一贯制学校的小学部有2所，…'
 */
export function formCounts(result: AnalysisResult, ruleset: Ruleset, lang: Lang): string {
  const primary = sectionEntries(result, 'primary');
  const junior = sectionEntries(result, 'junior');
  const count = (entries: SchoolResult[], test: (school: SchoolResult) => boolean) => entries.filter(test).length;
  const { teachingPointMinPupils } = ruleset.exclusions;
  return fill(localize(LABELS.formCounts, lang), {
    primary: primary.length,
    primaryParts: count(primary, (school) => THROUGH_TRAIN.has(school.type ?? '')),
    minPupils: teachingPointMinPupils === null || teachingPointMinPupils === 0 ? 50 : teachingPointMinPupils,
    points: count(primary, (school) => school.type === 'teaching-point'),
    junior: junior.length,
    juniorParts: count(junior, (school) => THROUGH_TRAIN.has(school.type ?? '')),
    complete: count(junior, (school) => school.type === 'complete-secondary'),
  });
}

/** Adds one section: its line, the standard row, a row per school, the passing count. Returns the section's first row. */
function addSectionTable(draft: SheetDraft, result: AnalysisResult, ruleset: Ruleset, section: Section, lang: Lang): number {
  const width = LEADING_COLUMNS + ruleset.indicators.length + 2;
  const entries = sectionEntries(result, section);
  const { pupils } = result.sections[section];
  const first = addBanner(
    draft,
    fill(localize(LABELS.sectionSchools, lang), { section: sectionLabel(section, lang), schools: entries.length, pupils }),
    width,
    'title',
  );
  if (entries.length === 0) {
    addBanner(draft, localize(LABELS.noSchools, lang), width, 'note');
    return first;
  }
  addRow(draft, standardRow(ruleset, section, lang));
  const repeated = repeatedTextCells();
  entries.forEach((school, i) => addRow(draft, schoolRow(school, i + 1, ruleset, lang, repeated)));
  const judged = ruleset.indicators.some((def) => def.standard[section] !== null);
  const counts = {
    section: sectionLabel(section, lang),
    pass: entries.filter((school) => school.passes === true).length,
    fail: entries.filter((school) => school.passes === false).length,
    undecided: entries.filter((school) => school.passes === null).length,
  };
  const line = judged ? renderMessage('section-school-counts', counts, lang, 'sheet') : renderMessage('counts-schools-not-judged', {}, lang, 'sheet');
  addBanner(draft, line, width, 'note');
  return first;
}

/**
 * The 学校指标 sheet, laid out as form Ⅱ-2: title, the form's counts line and
 * the column headers on top (repeated on every printed page), then per
 * section its standard row and one row per school; each section starts a page.
 *
 * @example
 * buildSchoolsSheet(result, QUALITY_2017, 'zh').name; // '均衡-学校指标'
 */
export function buildSchoolsSheet(result: AnalysisResult, ruleset: Ruleset, lang: Lang): SheetBody {
  const draft = newDraft();
  const width = LEADING_COLUMNS + ruleset.indicators.length + 2;
  const title = localize(LABELS.schoolsTitle, lang);
  addBanner(draft, `${title} — ${localize(ruleset.name, lang)}`, width, 'title');
  addBanner(draft, formCounts(result, ruleset, lang), width, 'note');
  const header = addRow(draft, headerRow(ruleset, lang));
  const starts = SECTIONS.map((section) => addSectionTable(draft, result, ruleset, section, lang));
  addGap(draft);
  const { floorRatio } = ruleset.schoolRule;
  addBanner(draft, fill(localize(LABELS.schoolsNote, lang), { floor: floorRatio === null ? '—' : formatPercent(floorRatio) }), width, 'note');
  addGap(draft);
  addVerdictBlock(draft, result, ruleset, lang, width);
  return {
    key: 'schools',
    name: reportSheetName('schools', lang),
    title,
    ...draft,
    widths: [5, nameWidth(result, lang), 6, 8, 8, ...ruleset.indicators.map(() => 10), 7, 7],
    freeze: { rows: header, columns: 2 },
    titleRows: { first: 1, last: header },
    breaksBefore: starts.slice(1),
  };
}
