/**
 * The web page (production build, dist/web.html) in headless Chromium on a
 * synthetic county: how long from choosing the file to the verdict on screen,
 * and the longest task that held the page's main thread meanwhile, read from a
 * Chromium performance trace (the RunTask events of the renderer's main thread).
 * The harness's own work is left out: Playwright's helper script is injected
 * before the trace starts, and tasks after the end mark (the trace's own
 * ending) are not counted.
 */
import fs from 'fs';
import path from 'path';
import { launchChromium } from '../tests/browser/support/chromium';
import { serveDir } from '../tests/browser/support/serve';
import { maxOf } from '../src/core/arrays';
import type { BrowserContext, Page } from 'playwright-core';

export interface WebTrace {
  schools: number;
  browser: string;
  /** From setting the file to the county verdict being shown. */
  verdictSeconds: number;
  longestTaskMs: number;
  /** Main-thread tasks over 100 ms, and their total. */
  longTasks: number;
  longTasksMs: number;
  pageHeightPx: number;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { message?: string } };
}

/** The page's `console.timeStamp` that ends the measured span. */
export const END_MARK = 'junheng-bench-end';

/** Durations (ms) of the tasks run on renderer main threads before the end mark. */
export function mainThreadTasks(events: readonly TraceEvent[]): number[] {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const end = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === END_MARK)?.ts ?? Infinity;
  return events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && e.ts < end).map((e) => (e.dur ?? 0) / 1000);
}

/**
 * Starts a Chromium performance trace of a page (timeline events); `stop`
 * ends it and gives every event collected.
 *
 * @example
 * const trace = await startTrace(context, page);
 * // … the work to measure …
 * const tasks = mainThreadTasks(await trace.stop());
 */
export async function startTrace(context: BrowserContext, page: Page): Promise<{ stop: () => Promise<TraceEvent[]> }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const event of data.value) events.push(event as unknown as TraceEvent);
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  return {
    stop: async () => {
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

export async function benchWebTrace(workbook: string, schools: number, dist: string): Promise<WebTrace> {
  if (!fs.existsSync(path.join(dist, 'web.html'))) throw new Error('dist/web.html is missing: run "npm run build" first');
  const served = await serveDir(dist);
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.goto(`${served.origin}/web.html`);
    // Playwright's helper script goes into the page now, not during the measured span.
    await page.locator('[data-testid="workbook-input"]').waitFor({ state: 'attached' });
    const trace = await startTrace(chromium.context, page);
    const start = Date.now();
    await page.setInputFiles('[data-testid="workbook-input"]', workbook);
    await page.waitForSelector('[data-testid="county-verdict"]', { timeout: 600_000 });
    const verdictSeconds = (Date.now() - start) / 1000;
    await page.waitForTimeout(1000); // whatever the page draws after the verdict
    await page.evaluate((mark) => console.timeStamp(mark), END_MARK);
    const tasks = mainThreadTasks(await trace.stop());
    const long = tasks.filter((ms) => ms > 100);
    return {
      schools,
      // The document names which browser ran, not where it lies on this machine.
      browser: chromium.browser.replace(/ \([^)]*\)$/, ''),
      verdictSeconds,
      longestTaskMs: maxOf(tasks, 0),
      longTasks: long.length,
      longTasksMs: long.reduce((sum, ms) => sum + ms, 0),
      pageHeightPx: await page.evaluate(() => document.documentElement.scrollHeight),
    };
  } finally {
    await chromium.close();
    await served.close();
  }
}
