/**
 * A full garbage collection on request, for the copy of a very large report.
 * Written sheets are dead at once, but the writer never yields while it writes
 * and V8 lets the heap grow to about three times the live data before it
 * collects: at 200 000 schools that was 1.3 GB of written sheets on top of the
 * result. Collecting after each large sheet keeps the peak near the live data.
 * Node only; V8's `gc` is reached as `node --expose-gc` would expose it.
 */
import v8 from 'v8';
import vm from 'vm';

/** Heap in use above which a written sheet is collected: below it, V8's own timing is cheaper. */
const COLLECT_ABOVE_BYTES = 1.3e9;

let collect: (() => void) | null | undefined;

/**
 * Runs a full collection when the heap holds more than `COLLECT_ABOVE_BYTES`;
 * nothing where V8's `gc` cannot be reached.
 *
 * @example
 * collectLargeHeap(); // after a sheet is written
 */
export function collectLargeHeap(): void {
  if (v8.getHeapStatistics().used_heap_size < COLLECT_ABOVE_BYTES) return;
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
