/**
 * The package-level parts of the spliced copy: the user's workbook.xml with
 * the report sheets and their defined names (print titles with their sheet
 * index moved past the user's sheets, the report mark), the workbook's
 * relationships and the content types of the new parts. Text in, text out.
 */
import { escapeXml, xmlText } from './splice-marks';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${RELATIONSHIPS_NS}/worksheet`;

/** A sheet as workbook.xml lists it. */
export interface WorkbookSheet {
  name: string;
  /** The relationship id (`rId4`). */
  rel: string;
}

/** What the splice reads of workbook.xml. */
export interface WorkbookFacts {
  sheets: WorkbookSheet[];
  /** Defined names' names (`_xlnm.Print_Titles`, `_JunhengReport`, …). */
  definedNames: string[];
  maxSheetId: number;
  /** The prefix bound to the relationships namespace (`r`). */
  relPrefix: string;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace('.', '\\.')}="([^"]*)"`).exec(tag);
  return match === null ? undefined : xmlText(match[1]);
}

/**
 * The sheets and defined names of a workbook.xml, or null when the splice
 * does not take it (namespace prefixes on its elements, Strict OOXML, no
 * relationships namespace).
 *
 * @example
 * workbookFacts(xml)?.sheets; // [{ name: 'Sheet1', rel: 'rId4' }]
 */
export function workbookFacts(xml: string): WorkbookFacts | null {
  const root = /<workbook\b[^>]*>/.exec(xml);
  if (root === null || !xml.includes('http://schemas.openxmlformats.org/spreadsheetml/2006/main')) return null;
  const prefix = new RegExp(`xmlns:([\\w.-]+)="${RELATIONSHIPS_NS}"`).exec(root[0]);
  const sheetsList = /<sheets>([\s\S]*?)<\/sheets>/.exec(xml);
  if (prefix === null || sheetsList === null) return null;
  const sheets: WorkbookSheet[] = [];
  let maxSheetId = 0;
  for (const [tag] of sheetsList[1].matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const rel = attribute(tag, `${prefix[1]}:id`);
    if (name === undefined || rel === undefined) return null;
    sheets.push({ name, rel });
    maxSheetId = Math.max(maxSheetId, Number(attribute(tag, 'sheetId') ?? 0));
  }
  const definedNames = [...xml.matchAll(/<definedName\b[^>]*>/g)].map(([tag]) => attribute(tag, 'name') ?? '');
  return { sheets, definedNames, maxSheetId, relPrefix: prefix[1] };
}

/**
 * Relationship id → target of a relationships part.
 *
 * @example
 * relationshipTargets(relsXml).get('rId4'); // { target: 'worksheets/sheet1.xml', type: '…/worksheet', external: false }
 */
export function relationshipTargets(xml: string): Map<string, { target: string; type: string; external: boolean }> {
  const found = new Map<string, { target: string; type: string; external: boolean }>();
  for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined) found.set(id, { target, type: attribute(tag, 'Type') ?? '', external: attribute(tag, 'TargetMode') === 'External' });
  }
  return found;
}

/** A sheet the report adds: its name as written in its workbook.xml, and its part's path in the copy. */
export interface AddedSheet {
  /** The name attribute's text as the report's workbook.xml has it (escaped). */
  nameXml: string;
  part: string;
  rel: string;
}

/**
 * The report workbook's sheets (escaped names, in order) and its defined names.
 *
 * @example
 * reportWorkbook(writerXml).sheets; // ['均衡-学校指标', …]
 */
export function reportWorkbook(xml: string): { sheets: string[]; definedNames: string[] } {
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((match) => match[1]);
  const definedNames = [...xml.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>|<definedName\b[^>]*\/>/g)].map((match) => match[0]);
  return { sheets, definedNames };
}

/**
 * The user's workbook.xml with the report sheets after the user's and the
 * report's defined names (each `localSheetId` moved past the user's sheets).
 *
 * @example
 * graftWorkbook(userXml, facts, [{ nameXml: '均衡-学校指标', part: 'xl/worksheets/sheet2.xml', rel: 'rId9' }], reportNames);
 */
export function graftWorkbook(xml: string, facts: WorkbookFacts, added: AddedSheet[], definedNames: string[]): string {
  const sheets = added.map((sheet, i) => `<sheet name="${sheet.nameXml}" sheetId="${facts.maxSheetId + 1 + i}" ${facts.relPrefix}:id="${sheet.rel}"/>`).join('');
  let grafted = xml.replace(/<\/sheets>/, () => `${sheets}</sheets>`);
  const names = definedNames
    .map((name) => name.replace(/\slocalSheetId="(\d+)"/, (_, index: string) => ` localSheetId="${Number(index) + facts.sheets.length}"`))
    .join('');
  if (names === '') return grafted;
  if (/<definedNames\s*\/>/.test(grafted)) return grafted.replace(/<definedNames\s*\/>/, () => `<definedNames>${names}</definedNames>`);
  if (grafted.includes('</definedNames>')) return grafted.replace('</definedNames>', () => `${names}</definedNames>`);
  // definedNames follow sheets, functionGroups and externalReferences.
  const after = ['</externalReferences>', '<externalReferences/>', '</functionGroups>', '<functionGroups/>', '</sheets>'].find((tag) => grafted.includes(tag)) as string;
  grafted = grafted.replace(after, () => `${after}<definedNames>${names}</definedNames>`);
  return grafted;
}

/**
 * A relationship id not yet used in a relationships part, numbered after the highest `rIdN`.
 *
 * @example
 * freeRelIds(relsXml, 2); // ['rId7', 'rId8']
 */
export function freeRelIds(xml: string, count: number): string[] {
  const used = relationshipTargets(xml);
  let next = 1;
  for (const id of used.keys()) {
    const match = /^rId(\d+)$/.exec(id);
    if (match !== null) next = Math.max(next, Number(match[1]) + 1);
  }
  return Array.from({ length: count }, (_, i) => `rId${next + i}`);
}

/**
 * The workbook's relationships with the report sheets' added (targets relative to `xl/`).
 *
 * @example
 * graftRelationships(relsXml, [{ nameXml: '…', part: 'xl/worksheets/sheet2.xml', rel: 'rId9' }]);
 */
export function graftRelationships(xml: string, added: AddedSheet[]): string {
  const rels = added.map((sheet) => `<Relationship Id="${sheet.rel}" Type="${WORKSHEET_TYPE}" Target="${escapeXml(sheet.part.replace(/^xl\//, ''))}"/>`).join('');
  return xml.replace(/<\/Relationships>/, () => `${rels}</Relationships>`);
}

/**
 * The user's content types with those of the report's parts, each under its
 * path in the copy: overrides for the parts, defaults for extensions the user's lack.
 *
 * @example
 * graftContentTypes(userXml, reportXml, new Map([['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']]));
 */
export function graftContentTypes(xml: string, reportXml: string, paths: Map<string, string>): string {
  const defaults = new Set([...xml.matchAll(/<Default\b[^>]*\sExtension="([^"]*)"/g)].map((match) => match[1].toLowerCase()));
  const added: string[] = [];
  for (const [tag] of reportXml.matchAll(/<Default\b[^>]*>/g)) {
    const extension = attribute(tag, 'Extension') ?? '';
    if (!defaults.has(extension.toLowerCase())) added.push(tag.endsWith('/>') ? tag : tag.replace(/>$/, '/>'));
  }
  for (const [tag] of reportXml.matchAll(/<Override\b[^>]*>/g)) {
    const part = (attribute(tag, 'PartName') ?? '').replace(/^\//, '');
    const path = paths.get(part);
    if (path !== undefined) added.push(`<Override PartName="/${escapeXml(path)}" ContentType="${escapeXml(attribute(tag, 'ContentType') ?? '')}"/>`);
  }
  return xml.replace(/<\/Types>/, () => `${added.join('')}</Types>`);
}
