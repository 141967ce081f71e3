/**
 * A second thread that deflates pieces of a large part while the main thread
 * writes the next rows: on two cores the copy of a 200 000-school workbook
 * spends seconds in zlib, and those need not hold up the rows. Node only.
 *
 * The sheet writer is synchronous, so a finished piece cannot come back until
 * it yields; how many pieces the helper has finished is therefore counted in
 * shared memory, and a piece offered while `MAX_IN_FLIGHT` are still being
 * deflated is refused (the caller deflates it itself). Pieces go through a few
 * slots of shared memory, so the input waiting for the helper is bounded at
 * a few megabytes and nothing is allocated per piece but its result.
 */
import { Worker } from 'worker_threads';
import { deflateRawSync } from 'zlib';

/** Pieces handed over and not yet deflated: at 1 MB each, the memory the helper may hold. */
const MAX_IN_FLIGHT = 4;
/** Smaller pieces (a part's last bytes, a small part) are deflated here: sending them costs more than it saves. */
const MIN_OFFERED = 64 * 1024;

/** Bytes of one slot of the shared input: a piece larger than this is deflated in place. */
const SLOT_BYTES = 2 * 1024 * 1024;

/**
 * The helper's code: deflates the piece in its slot of the shared input,
 * sends the result back and then counts it done (so a counted slot is free).
 * Nothing is allocated per piece but the result: the helper's own heap
 * barely moves, and memory it holds would wait long for its collector.
 */
const HELPER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const { deflateRawSync } = require('zlib');
const done = new Int32Array(workerData.done);
const slots = new Uint8Array(workerData.slots);
parentPort.on('message', ({ ticket, slot, length, level, flush }) => {
  const start = slot * ${SLOT_BYTES};
  const deflated = deflateRawSync(slots.subarray(start, start + length), { level, finishFlush: flush });
  const whole = deflated.byteOffset === 0 && deflated.byteLength === deflated.buffer.byteLength;
  const output = whole ? deflated : new Uint8Array(deflated);
  parentPort.postMessage({ ticket, output }, [output.buffer]);
  Atomics.add(done, 0, 1);
});
`;

interface Reply {
  ticket: number;
  output: Uint8Array;
}

/** The helper thread, started for the first piece offered and kept while it has pieces. */
export class DeflateHelper {
  private worker: Worker | null = null;
  /** Set when no helper thread can be started here: every piece is deflated in place. */
  private unavailable = false;
  private readonly done = new Int32Array(new SharedArrayBuffer(4));
  /** `MAX_IN_FLIGHT` slots: piece n goes to slot n mod `MAX_IN_FLIGHT`, free once piece n − `MAX_IN_FLIGHT` is done. */
  private readonly slots = new Uint8Array(new SharedArrayBuffer(MAX_IN_FLIGHT * SLOT_BYTES));
  /** Pieces handed over so far; the next one's ticket. */
  private posted = 0;
  private readonly waiting = new Map<number, { resolve: (output: Buffer) => void; reject: (error: unknown) => void }>();

  /**
   * The piece deflated on the helper thread, or null when the helper already
   * has `MAX_IN_FLIGHT` pieces (deflate it here then).
   *
   * @example
   * const later = helper.offer(piece, 3, constants.Z_SYNC_FLUSH) ?? Promise.resolve(deflateRawSync(piece, …));
   */
  offer(input: Uint8Array, level: number, flush: number): Promise<Buffer> | null {
    const { byteLength } = input;
    if (this.unavailable || byteLength < MIN_OFFERED || byteLength > SLOT_BYTES || this.posted - Atomics.load(this.done, 0) >= MAX_IN_FLIGHT) return null;
    const worker = this.started();
    if (worker === null) return null;
    const ticket = this.posted++;
    const slot = ticket % MAX_IN_FLIGHT;
    this.slots.set(input, slot * SLOT_BYTES);
    const promise = new Promise<Buffer>((resolve, reject) => this.waiting.set(ticket, { resolve, reject }));
    worker.ref();
    worker.postMessage({ ticket, slot, length: byteLength, level, flush });
    return promise;
  }

  private started(): Worker | null {
    if (this.worker !== null) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(HELPER_SOURCE, { eval: true, workerData: { done: this.done.buffer, slots: this.slots.buffer } });
    } catch {
      this.unavailable = true;
      return null;
    }
    worker.on('message', ({ ticket, output }: Reply) => {
      const waiter = this.waiting.get(ticket);
      this.waiting.delete(ticket);
      waiter?.resolve(Buffer.from(output.buffer, output.byteOffset, output.byteLength));
      // Idle, the helper does not keep the process alive.
      if (this.waiting.size === 0) worker.unref();
    });
    worker.on('error', (error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
      this.worker = null;
      this.unavailable = true;
    });
    this.worker = worker;
    return worker;
  }
}

/** One helper for the process: a copy at a time uses it. */
let shared: DeflateHelper | null = null;

/**
 * Deflates a piece on the helper thread when it has room, else here.
 *
 * @example
 * pieces.push(deflatePiece(input, 3, constants.Z_SYNC_FLUSH));
 */
export function deflatePiece(input: Uint8Array, level: number, flush: number): Buffer | Promise<Buffer> {
  shared ??= new DeflateHelper();
  return shared.offer(input, level, flush) ?? deflateRawSync(input, { level, finishFlush: flush });
}
