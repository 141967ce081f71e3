/**
 * The report sheets for the spliced copy, written by the existing code
 * (`addReportSheet` into ExcelJS's streaming writer) into parts held here
 * instead of a zip: each sheet, comments and drawing part is deflated as its
 * rows are written (`DeflatingPart`), the small parts (workbook, content
 * types, relationships) are kept as text, and the writer's style lists are
 * given back for `mergedStyles`. Strings are written inline (no shared
 * strings to merge) and cell formats are numbered from the user's count on,
 * so the sheet parts go into the user's package as written. Node only.
 */
import ExcelJS from 'exceljs';
import type { ReportInSteps } from '../core/report';
import type { Message } from '../core/types';
import { addReportSheet } from './annotate';
import { collectLargeHeap } from './collect-garbage';
import { plainRows } from './report-rows';
import { completeSheetWriter } from './stream-writer';
import type { ReportStyles } from './splice-styles';
import { DeflatingPart } from './zip-write';

/** The report sheets as parts of their own small package. */
export interface ReportParts {
  /** Deflated parts by path (`xl/worksheets/sheet1.xml`, `xl/comments1.xml`, `xl/drawings/vmlDrawing1.vml`, the sheets' relationships). */
  parts: Map<string, DeflatingPart>;
  /** Small parts as text by path (`xl/workbook.xml`, `[Content_Types].xml`, …). */
  texts: Map<string, string>;
  styles: ReportStyles;
}

/** The writer's own fields used here. */
interface WriterFields {
  zip: unknown;
  styles: { model: { styles: string[]; numFmts: string[]; fonts: string[]; fills: string[]; borders: string[] } };
  _openStream(path: string): unknown;
  _finalize(): Promise<unknown>;
}

function partPath(path: string): string {
  return path.replace(/^\/+/, '');
}

/** A streaming writer whose parts stay here; its theme and package relationships are not written. */
class PartsWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  readonly parts = new Map<string, DeflatingPart>();
  readonly texts = new Map<string, string>();

  override addThemes(): Promise<void> {
    return Promise.resolve();
  }

  override addOfficeRels(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Writes the report sheets (with their notes and the report mark) as parts;
 * their cell formats are numbered from `firstStyle` (the user's cellXfs count) on.
 *
 * @example
 * const { parts, texts, styles } = await writeReportParts(report, counts.cellXfs, notes);
 */
export async function writeReportParts(report: ReportInSteps, firstStyle: number, notes: Message[]): Promise<ReportParts> {
  const writer = new PartsWriter({ useStyles: true, useSharedStrings: false });
  const fields = writer as unknown as WriterFields;
  fields.zip = {
    append: (data: string, options: { name: string }) => writer.texts.set(partPath(options.name), data),
  };
  fields._openStream = (path: string) => {
    const part = new DeflatingPart(partPath(path));
    writer.parts.set(part.name, part);
    return part;
  };
  fields._finalize = () => Promise.resolve(writer);
  const model = fields.styles.model;
  // Index 0 stays the default format; the report's own start at the user's count.
  for (let i = model.styles.length; i < firstStyle; i++) model.styles.push(`<xf junheng-placeholder="${i}"/>`);
  // One sheet at a time: each is built when its turn comes and dropped once written.
  for (const { sheet, charts } of report.sheets) {
    addReportSheet(writer, sheet, charts, { started: completeSheetWriter, done: (row) => row.commit(), plain: plainRows }, notes).commit();
    collectLargeHeap();
  }
  await writer.commit();
  const { numFmts, fonts, fills, borders } = model;
  return { parts: writer.parts, texts: writer.texts, styles: { numFmts, fonts, fills, borders, cellXfs: model.styles.slice(Math.max(firstStyle, 1)) } };
}
