/**
 * What ExcelJS can copy in bounded time and memory. To write the annotated
 * copy ExcelJS loads the whole workbook, and it builds an object for every
 * cell a merge or a data validation covers and checks each new merge against
 * all earlier ones: a drop-down over whole columns, a merge down to row
 * 1 048 576 or tens of thousands of merges never finish. The reader copes
 * with all of these (`xlsx-bounded.ts`); the copy is refused before ExcelJS
 * sees such a workbook, with one sentence naming what to change.
 */
import JSZip from 'jszip';
import type { CatalogueMessage } from '../core/messages/catalogue';
import { parseCellRef, readXlsxSheetNames, WORKSHEET_PART } from './xlsx-bounded';
import { readPart } from './xlsx-parts';

export const COPY_LIMITS = {
  /** Merged areas in the workbook (ExcelJS checks each against all earlier ones). */
  merges: 5_000,
  /** Cells covered by merged areas and by data validations, together. */
  coveredCells: 200_000,
  /** Inflated bytes of one sheet scanned. */
  partBytes: 400 * 1024 * 1024,
};

/**
 * Cells in a range list such as `B1:B1048576 D:K 3:5`.
 *
 * @example
 * rangeCells('B1:B1048576'); // 1048576
 * rangeCells('D:K');         // 8388608
 */
export function rangeCells(sqref: string): number {
  let total = 0;
  for (const range of sqref.trim().split(/\s+/)) {
    const [from, to = from] = range.split(':');
    const columns = /^\$?[A-Za-z]{1,3}$/;
    const rows = /^\$?\d+$/;
    if (columns.test(from) && columns.test(to)) {
      const a = parseCellRef(`${from.replace('$', '')}1`);
      const b = parseCellRef(`${to.replace('$', '')}1`);
      if (a !== null && b !== null) total += (Math.abs(b.column - a.column) + 1) * 1_048_576;
    } else if (rows.test(from) && rows.test(to)) {
      total += (Math.abs(Number(to.replace('$', '')) - Number(from.replace('$', ''))) + 1) * 16_384;
    } else {
      const a = parseCellRef(from);
      const b = parseCellRef(to);
      if (a !== null && b !== null) total += (Math.abs(b.row - a.row) + 1) * (Math.abs(b.column - a.column) + 1);
    }
  }
  return total;
}

/**
 * What the copy's bounds look at in one worksheet part: its merged areas and
 * data validations, as the ranges the part gives.
 */
export interface SheetCopyFacts {
  /** The part's path in the package (`xl/worksheets/sheet1.xml`). */
  part: string;
  /** The sheet's name, when the workbook lists the part. */
  name?: string;
  merges: string[];
  validations: string[];
}

/**
 * Why ExcelJS cannot copy a workbook whose worksheet parts hold `sheets`, as
 * the catalogued sentence to show; null when it can. The reader collects these facts as
 * it reads (`readWorkbook`), so the copy does not parse the sheets again.
 *
 * @example
 * copyObstacleOf([{ part: 'xl/worksheets/sheet1.xml', name: 'Sheet1', merges: ['A1:B1'], validations: [] }]); // null
 */
export function copyObstacleOf(sheets: readonly SheetCopyFacts[], limits = COPY_LIMITS): CatalogueMessage | null {
  let merges = 0;
  for (const sheet of sheets) {
    let covered = 0;
    let largest = { cells: 0, range: '' };
    const note = (range: string): void => {
      const cells = rangeCells(range);
      covered += cells;
      if (cells > largest.cells) largest = { cells, range };
    };
    for (const range of sheet.merges) {
      merges++;
      note(range);
    }
    for (const range of sheet.validations) note(range);
    if (covered > limits.coveredCells) {
      const name = sheet.name ?? sheet.part.replace(/^.*\//, '').replace(/\.xml$/i, '');
      return { code: 'copy-covered-cells', params: { sheet: name, range: largest.range, limit: limits.coveredCells } };
    }
  }
  return merges > limits.merges ? { code: 'copy-too-many-merges', params: { count: merges, limit: limits.merges } } : null;
}

/**
 * Why ExcelJS cannot copy this .xlsx workbook in bounded time, as the catalogued
 * sentence to show; null when it can. Parses every worksheet part; `copyObstacleOf`
 * answers from what the reader collected.
 *
 * @example
 * await copyObstacle(bytes); // null for an ordinary workbook
 */
export async function copyObstacle(bytes: Uint8Array, limits = COPY_LIMITS): Promise<CatalogueMessage | null> {
  const zip = await JSZip.loadAsync(bytes.slice());
  const names = await readXlsxSheetNames(zip);
  const sheets: SheetCopyFacts[] = [];
  for (const entry of zip.file(WORKSHEET_PART)) {
    const facts: SheetCopyFacts = { part: entry.name, name: names.get(entry.name), merges: [], validations: [] };
    await readPart(entry, limits.partBytes, {
      open: (name, attributes) => {
        if (name === 'mergeCell') facts.merges.push(attributes.ref ?? '');
        else if (name === 'dataValidation') facts.validations.push(attributes.sqref ?? '');
      },
    });
    sheets.push(facts);
    // Stop at the first sheet past the bound, as before: later sheets need not be read.
    const obstacle = copyObstacleOf(sheets, { ...limits, merges: Infinity });
    if (obstacle !== null) return obstacle;
  }
  return copyObstacleOf(sheets, limits);
}
