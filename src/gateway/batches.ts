/**
 * Helpers for Office.js request batches that must survive one bad part: load
 * everything in one sync, and only when that fails, part by part.
 */

/** Bounds of a range as Office.js gives them (0-based). */
export interface RangeBounds {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The cells two ranges share, or null when they share none.
 *
 * @example
 * intersection({ rowIndex: 0, columnIndex: 4, rowCount: 1048576, columnCount: 1 },
 *              { rowIndex: 2, columnIndex: 0, rowCount: 40, columnCount: 20 });
 * // { rowIndex: 2, columnIndex: 4, rowCount: 40, columnCount: 1 }
 */
export function intersection(a: RangeBounds, b: RangeBounds): RangeBounds | null {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  if (bottom <= top || right <= left) return null;
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left };
}

/**
 * Runs `loads` (each queues a load and returns what it loaded) and syncs once;
 * when that sync fails, queues and syncs them one by one, giving null for those
 * that fail. Empty loads (returning []) are fine; with nothing to load there is no sync.
 *
 * @example
 * const formats = await loadEach(context, sheets.map((ws) => () => ws.getRange().conditionalFormats.load('items/type')));
 */
export async function loadEach<T>(context: { sync(): Promise<unknown> }, loads: readonly (() => T)[]): Promise<(T | null)[]> {
  if (loads.length === 0) return [];
  const all = loads.map((load) => load());
  if (all.every((result) => Array.isArray(result) && result.length === 0)) return all;
  try {
    await context.sync();
    return all;
  } catch {
    const one: (T | null)[] = [];
    for (const load of loads) {
      const result = load();
      try {
        await context.sync();
        one.push(result);
      } catch {
        one.push(null);
      }
    }
    return one;
  }
}
