/**
 * Headless Chromium driven by playwright-core, with a fresh profile and no
 * background traffic, so a test sees only the requests its page makes. Which
 * browser is found by `find-browser.ts`: CHROMIUM_PATH, an installed Chromium,
 * Chrome or Edge, else the Chromium inside the npm package `@sparticuz/chromium`.
 * No system package is needed. The system's fonts are used (fontconfig as the
 * machine has it), so Chinese text in screenshots is readable wherever a CJK
 * font is installed.
 */
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext } from 'playwright-core';
import { browserCandidates, thisMachine, type BrowserCandidate } from './find-browser';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedChromium {
  context: BrowserContext;
  /** Which browser runs, e.g. 'npm package @sparticuz/chromium'. */
  browser: string;
  /** Closes the browser and removes its temporary profile. */
  close: () => Promise<void>;
}

type LaunchOptions = Parameters<typeof chromium.launchPersistentContext>[1];

/** The launch options of a candidate, or null when it is not on this machine. */
async function optionsFor(candidate: BrowserCandidate): Promise<{ options: LaunchOptions; where: string } | null> {
  switch (candidate.kind) {
    case 'path':
      return { options: { executablePath: candidate.path }, where: candidate.path };
    case 'channel':
      return { options: { channel: candidate.channel }, where: candidate.channel };
    case 'sparticuz': {
      // Unpacks the brotli-packed binary into the temp directory once; later calls reuse it.
      const { default: bundled } = await import('@sparticuz/chromium');
      const path = await bundled.executablePath();
      return existsSync(path) ? { options: { executablePath: path }, where: path } : null;
    }
  }
}

/** playwright-core's error for a channel whose browser is not installed. */
function notInstalled(error: unknown): boolean {
  return error instanceof Error && /is not found|not found at|executable doesn't exist/i.test(error.message);
}

/**
 * Starts headless Chromium with a fresh temporary profile (`--user-data-dir`),
 * trying the browsers of `find-browser.ts` in order. Throws a plain message when none works.
 *
 * @example
 * const { context, browser, close } = await launchChromium();
 * const page = await context.newPage();
 * await close();
 */
export async function launchChromium(options: { acceptDownloads?: boolean } = {}): Promise<LaunchedChromium> {
  const tried: string[] = [];
  for (const candidate of browserCandidates(thisMachine(existsSync))) {
    const found = await optionsFor(candidate);
    if (found === null) {
      tried.push(candidate.source);
      continue;
    }
    const profile = mkdtempSync(join(tmpdir(), 'junheng-chromium-'));
    try {
      const context = await chromium.launchPersistentContext(profile, {
        ...found.options,
        headless: true,
        args: CHROMIUM_ARGS,
        acceptDownloads: options.acceptDownloads ?? true,
        viewport: { width: 1280, height: 900 },
        locale: 'zh-CN',
      });
      const browser = `${candidate.source} (${found.where})`;
      process.stderr.write(`browser tests run in: ${browser}\n`);
      return {
        context,
        browser,
        close: async () => {
          await context.close();
          rmSync(profile, { recursive: true, force: true });
        },
      };
    } catch (error) {
      rmSync(profile, { recursive: true, force: true });
      if (candidate.kind !== 'channel' || !notInstalled(error)) throw error;
      tried.push(candidate.source);
    }
  }
  throw new Error(
    `No browser found for the browser tests (tried: ${tried.join(', ')}). Set CHROMIUM_PATH to a Chromium, Chrome or Edge executable.`,
  );
}
