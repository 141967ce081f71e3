/**
 * Whole-array operations that work at any length. Spreading an array into a
 * call with the spread operator (`Math.max` over `...values`, `push` with `...items`) passes every element on
 * the stack and throws a RangeError somewhere past 100 000 elements; these
 * loops do not. `tests/trust/no-spread-calls.test.ts` keeps the spreads out.
 */

/**
 * The largest of `values`, or `floor` when it is larger or the list is empty.
 *
 * @example
 * maxOf([3, 7, 5]);  // 7
 * maxOf([], 0);      // 0
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/**
 * The smallest of `values`, or `ceiling` when it is smaller or the list is empty.
 *
 * @example
 * minOf([3, 7, 5]); // 3
 */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}

/**
 * Appends every item to `target` (in place) and returns it.
 *
 * @example
 * appendAll([1], [2, 3]); // [1, 2, 3]
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
