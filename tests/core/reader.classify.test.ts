import {
  inferTypeFromName,
  isNoteText,
  isTotalText,
  ownershipFromName,
  parseOwnership,
  parseSchoolType,
  partOf,
  sectionLabel,
} from '../../src/core/reader/classify';
import type { SchoolType } from '../../src/core/types';

describe('parseSchoolType', () => {
  it.each<[string, SchoolType]>([
    ['小学', 'primary'],
    ['完小', 'primary'],
    ['中心校', 'primary'],
    ['初中', 'junior'],
    ['初级中学', 'junior'],
    ['九年一贯制学校', 'nine-year'],
    ['九年制', 'nine-year'],
    ['完全中学', 'complete-secondary'],
    ['完中', 'complete-secondary'],
    ['十二年一贯制学校', 'twelve-year'],
    ['教学点', 'teaching-point'],
    ['特殊教育学校', 'special'],
    ['特教', 'special'],
    ['职业学校', 'vocational'],
    ['中职', 'vocational'],
    ['高中', 'senior'],
    ['高级中学', 'senior'],
    [' 初 中 ', 'junior'],
    ['九年一贯制学校（农村）', 'nine-year'],
    ['农村小学', 'primary'],
  ])('%s → %s', (text, type) => {
    expect(parseSchoolType(text)).toBe(type);
  });

  it.each(['幼儿园', '其他', ''])('does not know %p', (text) => {
    expect(parseSchoolType(text)).toBeNull();
  });
});

describe('inferTypeFromName', () => {
  it.each<[string, SchoolType | null]>([
    ['城关镇中心小学', 'primary'],
    ['城关镇中心校', 'primary'],
    ['高中心小学', 'primary'],
    ['县第一初级中学', 'junior'],
    ['实验中学', 'junior'],
    ['县第二高级中学', 'senior'],
    ['县一中高中部', 'senior'],
    ['南关九年一贯制学校', 'nine-year'],
    ['北关九年制学校', 'nine-year'],
    ['县十二年一贯制学校', 'twelve-year'],
    ['县第三完全中学', 'complete-secondary'],
    ['河口教学点', 'teaching-point'],
    ['县特殊教育学校', 'special'],
    ['县培智学校', 'special'],
    ['县聋哑学校', 'special'],
    ['县职业中学', 'vocational'],
    ['县职教中心', 'vocational'],
    ['城关学校', null],
    ['城关学校小学部', 'primary'],
    ['城关学校（初中部）', 'junior'],
  ])('%s → %s', (name, type) => {
    expect(inferTypeFromName(name)).toBe(type);
  });
});

describe('partOf', () => {
  it('reads the part a row stands for', () => {
    expect(partOf('城关学校小学部')).toBe('primary');
    expect(partOf('城关学校（初中部）')).toBe('junior');
    expect(partOf('初中段')).toBe('junior');
    expect(partOf('城关学校高中部')).toBeNull();
    expect(partOf('城关学校')).toBeNull();
  });
});

describe('ownership', () => {
  it('reads the ownership cell', () => {
    expect(parseOwnership('公办')).toBe('public');
    expect(parseOwnership('民办')).toBe('private');
    expect(parseOwnership('私立')).toBe('private');
    expect(parseOwnership('其他')).toBeNull();
  });

  it('reads only private ownership from a name', () => {
    expect(ownershipFromName('民办育才学校')).toBe('private');
    expect(ownershipFromName('私立实验小学')).toBe('private');
    expect(ownershipFromName('城关小学')).toBeNull();
  });
});

describe('row words', () => {
  it.each(['合计', '小计', '总计', '全县', '全市合计', '其中：小学', '城区小计'])('%s marks a total', (text) => {
    expect(isTotalText(text)).toBe(true);
  });

  it.each(['城关小学', '合作小学', '全椒路小学', '全州县第一中学'])('%s is not a total', (text) => {
    expect(isTotalText(text)).toBe(false);
  });

  it.each(['填表人：张三', '审核人', '单位负责人：', '制表：', '填报日期：2024', '说明：', '注：', '注:教学点单列', '备注'])(
    '%s starts a note',
    (text) => {
      expect(isNoteText(text)).toBe(true);
    },
  );

  it('does not take a school for a note', () => {
    expect(isNoteText('城关小学')).toBe(false);
  });
});

describe('sectionLabel', () => {
  it.each<[string, SchoolType | null]>([
    ['一、小学', 'primary'],
    ['（二）初中', 'junior'],
    ['小学部分', 'primary'],
    ['九年一贯制学校', 'nine-year'],
    ['三、九年一贯制学校', 'nine-year'],
    ['第四部分 教学点', 'teaching-point'],
    ['城区学校', null],
    ['一、农村学校', null],
  ])('%s sets %s', (text, type) => {
    expect(sectionLabel(text)?.type).toBe(type);
  });

  it('knows labels recognised only by their numbering', () => {
    expect(sectionLabel('一、城关片区')).toEqual({ type: null, numbered: true });
    expect(sectionLabel('（二）初中')).toEqual({ type: 'junior', numbered: false });
  });

  it.each(['城关小学', '实验中学', '第一小学', '第二中学', ''])('%p is not a label', (text) => {
    expect(sectionLabel(text)).toBeNull();
  });
});
