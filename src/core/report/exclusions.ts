/**
 * 剔除说明: what was left out and why, the other rows, and every message with its
 * cell — nothing is dropped silently (spec §4).
 */
import { renderMessage } from '../messages/render';
import { fill, localize, schoolTypeLabel } from '../present';
import type { AnalysisResult, Lang, RowKind, Severity } from '../types';
import { addBanner, addGap, addRow, newDraft, numberCell, textCell } from './cells';
import { LABELS } from './labels';
import { reportSheetName } from './names';
import type { SheetBody } from './print';
import type { UnmarkableCell } from './unmarkable';
import { textColumnWidth } from './width';

const WIDTH = 4;

/** Rows worth listing: the reader's title, header and blank rows say nothing a clerk needs. */
const LISTED_ROW_KINDS: Partial<Record<RowKind, typeof LABELS.error>> = {
  'section-label': LABELS.rowKindSectionLabel,
  note: LABELS.rowKindNote,
  other: LABELS.rowKindOther,
};

const SEVERITY_LABELS: Record<Severity, typeof LABELS.error> = {
  error: LABELS.error,
  warning: LABELS.warning,
  info: LABELS.info,
};

function header(labels: (typeof LABELS.error)[], lang: Lang) {
  return labels.map((label) => textCell(localize(label, lang), 'header'));
}

/**
 * Excluded rows, one per sheet row even when a school had two sections.
 *
 * @example
 * excludedRows(result).map((s) => s.excludedReason); // ['合计/小计行，不是学校', …]
 */
export function excludedRows(result: AnalysisResult): AnalysisResult['schools'] {
  const seen = new Set<number>();
  return result.schools.filter((school) => school.excluded && !seen.has(school.row) && seen.add(school.row));
}

/**
 * The 剔除说明 sheet: a summary line, excluded rows with reasons, other rows,
 * cells the marks cannot reach (numbers stored as text) with the fix, and
 * messages with their cells.
 *
 * @example
 * buildExclusionsSheet(result, 'zh').name; // '均衡-剔除说明'
 * buildExclusionsSheet(result, 'zh', textNumberCells(grid, rules)); // with the unmarkable cells listed
 */
export function buildExclusionsSheet(result: AnalysisResult, lang: Lang, unmarkable: readonly UnmarkableCell[] = []): SheetBody {
  const draft = newDraft();
  const { summary, source } = result;
  const title = localize(LABELS.exclusionsTitle, lang);
  addBanner(draft, title, WIDTH, 'title');
  addBanner(
    draft,
    fill(localize(LABELS.exclusionsSummary, lang), {
      schools: summary.schools,
      private: summary.privateSchools,
      excluded: summary.excluded,
      source: source.file === null ? source.sheet : `${source.file} / ${source.sheet}`,
    }),
    WIDTH,
    'note',
  );

  addGap(draft);
  addBanner(draft, localize(LABELS.excludedTitle, lang), WIDTH, 'title');
  const excluded = excludedRows(result);
  if (excluded.length === 0) addBanner(draft, localize(LABELS.noExcluded, lang), WIDTH, 'note');
  else addRow(draft, header([LABELS.sourceRow, LABELS.school, LABELS.schoolType, LABELS.reason], lang));
  for (const school of excluded) {
    addRow(draft, [
      numberCell(school.row, '0'),
      textCell(school.name, 'label'),
      textCell(schoolTypeLabel(school.type, lang)),
      textCell(school.excludedReason ?? '', 'label'),
    ]);
  }

  const others = result.rows.filter((row) => LISTED_ROW_KINDS[row.kind] !== undefined);
  if (others.length > 0) {
    addGap(draft);
    addBanner(draft, localize(LABELS.otherRowsTitle, lang), WIDTH, 'title');
    addRow(draft, header([LABELS.sourceRow, LABELS.content, LABELS.rowKind], lang));
    for (const row of others) {
      addRow(draft, [
        numberCell(row.row, '0'),
        textCell(row.text ?? '', 'label'),
        textCell(localize(LISTED_ROW_KINDS[row.kind] ?? LABELS.rowKindOther, lang)),
      ]);
    }
  }

  if (unmarkable.length > 0) {
    addGap(draft);
    addBanner(draft, localize(LABELS.unmarkableTitle, lang), WIDTH, 'title');
    addBanner(draft, renderMessage('unmarkable-note', {}, lang, 'sheet'), WIDTH, 'note');
    addRow(draft, header([LABELS.sourceRow, LABELS.cell, LABELS.content], lang));
    for (const cell of unmarkable) {
      addRow(draft, [numberCell(cell.row, '0'), textCell(cell.address), textCell(cell.text, 'label')]);
    }
  }

  addGap(draft);
  addBanner(draft, localize(LABELS.messagesTitle, lang), WIDTH, 'title');
  if (result.messages.length === 0) addBanner(draft, localize(LABELS.noMessages, lang), WIDTH, 'note');
  else addRow(draft, header([LABELS.sourceRow, LABELS.cell, LABELS.severity, LABELS.message], lang));
  for (const message of result.messages) {
    addRow(draft, [
      numberCell(message.row, '0'),
      textCell(message.cell ?? ''),
      textCell(localize(SEVERITY_LABELS[message.severity], lang), message.severity === 'error' ? 'fail' : 'body'),
      textCell(message.message, 'label'),
    ]);
  }
  return {
    key: 'exclusions',
    name: reportSheetName('exclusions', lang),
    title,
    ...draft,
    widths: [8, textColumnWidth(excluded.map((school) => school.name), 16, 30), 14, 60],
    freeze: { rows: 0, columns: 0 },
    // Three tables with headers of their own: only the title repeats.
    titleRows: { first: 1, last: 1 },
    breaksBefore: [],
  };
}
