/**
 * A fake WPS 表格 (`wps.EtApplication()`) holding a workbook in memory, for
 * testing the WPS gateway without WPS. It implements the calls the gateway
 * makes with the object model's documented semantics (Excel VBA's, which
 * WPS 表格 mirrors; see docs/WPS.md):
 * - `Worksheets.Item(i)` and `FormatConditions.Item(i)` are 1-based;
 * - `Range.Value2` is a 2-D array (rows of columns) for a block, a bare value
 *   for one cell, `undefined` for an empty cell; assigning it parses typed
 *   input as WPS does (a leading apostrophe makes text, = + - @ a formula);
 * - `UsedRange` also covers cells that carry only formatting;
 * - `MergeCells` is true / false / null (some cells merged);
 * - `FormatConditions.Add` puts the new rule first in priority and reads the
 *   formula's relative references from the active cell (recorded as `anchor`);
 * - `Range.Select` fails unless the range's sheet is active;
 * - `Worksheets.Add(undefined, after)` adds a sheet after `after` and activates it.
 * Every change to a user's sheet is recorded in `userSheetWrites`.
 */
import type { CellValue, MergeRange } from '../../src/core/types';
import { parseRange, rangeText } from '../../src/gateway/a1';
import type { WpsHost } from '../../src/gateway/wps';
import { XL_EXPRESSION, XL_SHEET_VISIBLE } from '../../src/gateway/wps-model';
import { contains, intersects, loadSheets, storeCell, type FakeBookSheet } from './fake-book';

export interface WpsConditionalFormat {
  type: number;
  /** A1 range on its sheet. */
  range: string;
  /** As stored, with its leading '='. */
  formula: string;
  /** The active cell when the rule was added: its relative references count from here. */
  anchor: string | null;
  fill: number | null;
  fontColor: number | null;
  bold: boolean;
}

export interface WpsFakeSheet {
  name: string;
  visible: number;
  /** 0-based [row][column] from A1. */
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: Map<string, string>;
  /** Cells whose looks (font, fill, borders, wrap, alignment) were set. */
  styled: Set<string>;
  /** Cells that carry formatting only (they widen UsedRange). */
  formattedOnly: Set<string>;
  /** In priority order: [0] is priority 1. */
  conditionalFormats: WpsConditionalFormat[];
  merges: string[];
  widths: Map<number, number>;
  comments: Map<string, string>;
  freeze: { rows: number; columns: number } | null;
  user: boolean;
}

export interface FakeWpsOptions {
  sheets: FakeBookSheet[];
  activeSheet?: string;
  selection?: { sheet: string; range: string };
  tables?: { name: string; sheet: string; range: string }[];
  displayLanguage?: string;
  /** No workbook open. */
  noWorkbook?: boolean;
  /** The workbook's structure is protected: sheets cannot be added. */
  protectedStructure?: boolean;
}

const WHOLE_SHEET: MergeRange = { top: 1, left: 1, bottom: 1048576, right: 16384 };

function key(row: number, column: number): string {
  return `${row},${column}`;
}

/** How WPS stores typed input. */
function parseInput(input: unknown): { value: CellValue; formula: string | null } {
  if (input === undefined || input === null || input === '') return { value: null, formula: null };
  if (typeof input !== 'string') return { value: input as CellValue, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (/^[=+\-@]/.test(input) && input.length > 1) return { value: '#FORMULA', formula: input };
  return { value: input, formula: null };
}

export class FakeWps {
  readonly sheets: WpsFakeSheet[] = [];
  readonly tables: { name: string; sheet: string; range: string }[];
  activeSheet: string;
  selection: { sheet: string; range: string };
  screenUpdating = true;
  displayAlerts = true;
  calculation = -4105;
  /** Sheet deletions attempted while alerts were on (WPS would ask the user). */
  promptedDeletes = 0;
  /** `Value2` reads and writes, the calls that move cell data. */
  valueReads = 0;
  valueWrites = 0;
  readonly userSheetWrites: string[] = [];
  private readonly displayLanguage: string;
  private readonly noWorkbook: boolean;
  private readonly protectedStructure: boolean;

  constructor(options: FakeWpsOptions) {
    loadSheets(options.sheets, (name) => this.addSheet(name, true));
    this.tables = options.tables ?? [];
    this.activeSheet = options.activeSheet ?? this.sheets[0].name;
    this.selection = options.selection ?? { sheet: this.activeSheet, range: 'A1' };
    this.displayLanguage = options.displayLanguage ?? 'zh-CN';
    this.noWorkbook = options.noWorkbook ?? false;
    this.protectedStructure = options.protectedStructure ?? false;
  }

  host(): WpsHost {
    return { application: this.application() as never, displayLanguage: this.displayLanguage };
  }

  sheet(name: string): WpsFakeSheet {
    const found = this.sheets.find((sheet) => sheet.name === name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** Values, formulas, merges, formats and looks of the user's sheets, to compare before and after. */
  userSnapshot(): string {
    return JSON.stringify(
      this.sheets
        .filter((s) => s.user)
        .map((s) => ({
          name: s.name, values: s.values, formulas: s.formulas, merges: s.merges,
          formats: [...s.numberFormats], styled: [...s.styled], widths: [...s.widths], comments: [...s.comments],
        })),
    );
  }

  /** A user's own conditional format. */
  addConditionalFormat(sheet: string, cf: Omit<WpsConditionalFormat, 'anchor' | 'bold'>): void {
    this.sheet(sheet).conditionalFormats.push({ ...cf, anchor: null, bold: false });
  }

  /** A cell that carries only formatting (it widens UsedRange). */
  formatOnly(sheet: string, address: string): void {
    const { top, left } = parseRange(address);
    this.sheet(sheet).formattedOnly.add(key(top, left));
  }

  private addSheet(name: string, user: boolean, after?: WpsFakeSheet): WpsFakeSheet {
    if (this.sheets.some((sheet) => sheet.name === name)) throw new Error(`sheet name taken: ${name}`);
    const sheet: WpsFakeSheet = {
      name, visible: XL_SHEET_VISIBLE, values: [], formulas: [], numberFormats: new Map(), styled: new Set(),
      formattedOnly: new Set(), conditionalFormats: [], merges: [], widths: new Map(), comments: new Map(), freeze: null, user,
    };
    const at = after === undefined ? this.sheets.length : this.sheets.indexOf(after) + 1;
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  private touch(sheet: WpsFakeSheet, what: string): void {
    if (sheet.user) this.userSheetWrites.push(`${what} ${sheet.name}`);
  }

  private usedBounds(sheet: WpsFakeSheet): MergeRange {
    let bounds: MergeRange | null = null;
    const add = (r: number, c: number) => {
      bounds = bounds === null
        ? { top: r, left: c, bottom: r, right: c }
        : { top: Math.min(bounds.top, r), left: Math.min(bounds.left, c), bottom: Math.max(bounds.bottom, r), right: Math.max(bounds.right, c) };
    };
    sheet.values.forEach((row, i) => row.forEach((value, j) => value !== null && add(i + 1, j + 1)));
    for (const cell of sheet.formattedOnly) add(...(cell.split(',').map(Number) as [number, number]));
    return bounds ?? { top: 1, left: 1, bottom: 1, right: 1 };
  }

  private mergeAt(sheet: WpsFakeSheet, row: number, column: number): MergeRange | null {
    return sheet.merges.map(parseRange).find((m) => contains(m, { top: row, bottom: row, left: column, right: column })) ?? null;
  }

  private activeCell(): string | null {
    if (this.selection.sheet !== this.activeSheet) return null;
    const { top, left } = parseRange(this.selection.range);
    return rangeText({ top, left, bottom: top, right: left });
  }

  private application(): object {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    return {
      get ActiveWorkbook() {
        return fake.noWorkbook ? null : fake.workbook();
      },
      get ActiveSheet() {
        return fake.worksheet(fake.sheet(fake.activeSheet));
      },
      get Selection() {
        return fake.range(fake.sheet(fake.selection.sheet), parseRange(fake.selection.range));
      },
      get ActiveWindow() {
        const sheet = fake.sheet(fake.activeSheet);
        const window = { SplitRow: 0, SplitColumn: 0 };
        return {
          get SplitRow() { return window.SplitRow; },
          set SplitRow(n: number) { window.SplitRow = n; },
          get SplitColumn() { return window.SplitColumn; },
          set SplitColumn(n: number) { window.SplitColumn = n; },
          get FreezePanes() { return sheet.freeze !== null; },
          set FreezePanes(on: boolean) {
            fake.touch(sheet, 'freeze');
            sheet.freeze = on ? { rows: window.SplitRow, columns: window.SplitColumn } : null;
          },
        };
      },
      get ScreenUpdating() { return fake.screenUpdating; },
      set ScreenUpdating(on: boolean) { fake.screenUpdating = on; },
      get DisplayAlerts() { return fake.displayAlerts; },
      set DisplayAlerts(on: boolean) { fake.displayAlerts = on; },
      get Calculation() { return fake.calculation; },
      set Calculation(mode: number) { fake.calculation = mode; },
    };
  }

  private workbook(): object {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    return {
      Worksheets: {
        get Count() { return fake.sheets.length; },
        Item: (index: number | string) => {
          const sheet = typeof index === 'number' ? fake.sheets[index - 1] : fake.sheets.find((s) => s.name === index);
          if (sheet === undefined) throw new Error(`Worksheets.Item(${index}): out of range`);
          return fake.worksheet(sheet);
        },
        Add: (before?: unknown, after?: { name: string }) => {
          if (fake.protectedStructure) throw new Error('工作簿结构受保护 / the workbook structure is protected');
          if (before !== undefined) throw new Error('the fake adds after a sheet only');
          const anchor = after === undefined ? undefined : fake.sheet(after.name);
          let n = fake.sheets.length + 1;
          while (fake.sheets.some((s) => s.name === `Sheet${n}`)) n++;
          const sheet = fake.addSheet(`Sheet${n}`, false, anchor);
          fake.activeSheet = sheet.name;
          return fake.worksheet(sheet);
        },
      },
    };
  }

  private worksheet(sheet: WpsFakeSheet): object {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    return {
      get name() { return sheet.name; },
      get Name() { return sheet.name; },
      set Name(name: string) {
        if (fake.sheets.some((s) => s !== sheet && s.name === name)) throw new Error(`sheet name taken: ${name}`);
        if (fake.activeSheet === sheet.name) fake.activeSheet = name;
        if (fake.selection.sheet === sheet.name) fake.selection = { ...fake.selection, sheet: name };
        sheet.name = name;
      },
      get Visible() { return sheet.visible; },
      set Visible(state: number) {
        fake.touch(sheet, 'visibility');
        sheet.visible = state;
      },
      get UsedRange() { return fake.range(sheet, fake.usedBounds(sheet)); },
      get Cells() { return fake.range(sheet, WHOLE_SHEET); },
      Range: (a1: string) => fake.range(sheet, parseColumns(a1)),
      get ListObjects() {
        const tables = fake.tables.filter((t) => t.sheet === sheet.name);
        return { Count: tables.length, Item: (i: number) => fake.listObject(tables[i - 1]) };
      },
      Activate: () => {
        fake.activeSheet = sheet.name;
      },
      Delete: () => {
        fake.touch(sheet, 'delete');
        if (fake.displayAlerts) fake.promptedDeletes++;
        fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
      },
    };
  }

  private listObject(table: { name: string; sheet: string; range: string }): object {
    return { Name: table.name, Range: this.range(this.sheet(table.sheet), parseRange(table.range)) };
  }

  private range(sheet: WpsFakeSheet, bounds: MergeRange): object {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const a1 = rangeText(bounds);
    const rows = bounds.bottom - bounds.top + 1;
    const columns = bounds.right - bounds.left + 1;
    const everyCell = (set: (r: number, c: number) => void) => {
      if (rows * columns > 5_000_000) throw new Error(`the fake does not format ${a1} cell by cell`);
      for (let r = bounds.top; r <= bounds.bottom; r++) for (let c = bounds.left; c <= bounds.right; c++) set(r, c);
    };
    const looks = (what: string) => {
      fake.touch(sheet, what);
      everyCell((r, c) => sheet.styled.add(key(r, c)));
    };
    const font = { Bold: false, Italic: false, Size: 11, Color: 0 };
    return {
      Address: (rowAbsolute = true, columnAbsolute = true) =>
        rowAbsolute || columnAbsolute ? a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2') : a1,
      Row: bounds.top,
      Column: bounds.left,
      Rows: { Count: rows },
      Columns: { Count: columns },
      get Areas() {
        return { Count: 1, Item: () => fake.range(sheet, bounds) };
      },
      get Worksheet() { return fake.worksheet(sheet); },
      get Value2() {
        fake.valueReads++;
        if (rows * columns > 5_000_000) throw new Error(`the fake does not read ${a1} whole`);
        const block = Array.from({ length: rows }, (_, i) =>
          Array.from({ length: columns }, (_, j) => sheet.values[bounds.top - 1 + i]?.[bounds.left - 1 + j] ?? undefined),
        );
        return rows === 1 && columns === 1 ? block[0][0] : block;
      },
      set Value2(input: unknown) {
        fake.valueWrites++;
        fake.touch(sheet, 'values');
        const block = Array.isArray(input) ? (input as unknown[][]) : null;
        if (block !== null && (block.length !== rows || block.some((row) => row.length !== columns))) {
          throw new Error(`Value2 of ${a1} needs ${rows} × ${columns}`);
        }
        everyCell((r, c) => {
          const { value, formula } = parseInput(block === null ? input : block[r - bounds.top][c - bounds.left]);
          storeCell(sheet, r, c, value, formula);
        });
      },
      set NumberFormat(format: string) {
        fake.touch(sheet, 'number format');
        everyCell((r, c) => sheet.numberFormats.set(key(r, c), format));
      },
      get MergeCells() {
        // Merged areas never overlap: the merged cells are the sum of their overlaps with the range.
        const merged = sheet.merges.map(parseRange).reduce((sum, m) => {
          const height = Math.min(m.bottom, bounds.bottom) - Math.max(m.top, bounds.top) + 1;
          const width = Math.min(m.right, bounds.right) - Math.max(m.left, bounds.left) + 1;
          return sum + (height > 0 && width > 0 ? height * width : 0);
        }, 0);
        return merged === 0 ? false : merged === rows * columns ? true : null;
      },
      get MergeArea() {
        return fake.range(sheet, fake.mergeAt(sheet, bounds.top, bounds.left) ?? { ...bounds, bottom: bounds.top, right: bounds.left });
      },
      get ListObject() {
        const table = fake.tables.find((t) => t.sheet === sheet.name && contains(parseRange(t.range), { ...bounds, bottom: bounds.top, right: bounds.left }));
        return table === undefined ? null : fake.listObject(table);
      },
      get FormatConditions() { return fake.formatConditions(sheet, bounds); },
      Font: new Proxy(font, { set: (target, property, value) => { looks('font'); return Reflect.set(target, property, value); } }),
      Interior: new Proxy({ Color: 0xffffff }, { set: (target, property, value) => { looks('fill'); return Reflect.set(target, property, value); } }),
      Borders: new Proxy({ LineStyle: 0 }, { set: (target, property, value) => { looks('borders'); return Reflect.set(target, property, value); } }),
      set WrapText(_on: boolean) { looks('wrap'); },
      set HorizontalAlignment(_align: number) { looks('alignment'); },
      set ColumnWidth(characters: number) {
        fake.touch(sheet, 'width');
        for (let c = bounds.left; c <= bounds.right; c++) sheet.widths.set(c, characters);
      },
      Merge: () => {
        fake.touch(sheet, 'merge');
        sheet.merges.push(a1);
      },
      Select: () => {
        if (fake.activeSheet !== sheet.name) throw new Error(`Select: sheet ${sheet.name} is not active`);
        fake.selection = { sheet: sheet.name, range: a1 };
      },
      AddComment: (text: string) => {
        fake.touch(sheet, 'comment');
        sheet.comments.set(a1, text);
      },
    };
  }

  private formatConditions(sheet: WpsFakeSheet, bounds: MergeRange): object {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const visible = () => sheet.conditionalFormats.filter((cf) => intersects(parseRange(cf.range), bounds));
    const item = (cf: WpsConditionalFormat) => ({
      Type: cf.type,
      Formula1: cf.formula,
      Interior: { set Color(color: number) { cf.fill = color; } },
      Font: { set Color(color: number) { cf.fontColor = color; }, set Bold(on: boolean) { cf.bold = on; } },
      SetLastPriority: () => {
        sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
        sheet.conditionalFormats.push(cf);
      },
      Delete: () => {
        fake.touch(sheet, 'delete conditional format');
        sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
      },
    });
    return {
      get Count() { return visible().length; },
      Item: (i: number) => {
        const cf = visible()[i - 1];
        if (cf === undefined) throw new Error(`FormatConditions.Item(${i}): out of range`);
        return item(cf);
      },
      Add: (type: number, _operator: unknown, formula1: string) => {
        if (type !== XL_EXPRESSION) throw new Error('the fake adds formula rules only');
        fake.touch(sheet, 'conditional format');
        const anchor = fake.activeSheet === sheet.name ? fake.activeCell() : null;
        const cf: WpsConditionalFormat = { type, range: rangeText(bounds), formula: formula1, anchor, fill: null, fontColor: null, bold: false };
        sheet.conditionalFormats.unshift(cf);
        return item(cf);
      },
    };
  }
}

/** 'A1:B2', 'F7' or whole columns 'C:C'. */
function parseColumns(a1: string): MergeRange {
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(a1);
  if (columns === null) return parseRange(a1);
  const { left } = parseRange(`${columns[1]}1`);
  const { right } = parseRange(`${columns[2]}1`);
  return { top: 1, bottom: 1048576, left, right };
}
