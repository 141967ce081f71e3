/**
 * Debian's Chromium, driven by playwright-core (npm browser downloads do not work
 * here; `.ci/run` installs the `chromium` package when it is missing). Headless,
 * with a fresh profile and no background traffic, so a test sees only the
 * requests its page makes.
 */
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian puts Chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
  /** Closes the browser and removes its temporary profile. */
  close: () => Promise<void>;
}

/**
 * Starts headless Chromium with a fresh temporary profile (`--user-data-dir`).
 * Throws a plain message when Chromium is not installed.
 *
 * @example
 * const { context, close } = await launchChromium();
 * const page = await context.newPage();
 * await close();
 */
export async function launchChromium(options: { acceptDownloads?: boolean } = {}): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'junheng-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: options.acceptDownloads ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
