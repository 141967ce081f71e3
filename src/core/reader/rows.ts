/**
 * Reading the rows below the header: every row becomes a school record, a
 * total record, or a row account (blank, section label, note, other).
 */
import { columnLetter } from '../address';
import { FIELD_LABELS, isNumericField, matchHeader, PLAUSIBLE_MAX } from '../fields';
import { parseNumberCell, type ParsedNumber } from '../numbers';
import type {
  CellValue,
  ColumnMapping,
  FieldId,
  Grid,
  L10n,
  Message,
  NumericField,
  Ownership,
  RowAccount,
  RowKind,
  SchoolRecord,
  SchoolType,
  Section,
  Severity,
} from '../types';
import {
  inferTypeFromName,
  isNoteHeading,
  isNoteText,
  isTotalText,
  ownershipFromName,
  parseOwnership,
  parseSchoolType,
  partOf,
  sectionLabel,
} from './classify';
import { cellText, filledValue, isEmptyCell, mergeFills, type GridView } from './grid';
import { appendAll } from '../arrays';

export interface RowsRead {
  records: SchoolRecord[];
  rows: RowAccount[];
  messages: Message[];
}

/** One numeric column as read: its field, grid column, unit factor, header. */
interface NumericColumn {
  field: NumericField;
  j: number;
  factor: number;
  header: string;
}

/** The columns of one field/section pair; several add up. */
interface NumericGroup {
  field: NumericField;
  section: Section | undefined;
  columns: NumericColumn[];
}

const MAX_ROW_TEXT = 200;

/**
 * The non-empty texts of a row joined by spaces (shortened), or null for a blank row.
 *
 * @example
 * rowText(view, 1); // '填报单位：XX县教育局 填报日期：2024年9月'
 */
export function rowText(view: GridView, i: number): string | null {
  const texts: string[] = [];
  for (let j = 0; j < view.rowWidth(i); j++) {
    const text = cellText(view.value(i, j));
    if (text !== '') texts.push(text);
  }
  const joined = texts.join(' ');
  if (joined === '') return null;
  return joined.length > MAX_ROW_TEXT ? `${joined.slice(0, MAX_ROW_TEXT)}…` : joined;
}

/**
 * Whether every cell of the row is empty.
 *
 * @example
 * isBlankRow(view, 12); // true for a row of nulls and spaces
 */
export function isBlankRow(view: GridView, i: number): boolean {
  for (let j = 0; j < view.rowWidth(i); j++) if (!isEmptyCell(view.value(i, j))) return false;
  return true;
}

function numericGroups(view: GridView, mapping: ColumnMapping): NumericGroup[] {
  const groups = new Map<string, NumericGroup>();
  for (const field of Object.keys(mapping) as FieldId[]) {
    if (!isNumericField(field)) continue;
    for (const ref of mapping[field] ?? []) {
      const key = `${field}|${ref.section ?? ''}`;
      const group = groups.get(key) ?? { field, section: ref.section, columns: [] };
      group.columns.push({ field, j: ref.column - view.column(0), factor: ref.factor, header: ref.header });
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/** The grid column of a text field, or -1 when the sheet has none. */
function textColumn(view: GridView, mapping: ColumnMapping, field: FieldId): number {
  const ref = mapping[field]?.[0];
  return ref === undefined ? -1 : ref.column - view.column(0);
}

/** A name as users wrote it, without line breaks or runs of spaces. */
function cleanName(text: string): string {
  return /\s/.test(text) ? text.replace(/[\r\n]+/g, '').replace(/\s+/g, ' ').trim() : text;
}

function cellMessage(view: GridView, severity: Severity, code: string, i: number, j: number, text: L10n): Message {
  const cell = view.address(i, j);
  return { severity, code, cell, row: view.row(i), text: { zh: `${cell}${text.zh}`, en: `${cell}${text.en}` } };
}

/** The message for a number cell: where, which column, what is wrong and what to fix. */
function numberMessage(
  view: GridView,
  severity: Severity,
  i: number,
  column: NumericColumn,
  code: string,
  reason: L10n,
): Message {
  const label = FIELD_LABELS[column.field];
  const header = { zh: column.header || label.zh, en: column.header || label.en };
  return cellMessage(view, severity, code, i, column.j, {
    zh: `（${header.zh}）：${reason.zh}`,
    en: ` (${header.en}): ${reason.en}`,
  });
}

/** A formula cell the file holds no result for (`Grid.formulasWithoutResult`): Excel shows a value, the file has none. */
const FORMULA_WITHOUT_RESULT: ParsedNumber = {
  kind: 'invalid',
  reason: {
    zh: '单元格是公式，但文件里没有保存它的计算结果：文件如是由程序或系统导出的，请在 Excel 或 WPS 中打开并保存一次后再试；公式的结果如本来就是空白，请填写数值',
    en: 'the cell holds a formula but the file has no saved result for it: if a program or system exported the file, open it in Excel or WPS, save it once and try again; if the formula gives a blank, enter the figure',
  },
};

const NEGATIVE: L10n = {
  zh: '数值为负数，人数、面积、金额都不能为负：请改正',
  en: 'the number is negative; counts, areas and values cannot be: correct it',
};

const TOO_LARGE: L10n = {
  zh: '数值大到无法计算：请检查数值和单位',
  en: 'the number is too large to compute with: check the number and its unit',
};

/** Why a parsed cell cannot be used, or null when it can. */
function cellProblem(cell: ParsedNumber, scaled: number): { code: string; reason: L10n } | null {
  if (cell.kind === 'invalid') return { code: 'unparseable-number', reason: cell.reason };
  if (cell.kind === 'number' && cell.value < 0) return { code: 'negative-number', reason: NEGATIVE };
  if (!Number.isFinite(scaled)) return { code: 'number-too-large', reason: TOO_LARGE };
  return null;
}

interface RowValues {
  values: SchoolRecord['values'];
  sectionValues: SchoolRecord['sectionValues'];
  invalid: NumericField[];
}

/**
 * The sum of one field's columns in a row, in base units: a number, null when
 * all are blank, or 'invalid' when a cell cannot be used (each such cell gets a message).
 */
function sumColumns(
  view: GridView,
  i: number,
  group: NumericGroup,
  cells: ParsedNumber[],
  severity: Severity,
  messages: Message[],
): number | null | 'invalid' {
  let sum: number | null = null;
  let bad = false;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell.kind === 'blank') continue;
    const column = group.columns[c];
    const scaled = cell.kind === 'number' ? cell.value * (cell.factor ?? column.factor) : NaN;
    const problem = cellProblem(cell, (sum ?? 0) + scaled);
    if (problem !== null) {
      bad = true;
      messages.push(numberMessage(view, severity, i, column, problem.code, problem.reason));
    } else {
      sum = (sum ?? 0) + scaled;
    }
  }
  return bad ? 'invalid' : sum;
}

/** A warning for a school's value too large to believe (the value is still used). */
function implausibleMessage(view: GridView, i: number, group: NumericGroup, value: number): Message {
  const max = PLAUSIBLE_MAX[group.field];
  return numberMessage(view, 'warning', i, group.columns[0], 'implausible-number', {
    zh: `数值 ${value} 大得不合常理（一所学校一般不超过 ${max}）：请检查数值和单位（如 元 与 万元）`,
    en: `the value ${value} is implausibly large (a school rarely exceeds ${max}): check the number and its unit (元 or 万元)`,
  });
}

/**
 * Read the numeric fields of a row, adding the columns of each field, and
 * report unusable cells (as info on total rows) and unbelievable school values.
 */
function readValues(
  view: GridView,
  i: number,
  groups: NumericGroup[],
  parsed: ParsedNumber[][],
  isTotal: boolean,
  messages: Message[],
): RowValues {
  const read: RowValues = { values: {}, sectionValues: {}, invalid: [] };
  for (let g = 0; g < groups.length; g++) {
    const { field, section } = groups[g];
    const sum = sumColumns(view, i, groups[g], parsed[g], isTotal ? 'info' : 'warning', messages);
    if (sum === 'invalid') {
      if (!read.invalid.includes(field)) read.invalid.push(field);
      continue;
    }
    if (sum === null) continue;
    if (!isTotal && sum > PLAUSIBLE_MAX[field]) messages.push(implausibleMessage(view, i, groups[g], sum));
    if (section === undefined) read.values[field] = sum;
    else (read.sectionValues[section] ??= {})[field] = sum;
  }
  return read;
}

interface Kind {
  type: SchoolType | null;
  typeText: string | null;
  part: Section | null;
  ownership: Ownership | null;
}

const TYPE_HINT: L10n = {
  zh: '小学、初中、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校、职业学校 或 高中',
  en: '小学, 初中, 九年一贯制学校, 完全中学, 十二年一贯制学校, 教学点, 特殊教育学校, 职业学校 or 高中',
};

/**
 * Type and part of a row: the type cell (`written`, as parsed), else the name,
 * else the label above; a part word (小学部) in the type cell names only the part.
 */
function readType(
  name: string,
  typeText: string,
  written: SchoolType | null,
  context: SchoolType | null,
): Pick<Kind, 'type' | 'part'> {
  const writtenPart = typeText === '' ? null : partOf(typeText);
  const type =
    writtenPart === null ? (written ?? inferTypeFromName(name) ?? context) : (inferTypeFromName(name) ?? context ?? written);
  return { type, part: writtenPart ?? partOf(name) };
}

/**
 * Type, part and ownership of a row from its cells, its name and the label
 * above it. Unrecognised type or ownership cells get a warning when `messages` is given.
 */
function readKind(
  view: GridView,
  i: number,
  name: string,
  typeCell: { j: number; text: string },
  ownershipCell: { j: number; text: string },
  context: SchoolType | null,
  messages: Message[] | null,
): Kind {
  const written = typeCell.text === '' ? null : parseSchoolType(typeCell.text);
  const { type, part } = readType(name, typeCell.text, written, context);
  if (typeCell.text !== '' && written === null && messages !== null) {
    messages.push(
      cellMessage(view, 'warning', 'unknown-type', i, typeCell.j, {
        zh: `：学校类型「${typeCell.text}」无法识别，已按校名或所在分组判断：请填写 ${TYPE_HINT.zh}`,
        en: `: school type "${typeCell.text}" is not recognised and was judged from the name or the group: write ${TYPE_HINT.en}`,
      }),
    );
  }
  const ownership = ownershipCell.text === '' ? null : parseOwnership(ownershipCell.text);
  if (ownershipCell.text !== '' && ownership === null && messages !== null) {
    messages.push(
      cellMessage(view, 'warning', 'unknown-ownership', i, ownershipCell.j, {
        zh: `：办学性质「${ownershipCell.text}」无法识别：请填写 公办 或 民办`,
        en: `: ownership "${ownershipCell.text}" is not recognised: write 公办 (public) or 民办 (private)`,
      }),
    );
  }
  return {
    type,
    typeText: typeCell.text === '' ? null : typeCell.text,
    part,
    ownership: ownership ?? ownershipFromName(name),
  };
}

/** The first text (string) cell of a row among grid columns [0, end), or ''. */
function firstString(view: GridView, i: number, end: number): string {
  for (let j = 0; j < Math.min(end, view.rowWidth(i)); j++) {
    const v = view.value(i, j);
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return '';
}

/** What the classification of a row looks at. */
interface RowFacts {
  /** The row's first text. */
  first: string;
  /** The first text at or left of the name column (where labels and 合计 sit). */
  leading: string;
  name: string;
  hasNumber: boolean;
}

/** Reading state carried down the rows. */
interface RowState {
  /** The type set by the last section label (一、小学). */
  context: SchoolType | null;
  /** A note has started: what follows is a note unless it looks like a school. */
  inNotes: boolean;
}

/** The first of the row's texts that marks a total (each distinct text tested once: they are often the same). */
function totalMark(name: string, leading: string, first: string): string | null {
  if (isTotalText(name)) return name;
  if (leading !== name && isTotalText(leading)) return leading;
  if (first !== name && first !== leading && isTotalText(first)) return first;
  return null;
}

type RowClass =
  | { as: 'account'; kind: RowKind }
  | { as: 'record'; kind: SchoolRecord['kind']; name: string };

/**
 * Classify a non-blank row, updating the label context and the note state:
 * note, repeated header, section label, total (合计 / 全县 / a label with
 * figures), school, or other.
 */
function classifyRow(facts: RowFacts, state: RowState): RowClass {
  const { first, leading, name, hasNumber } = facts;
  // A row with a name and figures is a school even when its name reads like a note (日期小学);
  // a note written as one (注：…, 制表：王五) stays a note whatever figures it holds.
  const startsNote = isNoteHeading(first) || (isNoteText(first) && !(hasNumber && name !== ''));
  if (startsNote) state.inNotes = true;
  if (state.inNotes && (startsNote || !hasNumber || name === '')) return { as: 'account', kind: 'note' };
  // A header repeated further down (a second page, a pasted block) is not a school.
  if (!hasNumber && matchHeader(name)?.field === 'name') return { as: 'account', kind: 'header' };
  const labelText = name !== '' ? name : leading;
  const label = sectionLabel(labelText);
  if (label !== null && !hasNumber) {
    if (label.type !== null) state.context = label.type;
    return { as: 'account', kind: 'section-label' };
  }
  // A section label carrying figures is that section's subtotal.
  const subtotal = label !== null && !label.numbered;
  if (subtotal && label.type !== null) state.context = label.type;
  const total = totalMark(name, leading, first) ?? (subtotal ? labelText : null);
  if (total !== null) return { as: 'record', kind: 'total', name: name !== '' ? name : total };
  if (name !== '') return { as: 'record', kind: 'school', name };
  return { as: 'account', kind: 'other' };
}

function rowsList(rows: number[]): string {
  const ranges: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    let end = k;
    while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
    ranges.push(end === k ? `${rows[k]}` : `${rows[k]}–${rows[end]}`);
    k = end;
  }
  return ranges.join(', ');
}

/**
 * One info message listing the hidden rows of the grid (they are read like any other).
 *
 * @example
 * hiddenRowsMessage(view, { ...grid, hiddenRows: [5, 6, 9] })?.text.zh; // '工作表中有隐藏行（第 5–6, 9 行）…'
 */
export function hiddenRowsMessage(view: GridView, grid: Grid): Message | null {
  if (!Array.isArray(grid.hiddenRows)) return null;
  const first = view.row(0);
  const last = view.row(view.height - 1);
  const rows = [...new Set(grid.hiddenRows)]
    .filter((row) => Number.isInteger(row) && row >= first && row <= last)
    .sort((a, b) => a - b);
  if (rows.length === 0) return null;
  const list = rowsList(rows);
  return {
    severity: 'info',
    code: 'hidden-rows',
    cell: null,
    row: rows[0],
    text: {
      zh: `工作表中有隐藏行（第 ${list} 行），已照常读取：如其中有不应参加评估的学校，请删除该行或更正数据`,
      en: `The sheet has hidden rows (${list}); they were read like the others: delete them or correct their data if they should not be evaluated`,
    },
  };
}

/**
 * A part row left without a name (小学部 on one row, 初中部 on the next, the
 * name written once) continues the school of the row just above.
 */
function continuedName(records: SchoolRecord[], typeText: string, row: number): string {
  const previous = records[records.length - 1];
  const continues = previous !== undefined && previous.row === row - 1 && previous.kind === 'school' && previous.part !== null;
  return continues && typeText !== '' && partOf(typeText) !== null ? previous.name : '';
}

function missingNameMessage(view: GridView, i: number, nameJ: number): Message {
  return cellMessage(view, 'warning', 'missing-name', i, nameJ, {
    zh: '：这一行有数据但没有学校名称，未读取：请填写学校名称',
    en: ': this row has figures but no school name and was not read: fill in the name',
  });
}

/** A school whose name starts like a footer note (日期小学, 审核…): read as a school, since the row has figures. */
function noteLikeNameMessage(view: GridView, i: number, nameJ: number): Message {
  return cellMessage(view, 'info', 'note-like-name', i, nameJ, {
    zh: '：名称像表下备注（如“日期”“审核”开头），但这一行有数据，已作为学校读取；如果它是备注，请写成“日期：…”的形式或删去数据',
    en: ': the name reads like a footer note, but the row has figures, so it was read as a school; if it is a note, write it as "日期：…" or remove the figures',
  });
}

/**
 * Warnings for number cells merged down over several data rows: the value is
 * read on the merge's first row only, the rows below read blank.
 */
function mergedNumberMessages(view: GridView, grid: Grid, groups: NumericGroup[], start: number): Message[] {
  if (!Array.isArray(grid.merges)) return [];
  const numeric = new Set(groups.flatMap((group) => group.columns.map((column) => column.j)));
  const messages: Message[] = [];
  for (const merge of grid.merges) {
    if (merge === null || typeof merge !== 'object') continue;
    const top = merge.top - view.row(0);
    const left = merge.left - view.column(0);
    const bottom = Math.min(merge.bottom - view.row(0), view.height - 1);
    const right = Math.min(merge.right - view.column(0), view.width - 1);
    if (!(top >= start && left >= 0 && bottom > top && right >= left) || isEmptyCell(view.value(top, left))) continue;
    if (![...numeric].some((j) => j >= left && j <= right)) continue;
    const area = `${view.address(top, left)}:${columnLetter(view.column(right))}${view.row(bottom)}`;
    const rows = `${view.row(top)}–${view.row(bottom)}`;
    messages.push(
      cellMessage(view, 'warning', 'merged-number', top, left, {
        zh: `：数值单元格合并了第 ${rows} 行（${area}），数值只计入第 ${view.row(top)} 行，其余行按空白处理：请拆分合并单元格，按学校分别填写`,
        en: `: a number cell is merged over rows ${rows} (${area}); the value counts for row ${view.row(top)} only and the other rows read blank: unmerge it and enter each school's own figure`,
      }),
    );
  }
  return messages;
}

/**
 * Warnings for schools named twice (same name, same part): both rows are read;
 * the later one is named, with the row it repeats.
 */
function duplicateNameMessages(view: GridView, records: SchoolRecord[], nameJ: number): Message[] {
  const firstRow = new Map<string, number>();
  const messages: Message[] = [];
  for (const record of records) {
    if (record.kind !== 'school') continue;
    const key = `${record.name}|${record.part ?? ''}`;
    const earlier = firstRow.get(key);
    if (earlier === undefined) {
      firstRow.set(key, record.row);
      continue;
    }
    messages.push(
      cellMessage(view, 'warning', 'duplicate-name', record.row - view.row(0), nameJ, {
        zh: `：学校名称「${record.name}」与第 ${earlier} 行重复，两行都已读取：如是同一所学校，请删除重复的一行；如是两所学校，请写全校名以便区分`,
        en: `: the school name "${record.name}" repeats row ${earlier}; both rows were read: delete one if they are the same school, or write the full names to tell them apart`,
      }),
    );
  }
  return messages;
}

/**
 * Read the data rows from grid row `start` to the end: records for schools and
 * totals, accounts for the rest, messages for every unusable cell.
 *
 * @example
 * readDataRows(view, grid, mapping, 2).records[0].name; // '城关小学'
 */
export function readDataRows(view: GridView, grid: Grid, mapping: ColumnMapping, start: number): RowsRead {
  const records: SchoolRecord[] = [];
  const rows: RowAccount[] = [];
  const messages: Message[] = [];
  const groups = numericGroups(view, mapping);
  const nameJ = textColumn(view, mapping, 'name');
  const typeJ = textColumn(view, mapping, 'type');
  const ownershipJ = textColumn(view, mapping, 'ownership');
  const fills = mergeFills(view, grid.merges, start, view.height, [nameJ, typeJ, ownershipJ].filter((j) => j >= 0));
  const textAt = (i: number, j: number): CellValue => (j < 0 ? null : filledValue(view, fills, i, j));
  const noResult = new Set((Array.isArray(grid.formulasWithoutResult) ? grid.formulasWithoutResult : []).map((c) => `${c?.row}:${c?.column}`));
  const numberAt = (i: number, j: number): ParsedNumber =>
    noResult.size > 0 && noResult.has(`${view.row(i)}:${view.column(j)}`) ? FORMULA_WITHOUT_RESULT : parseNumberCell(view.value(i, j));
  appendAll(messages, mergedNumberMessages(view, grid, groups, start));
  const state: RowState = { context: null, inNotes: false };
  for (let i = start; i < view.height; i++) {
    const row = view.row(i);
    if (isBlankRow(view, i)) {
      rows.push({ row, kind: 'blank', text: null });
      continue;
    }
    const parsed = groups.map((group) => group.columns.map((column) => numberAt(i, column.j)));
    const typeCell = { j: typeJ, text: cellText(textAt(i, typeJ)) };
    const facts: RowFacts = {
      first: firstString(view, i, view.width),
      leading: firstString(view, i, nameJ >= 0 ? nameJ + 1 : view.width),
      name: cleanName(cellText(textAt(i, nameJ))) || continuedName(records, typeCell.text, row),
      hasNumber: parsed.some((cells) => cells.some((cell) => cell.kind === 'number')),
    };
    const found = classifyRow(facts, state);
    if (found.as === 'account') {
      rows.push({ row, kind: found.kind, text: rowText(view, i) });
      if (found.kind === 'other' && facts.hasNumber && nameJ >= 0) messages.push(missingNameMessage(view, i, nameJ));
      continue;
    }
    if (found.kind === 'school' && nameJ >= 0 && isNoteText(facts.first)) messages.push(noteLikeNameMessage(view, i, nameJ));
    const isTotal = found.kind === 'total';
    const ownershipCell = { j: ownershipJ, text: cellText(textAt(i, ownershipJ)) };
    const kind = readKind(view, i, found.name, typeCell, ownershipCell, state.context, isTotal ? null : messages);
    const read = readValues(view, i, groups, parsed, isTotal, messages);
    records.push({
      row,
      name: found.name,
      kind: found.kind,
      type: kind.type,
      typeText: kind.typeText,
      ownership: kind.ownership,
      part: kind.part,
      values: read.values,
      sectionValues: read.sectionValues,
      invalid: read.invalid,
    });
  }
  if (nameJ >= 0) appendAll(messages, duplicateNameMessages(view, records, nameJ));
  return { records, rows, messages };
}
