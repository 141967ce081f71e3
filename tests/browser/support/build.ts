/**
 * The browser tests run against the production build in dist/. After a fresh
 * `npm install` there is none yet: build it once (about a minute) rather than fail.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '../../..');
export const DIST = join(ROOT, 'dist');

/**
 * Builds dist/ with webpack (production) when `file` (e.g. 'web.html') is missing.
 *
 * @example
 * ensureBuilt('web.html'); // dist/web.html exists afterwards
 */
export function ensureBuilt(file: string): void {
  if (existsSync(join(DIST, file))) return;
  process.stderr.write(`dist/${file} is missing: running "npm run build" first\n`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(join(DIST, file))) throw new Error(`the build did not produce dist/${file}`);
}
