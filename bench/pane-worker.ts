/**
 * The task pane's check in its worker (dist/pane-worker.js) in headless
 * Chromium on a synthetic county: from posting the grid (what runCheck does
 * after the Office.js read) until the whole outcome has arrived, the longest
 * task that held the pane's main thread (cloning the grid out, the outcome's
 * parts in, collecting their garbage), read from a Chromium performance trace
 * as bench/web-trace.ts does. The grid is handed to the page before the trace starts.
 */
import fs from 'fs';
import path from 'path';
import { launchChromium } from '../tests/browser/support/chromium';
import { serveDir } from '../tests/browser/support/serve';
import { syntheticCountyGrid } from '../samples/synthetic-county';
import { maxOf } from '../src/core/arrays';
import { QUALITY_2017 } from '../src/core/rulesets';
import { END_MARK, mainThreadTasks, startTrace } from './web-trace';

/** The page the worker starts from: a file next to the pane, so the pane's own start-up is not traced. */
const PAGE = 'webview-check.js';

export interface PaneWorkerTrace {
  schools: number;
  /** From posting the grid to the last part of the outcome received. */
  seconds: number;
  /** Messages the outcome arrived in. */
  messages: number;
  longestTaskMs: number;
  /** Main-thread tasks over 100 ms. */
  longTasks: number;
}

export async function benchPaneWorker(schools: number, dist: string): Promise<PaneWorkerTrace> {
  if (!fs.existsSync(path.join(dist, 'pane-worker.js'))) throw new Error('dist/pane-worker.js is missing: run "npm run build" first');
  const served = await serveDir(dist);
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.goto(`${served.origin}/${PAGE}`);
    await page.evaluate((request) => Object.assign(window, { benchRequest: request }), { id: 1, grid: syntheticCountyGrid(schools), overrides: {}, ruleset: QUALITY_2017, lang: 'zh' });
    const trace = await startTrace(chromium.context, page);
    const run = await page.evaluate(
      (mark) =>
        new Promise<{ seconds: number; messages: number }>((resolve, reject) => {
          const worker = new Worker('pane-worker.js');
          const start = performance.now();
          let messages = 0;
          worker.onerror = () => reject(new Error('pane-worker.js failed'));
          worker.onmessage = (event: MessageEvent<{ type: string; message?: string }>) => {
            messages++;
            if (event.data.type === 'failed') reject(new Error(event.data.message));
            if (event.data.type !== 'computed') return;
            const seconds = (performance.now() - start) / 1000;
            worker.terminate();
            console.timeStamp(mark);
            resolve({ seconds, messages });
          };
          worker.postMessage((window as unknown as { benchRequest: unknown }).benchRequest);
        }),
      END_MARK,
    );
    const tasks = mainThreadTasks(await trace.stop());
    return { schools, ...run, longestTaskMs: maxOf(tasks, 0), longTasks: tasks.filter((ms) => ms > 100).length };
  } finally {
    await chromium.close();
    await served.close();
  }
}
