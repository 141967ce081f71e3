/**
 * Streaming access to the XML parts of an .xlsx package with every size
 * bounded: a part is inflated in chunks and fed to a SAX parser, and reading
 * stops as soon as it has produced more bytes than allowed — the sizes a zip
 * declares are never trusted. Element names are taken without their namespace
 * prefix (`x:row` is `row`, as the .NET Open XML SDK writes). A document type
 * declaration is refused (no entity expansion, no external entities).
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Raised when a part is larger than allowed; `limit` is in bytes. */
export class PartTooLargeError extends Error {
  constructor(
    readonly part: string,
    readonly limit: number,
  ) {
    super(`${part} inflates to more than ${limit} bytes`);
    this.name = 'PartTooLargeError';
  }
}

/** Raised by a handler to stop reading; carried out of `readPart` as is. */
export class StopReading extends Error {}

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/**
 * An element or attribute name without its namespace prefix.
 *
 * @example
 * localName('x:row'); // 'row'
 * localName('r:id');  // 'id'
 */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Attributes by name, and by local name too when prefixed; `r:id` is kept whole, so relationship ids stay distinct from `id`. */
function attributesOf(tag: SaxesTagPlain): Record<string, string> {
  // Called for every cell of a sheet: the parser's own fresh object (names without prefix, as cells have) is given on as it is.
  const attributes = tag.attributes;
  for (const name in attributes) {
    if (name.indexOf(':') < 0) continue;
    const local = localName(name);
    if (!(local in attributes)) attributes[local] = attributes[name];
  }
  return attributes;
}

interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: 'error', listener: (error: unknown) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}

/** The part at `path` (case-insensitive, as Excel reads it), or null. */
export function findPart(zip: JSZip, path: string): JSZip.JSZipObject | null {
  const wanted = path.replace(/^\/+/, '').toLowerCase();
  let found: JSZip.JSZipObject | null = null;
  zip.forEach((name, entry) => {
    if (found === null && !entry.dir && name.toLowerCase() === wanted) found = entry;
  });
  return found;
}

/**
 * Streams the part through a SAX parser, calling `handlers` with local names.
 * Rejects with `PartTooLargeError` past `maxBytes` inflated bytes, with the
 * handler's own error when a handler throws, and with a parse error for XML
 * that is not well formed or declares a document type.
 *
 * @example
 * await readPart(entry, 64 * 1024 * 1024, { open: (name, attrs) => { if (name === 'sheet') names.push(attrs.name); } });
 */
export function readPart(entry: JSZip.JSZipObject, maxBytes: number, handlers: XmlHandlers): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = new SaxesParser({ xmlns: false });
    const decoder = new TextDecoder('utf-8');
    let failed = false;
    let inflated = 0;
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): InternalStream }).internalStream('uint8array');
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      stream.pause();
      reject(error);
    };
    parser.on('doctype', () => {
      throw new Error('document type declarations are not allowed');
    });
    parser.on('opentag', (tag) => handlers.open?.(localName(tag.name), attributesOf(tag)));
    parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
    parser.on('text', (text) => handlers.text?.(text));
    parser.on('cdata', (text) => handlers.text?.(text));
    parser.on('error', (error) => {
      throw error;
    });
    stream
      .on('data', (chunk) => {
        if (failed) return;
        inflated += chunk.length;
        if (inflated > maxBytes) return fail(new PartTooLargeError(entry.name, maxBytes));
        try {
          parser.write(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          fail(error);
        }
      })
      .on('error', fail)
      .on('end', () => {
        if (failed) return;
        try {
          parser.write(decoder.decode());
          parser.close();
          resolve();
        } catch (error) {
          fail(error);
        }
      })
      .resume();
  });
}
