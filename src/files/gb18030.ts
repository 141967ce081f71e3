/**
 * GB18030 encoding for the CSV files that Chinese Excel and WPS save by default.
 * Browsers and Node decode GB18030 (`TextDecoder('gb18030')`) but only encode
 * UTF-8, so the encoder is the decoder's table read backwards.
 */

/** Character → its two bytes, built once from the platform's own decoder. */
let twoByteCodes: Map<string, [number, number]> | null = null;

function twoByteTable(): Map<string, [number, number]> {
  if (twoByteCodes) return twoByteCodes;
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const text = decoder.decode(new Uint8Array([lead, trail]));
      // The index maps a few characters twice; the encoder uses the first code.
      if (text.length === 1 && text !== '\ufffd' && !table.has(text)) table.set(text, [lead, trail]);
    }
  }
  twoByteCodes = table;
  return table;
}

/**
 * The GB18030 bytes of `text`. Covers ASCII and the two-byte (GBK) range, which
 * holds every character of a Chinese school table; anything else throws.
 *
 * @example
 * encodeGb18030('学校A'); // Uint8Array [0xd1, 0xa7, 0xd0, 0xa3, 0x41]
 */
export function encodeGb18030(text: string): Uint8Array {
  const table = twoByteTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (!pair) throw new RangeError(`'${ch}' (U+${code.toString(16).toUpperCase()}) has no two-byte GB18030 code`);
    bytes.push(pair[0], pair[1]);
  }
  return Uint8Array.from(bytes);
}
