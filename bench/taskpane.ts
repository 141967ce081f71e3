/**
 * The task pane's costs that users feel: Excel round trips (`context.sync`) per
 * step, counted against office-addin-mock's workbook (the same fake the gateway
 * tests use), and the gzipped size of the scripts each built page loads first.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { FakeExcel } from '../tests/gateway/fake-excel';
import { syntheticCountyGrid } from '../samples/synthetic-county';
import { createOfficeGateway } from '../src/gateway/office';
import { readSheet } from '../src/core/reader';
import { analyze } from '../src/core/analyze';
import { QUALITY_2017 } from '../src/core/rulesets';
import { buildMarkRules, buildReport } from '../src/core/report';
import { buildFindings } from '../src/core/findings';
import { spread, type Spread } from './timing';

type Step = 'read' | 'write' | 'mark' | 'clear';

export async function benchSyncs(schools: number): Promise<Record<Step, { syncs: number; megabytes: number }>> {
  const excel = new FakeExcel({ sheets: [{ grid: syntheticCountyGrid(schools) }] });
  const gateway = createOfficeGateway(excel.host());
  const steps = {} as Record<Step, { syncs: number; megabytes: number }>;
  const measure = async <T>(step: Step, work: () => Promise<T>): Promise<T> => {
    const start = excel.syncs.length;
    const value = await work();
    const syncs = excel.syncs.slice(start);
    const bytes = syncs.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0);
    steps[step] = { syncs: syncs.length, megabytes: bytes / 2 ** 20 };
    return value;
  };
  const { grid } = await measure('read', () => gateway.findTable('sheet'));
  const read = readSheet(grid);
  const result = analyze(read, QUALITY_2017);
  await measure('write', () => gateway.writeReport(buildReport(result, read, QUALITY_2017, 'zh')));
  await measure('mark', () => gateway.applyMarks(buildMarkRules(read, result, QUALITY_2017)));
  await measure('clear', () => gateway.clearMarks());
  return steps;
}

/** The pane's check steps after the read (`runCheck` in src/taskpane/flow.ts). */
export type CheckStepName = 'parse' | 'analyze' | 'findings';

/**
 * How long each pure step of the pane's check holds the thread at `schools`
 * schools, in Node (ms, `runs` runs after one warm-up). The pane runs them in its
 * check worker; where no worker starts it runs each step as one task on its own
 * thread, a freeze of about that length.
 */
export function benchCheckSteps(schools: number, runs: number): Record<CheckStepName, Spread> {
  const grid = syntheticCountyGrid(schools);
  const times: Record<CheckStepName, number[]> = { parse: [], analyze: [], findings: [] };
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    const read = readSheet(grid);
    const t1 = performance.now();
    const result = analyze(read, QUALITY_2017, { lang: 'zh' });
    const t2 = performance.now();
    buildFindings(result, QUALITY_2017);
    const t3 = performance.now();
    if (run === 0) continue;
    times.parse.push(t1 - t0);
    times.analyze.push(t2 - t1);
    times.findings.push(t3 - t2);
  }
  return { parse: spread(times.parse), analyze: spread(times.analyze), findings: spread(times.findings) };
}

export interface BundleSize {
  file: string;
  bytes: number;
  gzipped: number;
}

/** The local scripts a built page loads, in order. */
function pageScripts(dist: string, page: string): string[] {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith('http'));
}

/** Each built page's first scripts with their sizes, gzip level 9 (run `npm run build` first). */
export function bundleSizes(): { page: string; scripts: BundleSize[] }[] | null {
  const dist = path.resolve(__dirname, '../dist');
  const pages = ['taskpane.html', 'pane.html', 'web.html'];
  if (!pages.every((page) => fs.existsSync(path.join(dist, page)))) return null;
  return pages.map((page) => ({
    page,
    scripts: pageScripts(dist, page).map((file) => {
      const bytes = fs.readFileSync(path.join(dist, file));
      return { file, bytes: bytes.length, gzipped: zlib.gzipSync(bytes, { level: 9 }).length };
    }),
  }));
}
