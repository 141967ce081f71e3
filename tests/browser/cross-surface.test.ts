/**
 * One verdict, told the same way on every surface (issue 9), in a real browser:
 * for the sample county and the fixtures of `CROSS_SURFACE_CASES`, the built web
 * page (the workbook chosen in its file input, the ruleset in its dropdown) and
 * the built task pane (running its real Office.js gateway over a fake office.js
 * that holds the table, see support/fake-office.ts) show what the command line's
 * `--json` document means — the verdict and its three parts, the counts, the
 * suggestion and every list whole — and the command line's text and the report
 * sheets the pane writes say the same. One Chromium for all; the web page is
 * loaded once, the pane once per table.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { buildFindings } from '../../src/core/findings';
import { localize } from '../../src/core/present';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { Grid } from '../../src/core/types';
import { CROSS_SURFACE_CASES } from '../findings/counties';
import {
  cliOn,
  documentMeaning,
  meaningOf,
  missingFromSheets,
  missingFromText,
  shownMeaning,
  xlsxOf,
  type CliRun,
  type Meaning,
} from '../findings/surface-meaning';
import { ROOT, DIST, ensureBuilt } from './support/build';
import { launchChromium, type LaunchedChromium } from './support/chromium';
import { fakeOfficeScript } from './support/fake-office-bundle';
import { readShown } from './support/read-shown';
import { serveDir, type Served } from './support/serve';

jest.setTimeout(180_000);

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ARTIFACTS = join(ROOT, 'tests/artifacts/cross-surface');

let served: Served;
let browser: LaunchedChromium;
let web: Page;
let pane: Page;
/** The table the fake office.js holds for the next pane load. */
let paneGrid: Grid | null = null;
/** Requests to anywhere but the local server and office.js (there must be none). */
const foreign: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureBuilt('web.html');
  ensureBuilt('taskpane.html');
  mkdirSync(ARTIFACTS, { recursive: true });
  served = await serveDir(DIST);
  browser = await launchChromium();
  await browser.context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${served.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (url === OFFICE_JS && paneGrid !== null) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'cache-control': 'no-store' }, body: fakeOfficeScript(paneGrid) });
    }
    foreign.push(url);
    return route.abort();
  });
  web = await browser.context.newPage();
  pane = await browser.context.newPage();
  await pane.setViewportSize({ width: 360, height: 900 });
  for (const page of [web, pane]) {
    // A loaded machine (2 cores, other jobs) reads and analyses slowly: wait up to a minute for each step.
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }
  await web.goto(`${served.origin}/web.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** A file name for the screenshots. */
function slug(index: number, name: string): string {
  return `${index + 1}-${name.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '')}`;
}

/** The web page: the ruleset in its dropdown, then the workbook in its file input; waits for this file's verdict. */
async function showOnWeb(file: string, bytes: Uint8Array, rulesetId: string): Promise<void> {
  await web.selectOption('[data-testid="ruleset-select"]', rulesetId);
  await web.waitForSelector('[data-testid="run-progress"]', { state: 'detached' });
  await web.setInputFiles('[data-testid="workbook-input"]', { name: file, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
  await web.getByText(file, { exact: true }).waitFor();
  await web.waitForSelector('[data-testid="county-verdict"]');
  await web.waitForSelector('[data-testid="run-progress"]', { state: 'detached' });
}

/** The task pane over a workbook holding `grid`: find the table, choose the ruleset, run the check. */
async function showOnPane(grid: Grid, rulesetName: string, isDefault: boolean): Promise<void> {
  paneGrid = grid;
  await pane.goto(`${served.origin}/taskpane.html`);
  await pane.getByRole('button', { name: '查找学校表' }).click();
  await pane.getByText('已读取 ', { exact: false }).first().waitFor();
  if (!isDefault) {
    await pane.getByRole('combobox', { name: '评估规则' }).click();
    await pane.getByRole('option', { name: rulesetName }).click();
  }
  await pane.getByRole('button', { name: '开始检查' }).click();
  await pane.waitForSelector('[data-testid="county-verdict"]');
}

/** Writes the report sheets from the pane and reads them back from the fake workbook: name → text. */
async function paneReportSheets(): Promise<Map<string, string>> {
  await pane.getByRole('button', { name: '写入报告工作表' }).click();
  await pane.getByText('已写入 ', { exact: false }).first().waitFor();
  const sheets = await pane.evaluate(() => {
    const excel = (window as unknown as { junhengFakeExcel: { sheets: { name: string; user: boolean; values: unknown[][] }[] } }).junhengFakeExcel;
    return excel.sheets.filter((sheet) => !sheet.user).map((sheet) => [sheet.name, sheet.values.map((row) => row.map((v) => String(v ?? '')).join('\t')).join('\n')] as [string, string]);
  });
  return new Map(sheets);
}

describe.each(CROSS_SURFACE_CASES.map((c, i) => [...c, i] as const))('%s', (name, makeGrid, ruleset, index) => {
  const grid = makeGrid();
  const file = `${slug(index, name)}.xlsx`;
  const result = analyze(readSheet(grid), ruleset);
  const core: Meaning = meaningOf(result, buildFindings(result, ruleset));
  /** A table without a school row: the command line refuses it (exit 1, one sentence); the pages say undecided. */
  const nothingToAnalyse = result.summary.schools === 0 && result.schools.length === 0;
  let bytes: Uint8Array;
  let json: CliRun;
  let text: CliRun;

  beforeAll(async () => {
    bytes = await xlsxOf(grid);
    json = await cliOn(bytes, file, ['--json', '--ruleset', ruleset.id, '--lang', 'zh']);
    text = await cliOn(bytes, file, ['--ruleset', ruleset.id, '--lang', 'zh']);
  });

  test('the command line: its --json document means what the engine found, and its text says it', () => {
    if (nothingToAnalyse) {
      expect(core.verdict.status).toBe('undecided');
      expect([json.status, text.status]).toEqual([1, 1]);
      expect(text.stderr).not.toMatch(/达标|通过/);
      return;
    }
    expect(documentMeaning(JSON.parse(json.stdout))).toEqual(core);
    expect(missingFromText(text.stdout, shownMeaning(core, ruleset, 'cli', 'zh'), core.excluded)).toEqual([]);
  });

  test('the web page shows the same verdict, counts and lists', async () => {
    await showOnWeb(file, bytes, ruleset.id);
    await web.screenshot({ path: join(ARTIFACTS, `${slug(index, name)}-web.png`), fullPage: true });
    expect(await readShown(web)).toEqual(shownMeaning(core, ruleset, 'web', 'zh'));
  });

  test('the task pane shows the same, and the report sheets it writes say it', async () => {
    await showOnPane(grid, localize(ruleset.name, 'zh'), ruleset.id === QUALITY_2017.id);
    await pane.screenshot({ path: join(ARTIFACTS, `${slug(index, name)}-pane.png`), fullPage: true });
    expect(await readShown(pane)).toEqual(shownMeaning(core, ruleset, 'pane', 'zh'));
    if (nothingToAnalyse) return;
    expect(missingFromSheets(await paneReportSheets(), core, ruleset)).toEqual([]);
  });
});

describe('after every table', () => {
  test('nothing was requested from outside, and no page threw', () => {
    expect(served.requests).toContain('/web.js');
    expect(served.requests).toContain('/taskpane.js');
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
