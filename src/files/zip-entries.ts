/**
 * The entries of a zip archive as stored: name, method, CRC and the raw
 * (still compressed) bytes, read from the central directory. The spliced copy
 * (`splice-copy.ts`) copies the parts it does not change without inflating
 * them, which JSZip cannot do through its public interface. Archives this
 * reader does not take (ZIP64, encryption, methods other than stored and
 * deflate, entries that run past the end) give null: the copy then takes the
 * ExcelJS path. Node only (zlib).
 */
import { inflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc32: number;
  /** Inflated size as the archive declares it (checked when inflating). */
  size: number;
  /** DOS time and date of the entry, kept for an unchanged copy. */
  time: number;
  date: number;
  /** The stored bytes (compressed for method 8). */
  raw: Uint8Array;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** End record (22 bytes) plus the longest archive comment. */
const END_SEARCH = 22 + 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endRecord(data: DataView): number {
  for (let at = data.byteLength - 22; at >= Math.max(0, data.byteLength - END_SEARCH); at--) {
    if (data.getUint32(at, true) === END_SIGNATURE) return at;
  }
  return -1;
}

/**
 * The archive's entries in central-directory order, or null when this reader
 * does not take the archive.
 *
 * @example
 * readZipEntries(bytes)?.map((entry) => entry.name); // ['[Content_Types].xml', 'xl/workbook.xml', …]
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const data = view(bytes);
  const end = endRecord(data);
  if (end < 0) return null;
  const count = data.getUint16(end + 10, true);
  const offset = data.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return null;
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const flags = data.getUint16(at + 8, true);
    const method = data.getUint16(at + 10, true);
    const compressedSize = data.getUint32(at + 20, true);
    const size = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const skip = nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    const local = data.getUint32(at + 42, true);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return null;
    if (local + 30 > bytes.length || data.getUint32(local, true) !== LOCAL_SIGNATURE) return null;
    const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
    if (start + compressedSize > bytes.length) return null;
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method,
      crc32: data.getUint32(at + 16, true),
      size,
      time: data.getUint16(at + 12, true),
      date: data.getUint16(at + 14, true),
      raw: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + skip;
  }
  return entries;
}

/** Raised when an entry inflates to more than allowed. */
export class EntryTooLargeError extends Error {}

/**
 * An entry's inflated bytes, never more than `maxBytes` (the declared size is
 * not trusted); throws `EntryTooLargeError` past it.
 *
 * @example
 * new TextDecoder().decode(inflateEntry(entry, 16 * 1024 * 1024)); // '<?xml …'
 */
export function inflateEntry(entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.method === 0) {
    if (entry.raw.length > maxBytes) throw new EntryTooLargeError(entry.name);
    return Buffer.from(entry.raw.buffer, entry.raw.byteOffset, entry.raw.byteLength);
  }
  try {
    return inflateRawSync(entry.raw, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new EntryTooLargeError(entry.name);
    throw error;
  }
}
