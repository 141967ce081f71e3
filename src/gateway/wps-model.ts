/**
 * The part of WPS 表格's object model the WPS gateway uses, typed the way it
 * behaves. WPS's own declarations (npm `wps-jsapi`, `src/lib.et.d.ts`) name
 * these members but type every method as returning `void`; the return types
 * here follow the Excel VBA object model that WPS 表格 mirrors (1-based `Cells`
 * and `Item`, `Value2` as a 2-D array for a block and a bare value for one
 * cell). docs/WPS.md lists where each behaviour is documented and which ones
 * only a real WPS 表格 can confirm.
 */

export interface EtFont {
  Bold: boolean;
  Italic: boolean;
  Size: number;
  /** BGR as a number, as in VBA (`wpsColor`). */
  Color: number;
}

export interface EtInterior {
  Color: number;
}

export interface EtBorders {
  /** `xlContinuous` draws every edge of every cell of the range. */
  LineStyle: number;
}

export interface EtFormatCondition {
  /** `xlExpression` for a formula rule. */
  readonly Type: number;
  /** The formula as stored, with its leading '='. */
  readonly Formula1: string;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  /** Moves the rule to the end of the sheet's priority order. */
  SetLastPriority(): void;
  Delete(): void;
}

export interface EtFormatConditions {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtFormatCondition;
  /** `Add(xlExpression, undefined, '=formula')` returns the new rule. */
  Add(type: number, operator?: unknown, formula1?: string): EtFormatCondition;
}

export interface EtListObject {
  readonly Name: string;
  readonly Range: EtRange;
}

export interface EtListObjects {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtListObject;
}

export interface EtAreas {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtRange;
}

export interface EtRange {
  /** 'A1:T40' with `Address(false, false)`, without the sheet. */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  /** First row and column, 1-based. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Areas: EtAreas;
  readonly Worksheet: EtWorksheet;
  /** A 2-D array (rows of columns, 0-based in JS) for a block; a bare value for a single cell; undefined for an empty cell. */
  Value2: unknown;
  NumberFormat: unknown;
  /** true when every cell is merged, false when none is, null when some are. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  /** The Excel table (超级表) the range's first cell is in, or null. */
  readonly ListObject: EtListObject | null | undefined;
  readonly FormatConditions: EtFormatConditions;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Borders: EtBorders;
  WrapText: boolean;
  HorizontalAlignment: number;
  /** In characters of the default font, as in Excel. */
  ColumnWidth: number;
  Merge(): void;
  Select(): void;
  AddComment(text: string): unknown;
}

export interface EtWorksheet {
  Name: string;
  /** `xlSheetVisible` (-1), `xlSheetHidden` (0) or `xlSheetVeryHidden` (2). */
  Visible: number;
  readonly UsedRange: EtRange;
  /** The whole sheet's cells. */
  readonly Cells: EtRange;
  /** 'A1:T40' on this sheet. */
  Range(a1: string): EtRange;
  readonly ListObjects: EtListObjects;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index, or a sheet name. */
  Item(index: number | string): EtWorksheet;
  /** `Add(undefined, after)` adds a sheet after `after` and returns it. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet;
  /** The selected cells (a Range) when cells are selected. */
  readonly Selection: EtRange | null;
  readonly ActiveWindow: EtWindow;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
  /** `xlCalculationManual` (-4135) or `xlCalculationAutomatic` (-4105). */
  Calculation: number;
}

/** XlFormatConditionType.xlExpression (wps-jsapi lib.et.d.ts: `xlExpression=2`). */
export const XL_EXPRESSION = 2;
/** XlCalculation.xlCalculationManual. */
export const XL_CALCULATION_MANUAL = -4135;
/** XlLineStyle.xlContinuous. */
export const XL_CONTINUOUS = 1;
/** XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
/** XlHAlign. */
export const XL_ALIGN = { left: -4131, center: -4108, right: -4152 } as const;

/**
 * A colour 'RRGGBB' as the object model's `Color` number, which is BGR:
 * red + green × 256 + blue × 65536.
 *
 * @example
 * wpsColor('C00000'); // 192
 * wpsColor('D9E1F2'); // 15917529
 */
export function wpsColor(hex: string): number {
  const rgb = Number.parseInt(hex, 16);
  const red = (rgb >> 16) & 0xff;
  const green = (rgb >> 8) & 0xff;
  const blue = rgb & 0xff;
  return red + green * 256 + blue * 65536;
}
