/**
 * Writes a zip archive in memory: parts copied as stored in another archive
 * (`ZipEntry`, no inflating), and parts deflated here with Node's zlib — a
 * large part piece by piece as it is written (`DeflatingPart`), so its
 * inflated text is never held whole. Archives past 4 GB (ZIP64) are not
 * written: the copy of a school table is far smaller. Node only.
 */
import { EventEmitter } from 'events';
import { constants } from 'zlib';
import { crc32 } from './crc32';
import { deflatePiece } from './deflate-helper';
import type { ZipEntry } from './zip-entries';

/** zlib's level 3: measured as fast as level 1 on sheet XML, and 10 % smaller. */
const LEVEL = 3;
/** Inflated bytes gathered before a piece is deflated. */
const PIECE = 1 << 20;

const EMPTY = Buffer.alloc(0);

/**
 * One part deflated as it is written: every `PIECE` bytes are deflated with a
 * sync flush, so the pieces join into one deflate stream; `end()` closes it.
 * Large pieces are deflated on a helper thread when it has room
 * (`deflate-helper.ts`): `settled()` waits for them.
 * Has the `write`/`end`/`pause`/`on` a sheet writer of ExcelJS's streaming writer uses.
 */
export class DeflatingPart extends EventEmitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The deflated pieces in order; a piece still on the helper thread is empty until `settled()`. */
  readonly pieces: Buffer[] = [];
  private readonly deflating: Promise<void>[] = [];
  crc32 = 0;
  size = 0;
  ended = false;

  constructor(readonly name: string) {
    super();
  }

  /** Text, bytes, or ExcelJS's string buffer (which the sheet writer writes rows as). */
  write(data: string | Uint8Array | { toBuffer(): Buffer }): boolean {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof Uint8Array ? data : data.toBuffer();
    this.crc32 = crc32(bytes, this.crc32);
    this.size += bytes.length;
    this.pending.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= PIECE) this.deflatePending(constants.Z_SYNC_FLUSH);
    return true;
  }

  /** Nothing to pause: the part never emits data (ExcelJS's sheet writer calls it). */
  pause(): this {
    return this;
  }

  end(data?: string | Uint8Array): void {
    if (data !== undefined) this.write(data);
    this.deflatePending(constants.Z_FINISH);
    this.ended = true;
    this.emit('finish');
    this.emit('zipped');
  }

  /** Waits for the pieces deflated on the helper thread; the part is then whole. */
  async settled(): Promise<void> {
    await Promise.all(this.deflating.splice(0));
  }

  private deflatePending(flush: number): void {
    const input = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    const deflated = deflatePiece(input, LEVEL, flush);
    if (deflated instanceof Promise) {
      const at = this.pieces.push(EMPTY) - 1;
      this.deflating.push(
        deflated.then((piece) => {
          this.pieces[at] = piece;
        }),
      );
    } else this.pieces.push(deflated);
  }

  /** Whether every piece is deflated. */
  get whole(): boolean {
    return this.deflating.length === 0;
  }
}

/**
 * A part deflated whole.
 *
 * @example
 * deflatedPart('xl/styles.xml', stylesXml).size; // Buffer.byteLength(stylesXml)
 */
export function deflatedPart(name: string, data: string | Uint8Array): DeflatingPart {
  const part = new DeflatingPart(name);
  part.end(data);
  return part;
}


interface Written {
  name: Buffer;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  offset: number;
}

/** DOS time and date of now. */
function dosNow(): { time: number; date: number } {
  const now = new Date();
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** A zip archive being written; `bytes()` gives it whole. */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly written: Written[] = [];
  private offset = 0;
  private readonly stamp = dosNow();

  /** Copies an entry of another archive as it is stored. */
  addStored(entry: ZipEntry): void {
    const raw = Buffer.from(entry.raw.buffer, entry.raw.byteOffset, entry.raw.byteLength);
    this.add(entry.name, entry.method, entry.crc32, entry.size, [raw], entry.time, entry.date);
  }

  /** Adds a part deflated here (ended); the archive takes its pieces over, the part is left empty. */
  addDeflated(part: DeflatingPart, name = part.name): void {
    if (!part.ended || !part.whole) throw new Error(`${part.name} is not finished`);
    this.add(name, 8, part.crc32, part.size, part.pieces.splice(0), this.stamp.time, this.stamp.date);
  }

  private add(name: string, method: number, crc: number, size: number, data: Buffer[], time: number, date: number): void {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressedSize = data.reduce((sum, piece) => sum + piece.length, 0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    this.written.push({ name: nameBytes, method, crc32: crc, compressedSize, size, time, date, offset: this.offset });
    this.push([header, nameBytes]);
    this.push(data);
  }

  private push(pieces: Buffer[]): void {
    for (const piece of pieces) {
      this.chunks.push(piece);
      this.offset += piece.length;
    }
    if (this.offset > 0xffffffff) throw new Error('the archive would need ZIP64');
  }

  /** The archive: entries, central directory, end record. Each piece is let go once copied, so the archive is held about once. */
  bytes(): Uint8Array {
    const start = this.offset;
    for (const entry of this.written) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0800, 8);
      header.writeUInt16LE(entry.method, 10);
      header.writeUInt16LE(entry.time, 12);
      header.writeUInt16LE(entry.date, 14);
      header.writeUInt32LE(entry.crc32 >>> 0, 16);
      header.writeUInt32LE(entry.compressedSize, 20);
      header.writeUInt32LE(entry.size, 24);
      header.writeUInt16LE(entry.name.length, 28);
      header.writeUInt32LE(entry.offset, 42);
      this.push([header, entry.name]);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.push([end]);
    const all = new Uint8Array(this.offset);
    let at = 0;
    for (let i = 0; i < this.chunks.length; i++) {
      all.set(this.chunks[i], at);
      at += this.chunks[i].length;
      this.chunks[i] = EMPTY;
    }
    this.chunks.length = 0;
    return all;
  }
}
