/**
 * The order in which the browser tests look for a browser: no system package is
 * needed, because the last candidate on Linux x64 comes from npm.
 */
import { browserCandidates, BrowserNotFound, type Machine } from './support/find-browser';

function machine(overrides: Partial<Machine> = {}): Machine {
  return { env: {}, platform: 'linux', arch: 'x64', exists: () => false, ...overrides };
}

const sources = (m: Machine) => browserCandidates(m).map((c) => c.source);

test('CHROMIUM_PATH wins over everything, and a wrong one is an error rather than a silent fallback', () => {
  const set = machine({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, exists: (p) => p === '/opt/my/chrome' });
  expect(browserCandidates(set)).toEqual([{ kind: 'path', path: '/opt/my/chrome', source: 'CHROMIUM_PATH' }]);
  expect(() => browserCandidates(machine({ env: { CHROMIUM_PATH: '/nowhere' } }))).toThrow(BrowserNotFound);
});

test('an installed Chromium comes first, then Chrome and Edge, then the npm package', () => {
  const debian = machine({ exists: (p) => p === '/usr/bin/chromium' });
  expect(sources(debian)).toEqual([
    'installed Chromium',
    'installed Google Chrome',
    'installed Microsoft Edge',
    'npm package @sparticuz/chromium',
  ]);
  expect(browserCandidates(debian)[0]).toMatchObject({ path: '/usr/bin/chromium' });
});

test('a fresh Linux x64 machine without any browser still has one: the npm package', () => {
  expect(browserCandidates(machine()).map((c) => c.kind)).toEqual(['channel', 'channel', 'sparticuz']);
});

test('the npm package is offered only where its binary runs (Linux x64)', () => {
  for (const other of [machine({ arch: 'arm64' }), machine({ platform: 'darwin', arch: 'arm64' }), machine({ platform: 'win32' })]) {
    expect(browserCandidates(other).some((c) => c.kind === 'sparticuz')).toBe(false);
  }
});
