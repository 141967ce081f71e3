/**
 * CRC-32 of a zip entry: Node's own `zlib.crc32` where it exists (Node 20.15
 * and later), else the same checksum computed here, so the copy also works on
 * the earlier Node 20 releases bureaus may have installed. Node only.
 */
import * as zlib from 'zlib';

/** The table of the reflected polynomial 0xEDB88320, built on first use. */
let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table !== null) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/**
 * The CRC-32 computed here, continuing from `previous` (0 to start).
 *
 * @example
 * crc32Here(Buffer.from('hello')); // 0x3610a686
 */
export function crc32Here(bytes: Uint8Array, previous = 0): number {
  const t = crcTable();
  let crc = ~previous >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = t[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/**
 * The CRC-32 of `bytes`, continuing from `previous` (0 to start).
 *
 * @example
 * crc32(Buffer.from('hello'), crc32(Buffer.from(''))); // 0x3610a686
 */
export const crc32: (bytes: Uint8Array, previous?: number) => number = native ?? crc32Here;
