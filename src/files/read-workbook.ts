/**
 * File bytes → grids, for the command line and the local web page alike (no fs,
 * no Node-only APIs). The format is sniffed from the content, not the name:
 * a zip is an .xlsx workbook, an OLE container is a legacy .xls (or a
 * password-protected workbook), anything else must be CSV text in UTF-8,
 * GB18030 or (with its byte-order mark) UTF-16 — and not a web page.
 */
import JSZip from 'jszip';
import type { CellValue, Grid } from '../core/types';
import type { CatalogueMessage, MessageCode } from '../core/messages/catalogue';
import { renderMessage } from '../core/messages/render';
import type { Params } from '../core/messages/types';
import { detectSeparator, parseCsv } from './csv';
import type { SheetCopyFacts } from './copy-limits';
import { readXlsxWorkbook, WorkbookLimitError, XLSX_LIMITS, type XlsxLimits } from './xlsx-bounded';
import { maxOf } from '../core/arrays';

export type WorkbookReadProblem = 'empty' | 'legacy-xls' | 'encrypted' | 'damaged' | 'no-sheets' | 'not-text' | 'html' | 'limit' | 'word' | 'office-other';

/** The catalogue's sentence for each problem (a limit names its own, with its value). */
const READ_PROBLEMS: Record<WorkbookReadProblem, MessageCode> = {
  limit: 'read-limit',
  empty: 'read-empty',
  'legacy-xls': 'read-legacy-xls',
  encrypted: 'read-encrypted',
  damaged: 'read-damaged',
  'no-sheets': 'read-no-sheets',
  'not-text': 'read-not-text',
  word: 'read-word',
  'office-other': 'read-office-other',
  html: 'read-html',
};

/**
 * A file that cannot be read as a workbook (or a copy that cannot be
 * written): `code` and `params` say why and what to do, rendered by each
 * surface from the catalogue; `message` is the Chinese sentence.
 */
export class WorkbookReadError extends Error implements CatalogueMessage {
  readonly problem: WorkbookReadProblem;
  readonly code: MessageCode;
  readonly params: Params;

  /** `said` replaces the problem's own sentence (a limit names its value). */
  constructor(problem: WorkbookReadProblem, said: CatalogueMessage = { code: READ_PROBLEMS[problem], params: {} }) {
    super(renderMessage(said.code, said.params, 'zh', 'cli'));
    this.name = 'WorkbookReadError';
    this.problem = problem;
    this.code = said.code;
    this.params = said.params;
  }
}

type Format = 'xlsx' | 'ole' | 'text';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * What the bytes are, judged by their first bytes.
 *
 * @example
 * sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04])); // 'xlsx'
 */
export function sniffFormat(bytes: Uint8Array): Format {
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'xlsx';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
  return 'text';
}

/** Whether an OLE container holds a stream of this name (directory names are UTF-16LE). */
function hasStream(bytes: Uint8Array, stream: string): boolean {
  const name = Array.from(stream).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What an OLE container is: a password-protected .xlsx (an `EncryptionInfo`
 * stream), a Word .doc (`WordDocument`), a PowerPoint .ppt, else a legacy .xls.
 *
 * @example
 * oleProblem(docBytes); // 'word'
 */
export function oleProblem(bytes: Uint8Array): WorkbookReadProblem {
  if (hasStream(bytes, 'EncryptionInfo')) return 'encrypted';
  if (hasStream(bytes, 'WordDocument')) return 'word';
  if (hasStream(bytes, 'PowerPoint Document')) return 'office-other';
  return 'legacy-xls';
}

// ---------------------------------------------------------------------------
// .xlsx
// ---------------------------------------------------------------------------

/**
 * The sheets of an .xlsx workbook, read with the bounded streaming reader
 * (`xlsx-bounded.ts`); see there why not with ExcelJS.
 */
async function readXlsx(bytes: Uint8Array, limits: XlsxLimits): Promise<ReadWorkbook> {
  let read: ReadWorkbook;
  try {
    const zip = await JSZip.loadAsync(bytes.slice());
    if (zip.file('word/document.xml') !== null) throw new WorkbookReadError('word');
    if (zip.file('ppt/presentation.xml') !== null) throw new WorkbookReadError('office-other');
    read = await readXlsxWorkbook(zip, limits);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    if (error instanceof WorkbookLimitError) throw new WorkbookReadError('limit', error);
    throw new WorkbookReadError('damaged');
  }
  if (read.grids.length === 0) throw new WorkbookReadError('no-sheets');
  return read;
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/** Control characters never found in a CSV file; their presence means binary data. */
const BINARY_CHARACTERS = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/; // eslint-disable-line no-control-regex
const BINARY_CHARACTERS_ALL = new RegExp(BINARY_CHARACTERS.source, 'g');

/** Any character from U+0800 on takes three UTF-8 bytes; every Chinese character does. */
const THREE_BYTE_UTF8 = /[\u0800-\uffff]/;
const NON_ASCII = /[\u0080-\uffff]/;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

function decodeStrict(encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * CSV bytes as text: UTF-8 (with or without BOM) when valid, else GB18030 — what
 * Chinese Excel and WPS write for "CSV (逗号分隔)". Short GB18030 text can also
 * be valid UTF-8 (学校 reads as "ѧУ"); Chinese text in UTF-8 always has
 * three-byte characters, so UTF-8 without any, whose GB18030 reading is Chinese,
 * is taken as GB18030. A UTF-16 byte-order mark (Excel's "Unicode 文本") settles
 * the encoding outright; text after a UTF-8 mark that is not UTF-8 is read as GB18030.
 * A few stray control characters (a NUL, a vertical tab) do not make text binary;
 * a Ctrl-Z at the end (the old end-of-file mark) is dropped.
 *
 * @example
 * decodeText(new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3]));             // '学校' (GB18030)
 * decodeText(new Uint8Array([0xff, 0xfe, 0x66, 0x5b, 0x21, 0x68])); // '学校' (UTF-16LE)
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM)) {
    // Some tools put a UTF-8 mark in front of GB18030 text: the mark is wrong, the text is still Chinese.
    const rest = bytes.subarray(UTF8_BOM.length);
    return checkedText(decodeStrict('utf-8', rest) ?? decodeStrict('gb18030', rest));
  }
  if (startsWith(bytes, UTF16LE_BOM)) return checkedText(decodeStrict('utf-16le', bytes.subarray(UTF16LE_BOM.length)));
  if (startsWith(bytes, UTF16BE_BOM)) return checkedText(decodeStrict('utf-16be', bytes.subarray(UTF16BE_BOM.length)));
  const asUtf8 = decodeStrict('utf-8', bytes);
  if (asUtf8 === null) return checkedText(decodeStrict('gb18030', bytes));
  return checkedText(chineseReading(asUtf8, bytes) ?? asUtf8);
}

/** The GB18030 reading of bytes that are valid UTF-8 but not Chinese in it, when that reading is Chinese. */
function chineseReading(asUtf8: string, bytes: Uint8Array): string | null {
  if (!NON_ASCII.test(asUtf8) || THREE_BYTE_UTF8.test(asUtf8)) return null;
  const asGb18030 = decodeStrict('gb18030', bytes);
  return asGb18030 !== null && CJK.test(asGb18030) ? asGb18030 : null;
}

/** Ctrl-Z, the end-of-file mark old DOS programs wrote after the text. */
const CTRL_Z_AT_END = /\x1a+$/; // eslint-disable-line no-control-regex

/** At most one control character in this many characters: more is binary data, not text with a stray one. */
const CONTROL_SHARE = 100;

function checkedText(decoded: string | null): string {
  if (decoded === null) throw new WorkbookReadError('not-text');
  const text = decoded.replace(CTRL_Z_AT_END, '');
  if (!BINARY_CHARACTERS.test(text)) return text;
  const controls = text.match(BINARY_CHARACTERS_ALL)?.length ?? 0;
  if (controls * CONTROL_SHARE > text.length) throw new WorkbookReadError('not-text');
  return text;
}

/** Plain decimal numbers, as Excel turns them into numbers when it opens a CSV; anything else stays text. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function csvCell(field: string): CellValue {
  if (field === '') return null;
  // Control characters cannot be stored in a workbook cell: read (and copied) as a space, the cell named.
  if (BINARY_CHARACTERS.test(field)) return field.replace(BINARY_CHARACTERS_ALL, ' ');
  // A 401-digit number is Infinity as a double: it stays text, so the reader names the cell.
  return PLAIN_NUMBER.test(field) && Number.isFinite(Number(field)) ? Number(field) : field;
}

/**
 * The sheet name of a CSV file: its file name without folder and extension.
 *
 * @example
 * csvSheetName('C:\\数据\\县直学校.csv'); // '县直学校'
 */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return stem === '' ? 'Sheet1' : stem;
}

/** Web pages saved as .xls by reporting systems: an HTML start, after any blank space. */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|table)\b/i;

/**
 * Whether decoded text is a web page rather than CSV.
 *
 * @example
 * looksLikeHtml('\r\n<!DOCTYPE html><html>…'); // true
 * looksLikeHtml('学校名称,在校生数');            // false
 */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text);
}

function readCsv(bytes: Uint8Array, fileName: string): Grid[] {
  const text = decodeText(bytes);
  if (looksLikeHtml(text)) throw new WorkbookReadError('html');
  const rows = parseCsv(text, detectSeparator(text));
  if (rows.every((row) => row.every((field) => field.trim() === ''))) throw new WorkbookReadError('empty');
  const width = maxOf(rows.map((row) => row.length), 0);
  const controlCharacters: { row: number; column: number }[] = [];
  const values = rows.map((row, i) =>
    Array.from({ length: width }, (_, j) => {
      const field = row[j] ?? '';
      if (BINARY_CHARACTERS.test(field)) controlCharacters.push({ row: i + 1, column: j + 1 });
      return csvCell(field);
    }),
  );
  const grid: Grid = { sheet: csvSheetName(fileName), values, origin: { row: 1, column: 1 } };
  if (controlCharacters.length > 0) grid.controlCharacters = controlCharacters;
  return [grid];
}

// ---------------------------------------------------------------------------

/** A workbook file as read: its grids, and for an .xlsx file what the copy's bounds look at (null when the copy must look itself). */
export interface ReadWorkbook {
  grids: Grid[];
  copyFacts: SheetCopyFacts[] | null;
}

/**
 * Every sheet of a workbook file as a grid (see `readWorkbookBytes`), with
 * what the annotated copy's bounds look at, gathered in the same pass so that
 * writing the copy does not parse the sheets again.
 *
 * @example
 * const { grids, copyFacts } = await readWorkbook(bytes, '县直学校.xlsx');
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string, limits: XlsxLimits = XLSX_LIMITS): Promise<ReadWorkbook> {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  switch (sniffFormat(bytes)) {
    case 'xlsx':
      return readXlsx(bytes, limits);
    case 'ole':
      throw new WorkbookReadError(oleProblem(bytes));
    case 'text':
      return { grids: readCsv(bytes, fileName), copyFacts: null };
  }
}

/**
 * Every sheet of a workbook file as a grid, in workbook order (hidden sheets
 * included, marked `hidden`). A CSV file gives one grid named after the file.
 * Throws `WorkbookReadError` (a catalogued code and parameters) when the bytes cannot be read.
 *
 * @example
 * const grids = await readWorkbookBytes(bytes, '县直学校.xlsx');
 * grids[0].sheet; // 'Sheet1'
 */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string, limits: XlsxLimits = XLSX_LIMITS): Promise<Grid[]> {
  return (await readWorkbook(bytes, fileName, limits)).grids;
}
