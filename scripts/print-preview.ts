/**
 * `npm run print-preview -- <copy.xlsx> [--out <dir>] [--dpi <n>]`: renders the
 * report sheets of an annotated copy as a clerk would print them — one PNG per
 * page, named by sheet (`schools-1.png`, …) — with LibreOffice headless (Debian:
 * `apt-get install libreoffice-calc-nogui poppler-utils fonts-noto-cjk`), and
 * prints the page count of each sheet. Not part of `npm test`.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join, resolve } from 'path';
import { LABELS, reportSheetName, type ReportSheetKey } from '../src/core/report';
import { SHEET_NAMES } from '../src/core/report/labels';
import type { L10n } from '../src/core/types';

const KEYS: ReportSheetKey[] = ['schools', 'county', 'ledger', 'exclusions'];

function fail(text: string): never {
  process.stderr.write(`${text}\n`);
  process.exit(1);
}

function run(command: string, args: string[]): string {
  const done = spawnSync(command, args, { encoding: 'utf8' });
  if (done.error !== undefined || done.status !== 0) {
    fail(`${command} ${args.join(' ')} 失败 / failed: ${done.error?.message ?? done.stderr}`);
  }
  return done.stdout;
}

function hasCommand(command: string, versionFlag: string): boolean {
  return spawnSync(command, [versionFlag], { encoding: 'utf8' }).status === 0;
}

/** The title each report sheet prints in its page header, in both languages. */
const TITLES: Record<ReportSheetKey, L10n> = {
  schools: LABELS.schoolsTitle,
  county: LABELS.countyTitle,
  ledger: LABELS.ledgerTitle,
  exclusions: LABELS.exclusionsTitle,
  progress: SHEET_NAMES.progress,
  plan: SHEET_NAMES.plan,
};

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The report sheet a printed page belongs to, found by the title in its page
 * header; null for pages of the user's own sheets.
 */
function sheetOfPage(text: string): ReportSheetKey | null {
  const page = squeeze(text);
  return KEYS.find((key) => page.includes(squeeze(TITLES[key].zh)) || page.includes(squeeze(TITLES[key].en))) ?? null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(name);
    if (at < 0) return fallback;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
  };
  const out = resolve(option('--out', 'print-preview'));
  const dpi = option('--dpi', '100');
  const [copy] = args;
  if (copy === undefined) fail('用法 / usage: npm run print-preview -- <副本.xlsx> [--out 目录] [--dpi 100]');
  if (!hasCommand('soffice', '--version')) {
    fail('没有找到 LibreOffice（soffice）。请先安装：apt-get install libreoffice-calc-nogui fonts-noto-cjk / LibreOffice not found: install libreoffice-calc-nogui.');
  }
  if (!hasCommand('pdftoppm', '-v') || !hasCommand('pdftotext', '-v')) fail('没有找到 pdftoppm。请先安装：apt-get install poppler-utils / pdftoppm not found: install poppler-utils.');

  const work = mkdtempSync(join(tmpdir(), 'junheng-print-'));
  try {
    // The copy as it is (ExcelJS would drop its page breaks when re-saving), in
    // a LibreOffice profile of its own so a running LibreOffice does not swallow the job.
    const source = join(work, 'copy.xlsx');
    writeFileSync(source, readFileSync(resolve(copy)));
    run('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, source]);
    const pdf = join(work, 'copy.pdf');
    const pages = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']).split('\f').map(sheetOfPage);
    mkdirSync(out, { recursive: true });
    for (const old of readdirSync(out)) if (/\.(png|pdf)$/.test(old)) rmSync(join(out, old));
    const lines: string[] = [];
    for (const key of KEYS) {
      const numbers = pages.flatMap((sheet, i) => (sheet === key ? [i + 1] : []));
      if (numbers.length === 0) continue;
      numbers.forEach((page, i) =>
        run('pdftoppm', ['-r', dpi, '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(out, `${key}-${i + 1}`)]),
      );
      lines.push(`${reportSheetName(key, 'zh')}\t${numbers.length} 页 / pages`);
    }
    if (lines.length === 0) fail(`“${basename(copy)}”里没有报告表（均衡-…）/ no report sheets in the copy.`);
    writeFileSync(join(out, 'pages.txt'), `${lines.join('\n')}\n`);
    process.stdout.write(`${lines.join('\n')}\n已写出 / written: ${out}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
