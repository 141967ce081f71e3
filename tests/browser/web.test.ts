/**
 * The built web page in headless Chromium: load the sample workbook, check the
 * verdict against the engine, download the annotated copy and check its report
 * sheets, and make sure no request leaves the local server.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { buildFindings, countLines, countyHeadline } from '../../src/core/findings';
import { formatCv } from '../../src/core/format';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { buildReport, reportSheetName } from '../../src/core/report';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { AnalysisResult } from '../../src/core/types';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { DIST, ROOT, ensureBuilt } from './support/build';
import { launchChromium, type LaunchedChromium } from './support/chromium';
import { serveDir, type Served } from './support/serve';

jest.setTimeout(240_000);

const SAMPLE = join(ROOT, 'samples/示例县义务教育学校办学条件.xlsx');
const ARTIFACTS = join(ROOT, 'tests/artifacts');

let served: Served;
let browser: LaunchedChromium;
let page: Page;
let expected: AnalysisResult;
/** Requests to anywhere but the local server (there must be none). */
const foreign: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  ensureBuilt('web.html');
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const grids = await readWorkbookBytes(bytes, 'sample.xlsx');
  expected = analyze(readSheet(grids[findSchoolSheet(grids)]), QUALITY_2017, { lang: 'zh' });

  served = await serveDir(DIST);
  browser = await launchChromium();
  await browser.context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${served.origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${served.origin}/web.html`);
  await page.setInputFiles('[data-testid="workbook-input"]', SAMPLE);
  await page.waitForSelector('[data-testid="county-verdict"]', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test('shows the engine’s county verdict and CVs for the sample', async () => {
  const verdict = await page.getAttribute('[data-testid="county-verdict"]', 'data-status');
  expect(verdict).toBe(expected.verdict.status);
  expect(await page.textContent('[data-testid="county-verdict"]')).toContain(countyHeadline(expected.verdict, 'zh'));
  const counts = await page.locator('[data-testid="count-line"]').allTextContents();
  expect(counts).toEqual(countLines(buildFindings(expected, QUALITY_2017).counts, true, 'zh'));
  for (const section of ['primary', 'junior'] as const) {
    const shown = await page.getAttribute(`[data-testid="verdict-${section}"]`, 'data-status');
    expect(shown).toBe(expected.sections[section].verdict?.status);
    for (const def of QUALITY_2017.indicators) {
      const text = await page.textContent(`[data-testid="cv-${section}-${def.id}"]`);
      expect(text).toBe(formatCv(expected.sections[section].indicators[def.id].cv));
    }
  }
  const failing = await page.locator('[data-testid="failing-school"]').allTextContents();
  expect(failing.some((text) => text.includes('王家湾小学'))).toBe(true);
  expect(failing.some((text) => text.includes('北坪乡初级中学'))).toBe(true);
});

test('downloads the annotated workbook with the report sheets and the engine’s numbers', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
  expect(download.suggestedFilename()).toBe('示例县义务教育学校办学条件-均衡分析.xlsx');
  const bytes = readFileSync((await download.path()) as string);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const names = workbook.worksheets.map((sheet) => sheet.name);
  const keys = ['schools', 'county', 'ledger', 'exclusions'] as const;
  expect(names).toEqual(['学校办学条件', ...keys.map((key) => reportSheetName(key, 'zh'))]);
  const county = workbook.getWorksheet(reportSheetName('county', 'zh')) as ExcelJS.Worksheet;
  // The report built from the engine's result says where each CV sits.
  const grids = await readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE)), 'sample.xlsx');
  const read = readSheet(grids[findSchoolSheet(grids)]);
  const report = buildReport(expected, read, QUALITY_2017, 'zh');
  for (const chart of report.charts) {
    for (const bar of chart.bars) {
      expect(county.getCell(bar.row, 4).value).toBe(expected.sections[chart.section].indicators[bar.indicator].cv);
    }
  }
});

test('makes no request beyond the local server, and logs no errors', async () => {
  expect(foreign).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(served.requests).toContain('/web.js');
});

test('saves screenshots for people to look at, in Chinese and in English', async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'web.png'), fullPage: true });
  await page.click('button:has-text("English")');
  await page.waitForSelector('text=County verdict');
  await page.screenshot({ path: join(ARTIFACTS, 'web-en.png'), fullPage: true });
});
