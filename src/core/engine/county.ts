/**
 * The county rule for one section: the pupil-weighted CV of each indicator,
 * the composite, the contributions, and values beyond belief.
 */
import { formatValue, roundTo } from '../format';
import { IMPLAUSIBLE_RATIO, isImplausible } from '../judge';
import { compositeCv, cvContributions, median, weightedCv, weightedMean } from '../stats';
import {
  type CountyIndicatorResult,
  type IndicatorDef,
  type SchoolResult,
  type Section,
  type SectionResult,
} from '../types';
import { filled, type IndicatorColumn, type SectionColumns } from './columns';
import { PUPIL_FIELDS, both, cellOf, note, partLabel, rowCell, sectionNames, type Context } from './context';

/** The pairs of a column that enter the CV: a computed value and pupils above 0 (in practice every one). */
function enteringPairs(column: IndicatorColumn): { values: Float64Array; weights: Float64Array; entered: SchoolResult[] } {
  const values = filled(column, column.values);
  const weights = filled(column, column.weights);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]) && weights[i] > 0) count++;
  if (count === values.length) return { values, weights, entered: column.schools };
  const pairs = { values: new Float64Array(count), weights: new Float64Array(count), entered: [] as SchoolResult[] };
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i]) || !(weights[i] > 0)) continue;
    pairs.values[pairs.entered.length] = values[i];
    pairs.weights[pairs.entered.length] = weights[i];
    pairs.entered.push(column.schools[i]);
  }
  return pairs;
}

/** The county result of one indicator in one section of `sectionSize` entries, from its column. */
export function countyIndicator(ctx: Context, section: Section, def: IndicatorDef, column: IndicatorColumn, sectionSize: number): CountyIndicatorResult {
  const { values, weights, entered } = enteringPairs(column);
  const mean = weightedMean(values, weights);
  const cv = weightedCv(values, weights);
  const shares = cvContributions(values, weights);
  const perIndicator = ctx.ruleset.countyRule.mode === 'per-indicator';
  const cvLimit = perIndicator ? ctx.ruleset.countyRule.limits[section] : null;
  const passes = cvLimit === null || cv === null ? null : cv <= cvLimit;
  const where = { section: sectionNames(section), indicator: def.name };
  if (entered.length > 0 && cv === null) {
    note(ctx, 'error', 'cv-undefined', null, null, where);
  } else if (entered.length === 0 && sectionSize > 0) {
    note(ctx, 'warning', 'cv-no-values', null, null, where);
  }
  const contributions = new Array<CountyIndicatorResult['contributions'][number]>(entered.length);
  for (let i = 0; i < entered.length; i++) {
    const school = entered[i];
    contributions[i] = { row: school.row, name: school.name, part: school.part, share: shares[i] };
  }
  return {
    mean,
    cv,
    cvLimit,
    passes,
    borderline: roundingFlips(cv, cvLimit),
    schools: entered.length,
    contributions,
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
export function implausibleNotes(ctx: Context, section: Section, def: IndicatorDef, column: IndicatorColumn): void {
  const standard = def.standard[section];
  const values = filled(column, column.values);
  let reference = standard;
  if (reference === null) {
    const known: number[] = [];
    for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) known.push(values[i]);
    reference = median(known);
  }
  const referenceName = both(standard === null ? 'reference-median' : 'reference-standard');
  for (let i = 0; i < values.length; i++) {
    const value = Number.isNaN(values[i]) ? null : values[i];
    if (value !== null && (reference === null || !isImplausible(value, reference))) continue;
    const school = column.schools[i];
    // A present indicator has a column for every numerator field.
    const cells = def.numerator.map((field) => cellOf(ctx, school.row, field, section) as string);
    if (cells.some((cell) => ctx.implausible.has(cell))) continue;
    cells.forEach((cell) => ctx.implausible.add(cell));
    const pupils = pupilsCell(ctx, school, section) ?? rowCell(ctx, school.row);
    const what = value === null
      ? both('implausible-what-large')
      : both('implausible-what-value', {
          value: formatValue(value),
          unit: def.unit,
          reference: referenceName,
          referenceValue: formatValue(reference),
          ratio: IMPLAUSIBLE_RATIO,
        });
    note(ctx, 'warning', 'implausible-value', school.row, cells[0], { school: partLabel(school, school.part === null ? null : section), indicator: def.name, what, cells, pupils });
  }
}

/** Combines verdicts: any false fails, else any unknown leaves it open, else it passes. */
export function allOf(verdicts: readonly (boolean | null)[]): boolean | null {
  if (verdicts.includes(false)) return false;
  return verdicts.includes(null) ? null : true;
}

/** The county rule for one section: its entries in order, and their columns of the present indicators (`sectionColumns`). */
export function countyResult(ctx: Context, section: Section, schools: SchoolResult[], columns: SectionColumns): Omit<SectionResult, 'verdict'> {
  const { mode, limits } = ctx.ruleset.countyRule;
  const indicators: Record<string, CountyIndicatorResult> = {};
  ctx.present.forEach((def, k) => {
    indicators[def.id] = countyIndicator(ctx, section, def, columns[k], schools.length);
    implausibleNotes(ctx, section, def, columns[k]);
  });
  const cvs = ctx.ruleset.indicators.map((def) => indicators[def.id]?.cv ?? null);
  const composite = mode === 'composite' && schools.length > 0 ? compositeCv(cvs) : null;
  const compositeLimit = mode === 'composite' ? limits[section] : null;
  if (mode === 'composite' && schools.length > 0 && composite === null) {
    const lacking = ctx.ruleset.indicators.filter((def, i) => cvs[i] === null);
    note(ctx, 'error', 'composite-cv-undefined', null, null, { section: sectionNames(section), indicators: lacking.map((d) => d.name) });
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
