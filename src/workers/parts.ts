/**
 * A large outcome crosses from a worker in pieces. One structured clone of a
 * 20 000-school check (~60 MB) holds the receiving thread for seconds while it
 * is copied in; every array of more than `size` items is therefore sent in
 * parts of `size` items (each copied in its own short task) and the rest, with
 * those arrays empty, last. The receiver joins them again.
 */
import { appendAll } from '../core/arrays';

/** Items per part: a few hundred school results clone in well under 10 ms. */
export const PART_SIZE = 500;

/** Some items of one long array, named by the keys leading to it. */
export interface Part {
  path: string[];
  items: unknown[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * `value` with every long array (found through plain objects, not inside arrays) emptied, and
 * those arrays in parts. `value` itself is not changed: the objects on the way are copied.
 *
 * @example
 * const { head, parts } = splitLongArrays({ a: { list: [1, 2, 3] } }, 2);
 * // head: { a: { list: [] } }, parts: [{ path: ['a', 'list'], items: [1, 2] }, { path: ['a', 'list'], items: [3] }]
 */
export function splitLongArrays<T>(value: T, size: number = PART_SIZE): { head: T; parts: Part[] } {
  const parts: Part[] = [];
  const walk = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node)) {
      if (node.length <= size) return node;
      for (let start = 0; start < node.length; start += size) parts.push({ path, items: node.slice(start, start + size) });
      return [];
    }
    if (!isPlainObject(node)) return node;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(node)) copy[key] = walk(node[key], [...path, key]);
    return copy;
  };
  return { head: walk(value, []) as T, parts };
}

/**
 * The value again from its head and parts (in the order they were sent). `head` is changed and returned.
 *
 * @example
 * joinLongArrays(head, parts); // equal to the value split
 */
export function joinLongArrays<T>(head: T, parts: readonly Part[]): T {
  for (const part of parts) {
    let node: unknown = head;
    for (const key of part.path) node = (node as Record<string, unknown>)[key];
    appendAll(node as unknown[], part.items);
  }
  return head;
}
