/**
 * The county rule for one section: the pupil-weighted CV of each indicator,
 * the composite, the contributions, and values beyond belief.
 */
import { formatValue, roundTo } from '../format';
import { IMPLAUSIBLE_RATIO, isImplausible } from '../judge';
import { sectionLabel } from '../present';
import { compositeCv, cvContributions, median, weightedCv, weightedMean } from '../stats';
import {
  type CountyIndicatorResult,
  type IndicatorDef,
  type L10n,
  type SchoolResult,
  type Section,
  type SectionResult,
} from '../types';
import { cellOf, note, rowCell, schoolLabel, PUPIL_FIELDS, type Context } from './context';

export function countyIndicator(ctx: Context, section: Section, def: IndicatorDef, schools: SchoolResult[]): CountyIndicatorResult {
  const values: number[] = [];
  const weights: number[] = [];
  const entered: SchoolResult[] = [];
  for (const school of schools) {
    const value = school.indicators[def.id]?.value;
    if (value === null || value === undefined || school.pupils === null || !(school.pupils > 0)) continue;
    values.push(value);
    weights.push(school.pupils);
    entered.push(school);
  }
  const mean = weightedMean(values, weights);
  const cv = weightedCv(values, weights);
  const shares = cvContributions(values, weights);
  const perIndicator = ctx.ruleset.countyRule.mode === 'per-indicator';
  const cvLimit = perIndicator ? ctx.ruleset.countyRule.limits[section] : null;
  const passes = cvLimit === null || cv === null ? null : cv <= cvLimit;
  const where = { zh: `${sectionLabel(section, 'zh')}「${def.name.zh}」`, en: `${sectionLabel(section, 'en')} "${def.name.en}"` };
  if (entered.length > 0 && cv === null) {
    note(ctx, 'error', 'cv-undefined', null, null, {
      zh: `${where.zh}的县域平均值为 0，差异系数无法计算（不是 0）：请检查各校该项数据`,
      en: `${where.en}: the county mean is 0, so the CV cannot be computed (it is not 0); check the schools' figures`,
    });
  } else if (entered.length === 0 && schools.length > 0) {
    note(ctx, 'warning', 'cv-no-values', null, null, {
      zh: `${where.zh}没有一所学校有数值，差异系数无法计算`,
      en: `${where.en}: no school has a value, so the CV cannot be computed`,
    });
  }
  return {
    mean,
    cv,
    cvLimit,
    passes,
    borderline: roundingFlips(cv, cvLimit),
    schools: entered.length,
    contributions: entered.map((school, i) => ({ row: school.row, name: school.name, part: school.part, share: shares[i] })),
  };
}

/** Whether the CV shown with 3 decimals would be judged otherwise against its limit than the unrounded one. */
export function roundingFlips(cv: number | null, limit: number | null): boolean {
  return cv !== null && limit !== null && roundTo(cv, 3) <= limit !== cv <= limit;
}

/** The pupils cell behind a school section's value: a split part's section column first, a whole row's total first. */
export function pupilsCell(ctx: Context, school: SchoolResult, section: Section): string | null {
  const own = cellOf(ctx, school.row, PUPIL_FIELDS[section]);
  const total = cellOf(ctx, school.row, 'pupils');
  return school.part === null ? total ?? own : own ?? total;
}

/**
 * Warns about school values beyond belief (`isImplausible`: more than
 * IMPLAUSIBLE_RATIO times the section's standard, or the section's median where
 * the ruleset sets no standard) and about values too large to compute. The
 * values still enter; the message names the resource cell, the pupils cell and
 * the threshold. A cell the reader already called implausible is not named again.
 */
export function implausibleNotes(ctx: Context, section: Section, def: IndicatorDef, schools: SchoolResult[]): void {
  const standard = def.standard[section];
  const reference = standard ?? median(schools.map((school) => school.indicators[def.id]?.value).filter((v): v is number => typeof v === 'number'));
  const referenceName: L10n = standard === null ? { zh: '全县中位数', en: 'the county median' } : { zh: '标准', en: 'the standard' };
  for (const school of schools) {
    const result = school.indicators[def.id];
    if (result === undefined || result.amount === null) continue;
    const { value } = result;
    if (value !== null && (reference === null || !isImplausible(value, reference))) continue;
    // A present indicator has a column for every numerator field.
    const cells = def.numerator.map((field) => cellOf(ctx, school.row, field, section) as string);
    if (cells.some((cell) => ctx.implausible.has(cell))) continue;
    cells.forEach((cell) => ctx.implausible.add(cell));
    const name = schoolLabel(school);
    const part = school.part === null ? { zh: '', en: '' } : { zh: sectionLabel(section, 'zh') + '部', en: ` (${sectionLabel(section, 'en').toLowerCase()})` };
    const pupils = pupilsCell(ctx, school, section) ?? rowCell(ctx, school.row);
    const what: L10n = value === null
      ? { zh: '大到无法计算，未计入', en: 'is too large to compute and is left out' }
      : {
          zh: `为 ${formatValue(value)} ${def.unit.zh}，超过${referenceName.zh} ${formatValue(reference)} 的 ${IMPLAUSIBLE_RATIO} 倍，不合常理（仍计入计算）`,
          en: `is ${formatValue(value)} ${def.unit.en}, more than ${IMPLAUSIBLE_RATIO} times ${referenceName.en} ${formatValue(reference)}: hard to believe (still counted)`,
        };
    note(ctx, 'warning', 'implausible-value', school.row, cells[0], {
      zh: `${name.zh}${part.zh}「${def.name.zh}」${what.zh}：请检查 ${cells.join('、')} 的数值和单位（如 元 与 万元）以及在校生数 ${pupils}`,
      en: `${name.en}${part.en}: "${def.name.en}" ${what.en}; check the figures and units in ${cells.join(', ')} (元 or 万元?) and the pupils in ${pupils}`,
    });
  }
}

/** Combines verdicts: any false fails, else any unknown leaves it open, else it passes. */
export function allOf(verdicts: readonly (boolean | null)[]): boolean | null {
  if (verdicts.includes(false)) return false;
  return verdicts.includes(null) ? null : true;
}

export function countyResult(ctx: Context, section: Section, schools: SchoolResult[]): Omit<SectionResult, 'verdict'> {
  const { mode, limits } = ctx.ruleset.countyRule;
  const indicators: Record<string, CountyIndicatorResult> = {};
  for (const def of ctx.present) {
    indicators[def.id] = countyIndicator(ctx, section, def, schools);
    implausibleNotes(ctx, section, def, schools);
  }
  const cvs = ctx.ruleset.indicators.map((def) => indicators[def.id]?.cv ?? null);
  const composite = mode === 'composite' && schools.length > 0 ? compositeCv(cvs) : null;
  const compositeLimit = mode === 'composite' ? limits[section] : null;
  if (mode === 'composite' && schools.length > 0 && composite === null) {
    const lacking = ctx.ruleset.indicators.filter((def, i) => cvs[i] === null);
    note(ctx, 'error', 'composite-cv-undefined', null, null, {
      zh: `${sectionLabel(section, 'zh')}综合差异系数无法计算，缺少以下指标的差异系数：${lacking.map((d) => d.name.zh).join('、')}`,
      en: `${sectionLabel(section, 'en')} composite CV cannot be computed; these indicators have no CV: ${lacking.map((d) => d.name.en).join('; ')}`,
    });
  }
  let passes: boolean | null = null;
  if (schools.length > 0) {
    passes = mode === 'composite'
      ? composite === null ? null : composite <= limits[section]
      : allOf(ctx.ruleset.indicators.map((def) => indicators[def.id]?.passes ?? null));
  }
  let pupils = 0;
  let failingSchools = 0;
  for (const school of schools) {
    pupils += school.pupils ?? 0;
    if (school.passes === false) failingSchools++;
  }
  return {
    schools: schools.length,
    pupils,
    indicators,
    compositeCv: composite,
    compositeLimit,
    compositeBorderline: roundingFlips(composite, compositeLimit),
    passes,
    failingSchools,
  };
}
