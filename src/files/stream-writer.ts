/**
 * ExcelJS's streaming workbook writer, made to write what its full writer
 * writes for the same workbook. The streaming writer (ExcelJS 4.4) on its own
 * always writes its default theme and empty workbook properties, leaves out
 * print options (gridlines, centring), drops rows that hold only styled blank
 * cells, and writes hyperlinks and sheet protection where Excel's schema does
 * not allow them; each is put right here, for one workbook or one sheet. Node
 * only (the writer uses Node streams).
 */
import ExcelJS from 'exceljs';
import HyperlinkXform from 'exceljs/lib/xlsx/xform/sheet/hyperlink-xform';
import ListXform from 'exceljs/lib/xlsx/xform/list-xform';
import PrintOptionsXform from 'exceljs/lib/xlsx/xform/sheet/print-options-xform';
import RowXform from 'exceljs/lib/xlsx/xform/sheet/row-xform';
import SheetProtectionXform from 'exceljs/lib/xlsx/xform/sheet/sheet-protection-xform';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';

/** The writer's own fields this file uses. */
interface WriterInternals {
  zip: { append(data: string, options: { name: string }): void };
  stream: { read(): Buffer | null };
  styles: unknown;
  sharedStrings: unknown;
  views: unknown[];
  _worksheets: unknown[];
  _definedNames: { model: unknown };
}

/** The sheet writer's own fields this file uses. */
interface SheetInternals {
  startedData: boolean;
  useSharedStrings: boolean;
  hasComments: boolean;
  pageSetup: Partial<ExcelJS.PageSetup>;
  sheetProtection: unknown;
  stream: { write(text: string): void };
  _workbook: WriterInternals;
  _merges: unknown;
  _formulae: Record<string, unknown>;
  _siFormulae: number;
  _sheetRelsWriter: { hyperlinksProxy: unknown; _hyperlinks: unknown[] };
  _sheetCommentsWriter: { addComments(comments: unknown[]): void };
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _writeRow(row: ExcelJS.Row): void;
  _writeHyperlinks(): void;
  _writeDataValidations(): void;
  _writeSheetProtection(): void;
  _writeAutoFilter(): void;
  _writePageMargins(): void;
}

const rowXform = new RowXform();
const printOptionsXform = new PrintOptionsXform();
const hyperlinksXform = new ListXform({ tag: 'hyperlinks', length: false, childXform: new HyperlinkXform() });
const sheetProtectionXform = new SheetProtectionXform();

/** What the copy keeps of the source workbook at workbook level. */
export interface WorkbookLevel {
  /** Theme part texts by name (`theme1`); ExcelJS's default theme when absent. */
  themes?: Record<string, string>;
  /** Workbook properties (the 1904 date system) and calculation properties. */
  properties?: unknown;
  calcProperties?: unknown;
}

/**
 * A streaming writer that keeps the source workbook's theme and properties;
 * its bytes are in memory once `commit()` has resolved (`writtenBytes`).
 *
 * @example
 * const writer = streamingWriter({ themes: source.model.themes });
 */
export function streamingWriter(level: WorkbookLevel): ExcelJS.stream.xlsx.WorkbookWriter {
  class Writer extends ExcelJS.stream.xlsx.WorkbookWriter {
    /** Called by the base constructor: the source's theme instead of the default one. */
    override addThemes(): Promise<void> {
      const theme = level.themes?.theme1;
      if (theme === undefined) return Promise.resolve();
      (this as unknown as WriterInternals).zip.append(theme, { name: 'xl/theme/theme1.xml' });
      return Promise.resolve();
    }

    /** As the base class, with the source's workbook and calculation properties. */
    override addWorkbook(): Promise<void> {
      const self = this as unknown as WriterInternals;
      const model = {
        worksheets: self._worksheets.filter(Boolean),
        definedNames: self._definedNames.model,
        views: self.views,
        properties: level.properties ?? {},
        calcProperties: level.calcProperties ?? {},
      };
      const xform = new WorkbookXform();
      xform.prepare(model);
      self.zip.append(xform.toXml(model), { name: '/xl/workbook.xml' });
      return Promise.resolve();
    }
  }
  if (level.themes?.theme1 === undefined) {
    // The base constructor then writes its default theme itself.
    return new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  }
  return new Writer({ useStyles: true, useSharedStrings: true });
}

/** The bytes a committed writer wrote. */
export function writtenBytes(writer: ExcelJS.stream.xlsx.WorkbookWriter): Uint8Array {
  const buffer = (writer as unknown as WriterInternals).stream.read();
  return buffer === null ? new Uint8Array(0) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Makes one sheet writer write what the full writer writes: rows that hold
 * only styled blank cells (or only a row style), print options before the
 * margins, hyperlinks after data validations, and sheet protection right
 * after the sheet data.
 */
export function completeSheetWriter(worksheet: ExcelJS.Worksheet): void {
  const sheet = worksheet as unknown as SheetInternals;
  sheet._writeRow = (row: ExcelJS.Row): void => {
    if (!sheet.startedData) {
      sheet._writeColumns();
      sheet._writeOpenSheetData();
      sheet.startedData = true;
    }
    const model = row.model;
    if (model === null || model === undefined) return;
    const options = {
      styles: sheet._workbook.styles,
      sharedStrings: sheet.useSharedStrings ? sheet._workbook.sharedStrings : undefined,
      hyperlinks: sheet._sheetRelsWriter.hyperlinksProxy,
      merges: sheet._merges,
      formulae: sheet._formulae,
      siFormulae: sheet._siFormulae,
      comments: [] as unknown[],
    };
    rowXform.prepare(model, options);
    sheet.stream.write(rowXform.toXml(model));
    if (options.comments.length > 0) {
      sheet.hasComments = true;
      sheet._sheetCommentsWriter.addComments(options.comments);
    }
  };
  const writeAutoFilter = sheet._writeAutoFilter.bind(sheet);
  sheet._writeSheetProtection = () => undefined;
  sheet._writeAutoFilter = () => {
    if (sheet.sheetProtection) sheet.stream.write(sheetProtectionXform.toXml(sheet.sheetProtection));
    writeAutoFilter();
  };
  const writeDataValidations = sheet._writeDataValidations.bind(sheet);
  sheet._writeHyperlinks = () => undefined;
  sheet._writeDataValidations = () => {
    writeDataValidations();
    sheet.stream.write(hyperlinksXform.toXml(sheet._sheetRelsWriter._hyperlinks));
  };
  const writePageMargins = sheet._writePageMargins.bind(sheet);
  sheet._writePageMargins = () => {
    const { showRowColHeaders, showGridLines, horizontalCentered, verticalCentered } = sheet.pageSetup;
    sheet.stream.write(printOptionsXform.toXml({ showRowColHeaders, showGridLines, horizontalCentered, verticalCentered }));
    writePageMargins();
  };
}
