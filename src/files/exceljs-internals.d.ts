/**
 * The parts of ExcelJS's own modules the copies use (they ship without
 * typings): `stream-writer.ts`, `annotate-stream.ts` and `splice-copy.ts`.
 */
declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  class WorkbookXform {
    prepare(model: unknown): void;
    toXml(model: unknown): string;
  }
  export = WorkbookXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/row-xform' {
  class RowXform {
    prepare(model: unknown, options: unknown): void;
    toXml(model: unknown): string;
  }
  export = RowXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/print-options-xform' {
  class PrintOptionsXform {
    toXml(model: unknown): string;
  }
  export = PrintOptionsXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/hyperlink-xform' {
  class HyperlinkXform {}
  export = HyperlinkXform;
}

declare module 'exceljs/lib/xlsx/xform/list-xform' {
  class ListXform {
    constructor(options: { tag: string; length: boolean; childXform: unknown });
    toXml(model: unknown): string;
  }
  export = ListXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/sheet-protection-xform' {
  class SheetProtectionXform {
    toXml(model: unknown): string;
  }
  export = SheetProtectionXform;
}

declare module 'exceljs/lib/doc/column' {
  const Column: {
    toModel(columns: unknown): unknown;
    fromModel(worksheet: unknown, cols: unknown): unknown;
  };
  export = Column;
}

declare module 'exceljs/lib/utils/shared-formula' {
  /** The formula `formula` of the cell `from` as it reads when filled to the cell `to`. */
  export function slideFormula(formula: string, from: string, to: string): string;
}

declare module 'exceljs/lib/xlsx/xform/style/dxf-xform' {
  /** A differential format (`<dxf>`) from a style. */
  class DxfXform {
    toXml(model: unknown): string;
  }
  export = DxfXform;
}

declare module 'exceljs/lib/utils/utils' {
  /** Text escaped for XML as ExcelJS writes it (control characters dropped). */
  export function xmlEncode(text: string): string;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  /** ExcelJS's style list; `new StylesXform(true)` starts with its defaults. */
  class StylesXform {
    constructor(initialise?: boolean);
    addStyleModel(style: unknown, type?: number): number;
  }
  export = StylesXform;
}
