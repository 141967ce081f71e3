/**
 * The user's styles.xml with what the spliced copy adds: the marks'
 * differential formats (dxfs) and the report sheets' cell formats (cellXfs
 * with their fonts, fills, borders and number formats) appended after the
 * user's own, so every style index of the user's sheets stays as it is. The
 * report sheets are written with their cell-format indices already past the
 * user's (`userStyleCounts`), so their sheet parts need no rewriting; only the
 * small lists here are renumbered. Text in, text out; no Office, no ExcelJS.
 */

/** How many of each list the user's styles.xml holds, and its custom number format ids. */
export interface UserStyleCounts {
  fonts: number;
  fills: number;
  borders: number;
  cellXfs: number;
  dxfs: number;
  /** The largest number format id the user's styles define (163 when none past the built-ins). */
  maxNumFmtId: number;
}

/** The report writer's style lists, as XML strings (ExcelJS's style manager's model). */
export interface ReportStyles {
  numFmts: string[];
  fonts: string[];
  fills: string[];
  borders: string[];
  /** The report's cell formats from index `UserStyleCounts.cellXfs` on. */
  cellXfs: string[];
}

/** A list element of the style sheet: its whole text and where its children end; null when absent. */
interface ListElement {
  start: number;
  end: number;
  /** Where new children go (before the closing tag), or -1 for an empty `<tag/>`. */
  insertAt: number;
  body: string;
}

function listElement(xml: string, tag: string): ListElement | null {
  const open = new RegExp(`<${tag}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (open === null) return null;
  if (open[1] === '/') return { start: open.index, end: open.index + open[0].length, insertAt: -1, body: '' };
  const close = xml.indexOf(`</${tag}>`, open.index);
  if (close < 0) return null;
  return { start: open.index, end: close + tag.length + 3, insertAt: close, body: xml.slice(open.index + open[0].length, close) };
}

function countChildren(body: string, child: string): number {
  return body.match(new RegExp(`<${child}(?=[\\s/>])`, 'g'))?.length ?? 0;
}

/**
 * The counts of a user's styles.xml, or null when the splice does not take it
 * (namespace prefixes, a list missing, no cell format).
 *
 * @example
 * userStyleCounts(stylesXml); // { fonts: 1, fills: 2, borders: 1, cellXfs: 1, dxfs: 0, maxNumFmtId: 163 }
 */
export function userStyleCounts(xml: string): UserStyleCounts | null {
  if (!/<styleSheet[\s>]/.test(xml)) return null;
  const lists = { fonts: listElement(xml, 'fonts'), fills: listElement(xml, 'fills'), borders: listElement(xml, 'borders'), cellXfs: listElement(xml, 'cellXfs') };
  if (lists.fonts === null || lists.fills === null || lists.borders === null || lists.cellXfs === null) return null;
  const cellXfs = countChildren(lists.cellXfs.body, 'xf');
  // The report's formats are numbered from the user's count on; format 0 must be the user's own.
  if (cellXfs === 0) return null;
  const dxfs = listElement(xml, 'dxfs');
  const numFmts = listElement(xml, 'numFmts');
  let maxNumFmtId = 163;
  for (const match of (numFmts?.body ?? '').matchAll(/numFmtId="(\d+)"/g)) maxNumFmtId = Math.max(maxNumFmtId, Number(match[1]));
  return {
    fonts: countChildren(lists.fonts.body, 'font'),
    fills: countChildren(lists.fills.body, 'fill'),
    borders: countChildren(lists.borders.body, 'border'),
    cellXfs,
    dxfs: dxfs === null ? 0 : countChildren(dxfs.body, 'dxf'),
    maxNumFmtId,
  };
}

/** Appends children to a list element (its count attribute set to `count`), or inserts the list before the first of `before`. */
function appended(xml: string, tag: string, children: string[], count: number, before: string[]): string {
  if (children.length === 0) return xml;
  const list = listElement(xml, tag);
  const whole = `<${tag} count="${count}">${children.join('')}</${tag}>`;
  if (list === null) {
    const at = before.map((name) => xml.search(new RegExp(`<${name}(?=[\\s/>])`))).find((index) => index >= 0) ?? xml.lastIndexOf('</styleSheet>');
    return xml.slice(0, at) + whole + xml.slice(at);
  }
  if (list.insertAt < 0) return xml.slice(0, list.start) + whole + xml.slice(list.end);
  const head = xml.slice(list.start, list.insertAt);
  const counted = /\scount="\d*"/.test(head.slice(0, head.indexOf('>'))) ? head.replace(/\scount="\d*"/, ` count="${count}"`) : head.replace(new RegExp(`^<${tag}`), `<${tag} count="${count}"`);
  return xml.slice(0, list.start) + counted + children.join('') + xml.slice(list.insertAt);
}

/**
 * The user's styles.xml with the report's formats and the marks' dxfs
 * appended; the report's font, fill, border and number format ids renumbered
 * past the user's.
 *
 * @example
 * const xml = mergedStyles(userXml, counts, writerStyles, ['<dxf><fill>…</fill></dxf>']);
 */
export function mergedStyles(xml: string, counts: UserStyleCounts, report: ReportStyles, dxfs: string[]): string {
  const numFmtIds = new Map<string, number>();
  const numFmts = report.numFmts.map((numFmt, i) => {
    const id = counts.maxNumFmtId + 1 + i;
    const old = /numFmtId="(\d+)"/.exec(numFmt)?.[1] ?? '';
    numFmtIds.set(old, id);
    return numFmt.replace(/numFmtId="\d+"/, `numFmtId="${id}"`);
  });
  const offsets: Record<string, number> = { fontId: counts.fonts, fillId: counts.fills, borderId: counts.borders };
  const cellXfs = report.cellXfs.map((xf) =>
    xf.replace(/\b(numFmtId|fontId|fillId|borderId)="(\d+)"/g, (whole, name: string, value: string) => {
      if (name === 'numFmtId') return `numFmtId="${numFmtIds.get(value) ?? value}"`;
      return `${name}="${Number(value) + offsets[name]}"`;
    }),
  );
  const userNumFmts = listElement(xml, 'numFmts');
  let merged = appended(xml, 'numFmts', numFmts, (userNumFmts === null ? 0 : countChildren(userNumFmts.body, 'numFmt')) + numFmts.length, ['fonts']);
  merged = appended(merged, 'fonts', report.fonts, counts.fonts + report.fonts.length, []);
  merged = appended(merged, 'fills', report.fills, counts.fills + report.fills.length, []);
  merged = appended(merged, 'borders', report.borders, counts.borders + report.borders.length, []);
  merged = appended(merged, 'cellXfs', cellXfs, counts.cellXfs + cellXfs.length, []);
  return appended(merged, 'dxfs', dxfs, counts.dxfs + dxfs.length, ['tableStyles', 'colors', 'extLst']);
}
