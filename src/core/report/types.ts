/**
 * The report model: plain data that every surface renders — the annotated
 * workbook (ExcelJS), the task pane (office.js) and the web page (React).
 * Nothing here knows how it is drawn.
 */
import type { Lang, MergeRange, Section } from '../types';

/**
 * How a cell looks. Surfaces map these to their own formatting with
 * `REPORT_STYLES` (`src/core/report/styles.ts`), so they all agree.
 * - `title`: a sheet or table title; `header`: a column header;
 * - `standard`: the standard (threshold) row above a school table;
 * - `body`: an ordinary table cell; `label`: a table cell of long text that wraps
 *   (indicator and school names, messages); `plain`: text outside a table;
 * - `pass` / `fail`: a verdict or a value that meets / misses its standard;
 * - `below-floor`: a value under the floor (85 % of the standard), marked more strongly;
 * - `note`: a small explanatory line.
 */
export type ReportStyle =
  | 'title'
  | 'header'
  | 'standard'
  | 'body'
  | 'label'
  | 'plain'
  | 'pass'
  | 'fail'
  | 'below-floor'
  | 'note';

/**
 * One cell of a report sheet.
 *
 * `kind: 'text'` cells MUST be written as literal text by every writer, even when
 * they look like a formula or a number (`=HYPERLINK(...)`, `+1`, `-x`, `@x`, `007`):
 * - ExcelJS: assign the plain string as the value, never `{ formula }`;
 * - office.js: set the cell's number format to '@' (text) before writing the
 *   value, or prefix the value with an apostrophe (`'=HYPERLINK(...)`);
 * - HTML: render as text content, never as markup.
 *
 * `kind: 'number'` cells hold the unrounded double; `numFmt` rounds for display only.
 */
export interface ReportCell {
  value: string | number | boolean | null;
  kind: 'text' | 'number';
  /** Excel number format for number cells: '0.00', '0.000', '0', '0%'. */
  numFmt?: string;
  style?: ReportStyle;
  /** A short explanation attached to the cell (an Excel note), e.g. "rounding would flip this". */
  note?: string;
}

/** Which report a sheet holds; stable across languages. */
export type ReportSheetKey = 'schools' | 'county' | 'ledger' | 'exclusions' | 'progress' | 'plan';

/** One bar of a CV chart: an indicator's (or the composite's) CV against its limit. */
export interface ReportChartBar {
  /** Indicator id, or 'composite' for the composite CV. */
  indicator: string;
  label: string;
  cv: number | null;
  /** The limit this CV is judged against; null when single CVs have no limit (composite rulesets). */
  limit: number | null;
  passes: boolean | null;
  /** 1-based row of this indicator's line in the report sheet. */
  row: number;
}

/**
 * A chart of one section's CVs against the limit. Each surface draws it its own way:
 * the task pane as an Excel chart over `labels`/`values`, the web page as SVG bars,
 * the .xlsx writer (ExcelJS cannot write charts) as in-cell bars (`textBar`) in
 * `column` at each bar's row.
 */
export interface ReportChart {
  sheet: ReportSheetKey;
  section: Section;
  title: string;
  bars: ReportChartBar[];
  /** The section's limit shown as a line: the per-indicator limit, or the composite limit. */
  limit: number | null;
  /** A1 ranges in the report sheet holding the bar labels and CVs (for native charts). */
  labels: string;
  values: string;
  /** 1-based column left empty in the model for in-cell bars (its header is in the model). */
  column: number;
}

/** Page margins in inches (Excel's own unit in the file; office.js takes points: × 72). */
export interface PrintMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/**
 * Three parts of a printed header or footer, in Excel's header/footer codes
 * (`&P` page number, `&N` number of pages; a literal ampersand is `&&`).
 * The .xlsx writer joins them as `&L…&C…&R…`; office.js takes each part as is.
 */
export interface PrintBand {
  left: string;
  center: string;
  right: string;
}

/**
 * How a report sheet prints: paper, orientation, fit, repeated title rows,
 * margins, header and footer, page breaks. Pure data; every writer applies it
 * (ExcelJS `pageSetup` / `headerFooter`, office.js `worksheet.pageLayout`).
 */
export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Pages wide the sheet is fitted to (1) and pages tall (0: as many as it takes). */
  fitToWidth: number;
  fitToHeight: number;
  /** 1-based rows printed at the top of every page (title and column headers); null for none. */
  titleRows: { first: number; last: number } | null;
  /** 1-based rows that start a new page (a manual page break above each). */
  breaksBefore: number[];
  margins: PrintMargins;
  /** Page numbers restart at this number on each report sheet (1): each form is numbered on its own. */
  firstPageNumber: number;
  centerHorizontally: boolean;
  /** Cell borders make the table; Excel's gridlines are not printed. */
  gridlines: boolean;
  header: PrintBand;
  footer: PrintBand;
}

export interface ReportSheet {
  key: ReportSheetKey;
  /** Full sheet name, starting with `REPORT_SHEET_PREFIX`. */
  name: string;
  /** rows[0] is sheet row 1; rows may be shorter than others (missing cells are empty). */
  rows: ReportCell[][];
  /** Merged areas, 1-based inclusive sheet coordinates. */
  merges: MergeRange[];
  /** Column widths in Excel character units; widths[0] is column A. */
  widths: number[];
  /** Rows / columns to keep in view when scrolling (0 for none). */
  freeze: { rows: number; columns: number };
  /** Heights in points of rows that need more than one line (wrapped text, signature lines); others keep the default. */
  heights: { row: number; points: number }[];
  print: PrintSetup;
}

export interface Report {
  lang: Lang;
  title: string;
  /** The day the analysis ran, 'YYYY-MM-DD': printed in every report sheet's footer and signature block. */
  date: string;
  /** The workbook file (null when unknown) and the user's sheet the report is about. */
  source: { file: string | null; sheet: string };
  sheets: ReportSheet[];
  charts: ReportChart[];
}

/** One report sheet as it is built, with the charts drawn on it. */
export interface BuiltSheet {
  sheet: ReportSheet;
  charts: ReportChart[];
}

/**
 * A report as a file writer takes it: what `Report` says of itself, the sheets'
 * names (known before any is built), and the sheets built one at a time in
 * order when the writer comes to them. A writer that writes each sheet before
 * taking the next holds one sheet's cells at a time: at 200 000 schools that is
 * a few hundred megabytes less than a whole `Report`. `sheets` can be gone
 * through once.
 */
export interface ReportInSteps extends Omit<Report, 'sheets' | 'charts'> {
  names: string[];
  sheets: Iterable<BuiltSheet>;
}

/** How strongly a mark rule marks a cell; `below-floor` wins over `fail`. */
export type MarkLevel = 'fail' | 'below-floor';

/**
 * A conditional format on the user's own sheet, made of Excel's own functions
 * (no custom functions: conditional formats cannot call them). The formula is
 * written for the top-left cell of `range`, with `$`-anchored columns and
 * relative rows, as Excel expects, e.g. for teaching space per pupil in M with
 * pupils in F: `AND(ISNUMBER($M5),$F5>0,$M5/$F5<4.5,ISTEXT("junheng"))` on `M5:M12`.
 * The always-true `ISTEXT("junheng")` (`MARK_TAG`, test with `isMarkFormula`) tags
 * the rule as ours. The task pane and the annotated copy apply the same rules, so
 * marks follow later edits and can be removed exactly.
 * office.js wants the formula with its '=': `conditionalFormats.add(Excel.ConditionalFormatType.custom)`
 * then `custom.rule.formula = '=' + rule.formula` (English function names, as here);
 * ExcelJS takes it as is (`formulae: [rule.formula]`). Look: `MARK_STYLES[rule.level]`.
 */
export interface MarkRule {
  /** The user's sheet. */
  sheet: string;
  /** A1 range without sheet, e.g. 'M5:M12' or 'M7'. */
  range: string;
  /** Excel formula without the leading '=', relative to the range's top-left cell. */
  formula: string;
  level: MarkLevel;
  indicator: string;
  /** The section judged; null when the formula judges both (a run of 小学, 初中 and 一贯制 rows). */
  section: Section | null;
  /** Lower is applied first; `below-floor` rules come before `fail` rules so they win. */
  priority: number;
}
