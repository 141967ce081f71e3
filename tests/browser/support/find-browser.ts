/**
 * Which browser the browser tests drive, found without system packages:
 *
 * 1. `CHROMIUM_PATH`, when set (it must exist: a wrong path is an error, not a fallback);
 * 2. an installed Chromium at its usual place (Debian/Ubuntu, snap, Homebrew);
 * 3. an installed Google Chrome or Microsoft Edge, through playwright-core's channels;
 * 4. on Linux x64, the Chromium shipped inside the npm package `@sparticuz/chromium`
 *    (a devDependency: `npm install` brings it like any package; it unpacks to the
 *    temp directory on first use, about 15 s, then starts in about 3 s).
 *
 * The candidates are a pure list so the order can be tested; `launch` in
 * `chromium.ts` tries them in turn.
 */
import { arch as osArch, platform as osPlatform } from 'os';

/** One way to get a browser, in the order tried. */
export type BrowserCandidate =
  | { kind: 'path'; path: string; source: string }
  | { kind: 'channel'; channel: 'chrome' | 'msedge'; source: string }
  | { kind: 'sparticuz'; source: string };

/** Usual places of a Chromium installed by the system's package manager. */
export const SYSTEM_CHROMIUM: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

export interface Machine {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  exists: (path: string) => boolean;
}

/** Thrown when CHROMIUM_PATH names a file that is not there. */
export class BrowserNotFound extends Error {}

/**
 * The browsers to try, best first.
 *
 * @example
 * browserCandidates({ env: {}, platform: 'linux', arch: 'x64', exists: () => false }).map((c) => c.kind);
 * // ['channel', 'channel', 'sparticuz']
 */
export function browserCandidates(machine: Machine): BrowserCandidate[] {
  const explicit = machine.env.CHROMIUM_PATH;
  if (explicit !== undefined && explicit !== '') {
    if (!machine.exists(explicit)) throw new BrowserNotFound(`CHROMIUM_PATH=${explicit} does not exist: fix it or unset it`);
    return [{ kind: 'path', path: explicit, source: 'CHROMIUM_PATH' }];
  }
  const installed = (SYSTEM_CHROMIUM[machine.platform] ?? [])
    .filter((path) => machine.exists(path))
    .map((path): BrowserCandidate => ({ kind: 'path', path, source: 'installed Chromium' }));
  const channels: BrowserCandidate[] = [
    { kind: 'channel', channel: 'chrome', source: 'installed Google Chrome' },
    { kind: 'channel', channel: 'msedge', source: 'installed Microsoft Edge' },
  ];
  const bundled: BrowserCandidate[] =
    machine.platform === 'linux' && machine.arch === 'x64'
      ? [{ kind: 'sparticuz', source: 'npm package @sparticuz/chromium' }]
      : [];
  return [...installed, ...channels, ...bundled];
}

/**
 * This machine, for `browserCandidates`.
 *
 * @example
 * browserCandidates(thisMachine(existsSync));
 */
export function thisMachine(exists: (path: string) => boolean): Machine {
  return { env: process.env, platform: osPlatform(), arch: osArch(), exists };
}
