/**
 * Workbook fields and the header texts that name them (contract §1). Matching is
 * tolerant: width (NFKC), spaces, line breaks and brackets are normalised, units
 * are taken out of the text (万元 → factor 10 000), and a section word (小学/初中/高中)
 * before or after the label makes the column section-specific.
 */
import type { FieldId, L10n, NumericField, Section } from './types';

/** What users call each field, for mapping screens and messages. */
export const FIELD_LABELS: Record<FieldId, L10n> = {
  name: { zh: '学校名称', en: 'school name' },
  type: { zh: '学校类型', en: 'school type' },
  ownership: { zh: '办学性质', en: 'ownership' },
  pupils: { zh: '在校生数', en: 'pupils' },
  primaryPupils: { zh: '小学在校生数', en: 'primary pupils' },
  juniorPupils: { zh: '初中在校生数', en: 'junior secondary pupils' },
  seniorPupils: { zh: '高中在校生数', en: 'senior secondary pupils' },
  classes: { zh: '班级数', en: 'classes' },
  maxClassSize: { zh: '最大班额', en: 'largest class size' },
  teachers: { zh: '专任教师数', en: 'full-time teachers' },
  degreeTeachers: { zh: '高于规定学历教师数', en: 'teachers above the required degree' },
  keyTeachers: { zh: '县级及以上骨干教师数', en: 'key teachers (county level or above)' },
  peArtTeachers: { zh: '体育、艺术（美术、音乐）专任教师数', en: 'PE and art (music, fine art) teachers' },
  seniorTeachers: { zh: '中级及以上专业技术职务教师数', en: 'teachers with intermediate or senior titles' },
  teachingSpace: { zh: '教学及辅助用房面积', en: 'teaching and auxiliary floor space' },
  sportsSpace: { zh: '体育运动场馆面积', en: 'sports grounds and halls area' },
  equipmentValue: { zh: '教学仪器设备值', en: 'teaching equipment value' },
  multimediaRooms: { zh: '网络多媒体教室数', en: 'networked multimedia classrooms' },
  computers: { zh: '计算机台数', en: 'computers' },
  books: { zh: '图书册数', en: 'books' },
  musicRooms: { zh: '音乐专用教室数', en: 'music rooms' },
  artRooms: { zh: '美术专用教室数', en: 'art rooms' },
};

/** The text fields; every other field is numeric. */
const TEXT_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['name', 'type', 'ownership']);

/**
 * Whether a field holds numbers.
 *
 * @example
 * isNumericField('pupils'); // true
 * isNumericField('name');   // false
 */
export function isNumericField(field: FieldId): field is NumericField {
  return !TEXT_FIELDS.has(field);
}

/**
 * Fields that may be spread over several columns that add up
 * (体育 + 音乐 + 美术 teachers; 运动场地 + 体育馆 areas).
 */
export const ADDITIVE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['peArtTeachers', 'sportsSpace']);

/**
 * The largest value one school can believably have, in base units. Larger
 * values are still read, but flagged: they are usually a unit slip (元 entered
 * under a 万元 header) or a typo.
 */
export const PLAUSIBLE_MAX: Record<NumericField, number> = {
  pupils: 30000,
  primaryPupils: 30000,
  juniorPupils: 30000,
  seniorPupils: 30000,
  classes: 600,
  maxClassSize: 200,
  teachers: 3000,
  degreeTeachers: 3000,
  keyTeachers: 3000,
  peArtTeachers: 3000,
  seniorTeachers: 3000,
  teachingSpace: 2e6,
  sportsSpace: 2e6,
  equipmentValue: 1e9,
  multimediaRooms: 3000,
  computers: 50000,
  books: 5e6,
  musicRooms: 300,
  artRooms: 300,
};

export interface HeaderMatch {
  field: FieldId;
  /** Multiplier to the base unit: 10000 for 万元, otherwise 1. */
  factor: number;
  /** Set for one section's column (小学高于规定学历教师数). */
  section?: Section;
  /** True for one part of an additive field (体育教师数, 体育馆面积); parts add up. */
  component?: boolean;
}

/** Sections a header may name; 高中 columns exist but the evaluation does not use their teachers. */
type HeaderSection = Section | 'senior';

const SECTION_OF_WORD: Record<string, HeaderSection> = { 小学: 'primary', 初中: 'junior', 高中: 'senior' };

const UNIT = /^(?:单位:?)?(万|千)?(元|人|名|个|位|所|间|台|册|本|套|件|班|平方米|平米|平方|m2|人数|间数|台数|册数|个数)?$/;

const SECTION_WORD = /^(?:其中)?(小学|初中|高中)(?:部|段|学段|部分)?$/;

/**
 * The multiplier a unit text stands for (万元 → 10000, 人 → 1), or null when the
 * text is not a unit. Expects normalised text (see {@link normalizeLabel}).
 *
 * @example
 * unitFactor('万元'); // 10000
 * unitFactor('m2');   // 1
 * unitFactor('学校'); // null
 */
export function unitFactor(text: string): number | null {
  const match = UNIT.exec(text);
  if (match === null || (match[1] === undefined && match[2] === undefined)) return null;
  if (match[1] === '万') return 10000;
  if (match[1] === '千') return 1000;
  return 1;
}

/**
 * Width (NFKC), whitespace and line breaks, and bracket shapes unified, so that
 * header and unit texts compare.
 *
 * @example
 * normalizeLabel('（万元）'); // '(万元)'
 * normalizeLabel('在校\n生数'); // '在校生数'
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[[【〔〈《{]/g, '(')
    .replace(/[\]】〕〉》}]/g, ')');
}

/**
 * Whether a whole header cell is only a unit, as in a unit row under the header
 * ("（人）", "万元", "单位：平方米"); returns its factor or null.
 *
 * @example
 * unitCellFactor('（万元）'); // 10000
 * unitCellFactor('在校生数'); // null
 */
export function unitCellFactor(text: string): number | null {
  const label = normalizeLabel(text);
  const inner = /^\((.*)\)$/.exec(label);
  return unitFactor(inner === null ? label : inner[1]);
}

interface NormalizedHeader {
  /** The label without units, brackets, punctuation and section words. */
  core: string;
  /** The unit's factor when the header names one. */
  factor: number | null;
  section: HeaderSection | null;
}

const PUNCTUATION = /[、,，.。·・:：;；/\\\-_—"'“”‘’()*※#№!?]/g;

/**
 * Take a header apart: units ("（万元）", "/平方米", trailing 万元), a section word
 * ("小学…", "…（初中）"), bracketed remarks, punctuation.
 */
function normalizeHeader(text: string): NormalizedHeader {
  let factor: number | null = null;
  let section: HeaderSection | null = null;
  let label = normalizeLabel(text).replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const unit = unitFactor(inner);
    const word = SECTION_WORD.exec(inner);
    if (unit !== null) factor = unit;
    else if (word !== null) section = SECTION_OF_WORD[word[1]];
    // Other bracketed text is a remark (学校(单位)名称, 骨干教师数(县级及以上)).
    return '';
  });
  const unitTail = /^(.+?)(?:\/|单位:?)([^/]+)$/.exec(label);
  if (unitTail !== null && unitFactor(unitTail[2]) !== null) {
    factor = unitFactor(unitTail[2]);
    label = unitTail[1];
  }
  const moneyTail = /^(.+?)(万元|千元|平方米|m2)$/.exec(label);
  if (moneyTail !== null) {
    factor = unitFactor(moneyTail[2]);
    label = moneyTail[1];
  }
  let core = label.replace(PUNCTUATION, '').replace(/^\d+/, '').replace(/其中/g, '');
  // 在校生合计, 体育运动场馆面积总计: the total of the field itself.
  core = core.replace(/^(.+?)(?:合计|小计|总计)$/, '$1');
  // A bare section word (小学, 初中部) stays whole: it is a sub-column under a parent.
  const bare = SECTION_WORD.test(core);
  const lead = bare ? null : /^(小学|初中|高中)(?:部|段|学段)?(.+)$/.exec(core);
  const tail = bare ? null : /^(.+?)(小学|初中|高中)(?:部|段|学段)?$/.exec(core);
  if (lead !== null) {
    section = SECTION_OF_WORD[lead[1]];
    core = lead[2];
  } else if (tail !== null) {
    section = SECTION_OF_WORD[tail[2]];
    core = tail[1];
  }
  return { core, factor, section };
}

interface FieldRule {
  field: FieldId;
  pattern: RegExp;
  component?: boolean;
}

const COUNT = '(?:数|人数|总数|数量)?';
const TEACHER = `(?:专任)?教师${COUNT}`;

/**
 * Header cores of each field, tried in order; the first match wins. Patterns are
 * anchored so that overlapping labels (学生数 / 在校生数小学, 体育运动场馆面积 /
 * 体育教师, 骨干教师数 / 专任教师数) cannot capture each other.
 */
const FIELD_RULES: FieldRule[] = [
  { field: 'name', pattern: /^(?:学校|学校名称|学校全称|校名|校名称|单位|单位名称|学校单位名称|名称)$/ },
  { field: 'type', pattern: /^(?:(?:学校|办学)?(?:类型|类别)|学段|办学层次|学校层次)$/ },
  { field: 'ownership', pattern: /^(?:办学性质|学校性质|举办者|举办者类型|举办主体|举办性质|公办民办|公民办|办学体制|性质)$/ },
  { field: 'pupils', pattern: /^(?:(?:在校|在籍)(?:学生|生)|学生|生)(?:总)?(?:数|人数|总数)?$/ },
  { field: 'classes', pattern: /^(?:(?:班级|教学班)(?:数|个数|总数|数量)?|班数)$/ },
  { field: 'maxClassSize', pattern: /^最大班(?:额|级人数|级规模)(?:人数)?$/ },
  { field: 'teachers', pattern: new RegExp(`^专任教师${COUNT}$`) },
  { field: 'degreeTeachers', pattern: new RegExp(`^(?:具有)?(?:高于规定学历|高学历)(?:的)?(?:${TEACHER})?$`) },
  {
    field: 'keyTeachers',
    pattern: new RegExp(`^(?:县级及以上|县级以上|县及县以上|县级及县级以上|县级及县以上)?骨干${TEACHER}$`),
  },
  { field: 'peArtTeachers', pattern: new RegExp(`^(?:体育艺术.*|体艺|音体美|体音美)${TEACHER}$`) },
  { field: 'peArtTeachers', pattern: new RegExp(`^(?:体育|音乐|美术|艺术|体育与健康)${TEACHER}$`), component: true },
  {
    field: 'seniorTeachers',
    pattern: new RegExp(`^(?:具有)?中级(?:及|和|或)?以上(?:专业技术)?(?:职务|职称)?(?:的)?(?:${TEACHER})?$`),
  },
  { field: 'teachingSpace', pattern: /^教学(?:及|和|与)?辅助用房(?:建筑)?(?:面积)?$/ },
  { field: 'sportsSpace', pattern: /^体育(?:运动)?场馆(?:总)?(?:面积)?$/ },
  {
    field: 'sportsSpace',
    pattern: /^(?:体育)?(?:运动场|运动场地|田径场|操场|室外运动场地?|室外体育场地?|体育运动场地|体育馆|风雨操场|室内体育馆|室内运动场馆?)(?:面积)?$/,
    component: true,
  },
  { field: 'equipmentValue', pattern: /^(?:教学)?仪器设备(?:资产)?(?:总)?(?:价)?(?:值|金额)?$/ },
  { field: 'multimediaRooms', pattern: /^(?:网络)?多媒体教室(?:数|间数|总数)?$/ },
  { field: 'computers', pattern: /^(?:教学用|学生用|师生用)?(?:计算机|电脑)(?:台数|数|总数|数量)?$/ },
  { field: 'books', pattern: /^(?:图书|藏书)(?:册数|数|总数|总册数|藏量|量|总量)?$/ },
  { field: 'musicRooms', pattern: /^音乐(?:专用)?教室(?:数|间数)?$/ },
  { field: 'artRooms', pattern: /^美术(?:专用)?教室(?:数|间数)?$/ },
];

/** Computed indicator columns (生均…, 每百名学生拥有…, 是否达标) are not raw fields. */
const DERIVED = /^(?:生均|每百|百名|师生比|差异系数)|率$|比例|达标|标准|差距|缺口|是否/;

function matchCore(core: string): FieldRule | null {
  if (core === '' || DERIVED.test(core)) return null;
  return FIELD_RULES.find((rule) => rule.pattern.test(core)) ?? null;
}

const SECTION_PUPILS: Record<HeaderSection, NumericField> = {
  primary: 'primaryPupils',
  junior: 'juniorPupils',
  senior: 'seniorPupils',
};

/** A rule's field read for one section: 在校生数 → 小学在校生数; teachers keep the field and carry the section. */
function withSection(rule: FieldRule, section: HeaderSection | null, factor: number): HeaderMatch | null {
  const component = rule.component === true ? { component: true } : {};
  if (section === null) return { field: rule.field, factor, ...component };
  if (rule.field === 'pupils') return { field: SECTION_PUPILS[section], factor };
  if (section === 'senior' || !isNumericField(rule.field)) return null;
  return { field: rule.field, factor, section, ...component };
}

/**
 * The field a header text names, with its unit factor and section, or null.
 *
 * @example
 * matchHeader('教学仪器设备值（万元）'); // { field: 'equipmentValue', factor: 10000 }
 * matchHeader('小学在校生数');          // { field: 'primaryPupils', factor: 1 }
 * matchHeader('小学高于规定学历教师数'); // { field: 'degreeTeachers', factor: 1, section: 'primary' }
 */
export function matchHeader(text: string): HeaderMatch | null {
  const header = normalizeHeader(text);
  const rule = matchCore(header.core);
  return rule === null ? null : withSection(rule, header.section, header.factor ?? 1);
}

/** Sub-column words that read as their parent's total (在校生数 / 合计). */
const TOTAL_WORD = /^(?:合计|小计|总计|共计|总数|总|计|数量|人数|数|总量|面积|总面积)$/;

/** Sub-columns of a 体育、艺术 teachers parent. */
const PE_ART_PART = /^(?:体育|音乐|美术|艺术|体育与健康)(?:专任)?(?:教师)?(?:数|人数)?$/;

/** Sub-columns of a 体育运动场馆面积 parent. */
const SPORTS_PART = /^(?:室外|室内|运动场|运动场地|田径场|操场|场地|体育馆|风雨操场|场馆)(?:面积)?$/;

/** The field a sub-column reads as, from its parent's field and section and its own word. */
function childOfParent(
  parent: FieldRule,
  parentSection: HeaderSection | null,
  child: NormalizedHeader,
  factor: number,
): HeaderMatch | null | undefined {
  const section = SECTION_WORD.exec(child.core);
  if (section !== null) return withSection(parent, SECTION_OF_WORD[section[1]], factor);
  if (TOTAL_WORD.test(child.core)) return withSection({ field: parent.field, pattern: parent.pattern }, parentSection, factor);
  const isPart =
    (parent.field === 'peArtTeachers' && PE_ART_PART.test(child.core)) ||
    (parent.field === 'sportsSpace' && SPORTS_PART.test(child.core));
  if (isPart) return withSection({ field: parent.field, pattern: parent.pattern, component: true }, parentSection, factor);
  return undefined;
}

interface Interpretation {
  match: HeaderMatch | null;
  usedParent: boolean;
  usedChild: boolean;
}

/**
 * The field of a column under a two-row header: a parent label (merged over
 * several columns) and the column's own label. 在校生数 / 小学 → primaryPupils,
 * 体育、艺术专任教师数 / 音乐 → a peArtTeachers part, 小学 / 骨干教师数 → keyTeachers
 * for primary. Unknown sub-columns under a known parent (在校生数 / 其中女) map to
 * nothing. Also says which of the two texts the answer rests on.
 *
 * @example
 * matchSubHeader('在校生数', '初中').match; // { field: 'juniorPupils', factor: 1 }
 */
export function matchSubHeader(parent: string, child: string): Interpretation {
  const p = normalizeHeader(parent);
  const c = normalizeHeader(child);
  const factor = c.factor ?? p.factor ?? 1;
  const parentRule = matchCore(p.core);
  if (parentRule !== null) {
    const sub = childOfParent(parentRule, p.section, c, factor);
    if (sub !== undefined) return { match: sub, usedParent: true, usedChild: true };
  }
  const childRule = matchCore(c.core);
  const parentSection = SECTION_WORD.exec(p.core);
  if (childRule !== null && parentSection !== null) {
    return { match: withSection(childRule, SECTION_OF_WORD[parentSection[1]], factor), usedParent: true, usedChild: true };
  }
  if (childRule !== null) return { match: withSection(childRule, c.section, factor), usedParent: false, usedChild: true };
  const joined = matchHeader(child + parent) ?? matchHeader(parent + child);
  return { match: joined, usedParent: joined !== null, usedChild: joined !== null };
}
