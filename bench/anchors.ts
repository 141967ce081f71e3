/**
 * What users would otherwise run, found on this machine: Python with pandas and
 * openpyxl, LibreOffice (`soffice`), and ExcelJS alone. Each is either a command
 * to run or a note saying why it is skipped.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';

export type Found = { command: string; note: string } | { command: null; note: string };

/** The first Python that imports pandas and openpyxl (PYTHON, python3, /usr/bin/python3). */
export function findPandas(): Found {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => Boolean(c));
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import pandas, openpyxl; print(pandas.__version__, openpyxl.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) {
      const [pandas, openpyxl] = probe.stdout.trim().split(' ');
      return { command: python, note: `pandas ${pandas}, openpyxl ${openpyxl} (${python})` };
    }
  }
  return { command: null, note: `skipped: no Python with pandas and openpyxl (tried ${candidates.join(', ')}; e.g. apt-get install python3-pandas python3-openpyxl)` };
}

/** LibreOffice's `soffice`, when installed. */
export function findSoffice(): Found {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.status === 0) return { command: 'soffice', note: probe.stdout.trim().split('\n')[0] };
  return { command: null, note: 'skipped: LibreOffice (soffice) is not installed' };
}

/** Arguments of a headless open + save into `outDir`, with a private profile in `profileDir`. */
export function sofficeArgs(input: string, outDir: string, profileDir: string): string[] {
  return [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, input];
}

/** Bundles bench/exceljs-alone.ts into `dir` (esbuild, as scripts/build-cli.js bundles the command line). */
export function bundleExcelJsAlone(dir: string): string {
  const outfile = path.join(dir, 'exceljs-alone.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'exceljs-alone.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  if (!fs.existsSync(outfile)) throw new Error('could not bundle bench/exceljs-alone.ts');
  return outfile;
}
