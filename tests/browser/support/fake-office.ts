/**
 * A stand-in for office.js in the browser, so the production task pane runs
 * its real Office.js gateway over a given table: `Office.onReady` answers
 * "Excel", `Excel.run` runs the batch against the jest fake workbook
 * (tests/gateway/fake-excel.ts), and the document settings live in it. The
 * table comes from `window.JUNHENG_FAKE_GRID`, set before this script runs;
 * the fake workbook is left on `window.junhengFakeExcel` so a test can read
 * the report sheets the pane wrote. Bundled for the browser by `fake-office-bundle.ts`.
 */
import type { Grid } from '../../../src/core/types';
import { FakeExcel } from '../../gateway/fake-excel';

interface FakeOfficeWindow {
  JUNHENG_FAKE_GRID?: Grid;
  junhengFakeExcel?: FakeExcel;
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
}

const scope = globalThis as unknown as FakeOfficeWindow;
const grid = scope.JUNHENG_FAKE_GRID;
if (grid === undefined) throw new Error('fake office.js: set window.JUNHENG_FAKE_GRID before loading it');
const excel = new FakeExcel({ sheets: [{ grid }] });
const host = excel.host();
const info = { host: 'Excel', platform: 'OfficeOnline' };
scope.junhengFakeExcel = excel;
scope.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  // As office.js: the callback comes after the page's scripts ran, not inside the call.
  onReady: (callback?: (ready: typeof info) => void) => Promise.resolve(info).then((ready) => (callback?.(ready), ready)),
  context: {
    document: { settings: host.settings },
    displayLanguage: host.displayLanguage,
    requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && host.supports(version) },
  },
};
scope.Excel = { run: host.run };

/** The custom functions runtime the shared-runtime page registers its functions with (they are not called here). */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
scope.CustomFunctions = {
  associate: () => undefined,
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
};
