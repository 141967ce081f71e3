/**
 * The marks in a sheet part's XML, for the spliced copy: only the text after
 * `</sheetData>` is touched. Rules an earlier run added (their formula holds
 * `MARK_TAG`) are removed, the user's own stay, and this run's rules follow
 * the user's conditional formats at the place the schema gives them (after
 * mergeCells and phoneticPr, before dataValidations, hyperlinks, printOptions,
 * pageMargins …), numbered after the user's priorities — as the ExcelJS path
 * writes them. Text in, text out.
 */
import { isMarkFormula, type MarkLevel, type MarkRule } from '../core/report';
import { maxOf } from '../core/arrays';

/** Worksheet children that come after conditionalFormatting (ECMA-376 CT_Worksheet). */
const AFTER_FORMATS = new Set([
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF',
  'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/**
 * XML text as the characters it stands for (the five named entities and character references).
 *
 * @example
 * xmlText('ISTEXT(&quot;junheng&quot;)'); // 'ISTEXT("junheng")'
 */
export function xmlText(text: string): string {
  return text.replace(/&(?:lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (entity, decimal?: string, hex?: string) =>
    decimal !== undefined ? String.fromCodePoint(Number(decimal)) : hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[entity],
  );
}

/**
 * Characters as XML text (element content or a double-quoted attribute).
 *
 * @example
 * escapeXml('$M5<4.5'); // '$M5&lt;4.5'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const FORMAT_ELEMENT = /<conditionalFormatting\b[^>]*>[\s\S]*?<\/conditionalFormatting>/g;
const RULE_ELEMENT = /<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g;

/** The tail without the rules of an earlier run; a format left without rules goes. */
function withoutMarks(tail: string): string {
  return tail.replace(FORMAT_ELEMENT, (format) => {
    const rules = format.match(RULE_ELEMENT) ?? [];
    const kept = rules.filter((rule) => !isMarkFormula(xmlText(rule)));
    if (kept.length === rules.length) return format;
    if (kept.length === 0) return '';
    return format.replace(/(<conditionalFormatting\b[^>]*>)[\s\S]*(<\/conditionalFormatting>)/, (_, open: string, close: string) => open + kept.join('') + close);
  });
}

/** Where new conditional formats go: before the first top-level element that follows them, else before `</worksheet>`. */
function insertionPoint(tail: string): number {
  const tags = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  let depth = 0;
  for (let match = tags.exec(tail); match !== null; match = tags.exec(tail)) {
    const [, closing, , name, selfClosing] = match;
    if (name === undefined) continue;
    if (closing === '/') {
      if (depth === 0) return match.index;
      depth--;
    } else {
      if (depth === 0 && AFTER_FORMATS.has(name)) return match.index;
      if (selfClosing !== '/') depth++;
    }
  }
  return tail.length;
}

/**
 * A sheet part's tail (the text after `</sheetData>`) with this run's marks:
 * earlier marks removed, one conditionalFormatting per rule, each with the
 * dxf of its level, priorities after the user's own.
 *
 * @example
 * markedTail('<pageMargins …/></worksheet>', marks, { fail: 0, 'below-floor': 1 });
 * // '<conditionalFormatting sqref="L6:L21"><cfRule type="expression" dxfId="1" priority="1">…</cfRule></conditionalFormatting><pageMargins …/></worksheet>'
 */
export function markedTail(tail: string, marks: MarkRule[], dxfIds: Record<MarkLevel, number>): string {
  const kept = withoutMarks(tail);
  const priorities = [...kept.matchAll(/<(?:\w+:)?cfRule\b[^>]*?\spriority="(\d+)"/g)].map((match) => Number(match[1]));
  const base = maxOf(priorities, 0);
  const formats = [...marks]
    .sort((a, b) => a.priority - b.priority)
    .map(
      (mark) =>
        `<conditionalFormatting sqref="${escapeXml(mark.range)}"><cfRule type="expression" dxfId="${dxfIds[mark.level]}" priority="${base + mark.priority}">` +
        `<formula>${escapeXml(mark.formula)}</formula></cfRule></conditionalFormatting>`,
    );
  const at = insertionPoint(kept);
  return kept.slice(0, at) + formats.join('') + kept.slice(at);
}
