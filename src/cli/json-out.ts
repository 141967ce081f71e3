/**
 * `--json` at any size: the result document written in pieces, exactly as
 * `JSON.stringify(value, null, 2)` would write it, but never as one string —
 * 200 000 schools make a document longer than V8's longest string (about
 * 512 million characters). Objects are walked key by key; an array's elements
 * are stringified in small batches, each batch by one native `JSON.stringify`
 * of the batch nested as deep as the array stands, so the text comes out
 * already indented to its place (no re-indenting pass).
 *
 * Pieces stay small (a few kilobytes): V8 builds a long stringified text as a
 * tree of parts that must be flattened before it can be written, and long
 * strings live in the old generation, so megabyte batches cost more in
 * flattening and garbage collection than in stringifying. The command line
 * writes the pieces as UTF-8 into byte chunks (`writeJsonBytes`) rather than
 * joining them into long strings first.
 */

/** Array batches aim at this many characters. */
const BATCH_CHARS = 8 * 1024;
/** The most elements stringified in one batch. */
const MAX_BATCH = 4096;
/** Text pieces (`writeJson`) are joined to about this many characters before each write. */
const CHUNK = 1 << 20;
/** Byte chunks (`writeJsonBytes`) are this large. */
const CHUNK_BYTES = 1 << 20;
/** The most UTF-8 bytes one UTF-16 code unit takes. */
const MAX_UTF8_PER_UNIT = 3;

type Sink = (text: string) => void;

/** Skipped in objects by JSON.stringify, written as null in arrays. */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function spaces(depth: number): string {
  return '  '.repeat(depth);
}

/**
 * Elements `from` to `to` of an array standing at `depth`, as they appear in
 * the whole document: each on a new line at its indentation, separated by
 * commas, without the brackets. The batch is wrapped in `depth` arrays, which
 * give `JSON.stringify` the indentation; the wrappers are cut off again.
 */
function elementsText(items: readonly unknown[], from: number, to: number, depth: number): string {
  let wrapped: unknown = items.slice(from, to);
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // The openings `${spaces(k)}[\n` and the closings `\n${spaces(k)}]`, k = 0…depth, are as long.
  let wrapper = 0;
  for (let k = 0; k <= depth; k++) wrapper += 2 * k + 2;
  // Keep the line break before the first element: the array's '[' is written by the caller.
  return text.slice(wrapper - 1, text.length - wrapper);
}

function* arrayPieces(items: readonly unknown[], depth: number): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  let batch = 1;
  let i = 0;
  while (i < items.length) {
    const to = Math.min(items.length, i + batch);
    let text: string;
    try {
      text = elementsText(items, i, to, depth);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      if (batch > 1) {
        batch = 1;
        continue;
      }
      // One element too long for a string of its own: walk into it.
      yield `${i === 0 ? '' : ','}\n${spaces(depth + 1)}`;
      yield* pieces(isSkipped(items[i]) ? null : items[i], depth + 1, String(i));
      i++;
      continue;
    }
    yield i === 0 ? text : `,${text}`;
    const perElement = Math.max(1, text.length / (to - i));
    batch = Math.max(1, Math.min(MAX_BATCH, Math.floor(BATCH_CHARS / perElement)));
    i = to;
  }
  yield `\n${spaces(depth)}]`;
}

function* pieces(value: unknown, depth: number, key: string): Generator<string> {
  const hasToJson = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function';
  const json = hasToJson ? (value as { toJSON: (key: string) => unknown }).toJSON(key) : value;
  if (Array.isArray(json)) {
    yield* arrayPieces(json, depth);
    return;
  }
  if (json === null || typeof json !== 'object') {
    yield JSON.stringify(json) ?? 'null';
    return;
  }
  const entries = Object.entries(json).filter(([, v]) => !isSkipped(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const inner = spaces(depth + 1);
  yield '{';
  let first = true;
  for (const [name, v] of entries) {
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(name)}: `;
    first = false;
    yield* pieces(v, depth + 1, name);
  }
  yield `\n${spaces(depth)}}`;
}

/**
 * Writes `value` as indented JSON followed by a line break, in pieces of about
 * a megabyte; the text is the same as `JSON.stringify(value, null, 2) + '\n'`.
 *
 * @example
 * let text = '';
 * writeJson({ a: [1, 2] }, (piece) => { text += piece; }); // text === '{\n  "a": [\n    1,\n    2\n  ]\n}\n'
 */
export function writeJson(value: unknown, write: Sink): void {
  let buffer = '';
  for (const piece of pieces(value, 0, '')) {
    if (piece.length >= CHUNK) {
      if (buffer !== '') write(buffer);
      buffer = '';
      write(piece);
      continue;
    }
    buffer += piece;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  }
  write(`${buffer}\n`);
}

/**
 * Writes the same text as `writeJson`, encoded as UTF-8, in chunks of about a
 * megabyte. Each chunk is a fresh buffer, so `write` may keep it (an
 * asynchronous pipe does).
 *
 * @example
 * const chunks: Uint8Array[] = [];
 * writeJsonBytes({ a: [1, 2] }, (bytes) => chunks.push(bytes)); // Buffer.concat(chunks).toString() === '{\n  "a": [\n    1,\n    2\n  ]\n}\n'
 */
export function writeJsonBytes(value: unknown, write: (bytes: Uint8Array) => void): void {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const flush = (): void => {
    if (used === 0) return;
    write(chunk.subarray(0, used));
    chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
  };
  const add = (piece: string): void => {
    if (used + piece.length * MAX_UTF8_PER_UNIT > CHUNK_BYTES) {
      flush();
      // A piece longer than a chunk (one long text) is written on its own.
      if (piece.length * MAX_UTF8_PER_UNIT > CHUNK_BYTES) return write(Buffer.from(piece, 'utf8'));
    }
    used += chunk.write(piece, used, 'utf8');
  };
  for (const piece of pieces(value, 0, '')) add(piece);
  add('\n');
  flush();
}
