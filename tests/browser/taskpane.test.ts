/**
 * The built task pane in headless Chromium, outside Excel: it must come up in
 * demo mode on the sample county, run the check and show the engine's verdict
 * in a pane-sized window. office.js is requested from Microsoft's CDN, as in
 * production, and served here from node_modules; nothing else leaves the local server.
 */
import { existsSync, mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { sampleCountyGrid } from '../../samples/sample-county';
import { analyze } from '../../src/core/analyze';
import { buildFindings, countLines, countyHeadline } from '../../src/core/findings';
import { formatCv, formatLimit } from '../../src/core/format';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { AnalysisResult } from '../../src/core/types';
import { DIST, ROOT, ensureBuilt } from './support/build';
import { launchChromium, type LaunchedChromium } from './support/chromium';
import { serveDir, type Served } from './support/serve';

jest.setTimeout(240_000);

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = join(ROOT, 'node_modules/@microsoft/office-js/dist');
const ARTIFACTS = join(ROOT, 'tests/artifacts');

let served: Served;
let browser: LaunchedChromium;
let page: Page;
let expected: AnalysisResult;
const officeRequests: string[] = [];
/** Requests to anywhere but the local server and the (locally served) office.js CDN. */
const foreign: string[] = [];
const pageErrors: string[] = [];
/** The workers the page started. */
const workers: string[] = [];

beforeAll(async () => {
  ensureBuilt('pane-worker.js');
  expected = analyze(readSheet(sampleCountyGrid()), QUALITY_2017, { lang: 'zh' });
  served = await serveDir(DIST);
  browser = await launchChromium();
  await browser.context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${served.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      officeRequests.push(url);
      const file = join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) {
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: '' });
    }
    foreign.push(url);
    return route.abort();
  });
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`${served.origin}/taskpane.html`);
  await page.getByText('演示模式').waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test('the page keeps a Content-Security-Policy of self and the office.js CDN', () => {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  // The production build minifies the HTML: attribute quotes may be gone.
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(html).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?/);
});

test('outside Excel it runs in demo mode on the sample county, after loading office.js', async () => {
  expect(officeRequests[0]).toBe(`${OFFICE_CDN}office.js`);
  expect(await page.getByText('未连接 Excel，使用内置示例县数据', { exact: false }).isVisible()).toBe(true);
});

test('finds the table, runs the check and shows the engine’s verdict; the screenshot is saved', async () => {
  await page.getByRole('button', { name: '查找学校表' }).click();
  await page.getByText('已读取 学校办学条件!A1:W46').waitFor();
  await page.getByRole('button', { name: '开始检查' }).click();
  await page.getByText(countyHeadline(expected.verdict, 'zh'), { exact: true }).waitFor({ timeout: 60_000 });
  // The check's pure steps ran in the pane's check worker, off the pane's thread.
  expect(workers).toEqual([`${served.origin}/pane-worker.js`]);
  expect(await page.workers()[0].evaluate(() => typeof self.onmessage)).toBe('function');
  const counts = await page.locator('[data-testid="count-line"]').allTextContents();
  expect(counts).toEqual(countLines(buildFindings(expected, QUALITY_2017).counts, true, 'zh'));

  const junior = expected.sections.junior.indicators['multimedia-rooms'];
  const line = `差异系数 ${formatCv(junior.cv)} / 限值 ${formatLimit(junior.cvLimit)}`;
  expect(await page.getByText(line, { exact: false }).count()).toBeGreaterThan(0);
  expect(await page.getByText('王家湾小学（', { exact: false }).first().isVisible()).toBe(true);

  // The pane brings the results into view and moves focus to them.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('5. 结果');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'taskpane.png') });
  await page.screenshot({ path: join(ARTIFACTS, 'taskpane-full.png'), fullPage: true });
});

test('nothing but office.js was requested from outside, and the page threw no error', () => {
  expect(foreign).toEqual([]);
  expect(pageErrors).toEqual([]);
});
