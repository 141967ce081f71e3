/**
 * The built web page opened from disk (file://, as by a double-click on
 * dist/web.html) in headless Chromium. Chromium refuses a worker started from a
 * file there, so the page starts the same worker from a blob: URL of its text
 * (web-worker-source.js): the analysis still runs off the page's thread.
 */
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { countyHeadline } from '../../src/core/findings';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { readFileSync } from 'fs';
import { DIST, ROOT, ensureBuilt } from './support/build';
import { launchChromium, type LaunchedChromium } from './support/chromium';

jest.setTimeout(240_000);

const SAMPLE = join(ROOT, 'samples/示例县义务教育学校办学条件.xlsx');

let browser: LaunchedChromium;
let page: Page;
const workers: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  ensureBuilt('web.html');
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(join(DIST, 'web.html')).href);
  await page.setInputFiles('[data-testid="workbook-input"]', SAMPLE);
  await page.waitForSelector('[data-testid="county-verdict"]', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
});

test('opened from file://, the page analyses in a worker started from a blob: URL and shows the engine’s verdict', async () => {
  const grids = await readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE)), 'sample.xlsx');
  const expected = analyze(readSheet(grids[findSchoolSheet(grids)]), QUALITY_2017, { lang: 'zh' });
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(/^blob:/);
  expect(await page.textContent('[data-testid="county-verdict"]')).toContain(countyHeadline(expected.verdict, 'zh'));
  expect(errors).toEqual([]);
});
