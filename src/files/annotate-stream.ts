/**
 * The annotated copy for the command line: spliced into the user's own
 * package when it can be (`splice-copy.ts`), else written with ExcelJS's
 * streaming writer: each row goes to the file as soon as it is complete, so the copy
 * of a 200 000-school workbook holds no second model of the workbook in
 * memory. The user's sheets are copied cell by cell from the loaded workbook
 * (values, formulas, styles, notes, merges, widths, heights, conditional
 * formats, data validations, views, page setup); a workbook with a feature
 * the streaming writer cannot write (images, tables, data bars and icon sets)
 * is written by the full writer as before, and the caller is told which
 * feature made it so. Node only.
 */
import ExcelJS from 'exceljs';
import Column from 'exceljs/lib/doc/column';
import { slideFormula } from 'exceljs/lib/utils/shared-formula';
import { inSteps, type MarkRule, type Report, type ReportInSteps } from '../core/report';
import { addReportSheet, prepareCopy, type CopyOptions } from './annotate';
import { copyObstacle, copyObstacleOf } from './copy-limits';
import { sniffFormat, WorkbookReadError } from './read-workbook';
import { writeSplicedCopy, type SpliceObstacle } from './splice-copy';
import { completeSheetWriter, streamingWriter, writtenBytes } from './stream-writer';

/** A feature of the input workbook the streaming writer cannot write. */
export type SlowCopyFeature = 'images' | 'tables' | 'iconFormats';

export interface AnnotatedCopy {
  bytes: Uint8Array;
  /** The features that made the copy take the full writer; empty when it was streamed or spliced. */
  slowFeatures: SlowCopyFeature[];
  /** Why the copy was not spliced into the user's package (`splice-copy.ts`); null when it was. */
  notSpliced: SpliceObstacle | null;
}

/** The loaded worksheet's own fields the copy reads. */
interface SourceSheet {
  _rows: (ExcelJS.Row | undefined)[];
  _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
  _columns: unknown;
  _media: unknown[];
  tables: Record<string, unknown>;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  dataValidations: { model: unknown };
  sheetProtection: unknown;
  rowBreaks?: unknown[];
}

/** A row's own fields (ExcelJS's typings leave out `style` and the cells). */
interface RowFields {
  height?: number;
  hidden: boolean;
  outlineLevel?: number;
  style: Partial<ExcelJS.Style>;
  _cells: (ExcelJS.Cell | undefined)[];
}

/** The sheet writer's own fields the copy sets. */
interface TargetSheet {
  _columns: unknown;
  conditionalFormatting: ExcelJS.ConditionalFormattingOptions[];
  dataValidations: { model: unknown };
  sheetProtection: unknown;
  rowBreaks: unknown[];
  /** The writer's rows not yet committed, from row `_rowZero` on. */
  _rows: unknown[];
  _rowZero: number;
}

/** The features of a loaded workbook the streaming writer would lose. */
export function slowCopyFeatures(workbook: ExcelJS.Workbook): SlowCopyFeature[] {
  const found = new Set<SlowCopyFeature>();
  if (workbook.model.media.length > 0) found.add('images');
  for (const worksheet of workbook.worksheets) {
    const sheet = worksheet as unknown as SourceSheet;
    if (sheet._media.length > 0) found.add('images');
    if (Object.keys(sheet.tables).length > 0) found.add('tables');
    // Data bars and icon sets carry an Excel 2010 extension the streaming writer does not write.
    if (sheet.conditionalFormattings.some((format) => format.rules.some((rule) => rule.type === 'dataBar' || rule.type === 'iconSet'))) found.add('iconFormats');
  }
  return [...found];
}

/** A formula cell's model with the fields of a shared formula. */
type FormulaModel = ExcelJS.CellModel & { sharedFormula?: string; shareType?: string; ref?: string; si?: unknown };

/**
 * A loaded cell's model to write: a shared formula is written as the formula
 * it stands for (the streaming writer writes each row before it sees the
 * rows sharing its formula, so it cannot write shared formulas). `masters`
 * holds the formulas of the sheet's shared-formula masters met so far (a
 * master is always above or left of the cells sharing it).
 */
function cellModel(cell: ExcelJS.Cell, masters: Map<string, string>): ExcelJS.CellModel {
  const model = { ...cell.model } as FormulaModel;
  if (model.type !== ExcelJS.ValueType.Formula) return model;
  if (model.shareType === 'shared' && model.formula !== undefined) masters.set(cell.address, model.formula);
  const master = model.sharedFormula === undefined ? undefined : masters.get(model.sharedFormula);
  if (model.shareType === 'shared' || master !== undefined) {
    if (master !== undefined && model.sharedFormula !== undefined) model.formula = slideFormula(master, model.sharedFormula, cell.address);
    delete model.sharedFormula;
    delete model.shareType;
    delete model.ref;
    delete model.si;
  }
  return model;
}

/** Merged areas by their first row. */
function mergesByTop(sheet: SourceSheet): Map<number, { top: number; left: number; bottom: number; right: number }[]> {
  const byTop = new Map<number, { top: number; left: number; bottom: number; right: number }[]>();
  for (const range of Object.values(sheet._merges)) {
    const list = byTop.get(range.top) ?? [];
    list.push(range);
    byTop.set(range.top, list);
  }
  return byTop;
}

/**
 * Moves one user sheet into the writer, row by row, each merge applied when
 * its first row is reached; each loaded row is let go once written.
 */
function copySheet(writer: ExcelJS.stream.xlsx.WorkbookWriter, source: ExcelJS.Worksheet): void {
  const from = source as unknown as SourceSheet;
  const worksheet = writer.addWorksheet(source.name, {
    properties: source.properties,
    state: source.state,
    pageSetup: source.pageSetup,
    headerFooter: source.headerFooter,
    views: source.views,
    autoFilter: source.autoFilter,
  } as Partial<ExcelJS.AddWorksheetOptions>);
  completeSheetWriter(worksheet);
  const to = worksheet as unknown as TargetSheet;
  to._columns = Column.fromModel(worksheet, Column.toModel(from._columns));
  to.conditionalFormatting = from.conditionalFormattings;
  to.dataValidations.model = from.dataValidations.model;
  to.sheetProtection = from.sheetProtection;
  to.rowBreaks = from.rowBreaks ?? [];
  const merges = mergesByTop(from);
  const masters = new Map<string, string>();
  for (let number = 1; number <= from._rows.length; number++) {
    for (const range of merges.get(number) ?? []) worksheet.mergeCells(range.top, range.left, range.bottom, range.right);
    const row = from._rows[number - 1];
    if (row === undefined) continue;
    // Every earlier row is committed: start the writer's row array here, or a gap of a
    // million empty rows (one cell at XFD1048576) becomes a million shifts per commit.
    if (to._rows.length === 0) to._rowZero = number;
    const target = worksheet.getRow(number);
    const source = row as unknown as RowFields;
    const copy = target as unknown as RowFields;
    if (source.height !== undefined) copy.height = source.height;
    copy.hidden = source.hidden;
    copy.outlineLevel = source.outlineLevel;
    copy.style = source.style;
    for (const cell of source._cells) {
      if (cell === undefined) continue;
      const written = target.getCell(cell.col);
      if (cell.type === ExcelJS.ValueType.Merge) written.style = cell.style;
      else written.model = cellModel(cell, masters);
    }
    target.commit();
    // Written: the loaded row is not needed any more.
    from._rows[number - 1] = undefined;
  }
  worksheet.commit();
}

/**
 * The annotated copy (see `writeAnnotatedWorkbook`) as ExcelJS streams it:
 * the workbook loaded, its sheets copied row by row into the streaming
 * writer, or written by the full writer when the workbook has a feature the
 * streaming writer cannot write. `copyFacts`, from `readWorkbook`, spare the
 * copy a second parse of the sheets.
 *
 * @example
 * const { bytes, slowFeatures } = await writeStreamedCopy(input, report, marks, { copyFacts });
 */
export async function writeStreamedCopy(input: Uint8Array, whole: Report | ReportInSteps, marks: MarkRule[], options: CopyOptions = {}): Promise<AnnotatedCopy> {
  const report = inSteps(whole);
  const workbook = await prepareCopy(input, report, marks, options);
  const notes = options.notes ?? [];
  const slowFeatures = slowCopyFeatures(workbook);
  if (slowFeatures.length > 0) {
    for (const { sheet, charts } of report.sheets) addReportSheet(workbook, sheet, charts, undefined, notes);
    return { bytes: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), slowFeatures, notSpliced: null };
  }
  const level = workbook as unknown as { _themes?: Record<string, string>; properties?: unknown; calcProperties?: unknown };
  const writer = streamingWriter({ themes: level._themes, properties: level.properties, calcProperties: level.calcProperties });
  Object.assign(writer, {
    creator: workbook.creator,
    lastModifiedBy: workbook.lastModifiedBy,
    created: workbook.created,
    modified: workbook.modified,
    lastPrinted: workbook.lastPrinted,
    title: workbook.title,
    subject: workbook.subject,
    keywords: workbook.keywords,
    category: workbook.category,
    description: workbook.description,
    company: workbook.company,
    manager: workbook.manager,
  });
  writer.views = workbook.views;
  (writer.definedNames as unknown as { model: unknown }).model = (workbook.definedNames as unknown as { model: unknown }).model;
  for (const worksheet of workbook.worksheets) copySheet(writer, worksheet);
  for (const { sheet, charts } of report.sheets) {
    addReportSheet(writer, sheet, charts, { started: completeSheetWriter, done: (row) => row.commit() }, notes).commit();
  }
  await writer.commit();
  return { bytes: writtenBytes(writer), slowFeatures, notSpliced: null };
}

/**
 * The annotated copy (see `writeAnnotatedWorkbook`) for the command line:
 * spliced into the user's own package (`writeSplicedCopy`) when the workbook
 * allows it, else streamed by ExcelJS (`writeStreamedCopy`), and `notSpliced`
 * says why. A workbook ExcelJS could not copy in bounded time is refused
 * either way, as before. `copyFacts`, from `readWorkbook`, spare the copy a
 * second parse of the sheets.
 *
 * @example
 * const { grids, copyFacts } = await readWorkbook(input, file);
 * const { bytes, notSpliced } = await writeAnnotatedCopy(input, report, marks, { copyFacts });
 */
export async function writeAnnotatedCopy(input: Uint8Array, whole: Report | ReportInSteps, marks: MarkRule[], options: CopyOptions = {}): Promise<AnnotatedCopy> {
  const { copyFacts = null, notes = [] } = options;
  // Its sheets are built as they are written, by the splice or, when it cannot splice, the streamed copy.
  const report = inSteps(whole);
  if (sniffFormat(input) === 'xlsx') {
    const obstacle = copyFacts === null ? await copyObstacle(input) : copyObstacleOf(copyFacts);
    if (obstacle !== null) throw new WorkbookReadError('limit', obstacle);
  }
  const spliced = await writeSplicedCopy(input, report, marks, notes);
  if (typeof spliced !== 'string') return { bytes: spliced, slowFeatures: [], notSpliced: null };
  return { ...(await writeStreamedCopy(input, report, marks, options)), notSpliced: spliced };
}
