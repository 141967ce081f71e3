/**
 * Synthetic county workbooks on disk (`samples/synthetic-county.ts`, one sheet),
 * written with ExcelJS's streaming writer so even 200 000 schools take seconds
 * and little memory. The same size always gives the same cells.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import { syntheticCountyGrid } from '../samples/synthetic-county';

/** Writes the synthetic county of `schools` schools to `file` (.xlsx) unless it is already there. */
export async function writeCountyWorkbook(schools: number, file: string): Promise<void> {
  if (fs.existsSync(file)) return;
  const partial = `${file}.partial`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of syntheticCountyGrid(schools).values) sheet.addRow(row as ExcelJS.CellValue[]).commit();
  sheet.commit();
  await workbook.commit();
  fs.renameSync(partial, file);
}
