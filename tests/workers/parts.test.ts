/**
 * A worker's outcome in parts: every long array leaves the head in parts of at
 * most `size` items and comes back whole, in order, however the value is shaped.
 */
import fc from 'fast-check';
import { sampleCountyGrid } from '../../samples/sample-county';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { computeCheck } from '../../src/taskpane/check/compute';
import { joinLongArrays, splitLongArrays } from '../../src/workers/parts';

test('long arrays leave the head in parts of at most `size` items; short ones and arrays inside arrays stay', () => {
  const value = { a: { list: [1, 2, 3, 4, 5], short: [1, 2] }, rows: [[1, 2, 3, 4]], name: 'x', none: undefined };
  const { head, parts } = splitLongArrays(value, 2);
  expect(head).toEqual({ a: { list: [], short: [1, 2] }, rows: [[1, 2, 3, 4]], name: 'x', none: undefined });
  expect(parts).toEqual([
    { path: ['a', 'list'], items: [1, 2] },
    { path: ['a', 'list'], items: [3, 4] },
    { path: ['a', 'list'], items: [5] },
  ]);
  expect(value.a.list).toEqual([1, 2, 3, 4, 5]);
});

test('split then joined (after a structured clone of each message), any value comes back equal', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), fc.array(tie('value'), { maxLength: 12 }), fc.dictionary(fc.string(), tie('value'))),
  })).value;
  fc.assert(
    fc.property(json, fc.integer({ min: 1, max: 4 }), (value, size) => {
      const { head, parts } = splitLongArrays(value, size);
      expect(parts.every((part) => part.items.length <= size)).toBe(true);
      expect(joinLongArrays(structuredClone(head), parts.map((part) => structuredClone(part)))).toEqual(value);
    }),
  );
});

test('a check’s outcome, split into parts of a few items, joins back to the outcome', () => {
  const outcome = computeCheck(sampleCountyGrid(), {}, QUALITY_2017, 'zh');
  const { head, parts } = splitLongArrays(outcome, 4);
  expect(head.result.schools).toEqual([]);
  expect(parts.length).toBeGreaterThan(10);
  expect(joinLongArrays(structuredClone(head), structuredClone(parts))).toEqual(outcome);
});
