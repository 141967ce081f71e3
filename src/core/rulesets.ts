/**
 * Rulesets are data (spec §1): the two national ones built in, provincial ones
 * written by users as JSON and validated here; what is wrong comes back as
 * coded problems (ruleset-problems.ts), rendered by each surface in its language.
 */

import type {
  IndicatorDef,
  L10n,
  NumericField,
  Ruleset,
  Section,
} from './types';
import type { RulesetProblem } from './ruleset-problems';

// ---------------------------------------------------------------------------
// Resources: what a numerator field measures, and the defaults that follow.
// ---------------------------------------------------------------------------

interface ResourceKind {
  unit: L10n;
  countable: boolean;
  split: IndicatorDef['split'];
}

const TEACHERS: ResourceKind = { unit: { zh: '人', en: 'teachers' }, countable: true, split: 'section-columns' };
const AREA: ResourceKind = { unit: { zh: '㎡', en: 'm²' }, countable: false, split: 'weighted-pupils' };
const MONEY: ResourceKind = { unit: { zh: '元', en: 'yuan' }, countable: false, split: 'weighted-pupils' };
const ROOMS: ResourceKind = { unit: { zh: '间', en: 'rooms' }, countable: true, split: 'weighted-pupils' };
const COMPUTERS: ResourceKind = { unit: { zh: '台', en: 'computers' }, countable: true, split: 'weighted-pupils' };
const BOOKS: ResourceKind = { unit: { zh: '册', en: 'books' }, countable: true, split: 'weighted-pupils' };

/** The fields an indicator may count: school resources (not pupils, classes or class sizes). */
export const RESOURCE_FIELDS = {
  teachers: TEACHERS,
  degreeTeachers: TEACHERS,
  keyTeachers: TEACHERS,
  peArtTeachers: TEACHERS,
  seniorTeachers: TEACHERS,
  teachingSpace: AREA,
  sportsSpace: AREA,
  equipmentValue: MONEY,
  multimediaRooms: ROOMS,
  musicRooms: ROOMS,
  artRooms: ROOMS,
  computers: COMPUTERS,
  books: BOOKS,
} satisfies Partial<Record<NumericField, ResourceKind>>;

type ResourceField = keyof typeof RESOURCE_FIELDS;
/** The ids of RESOURCE_FIELDS, as zod's enum takes them. */
export const RESOURCE_FIELD_IDS = Object.keys(RESOURCE_FIELDS) as [ResourceField, ...ResourceField[]];

/** A built-in indicator: one resource field, scale, names and thresholds. */
function indicator(
  id: string,
  name: L10n,
  field: ResourceField,
  scale: number,
  standard: Record<Section, number | null>,
  decimals?: number,
): IndicatorDef {
  const { unit, countable, split } = RESOURCE_FIELDS[field];
  const def: IndicatorDef = { id, name, numerator: [field], scale, direction: '>=', standard, unit, countable, split };
  return decimals === undefined ? def : { ...def, decimals };
}

const NO_STANDARD = { primary: null, junior: null };

// ---------------------------------------------------------------------------
// Built-in rulesets.
// ---------------------------------------------------------------------------

/** 优质均衡 (教督〔2017〕6号): seven indicators, 6 of 7 with the seventh ≥ 85 %, every CV within its limit. */
export const QUALITY_2017: Ruleset = {
  id: 'quality-2017',
  name: { zh: '优质均衡（教督〔2017〕6号）', en: 'Quality balance (2017 measures)' },
  indicators: [
    indicator('degree-teachers',
      { zh: '每百名学生拥有高于规定学历教师数', en: 'Teachers above the required qualification per 100 pupils' },
      'degreeTeachers', 100, { primary: 4.2, junior: 5.3 }),
    indicator('key-teachers',
      { zh: '每百名学生拥有县级及以上骨干教师数', en: 'County-level or higher key teachers per 100 pupils' },
      'keyTeachers', 100, { primary: 1.0, junior: 1.0 }),
    indicator('pe-art-teachers',
      { zh: '每百名学生拥有体育、艺术（美术、音乐）专任教师数', en: 'PE and arts (fine art, music) teachers per 100 pupils' },
      'peArtTeachers', 100, { primary: 0.9, junior: 0.9 }),
    indicator('teaching-space',
      { zh: '生均教学及辅助用房面积', en: 'Teaching and auxiliary space per pupil' },
      'teachingSpace', 1, { primary: 4.5, junior: 5.8 }),
    indicator('sports-space',
      { zh: '生均体育运动场馆面积', en: 'Sports grounds and halls per pupil' },
      'sportsSpace', 1, { primary: 7.5, junior: 10.2 }),
    indicator('equipment',
      { zh: '生均教学仪器设备值', en: 'Teaching equipment value per pupil' },
      'equipmentValue', 1, { primary: 2000, junior: 2500 }),
    indicator('multimedia-rooms',
      { zh: '每百名学生拥有网络多媒体教室数', en: 'Networked multimedia classrooms per 100 pupils' },
      'multimediaRooms', 100, { primary: 2.3, junior: 2.4 }),
  ],
  schoolRule: { maxMisses: 1, floorRatio: 0.85 },
  countyRule: { mode: 'per-indicator', limits: { primary: 0.5, junior: 0.45 } },
  exclusions: { teachingPointMinPupils: 50, excludePrivate: false },
  checks: {
    schoolSize: { max: 2000, maxMultiSection: 2500 },
    classSize: { primary: 45, junior: 50 },
    specialRooms: { perClasses: 12 },
  },
};

/** 基本均衡 (教督〔2012〕3号): eight indicators, no national school thresholds, composite CV. */
export const BASIC_2012: Ruleset = {
  id: 'basic-2012',
  name: { zh: '基本均衡（教督〔2012〕3号）', en: 'Basic balance (2012 measures)' },
  indicators: [
    indicator('teaching-space',
      { zh: '生均教学及辅助用房面积', en: 'Teaching and auxiliary space per pupil' },
      'teachingSpace', 1, NO_STANDARD),
    indicator('sports-space',
      { zh: '生均体育运动场馆面积', en: 'Sports grounds and halls per pupil' },
      'sportsSpace', 1, NO_STANDARD),
    indicator('equipment',
      { zh: '生均教学仪器设备值', en: 'Teaching equipment value per pupil' },
      'equipmentValue', 1, NO_STANDARD),
    indicator('computers',
      { zh: '每百名学生拥有计算机台数', en: 'Computers per 100 pupils' },
      'computers', 100, NO_STANDARD),
    indicator('books',
      { zh: '生均图书册数', en: 'Books per pupil' },
      'books', 1, NO_STANDARD),
    indicator('teachers',
      { zh: '师生比', en: 'Teachers per pupil' },
      'teachers', 1, NO_STANDARD, 3),
    indicator('degree-teachers',
      { zh: '生均高于规定学历教师数', en: 'Teachers above the required qualification per pupil' },
      'degreeTeachers', 1, NO_STANDARD, 3),
    indicator('senior-teachers',
      { zh: '生均中级及以上专业技术职务教师数', en: 'Teachers with intermediate or higher titles per pupil' },
      'seniorTeachers', 1, NO_STANDARD, 3),
  ],
  schoolRule: { maxMisses: 0, floorRatio: null },
  countyRule: { mode: 'composite', limits: { primary: 0.65, junior: 0.55 } },
  exclusions: { teachingPointMinPupils: null, excludePrivate: true },
  checks: {},
};

export const BUILTIN_RULESETS: readonly Ruleset[] = [QUALITY_2017, BASIC_2012];

/**
 * A built-in ruleset's short Chinese name: 优质均衡 for 优质均衡（教督〔2017〕6号）.
 *
 * @example
 * rulesetShortName(BASIC_2012); // '基本均衡'
 */
export function rulesetShortName(ruleset: Ruleset): string {
  return ruleset.name.zh.split('（')[0];
}

/**
 * A built-in ruleset by its id or its Chinese name (short or full).
 *
 * @example
 * getBuiltinRuleset('basic-2012')?.countyRule.mode; // 'composite'
 * getBuiltinRuleset('基本均衡')?.id;                 // 'basic-2012'
 * getBuiltinRuleset('nope'); // null
 */
export function getBuiltinRuleset(name: string): Ruleset | null {
  const word = name.normalize('NFKC').trim();
  return BUILTIN_RULESETS.find((r) => r.id === word || rulesetShortName(r) === word || r.name.zh.normalize('NFKC') === word) ?? null;
}

// ---------------------------------------------------------------------------
// User rulesets: validated by the zod schema in ruleset-schema.ts, loaded on the
// first user ruleset (zod's start-up would be a tenth of a command-line run that
// only uses a built-in ruleset).
// ---------------------------------------------------------------------------

function rulesetSchema(): typeof import('./ruleset-schema') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return require('./ruleset-schema');
}

export type ParseRulesetResult = { ok: true; ruleset: Ruleset } | { ok: false; problems: RulesetProblem[] };

/**
 * Validates a user ruleset (parsed JSON). Names and units may be plain strings;
 * `unit`, `countable` and `split` follow from the numerator field when omitted;
 * `exclusions` default to the national ones of quality-2017 and `checks` to none.
 *
 * @example
 * parseRuleset({ id: 'x', name: '示例', indicators: [], schoolRule: { maxMisses: 0 },
 *   countyRule: { limits: { primary: 0.5, junior: 0.45 } } });
 * // { ok: false, problems: [{ path: 'indicators', code: 'ruleset-too-few', params: { min: 1 } }] }
 */
export function parseRuleset(json: unknown): ParseRulesetResult {
  return rulesetSchema().parseRulesetJson(json);
}

/**
 * A built-in id, or the JSON text of a user ruleset. Blank means the default,
 * quality-2017.
 *
 * @example
 * resolveRuleset('basic-2012');            // { ok: true, ruleset: BASIC_2012 }
 * resolveRuleset('{"id": "x"}').ok;        // false, with the missing fields named
 */
export function resolveRuleset(idOrJson: string | null | undefined): ParseRulesetResult {
  const text = (idOrJson ?? '').trim();
  if (text === '') return { ok: true, ruleset: QUALITY_2017 };
  const builtin = getBuiltinRuleset(text);
  if (builtin !== null) return { ok: true, ruleset: builtin };
  if (!text.startsWith('{')) {
    const params = {
      name: text,
      names: BUILTIN_RULESETS.map(rulesetShortName),
      ids: BUILTIN_RULESETS.map((r) => r.id),
      default: QUALITY_2017.id,
    };
    return { ok: false, problems: [{ path: '', code: 'ruleset-unknown-name', params }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', code: 'ruleset-not-json', params: { detail } }] };
  }
  return parseRuleset(json);
}

// ---------------------------------------------------------------------------
// Looking things up by what users type.
// ---------------------------------------------------------------------------

/** Full-width to half-width, no spaces, lower case: '生均 教学及辅助用房面积' matches. */
function normalizeKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * An indicator by its id or its Chinese (or English) name, tolerant of spaces
 * and full-width characters. Null when the ruleset has no such indicator.
 *
 * @example
 * findIndicator(QUALITY_2017, '生均教学及辅助用房面积')?.id; // 'teaching-space'
 * findIndicator(QUALITY_2017, 'ＴＥＡＣＨＩＮＧ-space')?.id;  // 'teaching-space'
 */
export function findIndicator(ruleset: Ruleset, idOrName: string): IndicatorDef | null {
  const key = normalizeKey(idOrName);
  if (key === '') return null;
  return (
    ruleset.indicators.find(
      (def) =>
        normalizeKey(def.id) === key || normalizeKey(def.name.zh) === key || normalizeKey(def.name.en) === key,
    ) ?? null
  );
}

const SECTION_NAMES = new Map<string, Section>([
  ['小学', 'primary'],
  ['primary', 'primary'],
  ['初中', 'junior'],
  ['junior', 'junior'],
]);

/**
 * 小学 / 初中 / primary / junior (any case, spaces trimmed); null otherwise.
 *
 * @example
 * parseSection(' Primary '); // 'primary'
 * parseSection('初中');      // 'junior'
 */
export function parseSection(text: string): Section | null {
  return SECTION_NAMES.get(normalizeKey(text)) ?? null;
}
