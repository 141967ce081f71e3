import { at, column, excelError, NO_ADDRESSES } from './custom-functions-stub';
import { analyze } from '../../src/core/analyze';
import { presentShortfall } from '../../src/core/format';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { splitAmount } from '../../src/core/split';
import { weightedCv, weightedMean } from '../../src/core/stats';
import type { NumericField, SheetRead } from '../../src/core/types';
import {
  coefVar,
  coefVarOf,
  cvLimit,
  meets,
  per100,
  perPupil,
  schoolPass,
  shortfall,
  split,
  standard,
  wMean,
} from '../../src/functions/functions';

/** The single cell of a 1 × 1 result (COEFVAR, COEFVAROF, WMEAN return ranges so Excel gives them addresses). */
function one(result: number[][]): number {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
}

// The official training example (spec §2): 生均图书册数 of five primary schools.
const PUPILS = [45, 37, 89, 76, 55];
const BOOKS = [279, 137, 935, 160, 402];
const BOOKS_PER_PUPIL = BOOKS.map((b, i) => b / PUPILS[i]);

describe('COEFVAR, COEFVAROF and WMEAN: the pupil-weighted statistics', () => {
  it('give the official 0.515257 on the five-school example, as the core does', () => {
    const cv = one(coefVar(column(...BOOKS_PER_PUPIL), column(...PUPILS), NO_ADDRESSES));
    expect(cv).toBeCloseTo(0.515257, 6);
    expect(cv).toBe(weightedCv(BOOKS_PER_PUPIL, PUPILS));
    const of = one(coefVarOf(column(...BOOKS), column(...PUPILS), null, NO_ADDRESSES));
    expect(of).toBeCloseTo(0.515257, 6);
    expect(of).toBe(cv);
  });

  it('give the county books per pupil as the weighted mean', () => {
    const mean = one(wMean(column(...BOOKS_PER_PUPIL), column(...PUPILS), NO_ADDRESSES));
    expect(mean).toBeCloseTo(1913 / 302, 12);
    expect(mean).toBe(weightedMean(BOOKS_PER_PUPIL, PUPILS));
  });

  it('skip header, blank, dash and 0-pupil rows, so whole columns work', () => {
    const values = column('生均图书', ...BOOKS_PER_PUPIL.slice(0, 2), '', 99, ...BOOKS_PER_PUPIL.slice(2), null, null, '');
    const pupils = column('在校生数', ...PUPILS.slice(0, 2), null, 0, ...PUPILS.slice(2), '—', '', null);
    expect(one(coefVar(values, pupils, NO_ADDRESSES))).toBe(weightedCv(BOOKS_PER_PUPIL, PUPILS));
    expect(one(wMean(values, pupils, NO_ADDRESSES))).toBe(weightedMean(BOOKS_PER_PUPIL, PUPILS));
  });

  it('read text numbers the way the sheet reader does', () => {
    const cv = one(coefVarOf(column('279册', '137', ' 935 ', '160', '402'), column('45', '37人', '89', '76', '55'), null, NO_ADDRESSES));
    expect(cv).toBe(weightedCv(BOOKS_PER_PUPIL, PUPILS));
  });

  it('give #VALUE! with both sizes for ranges of different sizes', () => {
    const error = excelError(() => coefVar(column(1, 2, 3), column(10, 20), NO_ADDRESSES));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('区域大小不一致');
    expect(error.message).toContain('3 行 × 1 列');
    expect(error.message).toContain('2 行 × 1 列');
  });

  it('give #DIV/0! when the mean is 0 or no row has pupils', () => {
    expect(excelError(() => coefVar(column(0, 0), column(10, 20), NO_ADDRESSES)).code).toBe('#DIV/0!');
    expect(excelError(() => coefVar(column('', null), column('', null), NO_ADDRESSES)).code).toBe('#DIV/0!');
    expect(excelError(() => wMean(column(1), column(0), NO_ADDRESSES)).code).toBe('#DIV/0!');
  });

  it('name the cell of a blank value in a row with pupils, as Sheet1!E7', () => {
    const error = excelError(() =>
      coefVar(column(6.2, 3.7, '', 10.5), column(45, 37, 89, 76), at("'学校 表'!$E$5:$E$8", "'学校 表'!$D$5:$D$8")),
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain("'学校 表'!E7");
    expect(error.message).toContain('请填写数值');
  });

  it('say where in the range when Excel gives no addresses', () => {
    const error = excelError(() => coefVar(column(6.2, '约500'), column(45, 37), NO_ADDRESSES));
    expect(error.message).toContain('指标值区域第 2 行第 1 列');
    expect(error.message).toContain('row 2, column 1 of the values range');
  });

  it('refuse negative pupils, naming the cell', () => {
    const error = excelError(() => coefVar(column(1, 2), column(10, -3), at('Sheet1!E5:E6', 'Sheet1!D5:D6')));
    expect(error.message).toContain('Sheet1!D6');
    expect(error.message).toContain('负数');
  });

  it('take the scale of COEFVAROF (the CV does not depend on it) and refuse a non-positive one', () => {
    expect(one(coefVarOf(column(...BOOKS), column(...PUPILS), 100, NO_ADDRESSES))).toBeCloseTo(0.515257, 6);
    const error = excelError(() => coefVarOf(column(...BOOKS), column(...PUPILS), 0, NO_ADDRESSES));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('倍数须为正数');
  });
});

describe('PERPUPIL and PER100: values row by row, spilling', () => {
  it('divide row by row, leaving rows without pupils empty and trimming trailing blanks', () => {
    const result = perPupil(column('图书', 279, 137, 935, null, null), column('在校生数', 45, 37, '', null, ''), NO_ADDRESSES);
    expect(result).toEqual([[''], [279 / 45], [137 / 37], ['']]);
  });

  it('give #DIV/0! in the cell of a 0-pupil row and #VALUE! in the cell of a blank amount', () => {
    const [[first], [second], [third]] = perPupil(column(279, 137, ''), column(45, 0, 89), at('Sheet1!F5:F7', 'Sheet1!D5:D7'));
    expect(first).toBe(279 / 45);
    expect((second as CustomFunctions.Error).code).toBe('#DIV/0!');
    expect((third as CustomFunctions.Error).code).toBe('#VALUE!');
    expect((third as CustomFunctions.Error).message).toContain('Sheet1!F7');
  });

  it('count per hundred pupils', () => {
    expect(per100(column(12, 3), column(400, 150), NO_ADDRESSES)).toEqual([[3], [2]]);
  });

  it('give #VALUE! for ranges of different sizes, a single cell standing for every row', () => {
    expect(excelError(() => perPupil(column(1, 2), column(1, 2, 3), NO_ADDRESSES)).code).toBe('#VALUE!');
    expect(perPupil([[1000]], column(100, 200), NO_ADDRESSES)).toEqual([[10], [5]]);
  });
});

describe('SPLIT: a multi-section school by weighted pupils', () => {
  it('gives the spec example: 小学部 9711.63 and 初中部 13514.37 of 23226 books', () => {
    const primary = split([[23226]], [[166]], [[210]], [[0]], '小学', NO_ADDRESSES);
    const junior = split([[23226]], [[166]], [[210]], [['']], 'junior', NO_ADDRESSES);
    expect(primary[0][0]).toBeCloseTo(9711.63, 2);
    expect(junior[0][0]).toBeCloseTo(13514.37, 2);
    expect(primary[0][0]).toBe(splitAmount(23226, { primary: 166, junior: 210 }, 'primary'));
  });

  it('spills over ranges, a typed 0 standing for every senior cell', () => {
    const result = split(column('图书', 23226, 5000), column('小学', 166, 300), column('初中', 210, ''), [[0]], '小学', NO_ADDRESSES);
    expect(result[0][0]).toBe('');
    expect(result[1][0]).toBe(splitAmount(23226, { primary: 166, junior: 210 }, 'primary'));
    expect(result[2][0]).toBe(5000);
  });

  it('refuses an unknown section with the accepted words, Chinese first', () => {
    const error = excelError(() => split([[1]], [[1]], [[1]], [[0]], '高小', NO_ADDRESSES));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(/^学段“高小”无法识别。可用：小学、初中、primary、junior/);
  });
});

describe('STANDARD, MEETS, CVLIMIT: the ruleset in a cell', () => {
  it('look indicators up by Chinese name or id, with quality-2017 when the ruleset is omitted', () => {
    expect(standard('生均教学及辅助用房面积', '小学', null)).toBe(4.5);
    expect(standard('teaching-space', '初中', null)).toBe(5.8);
    expect(standard('equipment', 'junior', 'quality-2017')).toBe(2500);
    expect(cvLimit('小学', null)).toBe(0.5);
    expect(cvLimit('初中', null)).toBe(0.45);
    expect(cvLimit('小学', '基本均衡')).toBe(0.65);
    expect(cvLimit('初中', 'basic-2012')).toBe(0.55);
  });

  it('list the accepted indicators, Chinese first, for an unknown one', () => {
    const error = excelError(() => standard('生均图书', '小学', null));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(/^规则集 quality-2017 没有指标“生均图书”。可用：每百名学生拥有高于规定学历教师数、/);
    expect(error.message).toContain('生均教学及辅助用房面积');
    expect(error.message).toContain('Accepted: degree-teachers, key-teachers');
    expect(error.message?.length).toBeLessThan(250);
  });

  it('list the rulesets for an unknown one', () => {
    const error = excelError(() => cvLimit('小学', '2020'));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(/^没有名为“2020”的规则集。可用：优质均衡、基本均衡（quality-2017、basic-2012），或规则集 JSON；省略时为 quality-2017 \/ no ruleset named "2020"/);
  });

  it('give #N/A where the ruleset sets no standard', () => {
    const error = excelError(() => standard('生均图书册数', '小学', 'basic-2012'));
    expect(error.code).toBe('#N/A');
    expect(error.message).toContain('basic-2012');
  });

  it('take a user ruleset as JSON text, and explain bad JSON', () => {
    const province = JSON.stringify({
      id: 'province-x',
      name: '某省办学标准',
      indicators: [{ id: 'books', name: '生均图书册数', numerator: 'books', standard: { primary: 25, junior: 40 } }],
      schoolRule: { maxMisses: 0 },
      countyRule: { limits: { primary: 0.5, junior: 0.45 } },
    });
    expect(standard('生均图书册数', '初中', province)).toBe(40);
    expect(excelError(() => standard('books', '初中', '{"id": "x"}')).message).toMatch(/^规则集 JSON 有误 — name：缺少此项 — .* \/ the ruleset JSON is not valid — name: is missing — /);
    expect(excelError(() => standard('books', '初中', '{"id": ')).message).toMatch(/^规则集不是有效的 JSON：/);
  });

  it('judge values against the standard, spilling over a range', () => {
    expect(meets([[4.5]], 'teaching-space', '小学', null, NO_ADDRESSES)).toEqual([[true]]);
    expect(meets(column('生均', 4.49, '', 6), '生均教学及辅助用房面积', '小学', null, NO_ADDRESSES)).toEqual([[''], [false], [''], [true]]);
  });
});

describe('SHORTFALL and SCHOOLPASS', () => {
  it('give the missing resource in its own unit, 0 when met, whole rooms rounded up', () => {
    expect(shortfall([[400]], [[100]], 'teaching-space', '小学', null, NO_ADDRESSES)).toEqual([[50]]);
    expect(shortfall([[450]], [[100]], 'teaching-space', '小学', null, NO_ADDRESSES)).toEqual([[0]]);
    // 2.3 rooms per 100 pupils × 1000 pupils = 23 rooms; 20.5 on record → 3 to add.
    expect(shortfall([[20.5]], [[1000]], 'multimedia-rooms', '小学', null, NO_ADDRESSES)).toEqual([[3]]);
  });

  it('judge a row of the 7 quality-2017 values by the school rule', () => {
    const atStandard = QUALITY_2017.indicators.map((def) => def.standard.primary as number);
    const oneMissAboveFloor = [...atStandard];
    oneMissAboveFloor[3] = 4.5 * 0.85;
    const oneMissBelowFloor = [...atStandard];
    oneMissBelowFloor[3] = 4.5 * 0.84;
    const twoMisses = [...oneMissAboveFloor];
    twoMisses[0] = 4.1;
    const result = schoolPass([atStandard, oneMissAboveFloor, oneMissBelowFloor, twoMisses, Array(7).fill('')], '小学', null, NO_ADDRESSES);
    expect(result).toEqual([[true], [true], [false], [false]]);
  });

  it('want as many columns as the ruleset has indicators', () => {
    const error = excelError(() => schoolPass([[1, 2, 3]], '小学', null, NO_ADDRESSES));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('需要每行 7 个指标值');
  });

  it('give #N/A for a ruleset without school standards', () => {
    const [[verdict]] = schoolPass([Array(8).fill(1)], '小学', 'basic-2012', NO_ADDRESSES);
    expect((verdict as CustomFunctions.Error).code).toBe('#N/A');
  });
});

describe('a ≤ indicator of a user ruleset', () => {
  // A ceiling, to see the direction reach the cell: at most 30 computers per hundred pupils.
  const ceiling = JSON.stringify({
    id: 'ceiling-test',
    name: '上限测试',
    indicators: [
      { id: 'books', name: '生均图书册数', numerator: 'books', standard: 25 },
      { id: 'computer-ceiling', name: '每百名学生计算机台数上限', numerator: 'computers', scale: 100, direction: '<=', standard: 30 },
    ],
    schoolRule: { maxMisses: 1, floorRatio: 0.85 },
    countyRule: { limits: { primary: 0.5, junior: 0.45 } },
  });

  it('MEETS at or below the standard, SHORTFALL the whole computers too many', () => {
    expect(meets(column(30, 30.5, 12), 'computer-ceiling', '小学', ceiling, NO_ADDRESSES)).toEqual([[true], [false], [true]]);
    expect(shortfall(column(40, 30, 30.2), column(100, 100, 100), '每百名学生计算机台数上限', '小学', ceiling, NO_ADDRESSES)).toEqual([[10], [0], [1]]);
  });

  it('SCHOOLPASS lets one miss through up to standard ÷ 85 %', () => {
    // 30 ÷ 0.85 = 35.29: 35 passes, 36 does not; a second miss fails.
    expect(schoolPass([[25, 35], [25, 36], [24, 31]], '小学', ceiling, NO_ADDRESSES)).toEqual([[true], [false], [false]]);
  });
});

// Both call core/judge.ts; this pins the formulas a bureau would write (values by
// PER100/PERPUPIL, shortfalls as the ledger shows them, pupil weights) to the report.
describe('the cell functions reproduce the engine on the same schools', () => {
  const FIELDS: NumericField[] = ['pupils', ...QUALITY_2017.indicators.map((def) => def.numerator[0])];
  // Five primary schools around the thresholds: some pass, some miss one, some miss more.
  const SCHOOLS: Partial<Record<NumericField, number>>[] = [
    { pupils: 800, degreeTeachers: 40, keyTeachers: 8, peArtTeachers: 8, teachingSpace: 3800, sportsSpace: 6500, equipmentValue: 1.7e6, multimediaRooms: 19 },
    { pupils: 450, degreeTeachers: 19, keyTeachers: 5, peArtTeachers: 4, teachingSpace: 2025, sportsSpace: 3375, equipmentValue: 9e5, multimediaRooms: 11 },
    { pupils: 1200, degreeTeachers: 60, keyTeachers: 10, peArtTeachers: 11, teachingSpace: 5000, sportsSpace: 9100, equipmentValue: 2.5e6, multimediaRooms: 30 },
    { pupils: 95, degreeTeachers: 3, keyTeachers: 1, peArtTeachers: 1, teachingSpace: 500, sportsSpace: 700, equipmentValue: 2e5, multimediaRooms: 2 },
    { pupils: 300, degreeTeachers: 13, keyTeachers: 3, peArtTeachers: 3, teachingSpace: 1300, sportsSpace: 2300, equipmentValue: 6.1e5, multimediaRooms: 7 },
  ];
  const read: SheetRead = {
    sheet: 'Sheet1',
    headerRows: [1],
    firstDataRow: 2,
    lastDataRow: SCHOOLS.length + 1,
    mapping: Object.fromEntries(FIELDS.map((field, k) => [field, [{ column: k + 2, header: field, factor: 1 }]])),
    columns: [],
    records: SCHOOLS.map((values, i) => ({
      row: i + 2,
      name: `学校${i + 1}`,
      kind: 'school',
      type: 'primary',
      typeText: '小学',
      ownership: 'public',
      part: null,
      values,
      sectionValues: {},
      invalid: [],
    })),
    rows: [],
    messages: [],
  };
  const result = analyze(read, QUALITY_2017);
  const pupils = column(...SCHOOLS.map((s) => s.pupils));

  it.each(QUALITY_2017.indicators.map((def) => [def.id, def] as const))('%s: values, shortfalls, verdicts and the CV', (_, def) => {
    const amounts = column(...SCHOOLS.map((s) => s[def.numerator[0]]));
    const values = def.scale === 100 ? per100(amounts, pupils, NO_ADDRESSES) : perPupil(amounts, pupils, NO_ADDRESSES);
    expect(values.map(([v]) => v)).toEqual(result.schools.map((s) => s.indicators[def.id].value));
    expect(meets(values, def.id, '小学', null, NO_ADDRESSES).map(([v]) => v)).toEqual(
      result.schools.map((s) => s.indicators[def.id].meets),
    );
    expect(shortfall(amounts, pupils, def.id, '小学', null, NO_ADDRESSES).map(([v]) => v)).toEqual(
      result.schools.map((s) => presentShortfall(def, s.indicators[def.id].shortfall)),
    );
    expect(one(coefVar(values, pupils, NO_ADDRESSES))).toBe(result.sections.primary.indicators[def.id].cv);
    expect(one(coefVarOf(amounts, pupils, def.scale, NO_ADDRESSES))).toBeCloseTo(result.sections.primary.indicators[def.id].cv as number, 14);
    expect(one(wMean(values, pupils, NO_ADDRESSES))).toBe(result.sections.primary.indicators[def.id].mean);
  });

  it('SCHOOLPASS gives the engine verdict of every school', () => {
    const rows = result.schools.map((s) => QUALITY_2017.indicators.map((def) => s.indicators[def.id].value));
    const verdicts = schoolPass(rows, '小学', null, NO_ADDRESSES).map(([v]) => v);
    expect(verdicts).toEqual(result.schools.map((s) => s.passes));
    expect(new Set(verdicts)).toEqual(new Set([true, false]));
    expect(result.schools.some((s) => Object.values(s.indicators).some((i) => (i.shortfall ?? 0) > 0))).toBe(true);
  });
});
