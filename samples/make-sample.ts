/**
 * `npm run sample`: writes the sample county (`sample-county.ts`) as the .xlsx a
 * bureau would keep — merged title and header, bold header, column widths,
 * 小计/合计 as SUM formulas with their results — and as a GB18030 CSV, the way
 * Chinese Excel and WPS save "CSV (逗号分隔)". Both files are byte-stable: the
 * workbook's dates are fixed and the zip entries' timestamps are normalised.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { formatCsv } from '../src/files/csv';
import { encodeGb18030 } from '../src/files/gb18030';
import type { CellValue } from '../src/core/types';
import { fixZipDates } from '../scripts/stable-zip';
import { SAMPLE_2025, SAMPLE_CSV_NAME, SAMPLE_FILE_NAME, sampleCountySheet, type SampleEdition } from './sample-county';
import { SAMPLE_2026, SAMPLE_2026_FILE_NAME } from './sample-county-2026';

/** The date a year's sample claims for itself (its 填报日期). */
function sampleDate(edition: SampleEdition): Date {
  return new Date(Date.UTC(edition.year, 8, 30, 8, 0, 0));
}

/** Columns shown with two decimals (教学仪器设备值（万元）). */
const TWO_DECIMAL_COLUMNS = [18];

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Builds the workbook from the sample sheet. */
function sampleWorkbook(edition: SampleEdition): ExcelJS.Workbook {
  const { grid, formulas, columnWidths, headerRows } = sampleCountySheet(edition);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '示例县教育局';
  workbook.lastModifiedBy = '示例县教育局';
  workbook.created = sampleDate(edition);
  workbook.modified = sampleDate(edition);
  const sheet = workbook.addWorksheet(grid.sheet, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: headerRows[headerRows.length - 1] }],
  });
  sheet.columns = columnWidths.map((width) => ({ width }));

  const formulaAt = new Map(formulas.map((f) => [`${f.row}:${f.column}`, f.formula]));
  const lastTableRow = Math.max(...formulas.map((f) => f.row));
  grid.values.forEach((cells: CellValue[], i) => {
    const rowNumber = grid.origin.row + i;
    const row = sheet.getRow(rowNumber);
    cells.forEach((value, j) => {
      const column = grid.origin.column + j;
      const cell = row.getCell(column);
      const formula = formulaAt.get(`${rowNumber}:${column}`);
      cell.value = formula ? { formula, result: value as number } : value;
      if (rowNumber >= headerRows[0] && rowNumber <= lastTableRow) cell.border = BORDER;
      if (TWO_DECIMAL_COLUMNS.includes(column) && rowNumber > headerRows[headerRows.length - 1]) cell.numFmt = '0.00';
    });
    if (formulas.some((f) => f.row === rowNumber)) row.font = { bold: true };
  });

  for (const merge of grid.merges ?? []) sheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
  const title = sheet.getRow(grid.origin.row);
  title.height = 30;
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  for (const rowNumber of headerRows) {
    const row = sheet.getRow(rowNumber);
    row.height = 36;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    });
  }
  return workbook;
}

/**
 * A year's sample workbook bytes, as `npm run sample` writes them (2025 unless another year is given).
 *
 * @example
 * const bytes = await sampleWorkbookBytes(); // the same bytes on every run
 */
export async function sampleWorkbookBytes(edition: SampleEdition = SAMPLE_2025): Promise<Uint8Array> {
  const xlsx = new Uint8Array(await sampleWorkbook(edition).xlsx.writeBuffer());
  return fixZipDates(xlsx, sampleDate(edition));
}

/**
 * The sample as CSV in GB18030: the sheet's cells, no merges, formulas as their results.
 *
 * @example
 * new TextDecoder('gb18030').decode(sampleCsvBytes()).split('\r\n')[0]; // '示例县义务教育学校基本办学条件统计表（2025年）,,…'
 */
export function sampleCsvBytes(): Uint8Array {
  const { grid } = sampleCountySheet();
  // The sample holds only text, numbers and blanks.
  return encodeGb18030(formatCsv(grid.values.map((row) => row.map((value) => (typeof value === 'string' || typeof value === 'number' ? value : null)))));
}

async function main(): Promise<void> {
  writeFileSync(join(__dirname, SAMPLE_FILE_NAME), await sampleWorkbookBytes());
  writeFileSync(join(__dirname, SAMPLE_CSV_NAME), sampleCsvBytes());
  writeFileSync(join(__dirname, SAMPLE_2026_FILE_NAME), await sampleWorkbookBytes(SAMPLE_2026));
  console.log(`wrote samples/${SAMPLE_FILE_NAME}, samples/${SAMPLE_CSV_NAME} and samples/${SAMPLE_2026_FILE_NAME}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
