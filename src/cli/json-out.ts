/**
 * `--json` at any size: the result document written in pieces, exactly as
 * `JSON.stringify(value, null, 2)` would write it, but never as one string —
 * 200 000 schools make a document longer than V8's longest string (about
 * 512 million characters). Objects and arrays near the top are walked; each
 * deeper value is stringified on its own and indented to its place.
 */

/** Depth to which objects and arrays are walked; below it a value is small enough for one `JSON.stringify`. */
const WALK_DEPTH = 3;
/** Pieces are gathered to about this many characters before each write. */
const CHUNK = 1 << 20;

type Sink = (text: string) => void;

/** Skipped in objects by JSON.stringify, written as null in arrays. */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  const json = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: () => unknown }).toJSON() : value;
  if (depth >= WALK_DEPTH || json === null || typeof json !== 'object') {
    yield (JSON.stringify(json, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < json.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* pieces(isSkipped(json[i]) ? null : json[i], inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(json).filter(([, v]) => !isSkipped(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(v, inner, depth + 1);
  }
  yield `\n${indent}}`;
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
  for (const piece of pieces(value, '', 0)) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  }
  write(`${buffer}\n`);
}
