/**
 * The earlier check of a comparison (整改消号) from the bytes of a file: a
 * result document saved with --json or a saved snapshot (JSON), or a workbook
 * analysed with the current ruleset. Used by the command line and the web page;
 * the file is only read.
 */
import { analyze } from '../core/analyze';
import { checkOf, readEarlierCheck, type Check } from '../core/compare';
import { localize } from '../core/present';
import { findSchoolSheet, readSheet } from '../core/reader';
import type { Lang, Ruleset } from '../core/types';
import { decodeText, readWorkbookBytes, sniffFormat, WorkbookReadError } from './read-workbook';
import { renderMessage } from '../core/messages/render';

/** The file's name without its folder. */
function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

/** What `readEarlier` gives back: the check, or the sentence to tell the user. */
export type EarlierRead = { ok: true; check: Check } | { ok: false; text: string };

/**
 * The earlier check from the bytes of the file the user named: parsed JSON (a
 * result document or a snapshot), or a workbook analysed with `ruleset` (the
 * sheet named `sheet` when it has one, else the first with a school table).
 *
 * @example
 * await readEarlier(bytes, '2025.xlsx', QUALITY_2017, undefined, 'zh'); // { ok: true, check }
 */
export async function readEarlier(bytes: Uint8Array, file: string, ruleset: Ruleset, sheet: string | undefined, lang: Lang): Promise<EarlierRead> {
  const fail = (reason: string): EarlierRead => ({ ok: false, text: renderMessage('earlier-unreadable', { file, reason }, lang, 'sheet') });
  if (sniffFormat(bytes) !== 'xlsx') {
    let text: string | null = null;
    try {
      text = decodeText(bytes).trim();
    } catch {
      // Not text: read it as a workbook below, which says what is wrong with it.
    }
    if (text !== null && (text.startsWith('{') || text.startsWith('['))) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        return fail(renderMessage('earlier-not-json', { detail: error instanceof Error ? error.message : String(error) }, lang, 'sheet'));
      }
      const read = readEarlierCheck(json, ruleset);
      return read.ok ? read : fail(localize(read.problem, lang));
    }
  }
  let grids;
  try {
    grids = await readWorkbookBytes(bytes, baseName(file));
  } catch (error) {
    if (error instanceof WorkbookReadError) return fail(renderMessage(error.code, error.params, lang, 'sheet'));
    throw error;
  }
  const named = sheet === undefined ? -1 : grids.findIndex((grid) => grid.sheet === sheet);
  const index = named >= 0 ? named : findSchoolSheet(grids);
  const read = index < 0 ? null : readSheet(grids[index]);
  if (read === null || read.headerRows.length === 0 || !read.records.some((record) => record.kind === 'school')) {
    return fail(renderMessage('earlier-no-table', {}, lang, 'sheet'));
  }
  return { ok: true, check: checkOf(analyze(read, ruleset, { lang, file: baseName(file) }), ruleset) };
}
