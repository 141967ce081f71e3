/**
 * The annotated copy spliced into the user's own package: every part of the
 * user's workbook is copied as stored (never inflated, never re-encoded),
 * except the marked sheets, whose text after `</sheetData>` gets the marks
 * (`splice-marks.ts`), styles.xml, which gets the marks' and the report's
 * formats appended (`splice-styles.ts`), and workbook.xml, its relationships
 * and the content types, which get the report sheets (`splice-workbook.ts`).
 * The report sheets are written by the existing code (`splice-report.ts`).
 * ExcelJS never loads the user's sheets, so a 200 000-school workbook costs
 * one inflate and deflate of the marked sheet. A workbook the splice does not
 * take is named up front (`SpliceObstacle`) and copied by the ExcelJS path.
 * Node only.
 */
import DxfXform from 'exceljs/lib/xlsx/xform/style/dxf-xform';
import { inflateRawSync } from 'zlib';
import { inSteps, isReportSheetName, MARK_STYLES, type MarkLevel, type MarkRule, type Report, type ReportInSteps } from '../core/report';
import type { Message } from '../core/types';
import { markStyle } from './annotate';
import { sniffFormat } from './read-workbook';
import { REPORT_MARK } from './report-mark';
import { markedTail } from './splice-marks';
import { writeReportParts } from './splice-report';
import { mergedStyles, userStyleCounts, type UserStyleCounts } from './splice-styles';
import {
  freeRelIds,
  graftContentTypes,
  graftRelationships,
  graftWorkbook,
  relationshipTargets,
  reportWorkbook,
  workbookFacts,
  type AddedSheet,
  type WorkbookFacts,
} from './splice-workbook';
import { XLSX_LIMITS } from './xlsx-bounded';
import { EntryTooLargeError, inflateEntry, readZipEntries, type ZipEntry } from './zip-entries';
import { deflatedPart, DeflatingPart, ZipWriter } from './zip-write';

/**
 * Why a workbook is copied by the ExcelJS path instead of spliced: a CSV file
 * (no package to splice), a package laid out or written in a way the splice
 * does not read (Strict OOXML, namespace prefixes, ZIP64, parts elsewhere),
 * report sheets of an earlier run to replace, or numbers the file stores as
 * NaN or Infinity (which Excel refuses; the ExcelJS path writes them as text).
 */
export type SpliceObstacle = 'csv' | 'package' | 'earlierReports' | 'nonFinite';

/** Worksheet parts inflate to at most this (the reader's bound). */
const SHEET_BYTES = XLSX_LIMITS.partBytes;
const SMALL_BYTES = XLSX_LIMITS.smallPartBytes;
/** Bytes of a sheet part scanned at once for non-finite numbers. */
const SCAN_PIECE = 8 << 20;

/** What the splice found in the user's package, once the package is known to be one it takes. */
interface SplicePlan {
  entries: ZipEntry[];
  byPath: Map<string, ZipEntry>;
  facts: WorkbookFacts;
  counts: UserStyleCounts;
  /** Paths of the small parts the copy rewrites. */
  paths: { contentTypes: string; workbook: string; workbookRels: string; styles: string };
  texts: { contentTypes: string; workbook: string; workbookRels: string; styles: string };
  /** Marked sheet part → its inflated text and its marks. */
  marked: Map<string, { xml: Buffer; marks: MarkRule[] }>;
}

function text(entry: ZipEntry): string {
  return inflateEntry(entry, SMALL_BYTES).toString('utf8');
}

/** A part path from a target relative to `xl/` (or absolute). */
function xlPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/**
 * Whether a sheet part stores a number Excel cannot open (NaN, Infinity, 1e309):
 * a `<v>` starting with a letter, or with an exponent past 308. Cached text
 * results of formulas in ASCII letters count too (the ExcelJS path then copies
 * the workbook, which is only slower).
 */
function storesNonFinite(xml: Buffer): boolean {
  const suspicious = /<v>\s*[+-]?(?:[A-Za-z]|[\d.]*[eE]\+?\d{3,}[^<]*<)/g;
  for (let at = 0; at < xml.length; at += SCAN_PIECE) {
    const piece = xml.toString('latin1', at, Math.min(xml.length, at + SCAN_PIECE + 64));
    for (const match of piece.matchAll(suspicious)) {
      const value = piece.slice(match.index + 3, piece.indexOf('<', match.index + 3));
      if (!Number.isFinite(parseFloat(value))) return true;
    }
  }
  return false;
}

/** The user's package as the splice needs it, or why it is not spliced. */
function planSplice(input: Uint8Array, report: Pick<ReportInSteps, 'names'>, marks: MarkRule[]): SplicePlan | SpliceObstacle {
  if (sniffFormat(input) !== 'xlsx') return 'csv';
  const entries = readZipEntries(input);
  if (entries === null) return 'package';
  const byPath = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  const find = (path: string): ZipEntry | undefined => byPath.get(path.toLowerCase());
  try {
    const root = find('_rels/.rels');
    const contentTypes = find('[Content_Types].xml');
    const workbook = find('xl/workbook.xml');
    const workbookRels = find('xl/_rels/workbook.xml.rels');
    if (root === undefined || contentTypes === undefined || workbook === undefined || workbookRels === undefined) return 'package';
    const office = [...relationshipTargets(text(root)).values()].find((rel) => rel.type.endsWith('/officeDocument'));
    if (office === undefined || office.target.replace(/^\//, '') !== 'xl/workbook.xml') return 'package';
    const workbookText = text(workbook);
    const facts = workbookFacts(workbookText);
    if (facts === null) return 'package';
    const wanted = new Set(report.names);
    if (facts.definedNames.includes(REPORT_MARK) || facts.sheets.some((sheet) => wanted.has(sheet.name) || isReportSheetName(sheet.name))) return 'earlierReports';
    const relsText = text(workbookRels);
    const rels = relationshipTargets(relsText);
    const stylesRel = [...rels.values()].find((rel) => rel.type.endsWith('/styles'));
    const styles = stylesRel === undefined ? undefined : find(xlPath(stylesRel.target));
    if (styles === undefined) return 'package';
    const stylesText = text(styles);
    const counts = userStyleCounts(stylesText);
    if (counts === null) return 'package';
    const marked = new Map<string, { xml: Buffer; marks: MarkRule[] }>();
    for (const sheet of facts.sheets) {
      const rel = rels.get(sheet.rel);
      if (rel === undefined || rel.external) return 'package';
      if (!rel.type.endsWith('/worksheet')) continue;
      const entry = find(xlPath(rel.target));
      if (entry === undefined) return 'package';
      const xml = inflateEntry(entry, SHEET_BYTES);
      if (storesNonFinite(xml)) return 'nonFinite';
      const own = marks.filter((mark) => mark.sheet === sheet.name);
      if (own.length === 0) continue;
      if (!/<worksheet[\s>]/.test(xml.toString('utf8', 0, 4096)) || (xml.lastIndexOf('</sheetData>') < 0 && xml.lastIndexOf('<sheetData/>') < 0)) return 'package';
      marked.set(entry.name, { xml, marks: own });
    }
    return {
      entries,
      byPath,
      facts,
      counts,
      paths: { contentTypes: contentTypes.name, workbook: workbook.name, workbookRels: workbookRels.name, styles: styles.name },
      texts: { contentTypes: text(contentTypes), workbook: workbookText, workbookRels: relsText, styles: stylesText },
      marked,
    };
  } catch (error) {
    if (error instanceof EntryTooLargeError) return 'package';
    throw error;
  }
}

/** A marked sheet part: the user's bytes up to `</sheetData>`, then the tail with the marks. */
function markedSheet(name: string, xml: Buffer, marks: MarkRule[], dxfIds: Record<MarkLevel, number>): DeflatingPart {
  const close = xml.lastIndexOf('</sheetData>');
  const cut = close >= 0 ? close + '</sheetData>'.length : xml.lastIndexOf('<sheetData/>') + '<sheetData/>'.length;
  const part = new DeflatingPart(name);
  for (let at = 0; at < cut; at += SCAN_PIECE) part.write(xml.subarray(at, Math.min(cut, at + SCAN_PIECE)));
  part.end(markedTail(xml.toString('utf8', cut), marks, dxfIds));
  return part;
}

/** A number not used by any of the paths `pattern` makes, nor taken already. */
function freeNumber(byPath: Map<string, ZipEntry>, taken: Set<number>, patterns: ((n: number) => string)[]): number {
  for (let n = 1; ; n++) {
    if (!taken.has(n) && patterns.every((pattern) => !byPath.has(pattern(n).toLowerCase()))) {
      taken.add(n);
      return n;
    }
  }
}

const REPORT_PATHS = {
  sheet: (n: number) => `xl/worksheets/sheet${n}.xml`,
  rels: (n: number) => `xl/worksheets/_rels/sheet${n}.xml.rels`,
  comments: (n: number) => `xl/comments${n}.xml`,
  vml: (n: number) => `xl/drawings/vmlDrawing${n}.vml`,
};

/**
 * The spliced copy's bytes, or why the workbook is not spliced (nothing has
 * been written then, and `notes` is untouched). `notes` gets a message for
 * each report text cut to fit a cell, as `writeAnnotatedWorkbook` gives.
 *
 * @example
 * const spliced = await writeSplicedCopy(input, report, marks, notes);
 * if (typeof spliced === 'string') console.log(`copied by ExcelJS: ${spliced}`);
 */
export async function writeSplicedCopy(input: Uint8Array, whole: Report | ReportInSteps, marks: MarkRule[], notes: Message[] = []): Promise<Uint8Array | SpliceObstacle> {
  const report = inSteps(whole);
  const plan = planSplice(input, report, marks);
  if (typeof plan === 'string') return plan;
  const levels = [...new Set(marks.map((mark) => mark.level))];
  const dxfXform = new DxfXform();
  const dxfs = levels.map((level) => dxfXform.toXml(markStyle(MARK_STYLES[level])));
  const dxfIds = Object.fromEntries(levels.map((level, i) => [level, plan.counts.dxfs + i])) as Record<MarkLevel, number>;

  const written = await writeReportParts(report, plan.counts.cellXfs, notes);
  const reportBook = reportWorkbook(written.texts.get('xl/workbook.xml') ?? '');
  const rels = freeRelIds(plan.texts.workbookRels, reportBook.sheets.length);
  const taken = new Set<number>();
  const renamed = new Map<string, string>();
  const added: AddedSheet[] = reportBook.sheets.map((nameXml, i) => {
    const n = freeNumber(plan.byPath, taken, Object.values(REPORT_PATHS));
    for (const path of Object.values(REPORT_PATHS)) renamed.set(path(i + 1), path(n));
    return { nameXml, part: REPORT_PATHS.sheet(n), rel: rels[i] };
  });

  const zip = new ZipWriter();
  const replaced = new Map<string, string>([
    [plan.paths.contentTypes, graftContentTypes(plan.texts.contentTypes, written.texts.get('[Content_Types].xml') ?? '', renamed)],
    [plan.paths.workbook, graftWorkbook(plan.texts.workbook, plan.facts, added, reportBook.definedNames)],
    [plan.paths.workbookRels, graftRelationships(plan.texts.workbookRels, added)],
    [plan.paths.styles, mergedStyles(plan.texts.styles, plan.counts, written.styles, dxfs)],
  ]);
  // Pieces deflated on the helper thread are waited for as each part goes in.
  const add = async (part: DeflatingPart, name = part.name) => {
    await part.settled();
    zip.addDeflated(part, name);
  };
  for (const entry of plan.entries) {
    const text = replaced.get(entry.name);
    const sheet = plan.marked.get(entry.name);
    if (text !== undefined) await add(deflatedPart(entry.name, text));
    else if (sheet !== undefined) {
      await add(markedSheet(entry.name, sheet.xml, sheet.marks, dxfIds));
      // The inflated sheet is not needed any more.
      plan.marked.delete(entry.name);
    }
    else zip.addStored(entry);
  }
  for (const [path, part] of written.parts) {
    const name = renamed.get(path);
    if (name === undefined) continue;
    await part.settled();
    if (path.includes('/_rels/')) {
      // The sheet's relationships name its comments and drawing: under their names in the copy.
      const rels = inflateRawSync(Buffer.concat(part.pieces)).toString('utf8');
      const targets = rels.replace(/Target="\.\.\/([^"]*)"/g, (whole, target: string) => {
        const moved = renamed.get(`xl/${target}`);
        return moved === undefined ? whole : `Target="../${moved.replace(/^xl\//, '')}"`;
      });
      await add(deflatedPart(name, targets));
    } else zip.addDeflated(part, name);
  }
  return zip.bytes();
}
