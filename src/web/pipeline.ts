/**
 * What the page does with a file, outside React: analyse a sheet, name and save
 * the annotated copy as a download. Reading and writing workbooks (ExcelJS) run
 * in the analysis worker (`worker/handler.ts`), so the page's first script stays
 * small and its thread free. Nothing leaves the machine.
 */
import { analyze } from '../core/analyze';
import { buildFindings, type Findings } from '../core/findings';
import { findSchoolSheet, readSheet } from '../core/reader';
import { buildMarkRules, buildReport, textNumberCells, type MarkRule, type Report } from '../core/report';
import { COPY_SUFFIX } from '../core/report/labels';
import { localize } from '../core/present';
import type { AnalysisResult, ColumnMapping, Grid, Lang, Ruleset, SheetRead } from '../core/types';

export interface Analysis {
  read: SheetRead;
  result: AnalysisResult;
  findings: Findings;
  report: Report;
  marks: MarkRule[];
}

/**
 * The sheet to analyse first: the first one holding a school table, else the first.
 *
 * @example
 * firstSchoolSheet([cover, schools]); // 1
 */
export function firstSchoolSheet(grids: Grid[]): number {
  return Math.max(0, findSchoolSheet(grids));
}

/**
 * Reads one sheet (with the user's column choices, keeping the detected header
 * rows), analyses it and builds its findings, report and marks, in `lang`.
 *
 * @example
 * const { findings } = analyzeGrid(grid, QUALITY_2017, 'zh', '县直学校.xlsx');
 * analyzeGrid(grid, QUALITY_2017, 'zh', '县直学校.xlsx', withColumns({}, read, 'pupils', [4]));
 */
export function analyzeGrid(grid: Grid, ruleset: Ruleset, lang: Lang, fileName: string, mapping: ColumnMapping = {}): Analysis {
  const detected = readSheet(grid);
  const read = Object.keys(mapping).length === 0 ? detected : readSheet(grid, { mapping, headerRows: detected.headerRows });
  const result = analyze(read, ruleset, { lang, file: fileName });
  const marks = buildMarkRules(read, result, ruleset);
  return {
    read,
    result,
    findings: buildFindings(result, ruleset),
    // Cells the copy's marks cannot reach are listed in its 剔除说明 sheet.
    report: buildReport(result, read, ruleset, lang, { unmarkable: textNumberCells(grid, marks) }),
    marks,
  };
}

/**
 * The download's name: the workbook's stem with a suffix, always .xlsx.
 *
 * @example
 * annotatedFileName('县直学校.csv', 'zh'); // '县直学校-均衡分析.xlsx'
 */
export function annotatedFileName(fileName: string, lang: Lang): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'workbook';
  return `${stem}${localize(COPY_SUFFIX, lang)}.xlsx`;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes through the browser's download (a blob: URL, nothing sent anywhere). */
export function saveDownload(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file's bytes. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
