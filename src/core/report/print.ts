/**
 * Making a report sheet a document: column widths that print every value,
 * a signature block at its end, and the page setup every writer applies —
 * A4, landscape when the table is wider than a portrait page, one page wide,
 * title rows on every page, a header naming the file and the sheet, a footer
 * with the page number and the date of the analysis.
 */
import { fill, localize } from '../present';
import type { Lang, Ruleset } from '../types';
import { addGap, addRow, textCell } from './cells';
import type { SheetDraft } from './cells';
import { LABELS } from './labels';
import type { PrintMargins, PrintSetup, ReportCell, ReportSheet } from './types';
import { fitWidths, rowHeights, widthNeeded } from './width';

/** A report sheet as its builder lays it out, before it is made printable. */
export interface SheetBody extends Omit<ReportSheet, 'heights' | 'print'> {
  /** The sheet's title, printed in the page header. */
  title: string;
  /** Rows repeated at the top of every printed page (title and column headers). */
  titleRows: { first: number; last: number } | null;
  /** Rows that start a new printed page. */
  breaksBefore: number[];
  /** Rows filled in by hand (the ledger's last columns): at least `WRITING_POINTS` tall. */
  writingRows?: { first: number; last: number };
}

/** What every printed page says about where it comes from. */
export interface Footing {
  lang: Lang;
  ruleset: Ruleset;
  /** The workbook file, or null when unknown (the sheet name stands in). */
  file: string | null;
  sheet: string;
  /** 'YYYY-MM-DD'. */
  date: string;
}

/** Margins in inches: room for the header and footer, and for binding on the left. */
export const MARGINS: PrintMargins = { left: 0.6, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

const A4_WIDTH_INCHES = 8.27;
const A4_HEIGHT_INCHES = 11.69;
/** Height of a signature line: room to sign by hand. */
const SIGNATURE_POINTS = 30;
/** Height of a row filled in by hand. */
const WRITING_POINTS = 28;

/**
 * A column width in Excel characters as points: 7 px a character plus 5 px padding, 0.75 pt a pixel.
 *
 * @example
 * columnPoints(8.43); // 48
 */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 10) / 10;
}

/**
 * Landscape when the table is wider than a portrait A4 page can print at full
 * size; fitting to one page wide then shrinks it least.
 *
 * @example
 * orientationFor([6, 28, 10]); // 'portrait'
 * orientationFor(Array(14).fill(12)); // 'landscape'
 */
export function orientationFor(widths: readonly number[], margins: PrintMargins = MARGINS): 'portrait' | 'landscape' {
  const tableWidth = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  const portraitWidth = (A4_WIDTH_INCHES - margins.left - margins.right) * 72;
  return tableWidth > portraitWidth ? 'landscape' : 'portrait';
}

/**
 * The printable width and height of an A4 page in points.
 *
 * @example
 * pageArea('landscape').width; // 770.9
 */
export function pageArea(orientation: 'portrait' | 'landscape', margins: PrintMargins = MARGINS): { width: number; height: number } {
  const [across, down] = orientation === 'portrait' ? [A4_WIDTH_INCHES, A4_HEIGHT_INCHES] : [A4_HEIGHT_INCHES, A4_WIDTH_INCHES];
  return {
    width: Math.round((across - margins.left - margins.right) * 72 * 10) / 10,
    height: Math.round((down - margins.top - margins.bottom) * 72 * 10) / 10,
  };
}

/**
 * Text for a page header or footer: Excel reads `&` as a code, so a literal one is doubled.
 *
 * @example
 * headerText('A&B 学校.xlsx'); // 'A&&B 学校.xlsx'
 */
export function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * Where texts needing `needs` columns-widths go side by side across columns
 * `widths`: 1-based [left, right] runs, each wide enough for its text and
 * spread about evenly; null when the sheet is too narrow for them on one line.
 *
 * @example
 * placeSide([10, 10, 10, 10], [15, 5]); // [[1, 2], [3, 4]]
 */
export function placeSide(widths: readonly number[], needs: readonly number[]): [number, number][] | null {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const runs: [number, number][] = [];
  let left = 1;
  let used = 0;
  for (let i = 0; i < needs.length; i++) {
    const last = i === needs.length - 1;
    const later = needs.slice(i + 1).reduce((sum, need) => sum + need, 0);
    let right = left - 1;
    let width = 0;
    while (right < widths.length) {
      right++;
      width += widths[right - 1];
      if (last || width < needs[i]) continue;
      if (used + width >= (total * (i + 1)) / needs.length) break;
      // Take the next column only if the texts after this one still fit in what is left.
      const next = right + 1;
      const rest = total - used - width - (widths[next - 1] ?? 0);
      if (next > widths.length || rest < later || widths.length - next < needs.length - 1 - i) break;
    }
    if (width < needs[i] || right > widths.length || (!last && right === widths.length)) return null;
    runs.push([left, right]);
    used += width;
    left = right + 1;
  }
  return runs;
}

/**
 * Signature texts in lines: as many side by side as the sheet's width allows
 * (all on one line when it can), each line's texts in runs of columns.
 */
function signatureLines(cells: ReportCell[], widths: readonly number[]): { cells: ReportCell[]; runs: [number, number][] }[] {
  for (let perLine = cells.length; perLine > 1; perLine--) {
    const lines: { cells: ReportCell[]; runs: [number, number][] }[] = [];
    for (let i = 0; i < cells.length; i += perLine) {
      const line = cells.slice(i, i + perLine);
      const runs = placeSide(widths, line.map(widthNeeded));
      if (runs === null) break;
      lines.push({ cells: line, runs });
    }
    if (lines.reduce((sum, line) => sum + line.cells.length, 0) === cells.length) return lines;
  }
  return cells.map((cell) => ({ cells: [cell], runs: [[1, widths.length]] }));
}

/** One signature line: its texts side by side, or over several lines when the sheet is too narrow. */
function addSignatureLine(draft: SheetDraft, texts: string[], widths: readonly number[], heights: Map<number, number>): void {
  for (const line of signatureLines(texts.map((text) => textCell(text, 'plain')), widths)) {
    const row: ReportCell[] = [];
    const top = draft.rows.length + 1;
    line.cells.forEach((cell, i) => {
      const [left, right] = line.runs[i];
      row[left - 1] = cell;
      if (right > left) draft.merges.push({ top, left, bottom: top, right });
    });
    heights.set(addRow(draft, Array.from({ length: row.length }, (_, j) => row[j] ?? textCell('', 'plain'))), SIGNATURE_POINTS);
  }
}

/**
 * Appends the signature block a submitted form ends with — 填表人、审核人、
 * 单位负责人, 填报日期 and （单位盖章） with room to sign — and a line naming the
 * ruleset, the source and the date, so a printed page can be traced to its data.
 */
function addSignatureBlock(draft: SheetDraft, widths: readonly number[], footing: Footing, heights: Map<number, number>): void {
  const { lang, ruleset } = footing;
  addGap(draft);
  addSignatureLine(draft, [LABELS.preparer, LABELS.reviewer, LABELS.unitHead].map((label) => localize(label, lang)), widths, heights);
  addSignatureLine(draft, [localize(LABELS.fillDate, lang), localize(LABELS.seal, lang)], widths, heights);
  const trace = fill(localize(LABELS.trace, lang), {
    ruleset: localize(ruleset.name, lang),
    id: ruleset.id,
    source: footing.file === null ? footing.sheet : `${footing.file} — ${footing.sheet}`,
    date: footing.date,
  });
  const row = addRow(draft, [textCell(trace, 'note')]);
  if (widths.length > 1) draft.merges.push({ top: row, left: 1, bottom: row, right: widths.length });
}

/**
 * The page setup of a sheet whose columns are `widths`.
 *
 * @example
 * printSetup(body, footing, widths).paper; // 'A4'
 */
export function printSetup(body: SheetBody, footing: Footing, widths: readonly number[]): PrintSetup {
  const { lang } = footing;
  return {
    paper: 'A4',
    orientation: orientationFor(widths),
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: body.titleRows,
    breaksBefore: body.breaksBefore,
    margins: MARGINS,
    firstPageNumber: 1,
    centerHorizontally: true,
    gridlines: false,
    header: {
      left: headerText(footing.file ?? footing.sheet),
      center: headerText(body.title),
      right: headerText(localize(footing.ruleset.name, lang)),
    },
    footer: {
      left: headerText(footing.sheet),
      center: localize(LABELS.pageNumber, lang),
      right: headerText(fill(localize(LABELS.analysisDate, lang), { date: footing.date })),
    },
  };
}

/**
 * A laid-out sheet made printable: widths that print every value, the
 * signature block at its end, row heights for wrapped text, and its page setup.
 *
 * @example
 * printable(buildLedgerSheet(result, ruleset, 'zh'), footing).print.orientation; // 'landscape'
 */
export function printable(body: SheetBody, footing: Footing): ReportSheet {
  const draft: SheetDraft = { rows: [...body.rows], merges: [...body.merges] };
  const tableWidths = fitWidths(draft.rows, draft.merges, body.widths);
  const signatureHeights = new Map<number, number>();
  const tableRows = draft.rows.length;
  addSignatureBlock(draft, tableWidths, footing, signatureHeights);
  // Only the signature rows are new: fit them to the table's widths.
  const signature = draft.rows.map((row, i) => (i < tableRows ? [] : row));
  const widths = fitWidths(signature, draft.merges.filter((merge) => merge.top > tableRows), tableWidths);
  const heights = rowHeights(draft.rows, draft.merges, widths).filter((height) => !signatureHeights.has(height.row));
  for (const [row, points] of signatureHeights) heights.push({ row, points });
  const writing = body.writingRows;
  if (writing !== undefined) {
    const tall = new Map(heights.map((height) => [height.row, height]));
    for (let row = writing.first; row <= writing.last; row++) {
      const height = tall.get(row);
      if (height === undefined) heights.push({ row, points: WRITING_POINTS });
      else height.points = Math.max(height.points, WRITING_POINTS);
    }
  }
  return {
    key: body.key,
    name: body.name,
    ...draft,
    widths,
    freeze: body.freeze,
    heights: heights.sort((a, b) => a.row - b.row),
    print: printSetup(body, footing, widths),
  };
}
