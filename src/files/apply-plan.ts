/**
 * The what-if copy (`plan --apply-out`): the user's workbook with the planned
 * additions added to their own resource cells, in each cell's unit (a 万元
 * column gets 万元), so that analysing the copy shows the county after the
 * plan. A cell holding a formula keeps it, with the addition appended
 * (`=SUM(P6:P8)+2`). Every other cell, and the input bytes, stay as they are.
 */
import ExcelJS from 'exceljs';
import { roundTo } from '../core/format';
import { parseNumberCell } from '../core/numbers';
import type { Addition } from '../core/plan';
import type { CellValue, ColumnRef, SheetRead } from '../core/types';

/** A cell's content as plain text or number: rich text joined, a hyperlink's text, an error's code. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  return null;
}

/** The column an addition goes to: the section's own column, else the field's whole-row column (the first when several add up). */
function columnFor(read: SheetRead, addition: Addition): ColumnRef | null {
  const refs = read.mapping[addition.field] ?? [];
  const own = addition.column === null ? undefined : refs.find((ref) => ref.section === addition.column);
  return own ?? refs.find((ref) => ref.section === undefined) ?? refs[0] ?? null;
}

/**
 * The cell's new content: `amount` (base units) added in the column's unit. A
 * formula keeps its formula, with the addition appended and the new result
 * cached; a text number ('4,000平方米', '12.5万元') becomes the number it
 * read as plus the addition, in the column's unit.
 */
function added(cell: ExcelJS.Cell, amount: number, factor: number): ExcelJS.CellValue {
  const delta = roundTo(amount / factor, 10);
  const value = cell.value;
  if (value !== null && typeof value === 'object' && 'formula' in value && typeof value.formula === 'string') {
    const result = typeof cell.result === 'number' ? roundTo(cell.result + delta, 10) : undefined;
    return { formula: `(${value.formula})+${delta}`, result } as ExcelJS.CellFormulaValue;
  }
  if (typeof value === 'number') return roundTo(value + delta, 10);
  const parsed = parseNumberCell(plainValue(value));
  const base = parsed.kind === 'number' ? parsed.value * (parsed.factor ?? factor) : 0;
  return roundTo((base + amount) / factor, 10);
}

/**
 * A copy of the workbook `input` with `additions` (base units: 元, ㎡, 人, 间)
 * added to the cells of the sheet `read` describes. Only .xlsx inputs; the
 * bytes given are not changed.
 *
 * @example
 * const planned = await writePlannedWorkbook(input, read, [{ row: 19, field: 'peArtTeachers', column: null, amount: 1 }]);
 */
export async function writePlannedWorkbook(input: Uint8Array, read: SheetRead, additions: readonly Addition[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(input.slice().buffer);
  const worksheet = workbook.getWorksheet(read.sheet);
  if (worksheet === undefined) throw new Error(`sheet ${read.sheet} not found`);
  for (const addition of additions) {
    const ref = columnFor(read, addition);
    if (ref === null) continue;
    const cell = worksheet.getCell(addition.row, ref.column);
    const target = cell.isMerged ? cell.master : cell;
    target.value = added(target, addition.amount, ref.factor);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
