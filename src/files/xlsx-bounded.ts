/**
 * Reads the sheets of an .xlsx workbook as grids, with the work bounded by
 * what a school table needs rather than by what the file declares. ExcelJS
 * builds a full object for every cell a merge or a data validation covers (a
 * whole-column drop-down never finishes, a merge to row 1 048 576 takes
 * gigabytes, 30 000 merges take minutes), so the sheet data is read here with
 * a streaming parser instead: only stored cells are kept, each row only as
 * wide as its last cell; merges are kept as ranges; validations, comments,
 * drawings and charts are not read at all. Every bound stops reading with
 * one sentence naming the limit (`WorkbookLimitError`).
 */
import JSZip from 'jszip';
import type { CellValue, Grid, MergeRange } from '../core/types';
import type { CatalogueMessage, MessageCode } from '../core/messages/catalogue';
import { renderMessage } from '../core/messages/render';
import type { Params } from '../core/messages/types';
import type { SheetCopyFacts } from './copy-limits';
import { findPart, PartTooLargeError, readPart } from './xlsx-parts';

/** What reading one workbook may cost. */
export interface XlsxLimits {
  /** Inflated bytes of one sheet or of the shared strings. */
  partBytes: number;
  /** Inflated bytes of the workbook, relationship and style parts. */
  smallPartBytes: number;
  /** Shared strings (distinct texts) in the workbook. */
  sharedStrings: number;
  /** Characters of all shared strings together. */
  sharedStringChars: number;
  /** Characters in one cell: Excel's own limit. */
  cellChars: number;
  /** Row slots kept over all sheets: each row counts up to its last used column. */
  gridSlots: number;
  /** Merged areas over all sheets. */
  merges: number;
}

/** The limits that have a sentence of their own; the small parts share `partBytes`'s. */
type LimitName = Exclude<keyof XlsxLimits, 'smallPartBytes'>;

export const XLSX_LIMITS: XlsxLimits = {
  partBytes: 400 * 1024 * 1024,
  smallPartBytes: 16 * 1024 * 1024,
  sharedStrings: 1_000_000,
  sharedStringChars: 100_000_000,
  cellChars: 32_767,
  gridSlots: 30_000_000,
  merges: 200_000,
};

/** The catalogue's sentence for each limit. */
const LIMIT_CODES = {
  partBytes: 'read-limit-part-bytes',
  sharedStrings: 'read-limit-shared-strings',
  sharedStringChars: 'read-limit-shared-string-chars',
  cellChars: 'read-limit-cell-chars',
  gridSlots: 'read-limit-grid-slots',
  merges: 'read-limit-merges',
} satisfies Record<LimitName, MessageCode>;

/** A bound hit while reading: the catalogued sentence's code, with the values it names. */
export class WorkbookLimitError extends Error implements CatalogueMessage {
  readonly code: MessageCode;

  constructor(
    readonly limit: LimitName,
    readonly params: Params,
  ) {
    super(renderMessage(LIMIT_CODES[limit], params, 'zh', 'cli'));
    this.name = 'WorkbookLimitError';
    this.code = LIMIT_CODES[limit];
  }
}

function limitError(limit: LimitName, values: Record<string, string | number>): WorkbookLimitError {
  return new WorkbookLimitError(limit, values);
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

/** Reads a part, turning an inflated size past the bound into the sentence for it. */
async function readBoundedPart(entry: JSZip.JSZipObject, maxBytes: number, handlers: Parameters<typeof readPart>[2]): Promise<void> {
  try {
    await readPart(entry, maxBytes, handlers);
  } catch (error) {
    if (error instanceof PartTooLargeError) throw limitError('partBytes', { part: error.part, limit: megabytes(error.limit) });
    throw error;
  }
}

// ---------------------------------------------------------------------------
// Package structure: workbook, relationships.
// ---------------------------------------------------------------------------

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Relationship id → resolved part path, and type → first target. */
interface Relationships {
  /** Relationship id → target part and relationship type (`worksheet`, `chartsheet`, …). */
  byId: Map<string, { target: string; type: string }>;
  /** Type → the first target of that type. */
  byType: Map<string, string>;
}

async function relationships(zip: JSZip, part: string, limits: XlsxLimits): Promise<Relationships> {
  const byId = new Map<string, { target: string; type: string }>();
  const byType = new Map<string, string>();
  const entry = findPart(zip, relsPath(part));
  if (entry === null) return { byId, byType };
  await readBoundedPart(entry, limits.smallPartBytes, {
    open: (name, attributes) => {
      if (name !== 'Relationship' || attributes.Target === undefined || attributes.TargetMode === 'External') return;
      const target = resolveTarget(part, attributes.Target);
      const type = (attributes.Type ?? '').replace(/^.*\//, '');
      if (attributes.Id !== undefined) byId.set(attributes.Id, { target, type });
      if (!byType.has(type)) byType.set(type, target);
    },
  });
  return { byId, byType };
}

interface SheetEntry {
  name: string;
  state: string;
  part: string;
}

async function workbookSheets(zip: JSZip, limits: XlsxLimits): Promise<{ sheets: SheetEntry[]; workbookPart: string; byType: Map<string, string> }> {
  const root = await relationships(zip, '', limits);
  const workbookPart = root.byType.get('officeDocument') ?? 'xl/workbook.xml';
  const entry = findPart(zip, workbookPart);
  if (entry === null) return { sheets: [], workbookPart, byType: new Map() };
  const { byId, byType } = await relationships(zip, workbookPart, limits);
  const sheets: SheetEntry[] = [];
  await readBoundedPart(entry, limits.smallPartBytes, {
    open: (name, attributes) => {
      if (name !== 'sheet') return;
      // Chart sheets hold no cells.
      const rel = byId.get(attributes['r:id'] ?? attributes.id ?? '');
      if (rel !== undefined && rel.type === 'worksheet') sheets.push({ name: attributes.name ?? '', state: attributes.state ?? 'visible', part: rel.target });
    },
  });
  return { sheets, workbookPart, byType };
}

// ---------------------------------------------------------------------------
// Shared strings and date styles.
// ---------------------------------------------------------------------------

async function sharedStrings(zip: JSZip, part: string | undefined, limits: XlsxLimits): Promise<string[]> {
  const strings: string[] = [];
  const entry = part === undefined ? null : findPart(zip, part);
  if (entry === null) return strings;
  let chars = 0;
  let current: string[] | null = null;
  let currentLength = 0;
  let inText = false;
  let phonetic = 0;
  await readBoundedPart(entry, limits.partBytes, {
    open: (name) => {
      if (name === 'si') {
        if (strings.length >= limits.sharedStrings) throw limitError('sharedStrings', { limit: limits.sharedStrings });
        current = [];
        currentLength = 0;
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    text: (text) => {
      if (!inText || current === null) return;
      currentLength += text.length;
      chars += text.length;
      if (currentLength > limits.cellChars) throw limitError('cellChars', { limit: limits.cellChars });
      if (chars > limits.sharedStringChars) throw limitError('sharedStringChars', { limit: limits.sharedStringChars });
      current.push(text);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== null) {
        strings.push(current.join(''));
        current = null;
      }
    },
  });
  return strings;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a custom number format shows a date: y, m, d, h or s outside quotes,
 * escapes and brackets (colours, conditions; `[h]` elapsed time counts).
 *
 * @example
 * isDateFormat('yyyy"年"m"月"d"日"'); // true
 * isDateFormat('0.00"天"');          // false
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|_.|\*./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[ymdhs]/i.test(bare.split(';')[0]);
}

/** Style index → whether its number format shows a date. */
async function dateStyles(zip: JSZip, part: string | undefined, limits: XlsxLimits): Promise<boolean[]> {
  const entry = part === undefined ? null : findPart(zip, part);
  if (entry === null) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await readBoundedPart(entry, limits.smallPartBytes, {
    open: (name, attributes) => {
      if (name === 'numFmt') custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const format = custom.get(id);
        styles.push(format === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(format));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

// ---------------------------------------------------------------------------
// Sheets.
// ---------------------------------------------------------------------------

/**
 * A cell reference's row and column, or null.
 *
 * @example
 * parseCellRef('XFD1048576'); // { row: 1048576, column: 16384 }
 */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  // Called for every cell of a sheet: read character by character (as /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/ would).
  let k = ref.charCodeAt(0) === 0x24 /* $ */ ? 1 : 0;
  const lettersFrom = k;
  let column = 0;
  for (; k < ref.length; k++) {
    const code = ref.charCodeAt(k) & ~0x20; // upper case for letters
    if (code < 0x41 || code > 0x5a || ref.charCodeAt(k) < 0x41) break;
    column = column * 26 + code - 64;
  }
  const letters = k - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (ref.charCodeAt(k) === 0x24) k++;
  const digitsFrom = k;
  let row = 0;
  for (; k < ref.length; k++) {
    const code = ref.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return null;
    row = row * 10 + code - 0x30;
  }
  const digits = k - digitsFrom;
  return digits < 1 || digits > 7 ? null : { row, column };
}

/** Excel's serial date (1900 system) as a Date in UTC. */
function serialDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((days - 25569) * 86400000));
}

interface Shared {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
  limits: XlsxLimits;
  /** Row slots used so far over all sheets. */
  slots: number;
  merges: number;
  /** Each sheet's merged areas and data validations, for the copy's bounds (`copy-limits.ts`). */
  copyFacts: SheetCopyFacts[];
}

/** A stored cell's value from its type, text and style, as ExcelJS gives it. */
function cellValue(type: string, text: string, style: number, shared: Shared): CellValue {
  switch (type) {
    case 's':
      return shared.strings[Number(text)] ?? null;
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return text === '1' || text.toLowerCase() === 'true';
    case 'e':
      return text;
    case 'd': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text.trim() === '') return null;
      const number = Number(text);
      // 1e309 or NaN stay text: the reader then names the cell instead of using Infinity.
      if (!Number.isFinite(number)) return text;
      return shared.dates[style] === true ? serialDate(number, shared.date1904) : number;
    }
  }
}

async function readSheet(zip: JSZip, sheet: SheetEntry, shared: Shared): Promise<Grid> {
  const { limits } = shared;
  const values: CellValue[][] = [];
  const merges: MergeRange[] = [];
  const hiddenRows: number[] = [];
  const formulasWithoutResult: { row: number; column: number }[] = [];
  let row = 0;
  let column = 0;
  let cell: { type: string; style: number; text: string; inValue: boolean; formula: boolean; hasValue: boolean; inInline: boolean } | null = null;
  let inSheetData = false;
  const entry = findPart(zip, sheet.part);
  const facts: SheetCopyFacts = { part: entry?.name ?? sheet.part, name: sheet.name, merges: [], validations: [] };
  shared.copyFacts.push(facts);
  const store = (value: CellValue): void => {
    if (value === null) return;
    const cells = values[row - 1] ?? [];
    if (column > cells.length) {
      shared.slots += column - cells.length;
      if (shared.slots > limits.gridSlots) {
        const letters = columnName(column);
        throw limitError('gridSlots', { sheet: sheet.name, cell: `${letters}${row}`, limit: limits.gridSlots });
      }
      while (cells.length < column) cells.push(null);
    }
    cells[column - 1] = value;
    while (values.length < row) values.push([]);
    values[row - 1] = cells;
  };
  if (entry !== null) {
    await readBoundedPart(entry, limits.partBytes, {
      open: (name, attributes) => {
        if (name === 'sheetData') inSheetData = true;
        else if (name === 'row' && inSheetData) {
          const r = Number(attributes.r);
          row = Number.isInteger(r) && r > row && r <= 1_048_576 ? r : row + 1;
          column = 0;
          if (attributes.hidden === '1' || attributes.hidden === 'true') hiddenRows.push(row);
        } else if (name === 'c' && inSheetData) {
          const ref = attributes.r === undefined ? null : parseCellRef(attributes.r);
          column = ref !== null && ref.column > column && ref.column <= 16_384 ? ref.column : column + 1;
          if (ref !== null && ref.row > row) row = ref.row;
          cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), text: '', inValue: false, formula: false, hasValue: false, inInline: false };
        } else if (cell !== null && (name === 'v' || (name === 't' && cell.inInline))) {
          cell.inValue = true;
          cell.hasValue = true;
        } else if (cell !== null && name === 'is') cell.inInline = true;
        else if (cell !== null && name === 'f') cell.formula = true;
        else if (name === 'mergeCell') {
          facts.merges.push(attributes.ref ?? '');
          addMerge(attributes.ref, merges, sheet, shared);
        } else if (name === 'dataValidation') facts.validations.push(attributes.sqref ?? '');
      },
      text: (text) => {
        if (cell === null || !cell.inValue) return;
        cell.text += text;
        if (cell.text.length > limits.cellChars) throw limitError('cellChars', { limit: limits.cellChars });
      },
      close: (name) => {
        if (name === 'sheetData') inSheetData = false;
        else if (cell !== null && (name === 'v' || name === 't')) cell.inValue = false;
        else if (cell !== null && name === 'is') cell.inInline = false;
        else if (name === 'c' && cell !== null) {
          const text = cell.text;
          // A formula saved without its result, or with an empty one, as ExcelJS reads it.
          if (cell.formula && text === '') formulasWithoutResult.push({ row, column });
          store(cell.hasValue ? cellValue(cell.type, text, cell.style, shared) : null);
          cell = null;
        }
      },
    });
  }
  return sheetGrid(sheet, values, merges, hiddenRows, formulasWithoutResult);
}

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function addMerge(ref: string | undefined, merges: MergeRange[], sheet: SheetEntry, shared: Shared): void {
  const [from, to] = (ref ?? '').split(':');
  const start = parseCellRef(from ?? '');
  const end = parseCellRef(to ?? from ?? '');
  if (start === null || end === null) return;
  if (++shared.merges > shared.limits.merges) throw limitError('merges', { limit: shared.limits.merges, sheet: sheet.name });
  const range = { top: Math.min(start.row, end.row), left: Math.min(start.column, end.column), bottom: Math.max(start.row, end.row), right: Math.max(start.column, end.column) };
  if (range.bottom > range.top || range.right > range.left) merges.push(range);
}

/** Rectangles up to this many cells are filled out with blanks, as ExcelJS gave them; larger ones stay ragged. */
const RECTANGLE_CELLS = 5_000_000;

/** Fills every row out to the widest one, when the rectangle is small enough to hold. */
function padRows(values: CellValue[][]): void {
  let width = 0;
  for (const cells of values) if (cells.length > width) width = cells.length;
  if (width * values.length > RECTANGLE_CELLS) return;
  for (const cells of values) while (cells.length < width) cells.push(null);
}

/**
 * The grid of one sheet: rows up to the last with a value, filled out to the
 * widest row; when that rectangle would be huge (one stray cell at XFD1048576),
 * each row is only as wide as its last value — `GridView` reads the rest as blank.
 */
function sheetGrid(
  sheet: SheetEntry,
  values: CellValue[][],
  merges: MergeRange[],
  hiddenRows: number[],
  formulasWithoutResult: { row: number; column: number }[],
): Grid {
  let lastRow = values.length;
  while (lastRow > 0 && values[lastRow - 1].length === 0) lastRow--;
  values.length = lastRow;
  padRows(values);
  const grid: Grid = {
    sheet: sheet.name,
    values,
    origin: { row: 1, column: 1 },
    merges,
    hiddenRows: hiddenRows.filter((row) => row <= lastRow),
  };
  if (sheet.state !== 'visible') grid.hidden = true;
  const inGrid = formulasWithoutResult.filter((cell) => cell.row <= lastRow);
  if (inGrid.length > 0) grid.formulasWithoutResult = inGrid;
  return grid;
}

/** Whether the workbook counts dates from 1904 (old Mac Excel). */
async function uses1904(zip: JSZip, workbookPart: string, limits: XlsxLimits): Promise<boolean> {
  const entry = findPart(zip, workbookPart);
  let date1904 = false;
  if (entry === null) return false;
  await readBoundedPart(entry, limits.smallPartBytes, {
    open: (name, attributes) => {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    },
  });
  return date1904;
}

/** Worksheet parts of a package, as ExcelJS finds them. */
export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Every worksheet of an opened package as a grid, in workbook order (an
 * empty list when the package has no worksheet), and what the copy's bounds
 * look at in each worksheet part — null when the package holds worksheet
 * parts the workbook does not list (the copy then reads them itself). Throws
 * `WorkbookLimitError` when a bound is hit and the parser's error for XML that
 * is not well formed.
 *
 * @example
 * const { grids, copyFacts } = await readXlsxWorkbook(await JSZip.loadAsync(bytes));
 */
export async function readXlsxWorkbook(zip: JSZip, limits: XlsxLimits = XLSX_LIMITS): Promise<{ grids: Grid[]; copyFacts: SheetCopyFacts[] | null }> {
  const { sheets, workbookPart, byType } = await workbookSheets(zip, limits);
  const shared: Shared = {
    strings: await sharedStrings(zip, byType.get('sharedStrings'), limits),
    dates: await dateStyles(zip, byType.get('styles'), limits),
    date1904: await uses1904(zip, workbookPart, limits),
    limits,
    slots: 0,
    merges: 0,
    copyFacts: [],
  };
  const grids: Grid[] = [];
  for (const sheet of sheets) {
    if (findPart(zip, sheet.part) !== null) grids.push(await readSheet(zip, sheet, shared));
  }
  const read = new Set(shared.copyFacts.map((facts) => facts.part));
  const complete = zip.file(WORKSHEET_PART).every((entry) => read.has(entry.name)) && read.size === shared.copyFacts.length;
  return { grids, copyFacts: complete ? shared.copyFacts : null };
}

/**
 * Every worksheet of an opened package as a grid (see `readXlsxWorkbook`).
 *
 * @example
 * const grids = await readXlsxSheets(await JSZip.loadAsync(bytes));
 */
export async function readXlsxSheets(zip: JSZip, limits: XlsxLimits = XLSX_LIMITS): Promise<Grid[]> {
  return (await readXlsxWorkbook(zip, limits)).grids;
}

/**
 * Worksheet part → sheet name, as the workbook lists them.
 *
 * @example
 * (await readXlsxSheetNames(zip)).get('xl/worksheets/sheet1.xml'); // 'Sheet1'
 */
export async function readXlsxSheetNames(zip: JSZip, limits: XlsxLimits = XLSX_LIMITS): Promise<Map<string, string>> {
  const { sheets } = await workbookSheets(zip, limits);
  return new Map(sheets.map((sheet) => [sheet.part, sheet.name]));
}
