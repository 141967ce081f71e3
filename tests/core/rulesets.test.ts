import { readFileSync } from 'fs';
import { join } from 'path';
import {
  BASIC_2012,
  BUILTIN_RULESETS,
  QUALITY_2017,
  findIndicator,
  getBuiltinRuleset,
  parseRuleset,
  parseSection,
  resolveRuleset,
} from '../../src/core/rulesets';
import { rulesetProblemText, type RulesetProblem } from '../../src/core/ruleset-problems';
import type { Lang, Ruleset } from '../../src/core/types';

function byId(ruleset: Ruleset, id: string) {
  const def = ruleset.indicators.find((d) => d.id === id);
  if (def === undefined) throw new Error(`no indicator ${id}`);
  return def;
}

/** A minimal valid user ruleset, to vary one field at a time. */
function userRuleset(): Record<string, unknown> {
  return {
    id: 'county-test',
    name: '测试规则',
    indicators: [
      { id: 'books', name: '生均图书册数', numerator: 'books', standard: { primary: 25, junior: 40 } },
      { id: 'teaching-space', name: '生均教学及辅助用房面积', numerator: ['teachingSpace'], standard: 4.5 },
      { id: 'computers', name: '每百名学生拥有计算机台数', numerator: 'computers', scale: 100, standard: { primary: 10, junior: 12 } },
    ],
    schoolRule: { maxMisses: 1, floorRatio: 0.6 },
    countyRule: { mode: 'per-indicator', limits: { primary: 0.5, junior: 0.45 } },
  };
}

function problemsOf(json: unknown): RulesetProblem[] {
  const result = parseRuleset(json);
  if (result.ok) throw new Error('expected the ruleset to be rejected');
  return result.problems;
}

/** The problems as the command line prints them, in one language. */
function errorsOf(json: unknown, lang: Lang = 'zh'): string[] {
  return problemsOf(json).map((problem) => rulesetProblemText(problem, lang, 'cli'));
}

describe('QUALITY_2017', () => {
  it('has the seven indicators of the 2017 measures with their thresholds', () => {
    expect(QUALITY_2017.id).toBe('quality-2017');
    const table = QUALITY_2017.indicators.map((d) => [d.id, d.standard.primary, d.standard.junior, d.scale, d.unit.zh]);
    expect(table).toEqual([
      ['degree-teachers', 4.2, 5.3, 100, '人'],
      ['key-teachers', 1.0, 1.0, 100, '人'],
      ['pe-art-teachers', 0.9, 0.9, 100, '人'],
      ['teaching-space', 4.5, 5.8, 1, '㎡'],
      ['sports-space', 7.5, 10.2, 1, '㎡'],
      ['equipment', 2000, 2500, 1, '元'],
      ['multimedia-rooms', 2.3, 2.4, 100, '间'],
    ]);
    expect(byId(QUALITY_2017, 'pe-art-teachers').name.zh).toBe('每百名学生拥有体育、艺术（美术、音乐）专任教师数');
    expect(QUALITY_2017.indicators.every((d) => d.direction === '>=')).toBe(true);
  });

  it('counts teachers and rooms, splits physical resources by weighted pupils and teachers by section columns', () => {
    const kinds = QUALITY_2017.indicators.map((d) => [d.id, d.countable, d.split]);
    expect(kinds).toEqual([
      ['degree-teachers', true, 'section-columns'],
      ['key-teachers', true, 'section-columns'],
      ['pe-art-teachers', true, 'section-columns'],
      ['teaching-space', false, 'weighted-pupils'],
      ['sports-space', false, 'weighted-pupils'],
      ['equipment', false, 'weighted-pupils'],
      ['multimedia-rooms', true, 'weighted-pupils'],
    ]);
  });

  it('has the 6-of-7 rule with the 85 % floor, per-indicator CV limits, exclusions and checks', () => {
    expect(QUALITY_2017.schoolRule).toEqual({ maxMisses: 1, floorRatio: 0.85 });
    expect(QUALITY_2017.countyRule).toEqual({ mode: 'per-indicator', limits: { primary: 0.5, junior: 0.45 } });
    expect(QUALITY_2017.exclusions).toEqual({ teachingPointMinPupils: 50, excludePrivate: false });
    expect(QUALITY_2017.checks).toEqual({
      schoolSize: { max: 2000, maxMultiSection: 2500 },
      classSize: { primary: 45, junior: 50 },
      specialRooms: { perClasses: 12 },
    });
  });
});

describe('BASIC_2012', () => {
  it('has eight indicators without standards; the last three per pupil', () => {
    expect(BASIC_2012.id).toBe('basic-2012');
    expect(BASIC_2012.indicators.map((d) => [d.id, d.scale, d.unit.zh])).toEqual([
      ['teaching-space', 1, '㎡'],
      ['sports-space', 1, '㎡'],
      ['equipment', 1, '元'],
      ['computers', 100, '台'],
      ['books', 1, '册'],
      ['teachers', 1, '人'],
      ['degree-teachers', 1, '人'],
      ['senior-teachers', 1, '人'],
    ]);
    expect(BASIC_2012.indicators.every((d) => d.standard.primary === null && d.standard.junior === null)).toBe(true);
    expect(byId(BASIC_2012, 'books')).toMatchObject({ countable: true, split: 'weighted-pupils' });
    expect(byId(BASIC_2012, 'computers')).toMatchObject({ countable: true, split: 'weighted-pupils' });
    expect(byId(BASIC_2012, 'teachers')).toMatchObject({ countable: true, split: 'section-columns' });
  });

  it('judges the composite CV, leaves out private schools and all teaching points', () => {
    expect(BASIC_2012.schoolRule).toEqual({ maxMisses: 0, floorRatio: null });
    expect(BASIC_2012.countyRule).toEqual({ mode: 'composite', limits: { primary: 0.65, junior: 0.55 } });
    expect(BASIC_2012.exclusions).toEqual({ teachingPointMinPupils: null, excludePrivate: true });
    expect(BASIC_2012.checks).toEqual({});
  });
});

describe('getBuiltinRuleset', () => {
  it('finds the built-ins by id and nothing else', () => {
    expect(BUILTIN_RULESETS).toEqual([QUALITY_2017, BASIC_2012]);
    expect(getBuiltinRuleset('basic-2012')).toBe(BASIC_2012);
    expect(getBuiltinRuleset(' quality-2017 ')).toBe(QUALITY_2017);
    expect(getBuiltinRuleset('quality-2018')).toBeNull();
  });
});

describe('parseRuleset', () => {
  it('accepts the built-ins written as JSON', () => {
    for (const ruleset of BUILTIN_RULESETS) {
      expect(parseRuleset(JSON.parse(JSON.stringify(ruleset)))).toEqual({ ok: true, ruleset });
    }
  });

  it('accepts the provincial sample ruleset', () => {
    const text = readFileSync(join(__dirname, '../../samples/rulesets/province-example.json'), 'utf8');
    const result = parseRuleset(JSON.parse(text));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const books = byId(result.ruleset, 'books');
    expect(books.standard).toEqual({ primary: 25, junior: 40 });
    expect(result.ruleset.schoolRule).toEqual({ maxMisses: 2, floorRatio: 0.6 });
    expect(byId(result.ruleset, 'teachers').split).toBe('section-columns');
  });

  it('fills in defaults: plain names, one numerator field, unit and kind from the field, exclusions and checks', () => {
    const result = parseRuleset(userRuleset());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { ruleset } = result;
    expect(ruleset.name).toEqual({ zh: '测试规则', en: '测试规则' });
    expect(byId(ruleset, 'books')).toEqual({
      id: 'books',
      name: { zh: '生均图书册数', en: '生均图书册数' },
      numerator: ['books'],
      scale: 1,
      direction: '>=',
      standard: { primary: 25, junior: 40 },
      unit: { zh: '册', en: 'books' },
      countable: true,
      split: 'weighted-pupils',
    });
    expect(byId(ruleset, 'teaching-space').standard).toEqual({ primary: 4.5, junior: 4.5 });
    expect(byId(ruleset, 'teaching-space').countable).toBe(false);
    expect(ruleset.exclusions).toEqual({ teachingPointMinPupils: 50, excludePrivate: false });
    expect(ruleset.checks).toEqual({});
  });

  it('names the offending field path in plain words', () => {
    const json = userRuleset();
    (json.indicators as Record<string, unknown>[])[2].standard = { primary: '10', junior: 12 };
    expect(problemsOf(json)).toEqual([
      { path: 'indicators[2].standard.primary', code: 'ruleset-type', params: { type: { zh: '数字', en: 'a number' } } },
    ]);
    expect(errorsOf(json)).toEqual(['indicators[2].standard.primary：应为数字']);
    expect(errorsOf(json, 'en')).toEqual(['indicators[2].standard.primary: must be a number']);
  });

  it('rejects unknown numerator fields', () => {
    const json = userRuleset();
    (json.indicators as Record<string, unknown>[])[0].numerator = 'library';
    const [error] = errorsOf(json);
    expect(error).toMatch(/^indicators\[0\]\.numerator\[0\]：未知的值 "library"/);
    expect(error).toContain('"books"');
  });

  it('rejects duplicate indicator ids, also alongside other errors', () => {
    const json = userRuleset();
    (json.indicators as Record<string, unknown>[])[2].id = 'books';
    expect(problemsOf(json)).toEqual([{ path: 'indicators[2].id', code: 'ruleset-duplicate-id', params: { id: 'books' } }]);
    expect(errorsOf(json, 'en')).toEqual(['indicators[2].id: duplicate indicator id "books"']);
    json.schoolRule = { maxMisses: -1 };
    expect(errorsOf(json)).toHaveLength(2);
  });

  it('rejects limits and thresholds ≤ 0', () => {
    const json = userRuleset();
    json.countyRule = { limits: { primary: 0, junior: -0.1 } };
    json.checks = { classSize: { primary: 45, junior: 0 } };
    expect(errorsOf(json)).toEqual([
      'countyRule.limits.primary：应大于 0',
      'countyRule.limits.junior：应大于 0',
      'checks.classSize.junior：应大于 0',
    ]);
  });

  it('says what is missing, misspelt or of the wrong kind', () => {
    expect(errorsOf({ id: 'x' })).toEqual([
      'name：缺少此项',
      'indicators：缺少此项',
      'schoolRule：缺少此项',
      'countyRule：缺少此项',
    ]);
    expect(errorsOf({ id: 'x' }, 'en')[0]).toBe('name: is missing');
    const json = userRuleset();
    (json.indicators as Record<string, unknown>[])[1].stanard = 5;
    (json.indicators as Record<string, unknown>[])[0].name = { zh: 1, en: 'Books' };
    json.schoolRule = { maxMisses: 1.5, floorRatio: 1.2 };
    json.id = '县规则';
    expect(errorsOf(json)).toEqual([
      'id：只能用英文字母、数字、- 和 _',
      'indicators[0].name.zh：应为文字',
      'indicators[1]：未知的项 "stanard"',
      'schoolRule.maxMisses：应为整数',
      'schoolRule.floorRatio：应不大于 1',
    ]);
    expect(errorsOf(json, 'en')).toEqual([
      'id: use only ASCII letters, digits, - and _',
      'indicators[0].name.zh: must be text',
      'indicators[1]: unknown field(s) "stanard"',
      'schoolRule.maxMisses: must be a whole number',
      'schoolRule.floorRatio: must be at most 1',
    ]);
    expect(errorsOf(42)).toEqual(['应为对象 {…}']);
    expect(errorsOf(42, 'en')).toEqual(['must be an object {…}']);
  });
});

describe('resolveRuleset', () => {
  it('takes a built-in id, blank for the default, or ruleset JSON', () => {
    expect(resolveRuleset('basic-2012')).toEqual({ ok: true, ruleset: BASIC_2012 });
    expect(resolveRuleset('')).toEqual({ ok: true, ruleset: QUALITY_2017 });
    expect(resolveRuleset(undefined)).toEqual({ ok: true, ruleset: QUALITY_2017 });
    const result = resolveRuleset(JSON.stringify(userRuleset()));
    expect(result.ok && result.ruleset.id).toBe('county-test');
  });

  it('explains unknown ids and broken JSON', () => {
    const unknown = resolveRuleset('quality-2020');
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.problems[0]).toMatchObject({ path: '', code: 'ruleset-unknown-name', params: { name: 'quality-2020', ids: ['quality-2017', 'basic-2012'] } });
    expect(rulesetProblemText(unknown.problems[0], 'en', 'cli')).toContain('Accepted: quality-2017; basic-2012 (');
    expect(rulesetProblemText(unknown.problems[0], 'zh', 'cli')).toContain('可用：优质均衡、基本均衡（quality-2017、basic-2012）');
    const broken = resolveRuleset('{"id": ');
    expect(!broken.ok && rulesetProblemText(broken.problems[0], 'zh', 'cli')).toMatch(/^规则集不是有效的 JSON：/);
    expect(!broken.ok && rulesetProblemText(broken.problems[0], 'en', 'cli')).toMatch(/^the ruleset is not valid JSON: /);
  });
});

describe('findIndicator', () => {
  it('finds an indicator by id or Chinese name', () => {
    expect(findIndicator(QUALITY_2017, 'teaching-space')?.id).toBe('teaching-space');
    expect(findIndicator(QUALITY_2017, '生均教学仪器设备值')?.id).toBe('equipment');
  });

  it('tolerates spaces, case and full-width characters', () => {
    expect(findIndicator(QUALITY_2017, ' 生均 教学及辅助用房面积 ')?.id).toBe('teaching-space');
    expect(findIndicator(QUALITY_2017, 'ＴＥＡＣＨＩＮＧ－ＳＰＡＣＥ')?.id).toBe('teaching-space');
    expect(findIndicator(QUALITY_2017, '每百名学生拥有体育、艺术(美术、音乐)专任教师数')?.id).toBe('pe-art-teachers');
  });

  it('returns null for names the ruleset does not have', () => {
    expect(findIndicator(QUALITY_2017, '生均图书册数')).toBeNull();
    expect(findIndicator(BASIC_2012, '生均图书册数')?.id).toBe('books');
    expect(findIndicator(QUALITY_2017, '  ')).toBeNull();
  });
});

describe('parseSection', () => {
  it('accepts 小学/初中 and primary/junior, any case, trimmed', () => {
    expect(parseSection('小学')).toBe('primary');
    expect(parseSection(' 初中 ')).toBe('junior');
    expect(parseSection('PRIMARY')).toBe('primary');
    expect(parseSection('Junior')).toBe('junior');
  });

  it('returns null for anything else', () => {
    expect(parseSection('高中')).toBeNull();
    expect(parseSection('constructor')).toBeNull();
    expect(parseSection('')).toBeNull();
  });
});
