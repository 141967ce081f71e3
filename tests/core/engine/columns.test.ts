import { addEntry, filled, sectionColumns } from '../../../src/core/engine/columns';
import { judgeIndicator } from '../../../src/core/judge';
import { QUALITY_2017 } from '../../../src/core/rulesets';
import type { IndicatorResult, SchoolResult } from '../../../src/core/types';

function indicator(id: string) {
  const def = QUALITY_2017.indicators.find((d) => d.id === id);
  if (def === undefined) throw new Error(id);
  return def;
}
const space = indicator('teaching-space');
const sports = indicator('sports-space');

function school(row: number, pupils: number, results: Record<string, IndicatorResult>): SchoolResult {
  return {
    name: `第${row}小学`, row, type: 'primary', section: 'primary', pupils, ownership: null, part: null,
    excluded: false, excludedReason: null, indicators: results, passes: null, misses: [], checks: {}, checksMissing: [],
  };
}

describe('the county columns', () => {
  test('hold, per indicator and in entry order, the entries with an amount, their values and pupils', () => {
    const columns = sectionColumns([space, sports], { primary: 3, junior: 0 });
    const a = school(2, 400, { [space.id]: judgeIndicator(space, 'primary', 1800, 400, 0.85), [sports.id]: judgeIndicator(sports, 'primary', null, 400, 0.85) });
    const b = school(3, 100, { [space.id]: judgeIndicator(space, 'primary', 500, 100, 0.85), [sports.id]: judgeIndicator(sports, 'primary', 700, 100, 0.85) });
    addEntry(columns.primary, [space, sports], a);
    addEntry(columns.primary, [space, sports], b);
    expect(columns.primary[0].schools).toEqual([a, b]);
    expect([...filled(columns.primary[0], columns.primary[0].values)]).toEqual([4.5, 5]);
    expect([...filled(columns.primary[0], columns.primary[0].weights)]).toEqual([400, 100]);
    // A blank cell leaves the school out of that indicator's column only.
    expect(columns.primary[1].schools).toEqual([b]);
    expect(columns.junior[0].values).toHaveLength(0);
  });

  test('keep a value too large to compute as NaN, so the school is named but not counted', () => {
    const column = sectionColumns([space], { primary: 1, junior: 0 }).primary[0];
    addEntry([column], [space], school(2, 1e-300, { [space.id]: judgeIndicator(space, 'primary', 1e300, 1e-300, 0.85) }));
    expect(column.schools).toHaveLength(1);
    expect(Number.isNaN(column.values[0])).toBe(true);
  });
});
