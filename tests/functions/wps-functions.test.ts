/**
 * The JUNHENG functions through the WPS registration path: the entries the
 * build generates from the JSDoc and zh-cn.json, registered with a recording
 * `wps.AddCustomFunction`, called the way WPS calls them (arguments in order,
 * ranges as 2-D arrays, an omitted optional argument missing or as
 * -2147352572, no cell addresses).
 */
import { wpsFunctionsJson, wpsFunctionTable, wpsType } from '../../scripts/functions-wps';
import { analyze } from '../../src/core/analyze';
import { presentShortfall } from '../../src/core/format';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { NumericField, SheetRead } from '../../src/core/types';
import { weightedCv, weightedMean } from '../../src/core/stats';
import * as implementations from '../../src/functions/functions';
import zhCn from '../../src/functions/zh-cn.json';
import { MISSING_ARGUMENT, NAMESPACE, registerWpsFunctions, wpsArgument } from '../../src/wps/functions';
import type { WpsFunctionEntry } from '../../src/wps/functions';

type Registered = { namespace: string; name: string; fn: (...args: unknown[]) => unknown; metadata: { parameters: { type: string }[] } };

const PUPILS = [45, 37, 89, 76, 55];
const BOOKS = [279, 137, 935, 160, 402];
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const BOOKS_PER_PUPIL = BOOKS.map((b, i) => b / PUPILS[i]);

let entries: WpsFunctionEntry[];
const registered = new Map<string, Registered>();
/** A function as a formula calls it: JUNHENG.<name>(…). */
const call = (name: string, ...args: unknown[]) => {
  const found = registered.get(name);
  if (found === undefined) throw new Error(`${NAMESPACE}.${name} is not registered`);
  return found.fn(...args);
};

beforeAll(async () => {
  entries = await wpsFunctionTable('src/functions/functions.ts', 'src/functions/zh-cn.json');
  const host = {
    AddCustomFunction: (namespace: string, name: string, fn: Registered['fn'], metadata: Registered['metadata']) =>
      void registered.set(name, { namespace, name, fn, metadata }),
  };
  expect(registerWpsFunctions(host, entries, implementations)).toBe(22);
}, 120_000);

describe('registration', () => {
  it('registers every function under its id and its Chinese name in the JUNHENG namespace', () => {
    const ids = Object.keys(zhCn);
    const names = [...ids, ...ids.map((id) => (zhCn as Record<string, { name: string }>)[id].name)];
    expect([...registered.keys()].sort()).toEqual(names.sort());
    expect([...registered.values()].every((r) => r.namespace === 'JUNHENG')).toBe(true);
    expect(call('差异系数', column(...BOOKS_PER_PUPIL), column(...PUPILS))).toEqual(call('COEFVAR', column(...BOOKS_PER_PUPIL), column(...PUPILS)));
  });

  it('gives ranges, optional arguments and results the types WPS reads', () => {
    expect(registered.get('COEFVAR')?.metadata.parameters.map((p) => p.type)).toEqual(['any[][]', 'any[][]']);
    expect(registered.get('标准值')?.metadata.parameters.map((p) => p.type)).toEqual(['string', 'string', 'any?']);
    expect(wpsType({ type: 'boolean' })).toBe('bool');
    const json = JSON.parse(wpsFunctionsJson(entries)) as { functions: Record<string, unknown>[] };
    expect(json.functions).toHaveLength(22);
    expect(Object.keys(json.functions[0]).sort()).toEqual(['description', 'name', 'parameters', 'result']);
  });

  it('turns an omitted argument into null and a typed value into a 1 × 1 range', () => {
    expect(wpsArgument(MISSING_ARGUMENT, 'any?')).toBeNull();
    expect(wpsArgument(undefined, 'number?')).toBeNull();
    expect(wpsArgument(12, 'any[][]')).toEqual([[12]]);
    expect(wpsArgument('小学', 'string')).toBe('小学');
  });
});

describe('the README examples, called as WPS calls them', () => {
  // COEFVAR, COEFVAROF and WMEAN give a 1 × 1 range (Excel needs that form for parameter addresses).
  const one = (x: unknown) => (x as number[][])[0][0];

  it('PERPUPIL and PER100 spill; COEFVAR, COEFVAROF and WMEAN give the official numbers', () => {
    expect(call('生均值', column(...BOOKS), column(...PUPILS))).toEqual(BOOKS_PER_PUPIL.map((x) => [x]));
    expect(call('PER100', 12, 400)).toEqual([[3]]);
    expect(one(call('COEFVAR', column(...BOOKS_PER_PUPIL), column(...PUPILS)))).toBe(weightedCv(BOOKS_PER_PUPIL, PUPILS));
    expect(one(call('COEFVAR', column(...BOOKS_PER_PUPIL), column(...PUPILS)))).toBeCloseTo(0.515257, 6);
    expect(one(call('生均差异系数', column(...BOOKS), column(...PUPILS), MISSING_ARGUMENT))).toBeCloseTo(0.515257, 6);
    expect(one(call('WMEAN', column(...BOOKS_PER_PUPIL), column(...PUPILS)))).toBe(weightedMean(BOOKS_PER_PUPIL, PUPILS));
  });

  it('SPLIT, STANDARD, MEETS, SHORTFALL, SCHOOLPASS and CVLIMIT', () => {
    expect((call('学段拆分', 23226, 166, 210, 0, '小学') as number[][])[0][0]).toBeCloseTo(9711.63, 2);
    expect(call('STANDARD', '生均教学及辅助用房面积', '小学', MISSING_ARGUMENT)).toBe(4.5);
    expect(call('标准值', 'equipment', '初中')).toBe(2500);
    expect(call('是否达标', 4.49, 'teaching-space', 'primary')).toEqual([[false]]);
    expect(call('SHORTFALL', 400, 100, 'teaching-space', 'primary')).toEqual([[50]]);
    expect(call('资源缺口', 20.5, 1000, 'multimedia-rooms', '小学')).toEqual([[3]]);
    const atStandard = QUALITY_2017.indicators.map((def) => def.standard.primary as number);
    const belowFloor = atStandard.map((x, k) => (k === 3 ? 4.5 * 0.84 : x));
    expect(call('学校达标', [atStandard, belowFloor], '小学')).toEqual([[true], [false]]);
    expect(call('差异系数限值', '初中')).toBe(0.45);
    expect(call('CVLIMIT', '小学', '基本均衡')).toBe(0.65);
  });
});

describe('errors WPS can show', () => {
  it('a wrong argument is #VALUE! with the bilingual message in the cell', () => {
    const text = call('COEFVAR', column(1, 2, 3), column(10, 20)) as string;
    expect(text).toMatch(/^#VALUE! /);
    expect(text).toContain('区域大小不一致');
    expect(call('STANDARD', 'teaching-space', '高中') as string).toMatch(/^#VALUE! .*小学/);
  });

  it('a blank value names its place in the range, as WPS gives no addresses', () => {
    expect(call('COEFVAR', column(6.2, '约500'), column(45, 37)) as string).toContain('指标值区域第 2 行第 1 列');
  });

  it('no pupils is #DIV/0!, a missing standard #N/A; in a spilled result only the failing row shows it', () => {
    expect(call('COEFVAR', column(0, 0), column(10, 20))).toBe('#DIV/0!');
    expect(call('STANDARD', 'teaching-space', '小学', 'basic-2012') as string).toMatch(/^#N\/A /);
    expect(call('PERPUPIL', column(279, 10), column(45, 0))).toEqual([[279 / 45], ['#DIV/0!']]);
  });
});

describe('the functions in WPS reproduce the engine', () => {
  // Six primary schools, each indicator at its standard times a factor: some pass, some miss one, some more.
  const FACTORS = [1.2, 0.9, 1.05, 0.8, 1.0, 0.87];
  const PUPIL_COUNTS = [800, 450, 1200, 95, 300, 610];
  const schools = PUPIL_COUNTS.map((pupils, i) => {
    const values: Partial<Record<NumericField, number>> = { pupils };
    QUALITY_2017.indicators.forEach((def, k) => {
      // The first two miss one indicator above the 85 % floor (they pass); the others miss several.
      const factor = i < 2 ? (k === i ? 0.9 : 1.1) : FACTORS[(i + k) % FACTORS.length];
      values[def.numerator[0]] = ((def.standard.primary as number) * pupils * factor) / def.scale;
    });
    return values;
  });
  const fields: NumericField[] = ['pupils', ...QUALITY_2017.indicators.map((def) => def.numerator[0])];
  const read: SheetRead = {
    sheet: 'Sheet1', headerRows: [1], firstDataRow: 2, lastDataRow: schools.length + 1,
    mapping: Object.fromEntries(fields.map((field, k) => [field, [{ column: k + 2, header: field, factor: 1 }]])),
    columns: [],
    records: schools.map((values, i) => ({
      row: i + 2, name: `学校${i + 1}`, kind: 'school', type: 'primary', typeText: '小学', ownership: 'public',
      part: null, values, sectionValues: {}, invalid: [],
    })),
    rows: [],
    messages: [],
  };
  const result = analyze(read, QUALITY_2017);
  const pupils = column(...PUPIL_COUNTS);

  it.each(QUALITY_2017.indicators.map((def) => [def.id, def] as const))('%s: values, verdicts, shortfalls, mean and CV', (_, def) => {
    const amounts = column(...schools.map((s) => s[def.numerator[0]]));
    const values = call(def.scale === 100 ? '每百生' : '生均值', amounts, pupils) as number[][];
    expect(values.map(([v]) => v)).toEqual(result.schools.map((s) => s.indicators[def.id].value));
    expect((call('是否达标', values, def.id, '小学') as boolean[][]).map(([v]) => v)).toEqual(result.schools.map((s) => s.indicators[def.id].meets));
    expect((call('资源缺口', amounts, pupils, def.id, '小学') as number[][]).map(([v]) => v)).toEqual(
      result.schools.map((s) => presentShortfall(def, s.indicators[def.id].shortfall)),
    );
    expect(call('加权平均', values, pupils)).toEqual([[result.sections.primary.indicators[def.id].mean]]);
    expect(call('差异系数', values, pupils)).toEqual([[result.sections.primary.indicators[def.id].cv]]);
  });

  it('学校达标 gives every school the engine verdict, passing and failing', () => {
    const rows = result.schools.map((s) => QUALITY_2017.indicators.map((def) => s.indicators[def.id].value));
    const verdicts = (call('学校达标', rows, '小学') as boolean[][]).map(([v]) => v);
    expect(verdicts).toEqual(result.schools.map((s) => s.passes));
    expect(new Set(verdicts)).toEqual(new Set([true, false]));
  });
});
