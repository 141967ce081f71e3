/**
 * A fake Excel workbook built from office-addin-mock's `OfficeMockObject`s, for
 * testing the Office.js gateway without Excel. Properties behave as in Office.js:
 * a loaded property holds a placeholder error until `context.sync()`, and a
 * property that was never in the object model cannot be loaded. Writes (values,
 * number formats, cell properties, conditional formats) reach the workbook at
 * sync, as in Excel, and are parsed the way Excel parses typed input: a leading
 * apostrophe makes text, a leading = + - @ makes a formula.
 *
 * The fake counts syncs and measures each sync's request and response bytes
 * (real UTF-8 JSON), so tests can hold the gateway to Excel on the web's 5 MB limit.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { sheetPrefix } from '../../src/core/address';
import type { CellValue, MergeRange } from '../../src/core/types';
import { parseRange, rangeText } from '../../src/gateway/a1';
import type { OfficeHost } from '../../src/gateway/office';
import type { PrintSetup } from '../../src/core/report';
import { contains, intersects, loadSheets, storeCell, type FakeBookSheet } from './fake-book';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Mock = any;

const DEFAULT_ROW_HEIGHT = 15;

/** A page setup for hand-made test reports. */
export const TEST_PRINT: PrintSetup = {
  paper: 'A4',
  orientation: 'landscape',
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: { first: 1, last: 2 },
  breaksBefore: [5],
  margins: { left: 0.6, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  firstPageNumber: 1,
  centerHorizontally: true,
  gridlines: false,
  header: { left: 'A&&B.xlsx', center: '学校指标', right: '' },
  footer: { left: '', center: '第 &P 页 共 &N 页', right: '分析日期：2025-09-01' },
};

export const WHOLE_SHEET: MergeRange = { top: 1, left: 1, bottom: 1048576, right: 16384 };

export interface FakeConditionalFormat {
  type: 'Custom' | 'CellValue';
  /** A1 range on its sheet. */
  range: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  /** The mock Junheng wrote through, read back at sync. */
  proxy: Mock | null;
}

export interface FakeSheet {
  name: string;
  /** 0-based [row][column] from A1. */
  values: CellValue[][];
  /** Formulas by 0-based [row][column]; null where the cell holds a constant. */
  formulas: (string | null)[][];
  numberFormats: Map<string, string>;
  styledCells: number;
  conditionalFormats: FakeConditionalFormat[];
  merges: string[];
  charts: { type: string; source: string; title: string | null }[];
  /** `worksheet.pageLayout` as written (one mock per sheet), its print title rows and page breaks. */
  pageLayout: Mock | null;
  printTitleRows: string | null;
  pageBreaks: string[];
  /** Row heights in points by 1-based row. */
  rowHeights: Map<number, number>;
  /** The user's own sheet: Junheng must never write to it. */
  user: boolean;
  /** Sheet protection: writes to the sheet fail. */
  protected: boolean;
  /** Loading this sheet's conditional formats fails (an odd sheet, office-js #6827). */
  conditionalFormatsBroken: boolean;
  /** Sheet-scoped defined names: name → A1 range on this sheet. */
  names: Map<string, string>;
}

export interface FakeTable {
  name: string;
  sheet: string;
  range: string;
}

/** One sync: what went to Excel and what came back, in UTF-8 JSON bytes. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

export interface FakeExcelOptions {
  sheets: FakeBookSheet[];
  activeSheet?: string;
  selection?: { sheet: string; range: string };
  tables?: FakeTable[];
  displayLanguage?: string;
  /** Highest ExcelApi requirement set supported, e.g. '1.9' or '1.17'. */
  apiVersion?: string;
  /**
   * What is selected when it is not one block of cells: several areas or a chart.
   * `getSelectedRange()` then fails at sync, as in Excel.
   */
  selectionKind?: 'cells' | 'areas' | 'chart';
  /** The workbook structure is protected (sheets cannot be added or deleted). */
  workbookProtected?: boolean;
  /** The workbook is open read-only. */
  readOnly?: boolean;
  /** Workbook-scoped defined names: name → formula, e.g. `'均衡-学校指标'!$A$1,'均衡-差异系数'!$A$1` (as the command line's copy writes the report mark). */
  names?: Record<string, string>;
}

/** Excel refuses `getMergedAreasOrNullObject` beyond this many areas (Excel.Range reference). */
export const MERGED_AREAS_LIMIT = 512;

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/** How Excel stores typed input. */
function parseInput(input: unknown): { value: CellValue; formula: string | null } {
  if (typeof input !== 'string') return { value: (input ?? null) as CellValue, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (/^[=+\-@]/.test(input) && input.length > 1) return { value: '#FORMULA', formula: input };
  if (input === '') return { value: null, formula: null };
  return { value: input, formula: null };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[];
  activeSheet: string;
  selection: { sheet: string; range: string };
  selected: string | null = null;
  readonly settings = new Map<string, unknown>();
  settingsSaves = 0;
  readonly syncs: SyncRecord[] = [];
  suspendCalculation = 0;
  suspendScreen = 0;
  /** Writes to `workbook.settings` (ExcelApi 1.4). */
  workbookSettingsWrites = 0;
  workbookProtected: boolean;
  readOnly: boolean;
  private readonly selectionKind: 'cells' | 'areas' | 'chart';
  /** The error the next sync fails with (a request Excel refuses). */
  private failure: Error | null = null;
  /** Every attempt to change a user's sheet, described. */
  readonly userSheetWrites: string[] = [];
  /** Workbook-scoped defined names: name → formula without '='. */
  readonly names: Map<string, string>;
  private readonly apiVersion: string;
  private readonly displayLanguage: string;
  /** Proxies of the running batch, synced at each `context.sync()`. */
  private proxies: Mock[] = [];
  private collections: { proxy: Mock; items: () => Mock[]; loaded: string[]; check: (loaded: string[]) => void }[] = [];
  private request = 0;

  constructor(options: FakeExcelOptions) {
    loadSheets(options.sheets, (name) => this.addSheet(name, true));
    this.tables = options.tables ?? [];
    this.activeSheet = options.activeSheet ?? this.sheets[0].name;
    this.selection = options.selection ?? { sheet: this.activeSheet, range: 'A1' };
    this.apiVersion = options.apiVersion ?? '1.17';
    this.selectionKind = options.selectionKind ?? 'cells';
    this.workbookProtected = options.workbookProtected ?? false;
    this.readOnly = options.readOnly ?? false;
    this.displayLanguage = options.displayLanguage ?? 'zh-CN';
    this.names = new Map(Object.entries(options.names ?? {}));
  }

  /**
   * Refuses the next sync when the member needs a newer ExcelApi than this fake
   * reports, as Excel answers ApiNotFound: so a gateway test on an old Excel fails
   * on every call it must not make.
   */
  private need(version: string, member: string): void {
    if (minor(version) > minor(this.apiVersion)) this.refuse(`ApiNotFound: ${member} needs ExcelApi ${version}`);
  }

  /** The gateway's view of Office: Excel.run over this workbook, document settings, language. */
  host(): OfficeHost {
    return {
      run: async (batch) => {
        this.proxies = [];
        this.collections = [];
        return batch(this.context());
      },
      settings: {
        get: (name: string) => this.settings.get(name) ?? null,
        set: (name: string, value: unknown) => void this.settings.set(name, JSON.parse(JSON.stringify(value))),
        saveAsync: ((callback?: (result: Office.AsyncResult<void>) => void) => {
          this.settingsSaves++;
          callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
        }) as Office.Settings['saveAsync'],
      },
      displayLanguage: this.displayLanguage,
      supports: (version) => minor(version) <= minor(this.apiVersion),
    };
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name === name);
    if (found === undefined) throw new Error(`ItemNotFound: sheet ${name}`);
    return found;
  }

  /** Values and formulas of the user's sheets, to compare before and after. */
  userSnapshot(): string {
    return JSON.stringify(
      this.sheets.filter((s) => s.user).map((s) => ({ name: s.name, values: s.values, formulas: s.formulas, merges: s.merges })),
    );
  }

  addConditionalFormat(sheet: string, cf: Omit<FakeConditionalFormat, 'proxy'>): void {
    this.sheet(sheet).conditionalFormats.push({ ...cf, proxy: null });
  }

  private addSheet(name: string, user: boolean): FakeSheet {
    if (this.sheets.some((sheet) => sheet.name === name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    const sheet: FakeSheet = {
      name, values: [], formulas: [], numberFormats: new Map(), styledCells: 0,
      conditionalFormats: [], merges: [], charts: [], user, protected: false, conditionalFormatsBroken: false, names: new Map(),
      pageLayout: null, printTitleRows: null, pageBreaks: [], rowHeights: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  private usedBounds(sheet: FakeSheet): MergeRange | null {
    let bottom = 0;
    let right = 0;
    sheet.values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value !== null && value !== '') {
          bottom = Math.max(bottom, i + 1);
          right = Math.max(right, j + 1);
        }
      }),
    );
    if (bottom === 0) return null;
    let top = bottom;
    let left = right;
    sheet.values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value !== null && value !== '') {
          top = Math.min(top, i + 1);
          left = Math.min(left, j + 1);
        }
      }),
    );
    return { top, left, bottom, right };
  }

  private track(proxy: Mock): Mock {
    const load = proxy.load.bind(proxy);
    proxy.loads = [] as string[];
    proxy.load = (properties: string) => {
      proxy.loads.push(properties);
      return load(properties);
    };
    this.proxies.push(proxy);
    return proxy;
  }

  /** Makes the next sync fail, as Excel fails a request it refuses. */
  private refuse(message: string): void {
    this.failure ??= new Error(message);
  }

  /**
   * A collection whose `items` appear at sync, as Office.js fills them, with the
   * properties loaded through `items/…`. `check` may refuse the load at sync.
   */
  private collection(extra: Record<string, unknown>, items: () => Mock[], check: (loaded: string[]) => void = () => undefined): Mock {
    const entry = { proxy: null as Mock, items, loaded: [] as string[], check };
    const proxy = new OfficeMockObject({
      ...extra,
      load: (properties: string) => {
        entry.loaded.push(properties);
        return proxy;
      },
    }) as Mock;
    entry.proxy = proxy;
    this.collections.push(entry);
    return proxy;
  }

  private context(): Mock {
    const context = new OfficeMockObject({
      workbook: {
        getSelectedRange: () => {
          if (this.selectionKind !== 'cells') this.refuse(`InvalidSelection: the selection is ${this.selectionKind === 'chart' ? 'a chart' : 'several areas'}`);
          return this.range(this.sheet(this.selection.sheet), parseRange(this.selection.range));
        },
        tables: {},
        protection: { protected: this.workbookProtected },
        readOnly: this.readOnly,
        settings: {
          add: (key: string, value: unknown) => {
            this.need('1.4', 'workbook.settings');
            this.workbookSettingsWrites++;
            this.settings.set(key, JSON.parse(JSON.stringify(value)));
          },
          getItemOrNullObject: (key: string) => {
            this.need('1.4', 'workbook.settings');
            return this.settings.has(key) ? this.track(new OfficeMockObject({ value: this.settings.get(key) }) as Mock) : this.nullObject({ value: '' });
          },
        },
        notes: {
          add: (range: Mock, content: string) => {
            this.need('1.18', 'workbook.notes');
            this.write(range, `note ${content}`);
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          this.need('1.6', 'suspendApiCalculationUntilNextSync');
          this.suspendCalculation++;
        },
        suspendScreenUpdatingUntilNextSync: () => {
          this.need('1.9', 'suspendScreenUpdatingUntilNextSync');
          this.suspendScreen++;
        },
      },
      sync: () => this.sync(),
    }) as Mock;
    // Workbook properties (protection, readOnly, settings) are read at sync like any proxy's.
    this.proxies.push(context.workbook);
    context.workbook.worksheets = this.worksheets();
    context.workbook.tables = this.collection({}, () => this.tables.map((table) => this.table(table)));
    context.workbook.names = this.workbookNames();
    return context;
  }

  private worksheets(): Mock {
    return this.collection(
      {
        getItem: (name: string) => this.worksheet(this.sheet(name)),
        getItemOrNullObject: (name: string) => {
          this.need('1.4', 'worksheets.getItemOrNullObject');
          const found = this.sheets.find((sheet) => sheet.name === name);
          return found ? this.worksheet(found) : this.nullObject({ name: '' });
        },
        getActiveWorksheet: () => this.worksheet(this.sheet(this.activeSheet)),
        add: (name: string) => {
          if (this.workbookProtected) this.refuse('AccessDenied: the workbook is protected');
          return this.worksheet(this.addSheet(name, false));
        },
      },
      () => this.sheets.map((sheet) => this.worksheet(sheet)),
    );
  }

  private nullObject(data: Record<string, unknown>): Mock {
    const proxy = this.track(new OfficeMockObject(data) as Mock);
    proxy.isNullObject = true;
    return proxy;
  }

  private worksheet(sheet: FakeSheet): Mock {
    const proxy = this.track(
      new OfficeMockObject({
        name: sheet.name,
        protection: { protected: sheet.protected },
        getRange: (address?: string) => this.range(sheet, address === undefined ? WHOLE_SHEET : parseRange(address)),
        getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
          this.need('1.7', 'getRangeByIndexes');
          return this.range(sheet, { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns });
        },
        // An empty sheet's used range is A1 (Excel.Worksheet reference); valuesOnly came with ExcelApi 1.2.
        getUsedRange: (valuesOnly?: boolean) => {
          if (valuesOnly !== undefined) this.need('1.2', 'getUsedRange(valuesOnly)');
          return this.range(sheet, this.usedBounds(sheet) ?? { top: 1, left: 1, bottom: 1, right: 1 });
        },
        getUsedRangeOrNullObject: () => {
          this.need('1.4', 'getUsedRangeOrNullObject');
          const bounds = this.usedBounds(sheet);
          return bounds === null
            ? this.nullObject({ address: '', rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 })
            : this.range(sheet, bounds);
        },
        activate: () => {
          this.activeSheet = sheet.name;
        },
        delete: () => {
          if (sheet.user) this.userSheetWrites.push(`delete ${sheet.name}`);
          this.sheets.splice(this.sheets.indexOf(sheet), 1);
        },
        freezePanes: {
          freezeRows: () => this.freeze(sheet),
          freezeColumns: () => this.freeze(sheet),
          freezeAt: () => this.freeze(sheet),
        },
        charts: {
          add: (type: string, source: Mock) => {
            const chart = { type, source: source.a1, title: null as string | null };
            sheet.charts.push(chart);
            return new OfficeMockObject({
              series: { getItemAt: () => ({ setXAxisValues: () => this.need('1.7', 'setXAxisValues') }) },
              title: { text: '' },
              legend: { visible: true },
              setPosition: () => undefined,
            });
          },
        },
      }) as Mock,
    );
    proxy.isNullObject = false;
    // Assigned after construction: OfficeMockObject would copy a mock passed in its data.
    proxy.pageLayout = this.pageLayout(sheet);
    proxy.names = this.sheetNames(sheet);
    proxy.horizontalPageBreaks = {
      add: (range: string) => {
        this.need('1.9', 'horizontalPageBreaks');
        this.touch(sheet, 'page break');
        sheet.pageBreaks.push(range);
      },
    };
    return proxy;
  }

  /** One page layout per sheet, as in Excel: what the gateway sets stays on it. */
  private pageLayout(sheet: FakeSheet): Mock {
    sheet.pageLayout ??= new OfficeMockObject({
      paperSize: 'Letter',
      orientation: 'Portrait',
      zoom: { scale: 100 },
      leftMargin: 50, rightMargin: 50, topMargin: 54, bottomMargin: 54, headerMargin: 22, footerMargin: 22,
      firstPageNumber: '',
      centerHorizontally: false,
      printGridlines: false,
      headersFooters: {
        defaultForAllPages: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
      },
      setPrintTitleRows: (rows: string) => {
        this.need('1.9', 'pageLayout');
        this.touch(sheet, 'print titles');
        sheet.printTitleRows = rows;
      },
    }) as Mock;
    return sheet.pageLayout;
  }

  private freeze(sheet: FakeSheet): void {
    this.need('1.7', 'freezePanes');
    this.touch(sheet, 'freeze');
  }

  /** `workbook.names`: items with name, formula (ExcelApi 1.7) and value; add and delete need 1.4. */
  private workbookNames(): Mock {
    const item = (name: string) =>
      this.track(
        new OfficeMockObject({
          name,
          formula: `=${this.names.get(name) ?? ''}`,
          value: this.names.get(name) ?? '',
          delete: () => {
            this.need('1.4', 'NamedItem.delete');
            this.names.delete(name);
          },
        }) as Mock,
      );
    return this.collection(
      {
        getItem: (name: string) => item(name),
        add: (name: string, reference: string) => {
          this.need('1.4', 'names.add');
          this.names.set(name, reference);
        },
      },
      () => [...this.names.keys()].map(item),
      (loaded) => {
        if (loaded.some((l) => l.includes('formula'))) this.need('1.7', 'NamedItem.formula');
      },
    );
  }

  /** `worksheet.names` (ExcelApi 1.4): sheet-scoped names. */
  private sheetNames(sheet: FakeSheet): Mock {
    return {
      getItemOrNullObject: (name: string) => {
        this.need('1.4', 'worksheet.names');
        const found = sheet.names.get(name);
        if (found === undefined) return this.nullObject({ name: '' });
        const proxy = this.track(new OfficeMockObject({ name }) as Mock);
        proxy.isNullObject = false;
        return proxy;
      },
      add: (name: string, range: Mock) => {
        this.need('1.4', 'worksheet.names');
        sheet.names.set(name, range.a1);
      },
    };
  }

  private touch(sheet: FakeSheet, what: string): void {
    if (sheet.user) this.userSheetWrites.push(`${what} ${sheet.name}`);
  }

  private table(table: FakeTable): Mock {
    return this.track(
      new OfficeMockObject({
        name: table.name,
        getRange: () => this.range(this.sheet(table.sheet), parseRange(table.range)),
      }) as Mock,
    );
  }

  private range(sheet: FakeSheet, bounds: MergeRange): Mock {
    const a1 = rangeText(bounds);
    const rows = bounds.bottom - bounds.top + 1;
    const columns = bounds.right - bounds.left + 1;
    const data: Record<string, unknown> = {
      address: `${sheetPrefix(sheet.name)}!${a1}`,
      rowIndex: bounds.top - 1,
      columnIndex: bounds.left - 1,
      rowCount: rows,
      columnCount: columns,
      format: {
        columnWidth: 48,
        rowHeight: DEFAULT_ROW_HEIGHT,
        borders: { getItem: () => new OfficeMockObject({ style: 'None' }) },
      },
      getMergedAreasOrNullObject: () => {
        this.need('1.13', 'getMergedAreasOrNullObject');
        const inside = sheet.merges.filter((merge) => {
          const m = parseRange(merge);
          return m.top >= bounds.top && m.bottom <= bounds.bottom && m.left >= bounds.left && m.right <= bounds.right;
        });
        if (inside.length > MERGED_AREAS_LIMIT) this.refuse('InvalidOperation: more than 512 merged areas');
        if (inside.length === 0) return this.nullObject({ address: '' });
        const areas = this.track(
          new OfficeMockObject({ address: inside.map((m) => `${sheetPrefix(sheet.name)}!${m}`).join(', ') }) as Mock,
        );
        areas.isNullObject = false;
        return areas;
      },
      getTables: () => {
        this.need('1.9', 'Range.getTables');
        return this.collection({}, () =>
          this.tables
            .filter((table) => table.sheet === sheet.name && contains(parseRange(table.range), bounds))
            .map((table) => this.table(table)),
        );
      },
      getEntireColumn: () => this.range(sheet, { top: 1, bottom: 1048576, left: bounds.left, right: bounds.right }),
      merge: () => {
        this.need('1.2', 'Range.merge');
        this.touch(sheet, 'merge');
        sheet.merges.push(a1);
      },
      select: () => {
        this.selected = `${sheetPrefix(sheet.name)}!${a1}`;
      },
      setCellProperties: (properties: Mock[][]) => {
        this.need('1.9', 'setCellProperties');
        this.touch(sheet, 'cell properties');
        this.request += bytes(properties);
        sheet.styledCells += properties.flat().filter((cell) => cell.format !== undefined).length;
      },
    };
    // Cell values exist in the object model only for ranges of sensible size (not whole sheets/columns).
    if (rows * columns <= 1_000_000) {
      data.values = Array.from({ length: rows }, (_, i) =>
        Array.from({ length: columns }, (_, j) => sheet.values[bounds.top - 1 + i]?.[bounds.left - 1 + j] ?? ''),
      );
    }
    const proxy = this.track(new OfficeMockObject(data) as Mock);
    proxy.isNullObject = false;
    proxy.sheetRef = sheet;
    proxy.bounds = bounds;
    proxy.a1 = a1;
    proxy.modelValues = data.values;
    // Assigned after construction: OfficeMockObject would copy a mock passed in its data.
    proxy.conditionalFormats = this.conditionalFormats(sheet, bounds);
    return proxy;
  }

  private conditionalFormats(sheet: FakeSheet, bounds: MergeRange): Mock {
    const items = () =>
      sheet.conditionalFormats
        .filter((cf) => intersects(parseRange(cf.range), bounds))
        .map((cf) => {
          const item = this.track(
            new OfficeMockObject({
              type: cf.type,
              customOrNullObject: { rule: { formula: cf.type === 'Custom' ? cf.formula : '' } },
              delete: () => {
                if (sheet.protected) this.refuse(`AccessDenied: sheet ${sheet.name} is protected`);
                else sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
              },
            }) as Mock,
          );
          item.fakeType = cf.type;
          return item;
        });
    // Excel refuses to load custom rules' formulas over rules of other types (office-js #2180).
    const check = (loaded: string[]) => {
      this.need('1.6', 'conditionalFormats');
      if (sheet.conditionalFormatsBroken) this.refuse('GeneralException: conditional formats of this sheet cannot be read');
      const found = sheet.conditionalFormats.filter((cf) => intersects(parseRange(cf.range), bounds));
      if (loaded.some((l) => l.includes('custom')) && found.some((cf) => cf.type !== 'Custom')) {
        this.refuse('InvalidOperation: This operation is not permitted for the current object.');
      }
    };
    return this.collection(
      {
        add: (type: string) => {
          this.need('1.6', 'conditionalFormats');
          if (sheet.protected) this.refuse(`AccessDenied: sheet ${sheet.name} is protected`);
          this.touch(sheet, 'conditional format');
          const proxy = new OfficeMockObject({
            type,
            custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '', bold: false } } },
          }) as Mock;
          sheet.conditionalFormats.push({
            type: type as FakeConditionalFormat['type'], range: rangeText(bounds), formula: '', fill: null, fontColor: null, proxy,
          });
          return proxy;
        },
      },
      items,
      check,
    );
  }

  private write(proxy: Mock, what: string): void {
    this.touch(proxy.sheetRef, what);
  }

  /** Applies queued writes, fills loaded collections and properties, and records the sync. */
  private async sync(): Promise<void> {
    let response = 0;
    for (const entry of this.collections) {
      if (entry.loaded.length > 0) entry.check(entry.loaded);
    }
    for (const proxy of this.proxies) {
      if (proxy.fakeType !== undefined && proxy.fakeType !== 'Custom' && proxy.loads?.some((l: string) => l.includes('custom'))) {
        this.refuse('InvalidOperation: This operation is not permitted for the current object.');
      }
    }
    if (this.failure !== null) {
      // The whole request is refused: nothing queued in it happens.
      const failure = this.failure;
      this.failure = null;
      for (const entry of this.collections) entry.loaded = [];
      // Loads the refused request asked for are dropped with it.
      this.proxies = this.proxies.filter((proxy) => !(proxy.fakeType !== undefined && proxy.loads?.some((l: string) => l.includes('custom'))));
      this.syncs.push({ requestBytes: this.request, responseBytes: 0 });
      this.request = 0;
      throw failure;
    }
    for (const proxy of this.proxies) {
      if (proxy.sheetRef !== undefined) this.applyWrites(proxy);
    }
    for (const sheet of this.sheets) {
      for (const cf of sheet.conditionalFormats) {
        if (cf.proxy === null) continue;
        cf.formula = String(cf.proxy.custom.rule.formula);
        cf.fill = String(cf.proxy.custom.format.fill.color) || null;
        cf.fontColor = String(cf.proxy.custom.format.font.color) || null;
        this.request += bytes(cf.formula) + 100;
      }
    }
    for (const entry of this.collections) {
      if (entry.loaded.length === 0) continue;
      entry.proxy.items = entry.items();
      const paths = entry.loaded.flatMap((l) => l.split(',')).flatMap((l) => (l.trim().startsWith('items/') ? [l.trim().slice(6)] : []));
      for (const item of entry.proxy.items) {
        for (const path of paths) item.load(path);
      }
      entry.loaded = [];
    }
    for (const proxy of this.proxies) {
      await proxy.sync();
    }
    // office-addin-mock settles loaded properties in promise callbacks: let them run.
    await new Promise((resolve) => setImmediate(resolve));
    for (const proxy of this.proxies) {
      if (proxy.loads?.includes('values')) response += bytes(proxy.values);
    }
    this.syncs.push({ requestBytes: this.request, responseBytes: response });
    this.request = 0;
    // Loaded ranges are spent: the next sync only sees proxies made or used after this one.
    this.proxies = this.proxies.filter((proxy) => !proxy.loads?.includes('values'));
  }

  private applyWrites(proxy: Mock): void {
    const sheet: FakeSheet = proxy.sheetRef;
    const bounds: MergeRange = proxy.bounds;
    // Unset properties read as office-addin-mock's "not loaded" text; a written height is a number.
    if (typeof proxy.format?.rowHeight === 'number' && proxy.format.rowHeight !== DEFAULT_ROW_HEIGHT) {
      if (minor(this.apiVersion) < 2) throw new Error('ApiNotFound: rowHeight needs ExcelApi 1.2');
      this.touch(sheet, 'row height');
      for (let row = bounds.top; row <= bounds.bottom; row++) sheet.rowHeights.set(row, proxy.format.rowHeight);
    }
    if (proxy.numberFormat !== undefined && proxy.numberFormat !== proxy.appliedFormat) {
      this.touch(sheet, 'number format');
      this.request += bytes(proxy.numberFormat);
      (proxy.numberFormat as string[][]).forEach((row, i) =>
        row.forEach((format, j) => sheet.numberFormats.set(`${bounds.top + i},${bounds.left + j}`, format)),
      );
      proxy.appliedFormat = proxy.numberFormat;
    }
    if (Array.isArray(proxy.values) && proxy.values !== proxy.modelValues && proxy.values !== proxy.appliedValues) {
      this.touch(sheet, 'values');
      this.request += bytes(proxy.values);
      (proxy.values as unknown[][]).forEach((row, i) =>
        row.forEach((input, j) => {
          const { value, formula } = parseInput(input);
          storeCell(sheet, bounds.top + i, bounds.left + j, value, formula);
        }),
      );
      proxy.appliedValues = proxy.values;
    }
  }
}

/** The minor version of an ExcelApi requirement set: '1.13' → 13. */
function minor(version: string): number {
  return Number(version.split('.')[1]);
}
