/**
 * What a row's words say: school type and ownership, a school already split
 * into 小学部/初中部, section label rows (一、小学), total rows (合计, 全县) and
 * notes below the table (填表人, 注：…).
 */
import type { Ownership, SchoolType, Section } from '../types';

/** Text that normalisation leaves alone: common ideographs, ASCII letters and digits (the usual school name). */
const PLAIN = /^[\u4e00-\u9fffA-Za-z0-9]*$/;

/** Width, spaces and bracket shapes unified; bracket characters kept. */
function normalizeWords(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[[【〔]/g, '(')
    .replace(/[\]】〕]/g, ')');
}

const TYPE_OF_TEXT: Record<string, SchoolType> = {};
const TYPE_WORDS: [SchoolType, string[]][] = [
  ['primary', ['小学', '完全小学', '完小', '中心小学', '中心校', '村小', '初小', '非完全小学', '不完全小学', '小学校', '小学部', '普通小学']],
  ['junior', ['初中', '初级中学', '独立初中', '初中部', '中学', '普通初中', '独立设置初中', '初中学校']],
  ['nine-year', ['九年一贯制学校', '九年一贯制', '九年一贯', '九年制学校', '九年制', '一贯制学校', '一贯制']],
  ['twelve-year', ['十二年一贯制学校', '十二年一贯制', '十二年一贯', '十二年制学校', '十二年制']],
  ['complete-secondary', ['完全中学', '完中']],
  ['teaching-point', ['教学点', '小学教学点', '村教学点']],
  ['special', ['特殊教育学校', '特殊教育', '特教', '特教学校', '特校', '特殊学校', '培智学校']],
  ['vocational', ['职业学校', '职业中学', '职业高中', '中等职业学校', '职校', '职中', '职高', '中职', '中专', '职业中专']],
  ['senior', ['高中', '高级中学', '普通高中', '高中部', '独立高中']],
];
for (const [type, words] of TYPE_WORDS) for (const word of words) TYPE_OF_TEXT[word] = type;

/**
 * Name patterns in a safe order: the specific kinds first (教学点, 特教, 职业,
 * 一贯制, 完中), a name ending in 小学 before 高中 ("高中心小学"), then 高中,
 * 初中 and plain 中学. A part suffix (城关学校小学部) falls to the section's type.
 */
const NAME_PATTERNS: [RegExp, SchoolType][] = [
  [/教学点/, 'teaching-point'],
  [/特殊教育|特教|培智|启智|启聪|启明|聋哑|聋校|盲校|聋人|盲人/, 'special'],
  [/职业|职校|职中|职高|职专|技工|中专|职教/, 'vocational'],
  [/十二年(?:一贯|制)/, 'twelve-year'],
  [/九年(?:一贯|制)|一贯制/, 'nine-year'],
  [/完全中学|完中/, 'complete-secondary'],
  [/(?:小学|完小|中心校|村小|初小)$/, 'primary'],
  [/高级中学|高中/, 'senior'],
  [/初级中学|初中/, 'junior'],
  [/小学/, 'primary'],
  [/中学/, 'junior'],
];

/**
 * A school type from a type cell's text (小学, 初级中学, 九年一贯制学校, 完中, …), or null.
 *
 * @example
 * parseSchoolType('初级中学'); // 'junior'
 * parseSchoolType('九年制');  // 'nine-year'
 */
export function parseSchoolType(text: string): SchoolType | null {
  const words = normalizeWords(text).replace(/\([^()]*\)/g, '');
  return TYPE_OF_TEXT[words] ?? inferTypeFromName(words);
}

/**
 * A school type guessed from the school's name, or null when the name does not say.
 *
 * @example
 * inferTypeFromName('城关镇中心小学');     // 'primary'
 * inferTypeFromName('南关九年一贯制学校'); // 'nine-year'
 * inferTypeFromName('城关学校');           // null
 */
export function inferTypeFromName(name: string): SchoolType | null {
  const words = normalizeWords(name).replace(/[()]/g, '');
  for (const [pattern, type] of NAME_PATTERNS) if (pattern.test(words)) return type;
  return null;
}

/**
 * The section a row already stands for: 城关学校小学部, 城关学校（初中部）, or a
 * type cell 小学部 / 初中部. Null for whole schools.
 *
 * @example
 * partOf('城关学校（初中部）'); // 'junior'
 */
export function partOf(text: string): Section | null {
  if (!text.includes('部') && !text.includes('段')) return null;
  const words = normalizeWords(text).replace(/[()]/g, '');
  if (/小学(?:部|段)$/.test(words)) return 'primary';
  if (/初中(?:部|段)$/.test(words)) return 'junior';
  return null;
}

const OWNERSHIP_OF_TEXT: Record<string, Ownership> = {
  公办: 'public', 公立: 'public', 国办: 'public', 公: 'public', 公办学校: 'public',
  民办: 'private', 私立: 'private', 民营: 'private', 私营: 'private', 民: 'private', 民办学校: 'private',
};

/**
 * Ownership from an ownership cell (公办 / 民办 and variants), or null.
 *
 * @example
 * parseOwnership('民办'); // 'private'
 */
export function parseOwnership(text: string): Ownership | null {
  return OWNERSHIP_OF_TEXT[normalizeWords(text)] ?? null;
}

/**
 * Private ownership read from a name (民办…学校, 私立…), else null: a name
 * without those words says nothing about ownership.
 *
 * @example
 * ownershipFromName('民办育才学校'); // 'private'
 */
export function ownershipFromName(name: string): Ownership | null {
  return /民办|私立/.test(name) ? 'private' : null;
}

// 全州 alone only: 全州县 is a place, and its schools are named after it.
const TOTAL = /合计|小计|总计|共计|累计|汇总|^(?:全县|全市|全区|全旗|全盟|全镇|全乡|其中)|^全州$/;

/**
 * Whether a name or first cell marks a total or subtotal row.
 *
 * @example
 * isTotalText('全县合计'); // true
 * isTotalText('其中：小学'); // true
 */
export function isTotalText(text: string): boolean {
  return TOTAL.test(normalizeWords(text));
}

const NOTE =
  /^(?:注|说明|备注|附注|填表人|填报人|填表|审核人|审核|单位负责人|负责人|制表|统计人|填报日期|填表日期|制表日期|报送日期|日期|联系电话|联系人|电话|数据来源|资料来源|签字|盖章)/;

/**
 * Whether a row's first text starts a note below the table.
 *
 * @example
 * isNoteText('填表人：张三'); // true
 */
export function isNoteText(text: string): boolean {
  return NOTE.test(normalizeWords(text));
}

const NOTE_WITH_COLON = new RegExp(`${NOTE.source.slice(0, -1)})\\s*[:：]`);

/**
 * Whether a text is written as a footer note: a note word followed by a colon
 * (注：…, 制表：王五). Such a row stays a note even with figures in it (a year, a
 * phone number); a name that merely starts with such a word (日期小学) does not.
 *
 * @example
 * isNoteHeading('制表：王五'); // true
 * isNoteHeading('日期小学');   // false
 */
export function isNoteHeading(text: string): boolean {
  return NOTE_WITH_COLON.test(normalizeWords(text));
}

/** 一、 （二） 3. 第一部分 … before a label (第一 alone starts names: 第一小学). */
const ENUMERATION = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.]|第[一二三四五六七八九十\d]+(?:部分|类|组)[、.:]?)/;

/** Grouping labels that carry no school type (城区学校, 农村部分). */
const GROUP_LABEL = /^(?:城区|城镇|镇区|乡村|农村|乡镇|县城|县直|市直|区直|城市|公办|民办)(?:学校)?(?:部分|片区|类)?$/;

/** Labels are short ("（二）九年一贯制学校部分"); longer texts are names or notes. */
const MAX_LABEL_LENGTH = 20;

const LABEL_SUFFIX = /(?:部分|学校|类|阶段|学段|段|组)$/;

export interface SectionLabel {
  /** The school type the following rows belong to, or null for a grouping label (城区学校). */
  type: SchoolType | null;
  /** Known only by its numbering (一、城关片区): a school row could look the same. */
  numbered: boolean;
}

/**
 * Whether a row's text is a section label (一、小学 / （二）初中 / 小学部分 /
 * 九年一贯制学校 / 一、城区学校), and the type it sets for the rows below.
 *
 * @example
 * sectionLabel('（二）初中');    // { type: 'junior', numbered: false }
 * sectionLabel('城关小学');      // null
 */
export function sectionLabel(text: string): SectionLabel | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  const words = normalizeWords(text);
  const rest = words.replace(ENUMERATION, '');
  if (rest === '') return null;
  const bare = rest.replace(LABEL_SUFFIX, '');
  const exact = TYPE_OF_TEXT[rest] ?? TYPE_OF_TEXT[bare];
  if (exact !== undefined) return { type: exact, numbered: false };
  if (GROUP_LABEL.test(rest)) return { type: null, numbered: false };
  if (rest !== words) return { type: inferTypeFromName(rest), numbered: true };
  return null;
}
