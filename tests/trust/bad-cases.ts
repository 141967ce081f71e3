/**
 * The bad-input corpus: what each file in `tests/fixtures/bad/` (made by
 * `scripts/make-bad-fixtures.ts`) must produce, as data. `bad-input.test.ts`
 * runs every case through the command line and through the engine.
 *
 * The base table (Sheet1): title on row 1, header on row 2 (A 学校名称 … K
 * 网络多媒体教室数), 小学 on rows 3–5, 初中 on rows 6–8; every school meets every
 * quality-2017 standard. Fixtures change a few cells of it.
 */
import type { RowKind, Section, Severity } from '../../src/core/types';
import type { WorkbookReadProblem } from '../../src/files/read-workbook';

export interface ExpectedMessage {
  code?: string;
  severity?: Severity;
  /** `Sheet1!F7`, or null for a message about the whole sheet; a pattern when several cells would do. */
  cell?: string | null | RegExp;
  row?: number;
  /** What the message (in Chinese) must say. */
  text?: RegExp;
}

export interface ExpectedValue {
  row: number;
  indicator: string;
  section?: Section;
  /** The school's resource in base units (元, ㎡, persons); null when unknown. */
  amount?: number | null;
  value?: number | null;
}

export interface BadCase {
  /** File under tests/fixtures/bad/, copied to a temp dir before each run. */
  file: string;
  /** One line: what the file is and what must happen. */
  title: string;
  /**
   * Command-line options after `analyze <file>`. `{dir}` is the temp dir holding
   * the corpus copy, `{file}` the input path, `{out}` a fresh output path.
   */
  args?: string[];
  exit: 0 | 1 | 2;
  /** What the single line on stderr must say (exit 1 and 2). */
  stderr?: RegExp;
  /** `readWorkbookBytes` rejects with this problem. */
  unreadable?: WorkbookReadProblem;
  /** No sheet holds a school table (`findSchoolSheet` gives -1). */
  noTable?: boolean;
  /** The sheet analysed (default Sheet1, or the CSV file's stem). */
  sheet?: string;
  headerRows?: number[];
  /** Sheet rows of analysed (not excluded) schools, ascending; a number: only their count. */
  analysed?: number[] | number;
  /** Sheet rows listed as excluded, ascending. */
  excluded?: number[];
  /** Each must match at least one message of the result (all given properties equal). */
  messages?: ExpectedMessage[];
  /** None of these cells may be named by any message. */
  quietCells?: string[];
  names?: { row: number; name: string }[];
  pupils?: { row: number; pupils: number }[];
  values?: ExpectedValue[];
  passes?: { row: number; passes: boolean | null }[];
  /** 'number': any finite number. */
  cvs?: { section: Section; indicator: string; cv: number | null | 'number' }[];
  /** Indicators the ruleset defines but the result must not show. */
  absentIndicators?: string[];
  sectionSchools?: Partial<Record<Section, number>>;
  failingSchools?: Partial<Record<Section, number>>;
  allSchoolsPass?: boolean | null;
  rowKinds?: { row: number; kind: RowKind }[];
  /** The text output (without --json) must not match / must match. */
  textMustNotMatch?: RegExp;
  textMustMatch?: RegExp;
  /** Built at test time instead of read from the corpus folder. */
  generated?: boolean;
  /** --out was given: the annotated copy must exist, and these names must be text cells in it. */
  outTextCells?: string[];
}

const S = (cell: string): string => `Sheet1!${cell}`;
const ALL = [3, 4, 5, 6, 7, 8];

/** One plain sentence about files that are not workbooks. */
const NOT_A_WORKBOOK = /既不是 \.xlsx 工作簿，也不是 CSV 文本/;
const NO_TABLE = /没有找到学校数据表/;

export const BAD_CASES: readonly BadCase[] = [
  // -------------------------------------------------------------------------
  // Files that cannot be read at all: exit 1, one sentence saying why and what to do.
  // -------------------------------------------------------------------------
  { file: 'empty.xlsx', title: '0-byte .xlsx', exit: 1, unreadable: 'empty', stderr: /文件是空的/ },
  { file: 'empty.csv', title: '0-byte .csv', exit: 1, unreadable: 'empty', stderr: /文件是空的/ },
  { file: 'blank-lines.csv', title: 'CSV of blank lines and empty fields', exit: 1, unreadable: 'empty', stderr: /文件是空的/ },
  { file: 'png-renamed.xlsx', title: 'a PNG image renamed .xlsx', exit: 1, unreadable: 'not-text', stderr: NOT_A_WORKBOOK },
  { file: 'random-bytes.xlsx', title: '4 KB of random bytes named .xlsx', exit: 1, unreadable: 'not-text', stderr: NOT_A_WORKBOOK },
  { file: 'legacy.xls', title: 'legacy .xls (OLE container)', exit: 1, unreadable: 'legacy-xls', stderr: /另存为.*\.xlsx/ },
  { file: 'word-renamed.xlsx', title: 'a Word .doc renamed .xlsx: called a Word document, not an old .xls', exit: 1, unreadable: 'word', stderr: /Word 文档，不是 Excel 工作簿/ },
  { file: 'docx-renamed.xlsx', title: 'a Word .docx renamed .xlsx: called a Word document, not damaged', exit: 1, unreadable: 'word', stderr: /Word 文档，不是 Excel 工作簿/ },
  { file: 'encrypted.xlsx', title: 'workbook with an open password (OLE + EncryptionInfo)', exit: 1, unreadable: 'encrypted', stderr: /密码/ },
  { file: 'truncated.xlsx', title: '.xlsx cut at 60 % (incomplete download)', exit: 1, unreadable: 'damaged', stderr: /损坏或不完整/ },
  {
    file: 'html-table.xls',
    title: 'HTML table saved as .xls by a reporting system: the sentence says it is a web page',
    exit: 1,
    unreadable: 'html',
    stderr: /网页文件（HTML）.*另存为.*\.xlsx/,
  },

  // -------------------------------------------------------------------------
  // Readable, but no school table: exit 1 with the reason.
  // -------------------------------------------------------------------------
  { file: 'no-table.xlsx', title: 'a notice and a budget table, no school table', exit: 1, noTable: true, stderr: NO_TABLE },
  { file: 'empty-sheet.xlsx', title: 'a workbook whose only sheet is empty', exit: 1, noTable: true, stderr: NO_TABLE },
  { file: 'english-header.xlsx', title: 'header in English only', exit: 1, noTable: true, stderr: NO_TABLE },
  {
    file: 'missing-pupils-column.xlsx',
    title: 'school table without a 在校生数 column: not analysable, the reason names pupils',
    exit: 1,
    noTable: true,
    stderr: /在校生数/,
  },
  {
    file: 'header-only.xlsx',
    title: 'title and header, no school rows: nothing to analyse',
    exit: 1,
    stderr: /表头下面没有学校数据行/,
  },

  // -------------------------------------------------------------------------
  // Cells that cannot be used: the row stays, the message names the cell.
  // -------------------------------------------------------------------------
  {
    file: 'text-in-numbers.xlsx',
    title: '约500 in pupils, 五百 in an area, N/A in equipment, 若干 in rooms',
    exit: 0,
    analysed: [3, 5, 6, 7, 8],
    excluded: [4],
    messages: [
      { code: 'unparseable-number', severity: 'warning', cell: S('D4') },
      { code: 'no-pupils', cell: S('D4') },
      { code: 'unparseable-number', severity: 'warning', cell: S('H5') },
      { code: 'unparseable-number', severity: 'warning', cell: S('J6') },
      { code: 'unparseable-number', severity: 'warning', cell: S('K7') },
    ],
    values: [
      { row: 5, indicator: 'teaching-space', value: null },
      { row: 6, indicator: 'equipment', value: null },
      { row: 6, indicator: 'teaching-space', amount: 5400 },
    ],
    passes: [{ row: 5, passes: null }, { row: 3, passes: true }],
    sectionSchools: { primary: 2, junior: 3 },
  },
  {
    file: 'error-cells.xlsx',
    title: 'real error values #REF!, #DIV/0! (formula), #N/A, #VALUE! (formula)',
    exit: 0,
    analysed: [3, 5, 6, 7, 8],
    excluded: [4],
    messages: [
      { code: 'unparseable-number', cell: S('D4') },
      { code: 'unparseable-number', cell: S('H5') },
      { code: 'unparseable-number', cell: S('I6') },
      { code: 'unparseable-number', cell: S('J7') },
    ],
    values: [{ row: 5, indicator: 'teaching-space', value: null }],
  },
  {
    file: 'dates-in-numbers.xlsx',
    title: 'a date cell in an area, date text in equipment, a date in pupils',
    exit: 0,
    analysed: [3, 4, 5, 7, 8],
    excluded: [6],
    messages: [
      { code: 'unparseable-number', cell: S('H4') },
      { code: 'unparseable-number', cell: S('J5') },
      { code: 'unparseable-number', cell: S('D6') },
      { code: 'no-pupils', cell: S('D6') },
    ],
    values: [{ row: 4, indicator: 'teaching-space', value: null }],
  },
  {
    file: 'booleans.xlsx',
    title: 'TRUE / FALSE in number columns',
    exit: 0,
    analysed: ALL,
    messages: [
      { code: 'unparseable-number', cell: S('K4') },
      { code: 'unparseable-number', cell: S('E5') },
    ],
  },
  {
    file: 'negative-zero-pupils.xlsx',
    title: '0 and −30 pupils (left out, named), a negative area (not used, named)',
    exit: 0,
    analysed: [3, 6, 7, 8],
    excluded: [4, 5],
    messages: [
      { code: 'no-pupils', severity: 'warning', cell: S('D4') },
      { code: 'negative-number', cell: S('D5') },
      { code: 'no-pupils', cell: S('D5') },
      { code: 'negative-number', cell: S('H6') },
    ],
    values: [{ row: 6, indicator: 'teaching-space', value: null }],
  },
  {
    file: 'absurd-values.xlsx',
    title: '1e300 元 of equipment and a school of 900 000 pupils: finite results, both cells named',
    exit: 0,
    analysed: ALL,
    messages: [
      { severity: 'warning', cell: S('J4') },
      { severity: 'warning', cell: S('D7') },
    ],
    cvs: [
      { section: 'primary', indicator: 'equipment', cv: 'number' },
      { section: 'junior', indicator: 'teaching-space', cv: 'number' },
    ],
  },
  {
    file: 'duplicate-names.xlsx',
    title: 'two rows named 城关小学: both analysed, the second named',
    exit: 0,
    analysed: ALL,
    names: [{ row: 3, name: '城关小学' }, { row: 4, name: '城关小学' }],
    messages: [{ severity: 'warning', cell: S('A4') }],
  },
  {
    file: 'duplicate-columns.xlsx',
    title: 'a second 在校生数 column (L): the first is used, the second named',
    exit: 0,
    analysed: ALL,
    messages: [{ code: 'duplicate-column', severity: 'warning', cell: S('L2') }],
    pupils: [{ row: 3, pupils: 800 }, { row: 8, pupils: 400 }],
  },
  {
    file: 'missing-multimedia.xlsx',
    title: 'no 网络多媒体教室数 column: the indicator is absent with a message; schools undecided',
    exit: 0,
    analysed: ALL,
    messages: [{ code: 'missing-indicator', severity: 'warning', cell: null }],
    absentIndicators: ['multimedia-rooms'],
    passes: [{ row: 3, passes: null }],
    allSchoolsPass: null,
  },
  {
    file: 'merged-cells.xlsx',
    title: '学校类型 merged over B3:B5; one sports area merged over I6:I7 (two schools)',
    exit: 0,
    analysed: ALL,
    sectionSchools: { primary: 3, junior: 3 },
    values: [
      { row: 6, indicator: 'sports-space', amount: 16500 },
      { row: 7, indicator: 'sports-space', amount: null },
    ],
    // The merged number is counted once (row 6) and the area is named: it covers two schools.
    messages: [{ cell: S('I6') }, { code: 'school-undecided', cell: S('I7') }],
  },
  {
    file: 'hidden-rows.xlsx',
    title: 'row 5 hidden: read like the others, with an info message',
    exit: 0,
    analysed: ALL,
    messages: [{ code: 'hidden-rows', severity: 'info', row: 5 }],
  },
  {
    file: 'hidden-sheet.xlsx',
    title: "last year's table on a hidden first sheet: the visible sheet is analysed",
    exit: 0,
    sheet: '2025年',
    analysed: ALL,
    allSchoolsPass: true,
  },
  {
    file: 'hidden-only-table.xlsx',
    title: 'the only school table is on a hidden sheet: analysed, and the summary says it is hidden',
    exit: 0,
    sheet: '学校',
    analysed: ALL,
    textMustMatch: /隐藏/,
  },
  { file: 'protected-sheet.xlsx', title: 'protected sheet: read normally', exit: 0, analysed: ALL, allSchoolsPass: true },
  {
    file: 'protected-sheet.xlsx',
    title: 'protected sheet with --out: the annotated copy is written',
    args: ['--out', '{out}'],
    exit: 0,
    analysed: ALL,
    outTextCells: [],
  },
  {
    file: 'gbk_county.csv',
    title: 'CSV in GB18030 (Chinese Excel default) with 约500: cell named in the CSV sheet',
    exit: 0,
    sheet: 'gbk_county',
    analysed: [3, 5, 6, 7, 8],
    excluded: [4],
    messages: [{ code: 'unparseable-number', cell: 'gbk_county!D4' }],
  },
  {
    file: 'utf8-bom.csv',
    title: 'CSV in UTF-8 with BOM: the BOM is not part of the first header',
    exit: 0,
    sheet: 'utf8-bom',
    headerRows: [2],
    analysed: ALL,
    allSchoolsPass: true,
  },
  {
    file: 'utf16le.csv',
    title: 'CSV in UTF-16LE with BOM: the byte-order mark settles the encoding, read like any CSV',
    exit: 0,
    sheet: 'utf16le',
    headerRows: [2],
    analysed: ALL,
    allSchoolsPass: true,
  },
  {
    file: 'utf16be.csv',
    title: 'CSV in UTF-16BE with BOM: read like any CSV',
    exit: 0,
    sheet: 'utf16be',
    headerRows: [2],
    analysed: ALL,
    allSchoolsPass: true,
  },
  {
    file: 'unicode-text.txt',
    title: 'Excel "Unicode 文本" (UTF-16LE, tab-separated, title line without tabs) with 约500: cell named',
    exit: 0,
    sheet: 'unicode-text',
    headerRows: [2],
    analysed: [3, 5, 6, 7, 8],
    excluded: [4],
    messages: [{ code: 'unparseable-number', cell: "'unicode-text'!D4" }],
  },
  {
    file: 'header-row-500.xlsx',
    title: 'header on row 500 below a title and blank rows: found, read, and the rows above named',
    exit: 0,
    headerRows: [500],
    analysed: [501, 502, 503, 504, 505, 506],
    allSchoolsPass: true,
    messages: [{ code: 'header-far-down', severity: 'info', cell: S('A500'), text: /第 500 行/ }],
  },
  {
    file: 'semicolons.csv',
    title: 'CSV separated by semicolons (European locale): read like a comma CSV',
    exit: 0,
    analysed: ALL,
    allSchoolsPass: true,
  },
  {
    file: 'control-characters.csv',
    title: 'CSV with a NUL, a vertical tab and a final Ctrl-Z: read, the cells named',
    exit: 0,
    analysed: ALL,
    names: [{ row: 4, name: '东关 小学' }],
    messages: [{ code: 'control-characters', severity: 'warning', cell: "'control-characters'!A1", text: /控制字符.*A4/ }],
  },
  {
    file: 'bom-gb18030.csv',
    title: 'a UTF-8 byte-order mark in front of GB18030 text: read as GB18030',
    exit: 0,
    analysed: ALL,
    names: [{ row: 3, name: '城关小学' }],
    allSchoolsPass: true,
  },
  {
    file: 'fractional-pupils.xlsx',
    title: 'pupils 800.5 and "500.25": used as written, each cell named (pupils are whole)',
    exit: 0,
    analysed: ALL,
    pupils: [{ row: 3, pupils: 800.5 }, { row: 4, pupils: 500.25 }],
    messages: [
      { code: 'fractional-pupils', severity: 'warning', cell: S('D3'), text: /800\.5.*整数/ },
      { code: 'fractional-pupils', severity: 'warning', cell: S('D4'), text: /500\.25/ },
    ],
  },
  {
    file: 'ref-name.xlsx',
    title: '#REF! in the school-name column: no school named #REF!, the cell and the fix named',
    exit: 0,
    analysed: [3, 4, 6, 7, 8],
    rowKinds: [{ row: 5, kind: 'other' }],
    messages: [{ code: 'name-formula-error', severity: 'warning', cell: S('A5'), text: /#REF!.*公式/ }],
  },
  {
    file: 'second-table-beside.xlsx',
    title: 'the 初中 table beside the 小学 one (M:W): the first analysed, the second named at M2',
    exit: 0,
    analysed: [3, 4, 5],
    sectionSchools: { primary: 3, junior: 0 },
    messages: [{ code: 'second-table', severity: 'warning', cell: S('M2'), text: /第二张表.*A:K/ }],
    quietCells: [S('N2'), S('P2')],
  },
  {
    file: 'header-row-15.xlsx',
    title: 'header on row 15 below a 14-row title and notes block',
    exit: 0,
    headerRows: [15],
    analysed: [16, 17, 18, 19, 20, 21],
    allSchoolsPass: true,
  },
  {
    file: 'two-tables.xlsx',
    title: 'two tables on one sheet (一、小学 … 二、初中, each with its header)',
    exit: 0,
    analysed: [4, 5, 6, 10, 11, 12],
    rowKinds: [{ row: 3, kind: 'header' }, { row: 7, kind: 'blank' }],
    sectionSchools: { primary: 3, junior: 3 },
  },
  {
    file: 'formula-names.xlsx',
    title: 'school names that look like formulas (=HYPERLINK, +1, -2, @SUM, =1+1, DDE)',
    exit: 0,
    analysed: ALL,
    names: [
      { row: 3, name: '=HYPERLINK("http://x","y")' },
      { row: 4, name: '+1' },
      { row: 5, name: '-2' },
      { row: 6, name: '@SUM(A1)' },
      { row: 7, name: '=1+1' },
      { row: 8, name: "=cmd|' /C calc'!A0" },
    ],
  },
  {
    file: 'formula-names.xlsx',
    title: 'formula-looking names with --out: written as text in the annotated copy',
    args: ['--out', '{out}'],
    exit: 0,
    analysed: ALL,
    outTextCells: ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '=1+1', "=cmd|' /C calc'!A0"],
  },
  {
    file: 'formula-names.csv',
    title: 'formula-looking names in a CSV (-2 even reads as a number)',
    exit: 0,
    sheet: 'formula-names',
    analysed: ALL,
    names: [
      { row: 3, name: '=HYPERLINK("http://x","y")' },
      { row: 4, name: '+1' },
      { row: 5, name: '-2' },
      { row: 6, name: '@SUM(A1)' },
    ],
  },
  {
    file: 'fullwidth-digits.xlsx',
    title: 'full-width digits and separators, padded text numbers: parsed silently',
    exit: 0,
    analysed: ALL,
    quietCells: [S('D3'), S('H3'), S('D4'), S('J4')],
    pupils: [{ row: 3, pupils: 800 }, { row: 4, pupils: 500 }],
    values: [
      { row: 3, indicator: 'teaching-space', amount: 4000 },
      { row: 4, indicator: 'equipment', amount: 1100000 },
    ],
    allSchoolsPass: true,
  },
  {
    file: 'units-and-separators.xlsx',
    title: '万元 header, 800人, 4,000平方米, 7000 m2, 1,100,000元 (cell unit wins), 247.5万',
    exit: 0,
    analysed: ALL,
    quietCells: [S('D3'), S('H3'), S('I3'), S('J4'), S('J6')],
    values: [
      { row: 3, indicator: 'equipment', amount: 2000000 },
      { row: 3, indicator: 'teaching-space', amount: 4000 },
      { row: 3, indicator: 'sports-space', amount: 7000 },
      { row: 4, indicator: 'equipment', amount: 1100000 },
      { row: 6, indicator: 'equipment', amount: 2475000 },
    ],
    allSchoolsPass: true,
  },
  {
    file: 'teaching-points.xlsx',
    title: '教学点 with 49 pupils (left out, with reason) and with 50 (analysed)',
    exit: 0,
    analysed: [3, 4, 5, 6, 7, 8, 10],
    excluded: [9],
    sectionSchools: { primary: 4, junior: 3 },
  },
  {
    file: 'all-blank-indicators.xlsx',
    title: 'a school with every indicator blank: listed, undecided, named, out of the CVs',
    exit: 0,
    analysed: ALL,
    passes: [{ row: 5, passes: null }],
    messages: [{ code: 'school-undecided', severity: 'warning', cell: S('E5') }],
    values: [{ row: 5, indicator: 'teaching-space', value: null }],
  },
  {
    file: 'every-school-fails.xlsx',
    title: 'every resource halved: every school fails, still exit 0',
    exit: 0,
    analysed: ALL,
    allSchoolsPass: false,
    failingSchools: { primary: 3, junior: 3 },
  },
  {
    file: 'single-school-section.xlsx',
    title: 'one primary school: its CVs are 0 (a number), it passes',
    exit: 0,
    analysed: [3, 4, 5, 6],
    sectionSchools: { primary: 1, junior: 3 },
    cvs: [
      { section: 'primary', indicator: 'teaching-space', cv: 0 },
      { section: 'primary', indicator: 'multimedia-rooms', cv: 0 },
    ],
  },
  {
    file: 'zero-mean.xlsx',
    title: 'no school has a multimedia room: X̄ = 0, the CV cannot be computed (never 0)',
    exit: 0,
    analysed: ALL,
    cvs: [
      { section: 'primary', indicator: 'multimedia-rooms', cv: null },
      { section: 'junior', indicator: 'multimedia-rooms', cv: null },
      { section: 'primary', indicator: 'teaching-space', cv: 'number' },
    ],
    messages: [{ code: 'cv-undefined', severity: 'error' }],
    allSchoolsPass: false,
    textMustNotMatch: /网络多媒体[^\n]*\b0\.000\b/,
  },
  {
    file: 'totals-and-notes.xlsx',
    title: '小计 / 合计 formula rows and notes below the table',
    exit: 0,
    analysed: [3, 4, 5, 7, 8, 9],
    excluded: [6, 10, 11],
    rowKinds: [{ row: 12, kind: 'blank' }, { row: 13, kind: 'note' }, { row: 14, kind: 'note' }],
  },
  {
    file: 'blank-rows-inside.xlsx',
    title: 'three blank rows in the middle of the table: nothing after them is dropped',
    exit: 0,
    analysed: [3, 4, 8, 9, 10, 11],
    rowKinds: [{ row: 5, kind: 'blank' }, { row: 6, kind: 'blank' }, { row: 7, kind: 'blank' }],
  },
  {
    file: 'formulas-no-cache.xlsx',
    title: 'formulas saved without results (openpyxl, reporting systems): named as formulas, not as blanks',
    exit: 0,
    analysed: ALL,
    // Excel shows a value in H4, so "blank" would send the user looking for nothing.
    messages: [{ cell: S('H4'), text: /公式/ }, { cell: S('J6'), text: /公式/ }],
    passes: [{ row: 4, passes: null }, { row: 6, passes: null }],
  },
  {
    file: 'offset-table.xlsx',
    title: 'table starting at C3 with a remark in column A: cells named in sheet columns',
    exit: 0,
    headerRows: [3],
    analysed: [4, 6, 7, 8, 9],
    excluded: [5],
    messages: [{ code: 'unparseable-number', cell: S('F5') }],
  },
  { file: 'cover-sheet.xlsx', title: 'a cover sheet before the table: the table sheet is found', exit: 0, sheet: '学校', analysed: ALL },
  {
    file: 'cover-sheet.xlsx',
    title: '--sheet naming the cover sheet (exists, no table): exit 1 with the reason',
    args: ['--sheet', '封面'],
    exit: 1,
    stderr: NO_TABLE,
  },
  {
    file: 'quoted-sheet-name.xlsx',
    title: "sheet named 县直 学校's 表: cell references quoted as Excel does",
    exit: 0,
    sheet: "县直 学校's 表",
    analysed: [3, 5, 6, 7, 8],
    excluded: [4],
    messages: [{ code: 'unparseable-number', cell: "'县直 学校''s 表'!D4" }],
  },
  {
    file: 'nine-year-no-split.xlsx',
    title: '九年一贯制 school without 小学/初中 pupil columns: left out, the message names a cell of its row',
    exit: 0,
    analysed: ALL,
    excluded: [9],
    // Its pupils (D9) or its name (A9): the row-level fallback other messages use.
    messages: [{ code: 'no-pupils', row: 9, cell: /^Sheet1!(A|D)9$/ }],
  },
  {
    file: 'unknown-type.xlsx',
    title: 'school type 其他 and a name that says nothing: left out, type cell named',
    exit: 0,
    analysed: [3, 5, 6, 7, 8],
    excluded: [4],
    messages: [{ code: 'unknown-type', severity: 'warning', cell: S('B4') }],
  },
  {
    file: 'special-vocational.xlsx',
    title: '特殊教育学校 and 职业学校 rows: listed as excluded with reasons',
    exit: 0,
    analysed: ALL,
    excluded: [9, 10],
  },

  // -------------------------------------------------------------------------
  // The command line's arguments.
  // -------------------------------------------------------------------------
  { file: 'base.xlsx', title: 'the base table (control case)', exit: 0, analysed: ALL, allSchoolsPass: true },
  {
    file: 'base.xlsx',
    title: 'basic-2012: composite CVs are numbers, no school standards',
    args: ['--ruleset', 'basic-2012'],
    exit: 0,
    analysed: ALL,
    messages: [{ code: 'no-standards', severity: 'info' }],
  },
  {
    file: 'base.xlsx',
    title: '--sheet naming a sheet that does not exist: exit 2, the sheets are listed',
    args: ['--sheet', '不存在的表'],
    exit: 2,
    stderr: /不存在的表.*Sheet1/,
  },
  {
    file: 'base.xlsx',
    title: 'unknown --ruleset id: exit 2, the built-in ids are listed',
    args: ['--ruleset', 'quality-2099'],
    exit: 2,
    stderr: /quality-2099.*quality-2017/,
  },
  {
    file: 'base.xlsx',
    title: 'invalid ruleset JSON (scale as text, no countyRule): exit 2, fields named',
    args: ['--ruleset', '{dir}/bad-ruleset.json'],
    exit: 2,
    stderr: /indicators\[0\]\.scale：应为数字[\s\S]*countyRule：缺少此项/,
  },
  {
    file: 'base.xlsx',
    title: 'a ruleset file that is not JSON: exit 2',
    args: ['--ruleset', '{dir}/not-json-ruleset.json'],
    exit: 2,
    stderr: /JSON/,
  },
  {
    file: 'base.xlsx',
    title: '--out equal to the input path: refused (exit 2), the input untouched',
    args: ['--out', '{file}'],
    exit: 2,
    stderr: /--out|输出/,
  },
  { file: 'base.xlsx', title: 'unknown --lang: exit 2', args: ['--lang', 'fr'], exit: 2, stderr: /--lang.*zh.*en/ },
  {
    file: 'does-not-exist.xlsx',
    title: 'an input path that does not exist: exit 1, one sentence',
    exit: 1,
    stderr: /does-not-exist\.xlsx/,
  },

  // -------------------------------------------------------------------------
  // Size.
  // -------------------------------------------------------------------------
  {
    file: 'large-20000.xlsx',
    title: '20 000 schools (built at test time): all analysed in time',
    exit: 0,
    generated: true,
    analysed: 20000,
    // 20 000 = 3 333 rounds of the six base schools (3 小学, 3 初中) + 2 小学.
    sectionSchools: { primary: 10001, junior: 9999 },
  },
];
