/**
 * The JUNHENG.* worksheet functions: thin wrappers that read Excel's arguments
 * and call the core. `custom-functions-metadata-plugin` reads the JSDoc below
 * (`@customfunction ID`, `@param`, `[optional]`) to write functions.json, and
 * its loader appends `CustomFunctions.associate(ID, fn)` for every function
 * here at build time; scripts/functions-zh-cn.js writes the Chinese metadata.
 *
 * Argument rules shared by all functions:
 * - range arguments take a cell, a range, an Excel table column (表1[在校生数]) or
 *   a whole column (E:E); a typed number is a 1 × 1 range. Prefer table columns or
 *   bounded ranges: Excel limits one call's arguments to 5 MB, and on Excel on
 *   the web a whole column (1 048 576 cells) can give #CALC!; whole columns are
 *   for desktop Excel;
 * - `@requiresParameterAddresses` needs a result of matrix dimensionality
 *   (custom-functions metadata reference), so the functions that give one number
 *   return it as a 1 × 1 range;
 * - a row counts when its pupils cell holds a number greater than 0 ("1,234" and
 *   "56人" are read as numbers). Rows whose pupils cell is blank, 0, a dash or
 *   text without digits (a header such as 在校生数) are skipped, so whole columns
 *   work; in functions that spill, such rows give "" (in PERPUPIL and PER100,
 *   0 pupils gives #DIV/0!);
 * - in a row that counts, a blank or unreadable amount/value is #VALUE! naming
 *   the cell (`Sheet1!E7`, when Excel reports argument addresses);
 * - ranges of different sizes are #VALUE!; in functions that spill, a single
 *   cell stands for every row;
 * - an omitted optional argument arrives as null: ruleset → quality-2017, scale → 1.
 *
 * Parameter types are `unknown[][]` for ranges (the plugin maps them to "any",
 * so blanks and text arrive as they are) and keywords for scalars.
 */

import { indicatorValue, judgeSchool, judgeValue, meetsStandard, shortfallTo } from '../core/judge';
import { sectionLabel } from '../core/present';
import { presentShortfall } from '../core/format';
import { splitAmount } from '../core/split';
import { weightedCv, weightedMean } from '../core/stats';
import type { IndicatorDef, L10n, Ruleset, Section } from '../core/types';
import { divisionByZero, notAvailable, valueError } from './errors';
import {
  cellAt,
  cellError,
  elementwise,
  pupilCount,
  isEmpty,
  pupilPairs,
  rangeArgs,
  requiredNumber,
  rowwise,
  type RangeArg,
} from './ranges';
import { indicatorArg, rulesetArg, sectionArg } from './words';

const AMOUNT: L10n = { zh: '资源量', en: 'amount' };
const COUNT: L10n = { zh: '数量', en: 'count' };
const PUPILS: L10n = { zh: '在校生数', en: 'pupils' };
const VALUES: L10n = { zh: '指标值', en: 'values' };
const VALUE: L10n = { zh: '指标值', en: 'value' };
const PRIMARY_PUPILS: L10n = { zh: '小学在校生数', en: 'primary pupils' };
const JUNIOR_PUPILS: L10n = { zh: '初中在校生数', en: 'junior pupils' };
const SENIOR_PUPILS: L10n = { zh: '高中在校生数', en: 'senior pupils' };

/** Pupil counts of SPLIT: blank means the school has none in that section. */
function sectionPupils(arg: RangeArg, row: number, column: number): number {
  return pupilCount(arg, row, column) ?? 0;
}

/** The indicator's standard for the section; #N/A when the ruleset sets none. */
function standardOf(rules: Ruleset, def: IndicatorDef, part: Section): number {
  const threshold = def.standard[part];
  if (threshold === null) {
    throw notAvailable({
      zh: `规则集 ${rules.id} 没有规定${def.name.zh}的学校标准`,
      en: `ruleset ${rules.id} sets no school standard for ${def.name.en}`,
    });
  }
  return threshold;
}

/** scale × amount ÷ pupils per row. */
function perPupils(
  amount: unknown[][],
  pupils: unknown[][],
  scale: number,
  amountName: L10n,
  invocation: CustomFunctions.Invocation | null | undefined,
): unknown[][] {
  const [a, p] = rangeArgs([amount, pupils], [amountName, PUPILS], invocation);
  return elementwise([a, p], (i, j) => {
    const count = pupilCount(p, i, j);
    if (count === null) return '';
    if (count === 0) throw divisionByZero();
    return indicatorValue(requiredNumber(a, i, j), count, scale);
  });
}

/**
 * Amount per pupil (生均值), row by row: amount ÷ pupils.
 * @customfunction PERPUPIL
 * @param amount The resource of each school, e.g. its books or its floor area (a cell or a range).
 * @param pupils The pupils of each school, a range of the same size.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns One value per row; spills over ranges.
 * @remarks Rows whose pupils cell is blank or a header give ""; 0 pupils gives #DIV/0!.
 * @example =JUNHENG.PERPUPIL(F5:F40, D5:D40)
 */
export function perPupil(amount: unknown[][], pupils: unknown[][], invocation: CustomFunctions.Invocation): unknown[][] {
  return perPupils(amount, pupils, 1, AMOUNT, invocation);
}

/**
 * Count per hundred pupils (每百生), row by row: 100 × count ÷ pupils.
 * @customfunction PER100
 * @param count What each school counts, e.g. its teachers or its multimedia rooms (a cell or a range).
 * @param pupils The pupils of each school, a range of the same size.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns One value per row; spills over ranges.
 * @example =JUNHENG.PER100(G5:G40, D5:D40)
 */
export function per100(count: unknown[][], pupils: unknown[][], invocation: CustomFunctions.Invocation): unknown[][] {
  return perPupils(count, pupils, 100, COUNT, invocation);
}

/**
 * The official pupil-weighted coefficient of variation (差异系数) of per-school values.
 * @customfunction COEFVAR
 * @param values Each school's indicator value, e.g. books per pupil.
 * @param pupils Each school's pupils, the weights; a range of the same size.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns CV = S ÷ X̄ with pupil weights (population form), as one cell; #DIV/0! when there are no pupils or X̄ = 0.
 * @example =JUNHENG.COEFVAR(E5:E40, D5:D40)
 */
export function coefVar(values: unknown[][], pupils: unknown[][], invocation: CustomFunctions.Invocation): number[][] {
  const [v, p] = rangeArgs([values, pupils], [VALUES, PUPILS], invocation);
  const pairs = pupilPairs(v, p);
  const cv = weightedCv(pairs.values, pairs.pupils);
  if (cv === null) throw divisionByZero();
  return [[cv]];
}

/**
 * The pupil-weighted CV (生均差异系数) of amount ÷ pupils × scale, without a helper column.
 * @customfunction COEFVAROF
 * @param amounts Each school's resource, e.g. its books.
 * @param pupils Each school's pupils; a range of the same size.
 * @param [scale] 1 for per pupil (default), 100 for per hundred pupils.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns The CV, as one cell; #DIV/0! when there are no pupils or the mean is 0.
 * @example =JUNHENG.COEFVAROF(F5:F40, D5:D40)
 */
export function coefVarOf(
  amounts: unknown[][],
  pupils: unknown[][],
  scale: number | null,
  invocation: CustomFunctions.Invocation,
): number[][] {
  const [a, p, s] = rangeArgs([amounts, pupils, [[scale]]], [AMOUNT, PUPILS, { zh: '倍数', en: 'scale' }], invocation);
  const factor = scale === null ? 1 : requiredNumber(s, 0, 0);
  if (!(factor > 0)) throw cellError(s, 0, 0, { zh: '倍数须为正数（1 或 100）', en: 'scale must be positive (1 or 100)' });
  const pairs = pupilPairs(a, p);
  const values = pairs.values.map((amount, k) => indicatorValue(amount, pairs.pupils[k], factor));
  const cv = weightedCv(values, pairs.pupils);
  if (cv === null) throw divisionByZero();
  return [[cv]];
}

/**
 * The pupil-weighted mean (加权平均): the county's total resource per pupil.
 * @customfunction WMEAN
 * @param values Each school's indicator value.
 * @param pupils Each school's pupils, the weights; a range of the same size.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns Σ pupils × value ÷ Σ pupils, as one cell; #DIV/0! when there are no pupils.
 * @example =JUNHENG.WMEAN(E5:E40, D5:D40)
 */
export function wMean(values: unknown[][], pupils: unknown[][], invocation: CustomFunctions.Invocation): number[][] {
  const [v, p] = rangeArgs([values, pupils], [VALUES, PUPILS], invocation);
  const pairs = pupilPairs(v, p);
  const mean = weightedMean(pairs.values, pairs.pupils);
  if (mean === null) throw divisionByZero();
  return [[mean]];
}

/**
 * A section's share (学段拆分) of a multi-section school's resource, by weighted pupils 1 : 1.1 : 1.32.
 * @customfunction SPLIT
 * @param amount The whole school's resource (a cell or a range).
 * @param primaryPupils Primary pupils; blank means none.
 * @param juniorPupils Junior secondary pupils; blank means none.
 * @param seniorPupils Senior secondary pupils; blank or 0 for a nine-year school.
 * @param section 小学 or 初中 (primary or junior): the section whose share to return.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns The section's part of the amount, row by row; spills over ranges.
 * @remarks Rows whose amount is blank or a header give "".
 * @example =JUNHENG.SPLIT(F5, B5, C5, 0, "小学")
 */
export function split(
  amount: unknown[][],
  primaryPupils: unknown[][],
  juniorPupils: unknown[][],
  seniorPupils: unknown[][],
  section: string,
  invocation: CustomFunctions.Invocation,
): unknown[][] {
  const args = rangeArgs(
    [amount, primaryPupils, juniorPupils, seniorPupils],
    [AMOUNT, PRIMARY_PUPILS, JUNIOR_PUPILS, SENIOR_PUPILS],
    invocation,
  );
  const [a, primary, junior, senior] = args;
  const part = sectionArg(section);
  return elementwise(args, (i, j) => {
    if (isEmpty(cellAt(a, i, j))) return '';
    const pupils = {
      primary: sectionPupils(primary, i, j),
      junior: sectionPupils(junior, i, j),
      senior: sectionPupils(senior, i, j),
    };
    return splitAmount(requiredNumber(a, i, j), pupils, part);
  });
}

/**
 * The standard (标准值) an indicator must reach in a section.
 * @customfunction STANDARD
 * @param indicator The indicator's id (teaching-space) or Chinese name (生均教学及辅助用房面积).
 * @param section 小学 or 初中 (primary or junior).
 * @param [ruleset] quality-2017 (default), basic-2012, or a user ruleset's JSON.
 * @returns The threshold; #N/A when the ruleset sets none (basic-2012).
 * @example =JUNHENG.STANDARD("生均教学及辅助用房面积", "小学")
 */
export function standard(indicator: string, section: string, ruleset: string | null): number {
  const rules = rulesetArg(ruleset);
  return standardOf(rules, indicatorArg(indicator, rules), sectionArg(section));
}

/**
 * Whether a value meets the standard (是否达标).
 * @customfunction MEETS
 * @param value The school's indicator value (a cell or a range).
 * @param indicator The indicator's id or Chinese name.
 * @param section 小学 or 初中 (primary or junior).
 * @param [ruleset] quality-2017 (default), basic-2012, or a user ruleset's JSON.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns TRUE or FALSE per value; "" for a blank or header cell; spills over ranges.
 * @example =JUNHENG.MEETS(E5, "teaching-space", "小学")
 */
export function meets(
  value: unknown[][],
  indicator: string,
  section: string,
  ruleset: string | null,
  invocation: CustomFunctions.Invocation,
): unknown[][] {
  const rules = rulesetArg(ruleset);
  const def = indicatorArg(indicator, rules);
  const threshold = standardOf(rules, def, sectionArg(section));
  const [v] = rangeArgs([value], [VALUE], invocation);
  return elementwise([v], (i, j) => (isEmpty(cellAt(v, i, j)) ? '' : meetsStandard(requiredNumber(v, i, j), threshold, def.direction)));
}

/**
 * The resource missing (资源缺口) to reach the standard, in the resource's own unit.
 * @customfunction SHORTFALL
 * @param amount The school section's resource, e.g. its teaching space in ㎡ (a cell or a range).
 * @param pupils The school section's pupils; a range of the same size.
 * @param indicator The indicator's id or Chinese name.
 * @param section 小学 or 初中 (primary or junior).
 * @param [ruleset] quality-2017 (default), basic-2012, or a user ruleset's JSON.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns 0 when met; countable things (teachers, rooms, books) in whole numbers rounded up, others to 2 decimals, as in the rectification ledger.
 * @example =JUNHENG.SHORTFALL(F5, D5, "生均教学及辅助用房面积", "小学")
 */
export function shortfall(
  amount: unknown[][],
  pupils: unknown[][],
  indicator: string,
  section: string,
  ruleset: string | null,
  invocation: CustomFunctions.Invocation,
): unknown[][] {
  const rules = rulesetArg(ruleset);
  const def = indicatorArg(indicator, rules);
  const threshold = standardOf(rules, def, sectionArg(section));
  const [a, p] = rangeArgs([amount, pupils], [AMOUNT, PUPILS], invocation);
  return elementwise([a, p], (i, j) => {
    const count = pupilCount(p, i, j);
    if (count === null) return '';
    if (count === 0) return 0;
    const missing = shortfallTo(threshold, requiredNumber(a, i, j), count, def.scale, def.direction);
    return presentShortfall(def, missing) ?? 0;
  });
}

/**
 * Whether a school passes the school rule (学校达标) on its indicator values.
 * @customfunction SCHOOLPASS
 * @param values One row per school: the ruleset's indicator values in its order (quality-2017: the 7 indicators as listed in the spec).
 * @param section 小学 or 初中 (primary or junior).
 * @param [ruleset] quality-2017 (default), basic-2012, or a user ruleset's JSON.
 * @param invocation Provided by Excel.
 * @requiresParameterAddresses
 * @returns TRUE or FALSE per row; "" for a blank row; spills over several rows.
 * @remarks quality-2017: at least 6 of 7 reach the standard and the other one at least 85 % of it.
 * @example =JUNHENG.SCHOOLPASS(E5:K5, "小学")
 */
export function schoolPass(
  values: unknown[][],
  section: string,
  ruleset: string | null,
  invocation: CustomFunctions.Invocation,
): unknown[][] {
  const rules = rulesetArg(ruleset);
  const part = sectionArg(section);
  const [v] = rangeArgs([values], [VALUES], invocation);
  const expected = rules.indicators.length;
  const columns = values[0]?.length ?? 0;
  if (columns !== expected) {
    throw valueError({
      zh: `需要每行 ${expected} 个指标值（按顺序：${rules.indicators.map((d) => d.name.zh).join('、')}），所选区域有 ${columns} 列`,
      en: `expected rows of ${expected} indicator values (in order: ${rules.indicators.map((d) => d.id).join(', ')}); the range has ${columns} columns`,
    });
  }
  return rowwise(v, (i) => {
    if (v.cells[i].every(isEmpty)) return '';
    const verdicts = Object.fromEntries(
      rules.indicators.map((def, k) => [def.id, judgeValue(def, part, requiredNumber(v, i, k), rules.schoolRule.floorRatio)]),
    );
    const verdict = judgeSchool(rules, part, verdicts).passes;
    if (verdict === null) {
      throw notAvailable({ zh: `规则集 ${rules.id} 没有${sectionLabel(part, 'zh')}的学校标准`, en: `ruleset ${rules.id} sets no school standards for ${sectionLabel(part, 'en').toLowerCase()}` });
    }
    return verdict;
  });
}

/**
 * The county limit (差异系数限值) on the CV of a section.
 * @customfunction CVLIMIT
 * @param section 小学 or 初中 (primary or junior).
 * @param [ruleset] quality-2017 (default: each CV), basic-2012 (the composite CV), or a user ruleset's JSON.
 * @returns quality-2017: 0.50 for 小学, 0.45 for 初中.
 * @example =JUNHENG.CVLIMIT("初中")
 */
export function cvLimit(section: string, ruleset: string | null): number {
  return rulesetArg(ruleset).countyRule.limits[sectionArg(section)];
}
