import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { BASIC_2012, QUALITY_2017, parseRuleset } from '../../src/core/rulesets';
import { weightedCv } from '../../src/core/stats';
import type {
  AnalysisResult,
  ColumnMapping,
  ColumnRef,
  FieldId,
  Message,
  NumericField,
  ResultMessage,
  SchoolRecord,
  SchoolResult,
  SchoolType,
  Section,
  SheetRead,
} from '../../src/core/types';

// ---------------------------------------------------------------------------
// Hand-built sheets: one header row (4), schools from row 5.
// ---------------------------------------------------------------------------

/** The columns of the test sheet: field, column number, header, factor, section. */
const COLUMNS: [FieldId, number, string, number?, Section?][] = [
  ['name', 1, '学校名称'],
  ['type', 2, '学校类型'],
  ['ownership', 3, '办学性质'],
  ['pupils', 4, '在校生数'],
  ['primaryPupils', 5, '小学在校生数'],
  ['juniorPupils', 6, '初中在校生数'],
  ['seniorPupils', 7, '高中在校生数'],
  ['degreeTeachers', 8, '高于规定学历教师数'],
  ['keyTeachers', 9, '县级及以上骨干教师数'],
  ['peArtTeachers', 10, '体艺教师数'],
  ['teachingSpace', 11, '教学及辅助用房面积'],
  ['sportsSpace', 12, '体育运动场馆面积'],
  ['equipmentValue', 13, '教学仪器设备值（万元）', 10000],
  ['multimediaRooms', 14, '网络多媒体教室数'],
  ['classes', 15, '班级数'],
  ['maxClassSize', 16, '最大班额'],
  ['musicRooms', 17, '音乐专用教室数'],
  ['artRooms', 18, '美术专用教室数'],
  ['teachers', 19, '专任教师数'],
  ['seniorTeachers', 20, '中级及以上专业技术职务教师数'],
  ['computers', 21, '计算机台数'],
  ['books', 22, '图书册数'],
  ['degreeTeachers', 23, '小学高于规定学历教师数', 1, 'primary'],
  ['degreeTeachers', 24, '初中高于规定学历教师数', 1, 'junior'],
];

function mappingWithout(...fields: FieldId[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, column, header, factor = 1, section] of COLUMNS) {
    if (fields.includes(field)) continue;
    const ref: ColumnRef = { column, header, factor, ...(section ? { section } : {}) };
    (mapping[field] ??= []).push(ref);
  }
  return mapping;
}

function sheet(records: SchoolRecord[], extra: Partial<SheetRead> = {}): SheetRead {
  return {
    sheet: 'Sheet1',
    headerRows: [4],
    firstDataRow: 5,
    lastDataRow: 4 + records.length,
    mapping: mappingWithout(),
    columns: COLUMNS.map(([field, column, header, factor = 1, section]) => ({ field, column, header, factor, section })),
    records,
    rows: [
      { row: 1, kind: 'title', text: '示例县义务教育学校办学条件' },
      { row: 4, kind: 'header', text: null },
    ],
    messages: [],
    ...extra,
  };
}

function school(
  row: number,
  name: string,
  type: SchoolType | null,
  values: Partial<Record<NumericField, number>>,
  extra: Partial<SchoolRecord> = {},
): SchoolRecord {
  return {
    row,
    name,
    kind: 'school',
    type,
    typeText: type,
    ownership: 'public',
    part: null,
    values,
    sectionValues: {},
    invalid: [],
    ...extra,
  };
}

/** A 小学 that meets all seven quality-2017 standards comfortably (1000 pupils). */
function goodPrimary(overrides: Partial<Record<NumericField, number>> = {}): Partial<Record<NumericField, number>> {
  return {
    pupils: 1000,
    degreeTeachers: 50, // 5.0 per 100 ≥ 4.2
    keyTeachers: 15, // 1.5 ≥ 1.0
    peArtTeachers: 12, // 1.2 ≥ 0.9
    teachingSpace: 5000, // 5.0 ≥ 4.5
    sportsSpace: 8000, // 8.0 ≥ 7.5
    equipmentValue: 2_500_000, // 2500 ≥ 2000
    multimediaRooms: 30, // 3.0 ≥ 2.3
    ...overrides,
  };
}

/** A 初中 that meets all seven junior standards (1000 pupils). */
function goodJunior(overrides: Partial<Record<NumericField, number>> = {}): Partial<Record<NumericField, number>> {
  return goodPrimary({ degreeTeachers: 60, teachingSpace: 6000, sportsSpace: 11000, equipmentValue: 3_000_000, multimediaRooms: 30, ...overrides });
}

function entries(result: { schools: SchoolResult[] }, row: number): SchoolResult[] {
  return result.schools.filter((s) => s.row === row);
}

function only(result: { schools: SchoolResult[] }, row: number): SchoolResult {
  const found = entries(result, row);
  if (found.length !== 1) throw new Error(`expected one entry for row ${row}, got ${found.length}`);
  return found[0];
}

function codes(result: AnalysisResult, code: string): ResultMessage[] {
  return result.messages.filter((m) => m.code === code);
}

// ---------------------------------------------------------------------------

describe('analyze: which rows enter', () => {
  const records = [
    school(5, '城关小学', 'primary', goodPrimary()),
    school(6, '全县合计', null, { pupils: 9000 }, { kind: 'total' }),
    school(7, '县特殊教育学校', 'special', { pupils: 80 }),
    school(8, '县职业中专', 'vocational', { pupils: 900 }),
    school(9, '县一中', 'senior', { pupils: 2400 }),
    school(10, '李家湾教学点', 'teaching-point', goodPrimary({ pupils: 30 })),
    school(11, '王家沟教学点', 'teaching-point', goodPrimary({ pupils: 60 })),
    school(12, '育才小学', 'primary', goodPrimary(), { ownership: 'private' }),
    school(13, '新建学校', null, { pupils: 500 }),
    school(14, '空号小学', 'primary', goodPrimary({ pupils: 0 })),
    school(15, '负数小学', 'primary', goodPrimary({ pupils: -3 })),
    school(16, '无人数小学', 'primary', goodPrimary({ pupils: undefined })),
  ];
  const result = analyze(sheet(records), QUALITY_2017);

  it('lists every record, excluded ones with a reason', () => {
    expect(new Set(result.schools.map((s) => s.row))).toEqual(new Set(records.map((r) => r.row)));
    const excluded = Object.fromEntries(result.schools.filter((s) => s.excluded).map((s) => [s.row, s.excludedReason]));
    expect(Object.keys(excluded).map(Number)).toEqual([6, 7, 8, 9, 10, 13, 14, 15, 16]);
    expect(excluded[6]).toContain('合计');
    expect(excluded[7]).toContain('特殊教育学校');
    expect(excluded[8]).toContain('职业学校');
    expect(excluded[9]).toContain('高中');
    expect(excluded[10]).toBe('教学点在校生 30 人，不足 50 人，不计入');
    expect(excluded[13]).toContain('学校类型未知：请在 Sheet1!B13 填写');
    expect(excluded[14]).toContain('在校生数为 0');
    expect(excluded[14]).toContain('Sheet1!D14');
    expect(excluded[15]).toContain('在校生数为 -3');
    expect(excluded[16]).toContain('请在 Sheet1!D16 填写');
    expect(result.summary.excluded).toBe(9);
  });

  it('keeps teaching points of 50 pupils or more, and private schools under quality-2017', () => {
    expect(only(result, 11)).toMatchObject({ excluded: false, section: 'primary', type: 'teaching-point' });
    expect(only(result, 12)).toMatchObject({ excluded: false, ownership: 'private' });
    expect(result.summary.privateSchools).toBe(1);
    expect(result.summary.schools).toBe(3);
    expect(result.sections.primary.schools).toBe(3);
  });

  it('warns about rows the user must fix, naming the cell', () => {
    expect(codes(result, 'unknown-type').map((m) => m.cell)).toEqual(['Sheet1!B13']);
    expect(codes(result, 'no-pupils').map((m) => m.cell)).toEqual(['Sheet1!D14', 'Sheet1!D15', 'Sheet1!D16']);
  });

  it('leaves out private schools and all teaching points under basic-2012, still counting private ones', () => {
    const basic = analyze(sheet(records), BASIC_2012);
    expect(only(basic, 11).excludedReason).toBe('教学点，本规则集不计入');
    expect(only(basic, 12).excludedReason).toBe('民办学校，本规则集不计入');
    expect(basic.summary.privateSchools).toBe(1);
    expect(basic.summary.schools).toBe(1);
  });

  it('gives reasons in English when asked', () => {
    const english = analyze(sheet(records), QUALITY_2017, { lang: 'en' });
    expect(only(english, 10).excludedReason).toBe('teaching point with 30 pupils, under 50: left out');
    expect(only(english, 6).excludedReason).toBe('total or subtotal row, not a school');
  });

  it('counts a teaching point with only 初中 pupils as 初中', () => {
    const point = school(5, '山区教学点', 'teaching-point', goodJunior({ pupils: undefined, juniorPupils: 60 }));
    expect(only(analyze(sheet([point]), QUALITY_2017), 5)).toMatchObject({ section: 'junior', pupils: 60 });
  });
});

describe('analyze: per-school values and the school rule', () => {
  it('computes values, meets, floors and shortfalls in the resource unit', () => {
    const result = analyze(sheet([school(5, '城关小学', 'primary', goodPrimary())]), QUALITY_2017);
    const s = only(result, 5);
    expect(s).toMatchObject({ excluded: false, section: 'primary', pupils: 1000, passes: true, misses: [] });
    expect(s.indicators['equipment']).toEqual({
      value: 2500,
      amount: 2_500_000,
      standard: 2000,
      meets: true,
      floor: 1700,
      aboveFloor: true,
      shortfall: 0,
      shortfallToFloor: 0,
      borderline: false,
    });
    expect(s.indicators['degree-teachers'].value).toBe(5);
  });

  it('passes a school that misses one indicator but stays above 85 % of it', () => {
    // 4.0 ㎡ per pupil: below 4.5, above the floor 3.825.
    const s = only(analyze(sheet([school(5, 'A', 'primary', goodPrimary({ teachingSpace: 4000 }))]), QUALITY_2017), 5);
    expect(s.misses).toEqual(['teaching-space']);
    expect(s.indicators['teaching-space']).toMatchObject({ meets: false, aboveFloor: true, shortfall: 500, shortfallToFloor: 0 });
    expect(s.indicators['teaching-space'].floor).toBeCloseTo(3.825, 12);
    expect(s.passes).toBe(true);
  });

  it('fails a school whose one miss is below the 85 % floor', () => {
    const s = only(analyze(sheet([school(5, 'A', 'primary', goodPrimary({ teachingSpace: 3800 }))]), QUALITY_2017), 5);
    expect(s.indicators['teaching-space']).toMatchObject({ meets: false, aboveFloor: false, shortfall: 700 });
    expect(s.indicators['teaching-space'].shortfallToFloor).toBeCloseTo(25, 9);
    expect(s.passes).toBe(false);
  });

  it('fails a school that misses two of the seven (6-of-7 rule)', () => {
    const s = only(analyze(sheet([school(5, 'A', 'primary', goodPrimary({ teachingSpace: 4400, multimediaRooms: 22 }))]), QUALITY_2017), 5);
    expect(s.misses).toEqual(['teaching-space', 'multimedia-rooms']);
    expect(s.indicators['multimedia-rooms']).toMatchObject({ aboveFloor: true });
    expect(s.indicators['multimedia-rooms'].shortfall).toBeCloseTo(1, 9); // one room short of 23
    expect(s.passes).toBe(false);
  });

  it('cannot decide a school with an unknown value, and says which cell', () => {
    const blank = school(5, '城关小学', 'primary', goodPrimary({ multimediaRooms: undefined }));
    const unreadable = school(6, '东关小学', 'primary', goodPrimary(), { invalid: ['sportsSpace'] });
    const result = analyze(sheet([blank, unreadable]), QUALITY_2017);
    expect(only(result, 5).indicators['multimedia-rooms']).toMatchObject({ value: null, amount: null, meets: null, shortfall: null });
    expect(only(result, 5).passes).toBeNull();
    expect(only(result, 6).indicators['sports-space'].value).toBeNull();
    expect(only(result, 6).passes).toBeNull();
    const undecided = codes(result, 'school-undecided');
    expect(undecided.map((m) => m.cell)).toEqual(['Sheet1!N5', 'Sheet1!L6']);
    expect(undecided[0].message).toContain('城关小学是否达标无法判定');
    expect(result.summary.allSchoolsPass).toBeNull();
  });

  it('still fails a school with an unknown value when the known ones already fail it', () => {
    const result = analyze(sheet([school(5, 'A', 'primary', goodPrimary({ multimediaRooms: undefined, teachingSpace: 3000 }))]), QUALITY_2017);
    expect(only(result, 5).passes).toBe(false);
    expect(codes(result, 'school-undecided')).toHaveLength(0);
    expect(codes(result, 'missing-value').map((m) => m.cell)).toEqual(['Sheet1!N5']);
  });

  it('says a blank value is left out of the CVs when there is no school rule to decide', () => {
    const result = analyze(sheet([school(5, 'A', 'primary', { pupils: 100, books: undefined, computers: 5 })]), BASIC_2012);
    const [missing] = codes(result, 'missing-value');
    expect(missing.message).toContain('生均图书册数（Sheet1!V5）');
    expect(missing.message).toContain('未计入差异系数');
    expect(codes(result, 'school-undecided')).toHaveLength(0);
  });

  it('flags values that rounding to 2 decimals would flip', () => {
    const result = analyze(
      sheet([
        school(5, 'A', 'primary', goodPrimary({ teachingSpace: 4499.6 })), // 4.4996 shows as 4.50
        school(6, 'B', 'primary', goodPrimary({ teachingSpace: 4500 })),
        school(7, 'C', 'primary', goodPrimary({ teachingSpace: 4490 })),
      ]),
      QUALITY_2017,
    );
    expect(only(result, 5).indicators['teaching-space']).toMatchObject({ meets: false, borderline: true });
    expect(only(result, 6).indicators['teaching-space']).toMatchObject({ meets: true, borderline: false });
    expect(only(result, 7).indicators['teaching-space']).toMatchObject({ meets: false, borderline: false });
  });

  it('mirrors the floor and the shortfall for “at most” indicators', () => {
    const parsed = parseRuleset({
      id: 'at-most',
      name: '上限示例',
      indicators: [{ id: 'books', name: '生均图书', numerator: 'books', direction: '<=', standard: 50 }],
      schoolRule: { maxMisses: 0, floorRatio: 0.8 },
      countyRule: { limits: { primary: 0.5, junior: 0.45 } },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const s = only(analyze(sheet([school(5, 'A', 'primary', { pupils: 100, books: 6000 })]), parsed.ruleset), 5);
    expect(s.indicators['books']).toMatchObject({ value: 60, meets: false, floor: 62.5, aboveFloor: true, shortfall: 1000, shortfallToFloor: 0 });
  });
});

describe('analyze: schools with more than one section', () => {
  const nineYear = school(
    5,
    '城关学校',
    'nine-year',
    { pupils: 376, primaryPupils: 166, juniorPupils: 210, teachingSpace: 23226, keyTeachers: 8, peArtTeachers: 5, degreeTeachers: 30, sportsSpace: 4000, equipmentValue: 900_000, multimediaRooms: 10 },
    { sectionValues: { primary: { degreeTeachers: 12 }, junior: { degreeTeachers: 18 } } },
  );
  const result = analyze(sheet([nineYear]), QUALITY_2017);

  it('becomes one entry per section, with the same row', () => {
    const parts = entries(result, 5);
    expect(parts.map((p) => [p.section, p.part, p.pupils, p.type])).toEqual([
      ['primary', 'primary', 166, 'nine-year'],
      ['junior', 'junior', 210, 'nine-year'],
    ]);
    expect(result.sections.primary.schools).toBe(1);
    expect(result.sections.junior.schools).toBe(1);
  });

  it('splits physical resources by weighted pupils (spec example)', () => {
    const [primary, junior] = entries(result, 5);
    expect(primary.indicators['teaching-space'].amount).toBeCloseTo(9711.63, 2);
    expect(primary.indicators['teaching-space'].value).toBeCloseTo(58.5038, 4);
    expect(junior.indicators['teaching-space'].amount).toBeCloseTo(13514.37, 2);
  });

  it('takes teacher counts from section columns, else splits them with one warning per school', () => {
    const [primary, junior] = entries(result, 5);
    expect(primary.indicators['degree-teachers'].amount).toBe(12);
    expect(junior.indicators['degree-teachers'].amount).toBe(18);
    expect(primary.indicators['key-teachers'].amount).toBeCloseTo((8 * 166) / 397, 12);
    const warnings = codes(result, 'split-teachers');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ row: 5, cell: 'Sheet1!A5' });
    expect(warnings[0].message).toContain('第 5 行');
    expect(warnings[0].message).toContain('县级及以上骨干教师数');
  });

  it('checks the compulsory part of a 一贯制 school against 2500 pupils', () => {
    const big = school(5, '大学校', 'nine-year', goodPrimary({ pupils: 2900, primaryPupils: 1400, juniorPupils: 1200, seniorPupils: 300 }));
    const [primary, junior] = entries(analyze(sheet([big]), QUALITY_2017), 5);
    expect(primary.checks['school-size']).toEqual({ value: 2600, limit: 2500, meets: false });
    expect(junior.checks['school-size']).toEqual({ value: 2600, limit: 2500, meets: false });
  });

  it('keeps only the 初中 part of a 完全中学, splitting with the 高中 pupils', () => {
    const complete = school(5, '县二中', 'complete-secondary', { pupils: 500, juniorPupils: 300, seniorPupils: 200, teachingSpace: 10000 });
    const r = analyze(sheet([complete]), QUALITY_2017);
    const parts = entries(r, 5);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ section: 'junior', part: 'junior', pupils: 300 });
    expect(parts[0].indicators['teaching-space'].amount).toBeCloseTo((10000 * 300) / (300 + 1.2 * 200), 9);
    expect(r.sections.primary.schools).toBe(0);
  });

  it('splits a 十二年一贯制 school three ways and keeps two parts', () => {
    const twelve = school(5, '实验学校', 'twelve-year', { primaryPupils: 400, juniorPupils: 300, seniorPupils: 200, sportsSpace: 9940 });
    const parts = entries(analyze(sheet([twelve]), QUALITY_2017), 5);
    expect(parts.map((p) => p.section)).toEqual(['primary', 'junior']);
    expect(parts[0].indicators['sports-space'].amount).toBeCloseTo((9940 * 400) / 994, 9);
    expect(parts[1].indicators['sports-space'].amount).toBeCloseTo((9940 * 330) / 994, 9);
  });

  it('excludes a multi-section school without section pupils, naming the cell', () => {
    const noSplit = school(5, '城南学校', 'nine-year', goodPrimary({ primaryPupils: 500 }));
    const r = analyze(sheet([noSplit]), QUALITY_2017);
    expect(only(r, 5).excluded).toBe(true);
    expect(only(r, 5).excludedReason).toContain('Sheet1!F5');
    expect(codes(r, 'no-pupils').map((m) => m.cell)).toEqual(['Sheet1!F5']);
  });

  it('names the pupils cell, else the name cell, when the sheet has no section pupil columns', () => {
    const noSplit = school(5, '城南学校', 'nine-year', goodPrimary());
    const withPupils = analyze(sheet([noSplit], { mapping: mappingWithout('primaryPupils', 'juniorPupils') }), QUALITY_2017);
    expect(codes(withPupils, 'no-pupils')).toMatchObject([{ row: 5, cell: 'Sheet1!D5' }]);
    // The reason still says which column to add.
    expect(only(withPupils, 5).excludedReason).toContain('小学在校生数（表中没有此列，请添加）');
    const withoutPupils = analyze(sheet([noSplit], { mapping: mappingWithout('pupils', 'primaryPupils', 'juniorPupils') }), QUALITY_2017);
    expect(codes(withoutPupils, 'no-pupils')).toMatchObject([{ row: 5, cell: 'Sheet1!A5' }]);
  });

  it('treats a school of unknown type with 小学 and 初中 pupils as 九年一贯制', () => {
    const unknown = school(5, '城北学校', null, { primaryPupils: 300, juniorPupils: 200, teachingSpace: 3000 });
    const r = analyze(sheet([unknown]), QUALITY_2017);
    expect(entries(r, 5).map((p) => [p.type, p.section])).toEqual([
      ['nine-year', 'primary'],
      ['nine-year', 'junior'],
    ]);
    expect(codes(r, 'inferred-type')).toMatchObject([{ severity: 'info', cell: 'Sheet1!B5' }]);
  });

  it('takes a section row (城关学校小学部) as that section', () => {
    const part = school(5, '城关学校小学部', 'nine-year', goodPrimary({ pupils: undefined, primaryPupils: 800 }), { part: 'primary' });
    const s = only(analyze(sheet([part]), QUALITY_2017), 5);
    expect(s).toMatchObject({ section: 'primary', part: 'primary', pupils: 800 });
    expect(s.indicators['teaching-space'].amount).toBe(5000);
  });
});

describe('analyze: missing columns', () => {
  it('leaves an unmapped indicator out everywhere, with one sheet-level message', () => {
    const read = sheet(
      [school(5, 'A', 'primary', goodPrimary()), school(6, 'B', 'junior', goodJunior())],
      { mapping: mappingWithout('multimediaRooms') },
    );
    const result = analyze(read, QUALITY_2017);
    for (const s of result.schools) {
      expect(s.indicators).not.toHaveProperty('multimedia-rooms');
      expect(s.passes).toBeNull();
    }
    expect(result.sections.primary.indicators).not.toHaveProperty('multimedia-rooms');
    expect(result.sections.junior.indicators).not.toHaveProperty('multimedia-rooms');
    const missing = codes(result, 'missing-indicator');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ cell: null, row: null, severity: 'warning' });
    expect(missing[0].message).toContain('表中找不到“网络多媒体教室数”列，「每百名学生拥有网络多媒体教室数」未计算');
    expect(codes(result, 'school-undecided')).toHaveLength(0);
    // The other six CVs pass; the seventh is unknown, so the county cannot pass yet.
    expect(result.sections.primary.passes).toBeNull();
  });

  it('still fails a school that misses two known indicators', () => {
    const read = sheet([school(5, 'A', 'primary', goodPrimary({ teachingSpace: 4000, sportsSpace: 7000 }))], { mapping: mappingWithout('multimediaRooms') });
    expect(only(analyze(read, QUALITY_2017), 5).passes).toBe(false);
  });
});

describe('analyze: the county rule', () => {
  /** The spec's five-school example as 生均图书册数 under basic-2012. */
  const PUPILS = [45, 37, 89, 76, 55];
  const BOOKS = [279, 137, 935, 160, 402];
  const fiveSchools = PUPILS.map((pupils, i) =>
    school(5 + i, `第${i + 1}小学`, 'primary', {
      pupils,
      books: BOOKS[i],
      teachingSpace: pupils * (4 + i),
      sportsSpace: pupils * (6 + i * 0.5),
      equipmentValue: pupils * (1500 + 100 * i),
      computers: 10 + i,
      teachers: 3 + i,
      degreeTeachers: 2 + i,
      seniorTeachers: 1 + i,
    }),
  );

  it('computes the pupil-weighted mean and CV per indicator (official example)', () => {
    const result = analyze(sheet(fiveSchools), BASIC_2012);
    const books = result.sections.primary.indicators['books'];
    expect(books.mean).toBeCloseTo(6.3344, 4);
    expect(books.cv).toBeCloseTo(0.515257, 6);
    expect(books.schools).toBe(5);
    expect(books.contributions.map((c) => c.row)).toEqual([5, 6, 7, 8, 9]);
    expect(books.contributions.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 12);
    expect(books.contributions[2]).toMatchObject({ name: '第3小学', part: null });
  });

  it('judges the composite CV under basic-2012: mean of the eight, no single limits', () => {
    const result = analyze(sheet(fiveSchools), BASIC_2012);
    const primary = result.sections.primary;
    const cvs = BASIC_2012.indicators.map((def) => primary.indicators[def.id].cv as number);
    expect(cvs).toHaveLength(8);
    expect(primary.compositeCv).toBeCloseTo(cvs.reduce((a, b) => a + b, 0) / 8, 15);
    expect(primary.compositeLimit).toBe(0.65);
    expect(primary.indicators['books']).toMatchObject({ cvLimit: null, passes: null });
    expect(primary.passes).toBe((primary.compositeCv as number) <= 0.65);
    expect(result.sections.junior).toMatchObject({ schools: 0, passes: null, compositeCv: null, compositeLimit: 0.55 });
    // No standards in basic-2012: schools cannot be judged, and the sheet says so once.
    expect(result.schools.every((s) => s.passes === null)).toBe(true);
    expect(codes(result, 'no-standards')).toHaveLength(1);
    expect(result.summary.countyPasses).toBe(primary.passes);
  });

  it('compares each CV with its section limit under quality-2017', () => {
    const a = school(5, 'A', 'primary', goodPrimary({ sportsSpace: 8000 }));
    const b = school(6, 'B', 'primary', goodPrimary({ sportsSpace: 24000 }));
    const result = analyze(sheet([a, b]), QUALITY_2017);
    const sports = result.sections.primary.indicators['sports-space'];
    expect(sports.cv).toBeCloseTo(weightedCv([8, 24], [1000, 1000]) as number, 15);
    expect(sports).toMatchObject({ cvLimit: 0.5, passes: true, borderline: false });
    expect(result.sections.primary.indicators['equipment']).toMatchObject({ cv: 0, passes: true });
    expect(result.sections.primary).toMatchObject({ schools: 2, pupils: 2000, passes: true, failingSchools: 0, compositeCv: null, compositeLimit: null });
  });

  it('flags a CV that rounding to 3 decimals would flip', () => {
    // Equal pupils: CV = |a − b| ÷ (a + b) = 1.0008 ÷ 2 = 0.5004, shown as 0.500.
    const a = school(5, 'A', 'primary', goodPrimary({ teachingSpace: 1500.4 * 4 }));
    const b = school(6, 'B', 'primary', goodPrimary({ teachingSpace: 499.6 * 4 }));
    const space = analyze(sheet([a, b]), QUALITY_2017).sections.primary.indicators['teaching-space'];
    expect(space.cv).toBeCloseTo(0.5004, 12);
    expect(space).toMatchObject({ passes: false, borderline: true });
  });

  it('flags a composite CV that rounding to 3 decimals would flip, like single CVs', () => {
    // Two schools of equal pupils with 16504 and 3496 of everything: every CV is 13008 ÷ 20000 = 0.6504, shown 0.650.
    const fields: NumericField[] = ['teachingSpace', 'sportsSpace', 'equipmentValue', 'computers', 'books', 'teachers', 'degreeTeachers', 'seniorTeachers'];
    const everything = (amount: number) => ({ pupils: 1000, ...Object.fromEntries(fields.map((field) => [field, amount])) });
    const close = analyze(sheet([school(5, 'A', 'primary', everything(16504)), school(6, 'B', 'primary', everything(3496))]), BASIC_2012);
    expect(close.sections.primary.compositeCv).toBeCloseTo(0.6504, 12);
    expect(close.sections.primary).toMatchObject({ passes: false, compositeBorderline: true });
    expect(close.sections.junior.compositeBorderline).toBe(false);
    const clear = analyze(sheet(fiveSchools), BASIC_2012).sections.primary;
    expect(clear.compositeBorderline).toBe(false);
    // No composite under quality-2017: never borderline.
    expect(analyze(sheet([school(5, 'A', 'primary', goodPrimary())]), QUALITY_2017).sections.primary.compositeBorderline).toBe(false);
  });

  it('never reports a CV of 0 when the county mean is 0', () => {
    const none = [school(5, 'A', 'primary', goodPrimary({ multimediaRooms: 0 })), school(6, 'B', 'primary', goodPrimary({ multimediaRooms: 0 }))];
    const result = analyze(sheet(none), QUALITY_2017);
    expect(result.sections.primary.indicators['multimedia-rooms']).toMatchObject({ mean: 0, cv: null, passes: null, borderline: false });
    const [error] = codes(result, 'cv-undefined');
    expect(error.severity).toBe('error');
    expect(error.message).toContain('差异系数无法计算');
    expect(result.sections.primary.passes).toBeNull();
    expect(result.sections.primary.failingSchools).toBe(2);
  });

  it('counts failing schools and fails the section when a CV is over the limit', () => {
    const a = school(5, 'A', 'junior', goodJunior({ equipmentValue: 2_600_000 }));
    const b = school(6, 'B', 'junior', goodJunior({ equipmentValue: 12_000_000, teachingSpace: 1000, sportsSpace: 1000 }));
    const result = analyze(sheet([a, b]), QUALITY_2017);
    expect(result.sections.junior.indicators['equipment']).toMatchObject({ cvLimit: 0.45, passes: false });
    expect(result.sections.junior).toMatchObject({ passes: false, failingSchools: 1 });
    expect(result.sections.primary).toMatchObject({ schools: 0, pupils: 0, passes: null, failingSchools: 0 });
    expect(result.summary).toMatchObject({ countyPasses: false, allSchoolsPass: false });
  });
});

describe('analyze: further checks', () => {
  it('checks school size, class size and special rooms without changing passes', () => {
    const big = school(5, '实验小学', 'primary', goodPrimary({ pupils: 2100, degreeTeachers: 105, keyTeachers: 30, peArtTeachers: 20, teachingSpace: 10500, sportsSpace: 16000, equipmentValue: 5e6, multimediaRooms: 60, classes: 25, maxClassSize: 48, musicRooms: 2, artRooms: 3 }));
    const s = only(analyze(sheet([big]), QUALITY_2017), 5);
    expect(s.checks).toEqual({
      'school-size': { value: 2100, limit: 2000, meets: false },
      'class-size': { value: 48, limit: 45, meets: false },
      'music-rooms': { value: 2, limit: 3, meets: false },
      'art-rooms': { value: 3, limit: 3, meets: true },
    });
    expect(s.passes).toBe(true);
  });

  it('judges a 一贯制 school’s largest class against the larger section limit', () => {
    const nine = school(5, '城关学校', 'nine-year', { primaryPupils: 300, juniorPupils: 300, maxClassSize: 48 });
    for (const part of entries(analyze(sheet([nine]), QUALITY_2017), 5)) {
      expect(part.checks['class-size']).toEqual({ value: 48, limit: 50, meets: true });
    }
  });

  it('runs no checks for columns the sheet lacks, nor under basic-2012', () => {
    const s = only(analyze(sheet([school(5, 'A', 'primary', goodPrimary())]), QUALITY_2017), 5);
    expect(Object.keys(s.checks)).toEqual(['school-size']);
    const basic = only(analyze(sheet([school(5, 'A', 'primary', goodPrimary({ classes: 20, maxClassSize: 60 }))]), BASIC_2012), 5);
    expect(basic.checks).toEqual({});
  });
});

describe('analyze: the result document', () => {
  const readerMessage: Message = {
    severity: 'warning',
    code: 'unparseable-number',
    cell: 'Sheet1!L6',
    row: 6,
    text: { zh: '无法识别“约八千”，请填写数字', en: 'cannot read “约八千”; enter a number' },
  };
  const read = sheet(
    [school(5, 'A', 'primary', goodPrimary()), school(6, 'B', 'primary', goodPrimary({ sportsSpace: undefined }), { invalid: ['sportsSpace'] })],
    { messages: [readerMessage] },
  );
  const result = analyze(read, QUALITY_2017, { file: '县直学校.xlsx' });

  it('names the ruleset and the source', () => {
    expect(result.ruleset).toBe('quality-2017');
    expect(result.source).toEqual({ file: '县直学校.xlsx', sheet: 'Sheet1', headerRows: [4], firstDataRow: 5, lastDataRow: 6 });
    expect(analyze(read, QUALITY_2017).source.file).toBeNull();
  });

  it('lists the columns with their letters, in sheet order', () => {
    expect(result.columns[0]).toEqual({ field: 'name', column: 'A', header: '学校名称', factor: 1, section: null });
    expect(result.columns.find((c) => c.field === 'equipmentValue')).toEqual({ field: 'equipmentValue', column: 'M', header: '教学仪器设备值（万元）', factor: 10000, section: null });
    expect(result.columns.filter((c) => c.field === 'degreeTeachers').map((c) => [c.column, c.section])).toEqual([
      ['H', null],
      ['W', 'primary'],
      ['X', 'junior'],
    ]);
    expect(result.columns.map((c) => c.column)).toHaveLength(COLUMNS.length);
  });

  it('copies the row accounts', () => {
    expect(result.rows).toEqual(read.rows);
    expect(result.rows).not.toBe(read.rows);
  });

  it('puts reader messages first within a row, sorted by row, rendered in the language', () => {
    expect(result.messages.map((m) => [m.row, m.code])).toEqual([
      [6, 'unparseable-number'],
      [6, 'school-undecided'],
    ]);
    expect(result.messages[0]).toEqual({ severity: 'warning', code: 'unparseable-number', cell: 'Sheet1!L6', row: 6, message: '无法识别“约八千”，请填写数字' });
    const english = analyze(read, QUALITY_2017, { lang: 'en' });
    expect(english.messages[0].message).toBe('cannot read “约八千”; enter a number');
    expect(english.messages[1].message).toMatch(/^B: cannot decide/);
  });

  it('summarises; a CV is taken over the schools whose value is known', () => {
    expect(result.sections.primary.indicators['sports-space']).toMatchObject({ schools: 1, cv: 0 });
    expect(result.summary).toEqual({ schools: 2, entries: 2, failingSchools: 0, excluded: 0, privateSchools: 0, countyPasses: true, allSchoolsPass: null });
  });

  it('handles an empty sheet', () => {
    const empty = analyze(sheet([]), QUALITY_2017);
    expect(empty.schools).toEqual([]);
    expect(empty.sections.primary).toMatchObject({ schools: 0, pupils: 0, passes: null });
    expect(empty.sections.primary.indicators['equipment']).toMatchObject({ mean: null, cv: null, schools: 0, contributions: [] });
    expect(empty.summary).toMatchObject({ countyPasses: null, allSchoolsPass: null });
    expect(codes(empty, 'cv-undefined')).toHaveLength(0);
  });

  it('reports a sheet without any pupils column', () => {
    const noPupils = analyze(sheet([school(5, 'A', 'primary', goodPrimary({ pupils: undefined }))], { mapping: mappingWithout('pupils', 'primaryPupils', 'juniorPupils') }), QUALITY_2017);
    expect(codes(noPupils, 'missing-pupils')).toHaveLength(1);
    expect(only(noPupils, 5).excludedReason).toContain('表中没有此列');
  });
});

describe('analyze: absurd values', () => {
  /** Every number anywhere in the result: the result document is JSON, which has no Infinity or NaN. */
  function numbers(x: unknown): number[] {
    if (typeof x === 'number') return [x];
    if (x === null || typeof x !== 'object') return [];
    return Object.values(x).flatMap(numbers);
  }

  it('warns about a value more than 50 times its standard, names its cells, and still counts it', () => {
    // 元 entered under the 万元 header: 2 500 000 万元 for 1000 pupils is 25 000 000 元 per pupil.
    const slip = school(6, '东关小学', 'primary', goodPrimary({ equipmentValue: 2_500_000 * 10_000 }));
    const result = analyze(sheet([school(5, '城关小学', 'primary', goodPrimary()), slip]), QUALITY_2017);
    const [warning] = codes(result, 'implausible-value');
    expect(warning).toMatchObject({ severity: 'warning', row: 6, cell: 'Sheet1!M6' });
    expect(warning.message).toContain('生均教学仪器设备值');
    expect(warning.message).toContain('超过标准 2000.00 的 50 倍');
    expect(warning.message).toContain('Sheet1!D6');
    expect(codes(result, 'implausible-value')).toHaveLength(1);
    expect(result.sections.primary.indicators['equipment'].contributions.map((c) => c.row)).toEqual([5, 6]);
  });

  it('draws the line at 50 times: exactly 50 is no warning', () => {
    // 2000 元 per pupil is the standard; 1000 pupils.
    const at = (perPupil: number) => codes(analyze(sheet([school(5, 'A', 'primary', goodPrimary({ equipmentValue: perPupil * 1000 }))]), QUALITY_2017), 'implausible-value');
    expect(at(50 * 2000)).toHaveLength(0);
    expect(at(50 * 2000 + 1)).toHaveLength(1);
  });

  it('compares with the county median where the ruleset sets no standard', () => {
    const books = (row: number, amount: number) => school(row, `第${row}小学`, 'primary', { pupils: 100, books: amount });
    const result = analyze(sheet([books(5, 2000), books(6, 2500), books(7, 3000), books(8, 2_000_000)]), BASIC_2012);
    expect(codes(result, 'implausible-value')).toMatchObject([{ row: 8, cell: 'Sheet1!V8' }]);
    expect(codes(result, 'implausible-value')[0].message).toContain('全县中位数');
  });

  it('does not name a cell the reader already called implausible', () => {
    const readerMessage: Message = { severity: 'warning', code: 'implausible-number', cell: 'Sheet1!M6', row: 6, text: { zh: '数值大得不合常理', en: 'too large' } };
    const slip = school(6, 'B', 'primary', goodPrimary({ equipmentValue: 1e300 }));
    const result = analyze(sheet([school(5, 'A', 'primary', goodPrimary()), slip], { messages: [readerMessage] }), QUALITY_2017);
    expect(result.messages.filter((m) => m.cell === 'Sheet1!M6').map((m) => m.code)).toEqual(['implausible-number']);
  });

  it('keeps every number finite with 1e300 元 in one cell (the overflow of absurd-values.xlsx)', () => {
    const absurd = school(6, 'B', 'primary', goodPrimary({ equipmentValue: 1e300, pupils: 500 }));
    const result = analyze(sheet([school(5, 'A', 'primary', goodPrimary()), absurd, school(7, 'C', 'primary', goodPrimary({ pupils: 300 }))]), QUALITY_2017);
    const equipment = result.sections.primary.indicators['equipment'];
    expect(equipment.cv).toBeCloseTo(Math.sqrt(1800 / 500 - 1), 6);
    expect(equipment.contributions.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 12);
    expect(numbers(result).every(Number.isFinite)).toBe(true);
  });

  it('gives null, not Infinity, for a value too large for a double, and says so', () => {
    // 100 × 1e307 rooms ÷ 1000 pupils is 1e306, but 100 × 1e307 is already beyond the largest double.
    const result = analyze(sheet([school(5, 'A', 'primary', goodPrimary({ multimediaRooms: 1e307 }))]), QUALITY_2017);
    expect(only(result, 5).indicators['multimedia-rooms']).toMatchObject({ value: null, amount: 1e307, meets: null });
    expect(codes(result, 'implausible-value')).toMatchObject([{ row: 5, cell: 'Sheet1!N5' }]);
    expect(codes(result, 'implausible-value')[0].message).toContain('无法计算');
    expect(numbers(result).every(Number.isFinite)).toBe(true);
  });

  it('keeps every number of the result finite for any finite cell values (property)', () => {
    const amount = fc.oneof(fc.constant(0), fc.double({ min: 1e-300, max: Number.MAX_VALUE, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }));
    const fields: NumericField[] = ['degreeTeachers', 'keyTeachers', 'peArtTeachers', 'teachingSpace', 'sportsSpace', 'equipmentValue', 'multimediaRooms'];
    const record = fc.record({
      type: fc.constantFrom<SchoolType>('primary', 'junior', 'nine-year'),
      pupils: fc.integer({ min: 1, max: 1_000_000 }),
      primaryPupils: fc.integer({ min: 0, max: 1_000_000 }),
      juniorPupils: fc.integer({ min: 0, max: 1_000_000 }),
      amounts: fc.array(amount, { minLength: fields.length, maxLength: fields.length }),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 8 }), (list) => {
        const records = list.map((r, i) =>
          school(5 + i, `学校${i}`, r.type, {
            pupils: r.pupils,
            primaryPupils: r.primaryPupils,
            juniorPupils: r.juniorPupils,
            ...Object.fromEntries(fields.map((field, k) => [field, r.amounts[k]])),
          }),
        );
        return numbers(analyze(sheet(records), QUALITY_2017)).every(Number.isFinite);
      }),
    );
  });
});

describe('analyze: scale', () => {
  function county(size: number): SheetRead {
    const records: SchoolRecord[] = [];
    for (let i = 0; i < size; i++) {
      const type: SchoolType = i % 10 === 0 ? 'nine-year' : i % 3 === 0 ? 'junior' : 'primary';
      const values = goodPrimary({
        pupils: 200 + (i % 900),
        primaryPupils: 100 + (i % 400),
        juniorPupils: 100 + (i % 500),
        teachingSpace: 1000 + ((i * 37) % 4000),
        multimediaRooms: i % 7 === 0 ? undefined : 5 + (i % 20),
      });
      records.push(school(5 + i, `学校${i}`, type, values));
    }
    return sheet(records);
  }

  /**
   * The sheet with every record, and the record list itself, counting property
   * reads. Work that scans the records once per record shows as reads per record
   * growing with the county; speed itself is for `npm run bench`.
   */
  function counted(read: SheetRead): { read: SheetRead; reads: () => number } {
    let reads = 0;
    const count = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(object, key, receiver) {
          reads++;
          return Reflect.get(object, key, receiver);
        },
      });
    const records = count(read.records.map((record) => count(record)));
    return { read: { ...read, records }, reads: () => reads };
  }

  it('reads each record a bounded number of times however large the county: no quadratic work', () => {
    // Multiples of 210 = 10 × 3 × 7, so both counties mix school types and gaps alike.
    const small = counted(county(420));
    const large = counted(county(1680));
    analyze(small.read, QUALITY_2017);
    const { summary } = analyze(large.read, QUALITY_2017);
    expect(summary.entries).toBe(1680 + 168); // nine-year schools count twice as entries
    expect(summary.schools).toBe(1680); // and once as schools
    const perRecordSmall = small.reads() / 420;
    const perRecordLarge = large.reads() / 1680;
    expect(perRecordSmall).toBeGreaterThan(10);
    // Linear work reads each record as often in both; one scan per record would be 4 times as often.
    expect(perRecordLarge).toBeLessThan(perRecordSmall * 1.05);
  });
});
