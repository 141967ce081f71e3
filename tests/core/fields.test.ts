import {
  FIELD_LABELS,
  isNumericField,
  matchHeader,
  matchSubHeader,
  normalizeLabel,
  unitCellFactor,
  unitFactor,
} from '../../src/core/fields';
import type { FieldId } from '../../src/core/types';

describe('FIELD_LABELS', () => {
  it('labels every field in both languages', () => {
    for (const label of Object.values(FIELD_LABELS)) {
      expect(label.zh).not.toBe('');
      expect(label.en).not.toBe('');
    }
    expect(Object.keys(FIELD_LABELS)).toHaveLength(22);
  });

  it('tells text fields from numeric ones', () => {
    expect(isNumericField('name')).toBe(false);
    expect(isNumericField('ownership')).toBe(false);
    expect(isNumericField('books')).toBe(true);
  });
});

describe('matchHeader', () => {
  it.each<[string, FieldId]>([
    ['学校名称', 'name'],
    ['学校', 'name'],
    ['校名', 'name'],
    ['单位名称', 'name'],
    ['学校（单位）名称', 'name'],
    ['学校类型', 'type'],
    ['办学类型', 'type'],
    ['学段', 'type'],
    ['类别', 'type'],
    ['办学性质', 'ownership'],
    ['举办者', 'ownership'],
    ['在校生数', 'pupils'],
    ['在校学生数', 'pupils'],
    ['学生数', 'pupils'],
    ['学生总数', 'pupils'],
    ['在校生人数', 'pupils'],
    ['班级数', 'classes'],
    ['教学班数', 'classes'],
    ['最大班额', 'maxClassSize'],
    ['专任教师数', 'teachers'],
    ['高于规定学历教师数', 'degreeTeachers'],
    ['高学历教师数', 'degreeTeachers'],
    ['县级及以上骨干教师数', 'keyTeachers'],
    ['骨干教师数', 'keyTeachers'],
    ['骨干教师数（县级及以上）', 'keyTeachers'],
    ['体育、艺术（美术、音乐）专任教师数', 'peArtTeachers'],
    ['体艺教师数', 'peArtTeachers'],
    ['音体美教师数', 'peArtTeachers'],
    ['中级及以上专业技术职务教师数', 'seniorTeachers'],
    ['教学及辅助用房面积', 'teachingSpace'],
    ['体育运动场馆面积', 'sportsSpace'],
    ['教学仪器设备值', 'equipmentValue'],
    ['教学仪器设备资产值', 'equipmentValue'],
    ['网络多媒体教室数', 'multimediaRooms'],
    ['计算机台数', 'computers'],
    ['图书册数', 'books'],
    ['图书(册)', 'books'],
    ['音乐专用教室数', 'musicRooms'],
    ['美术专用教室数', 'artRooms'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)).toEqual({ field, factor: 1 });
  });

  it('reads a trailing 合计 as the field itself', () => {
    expect(matchHeader('在校生合计')).toEqual({ field: 'pupils', factor: 1 });
    expect(matchHeader('体育运动场馆面积合计（㎡）')).toEqual({ field: 'sportsSpace', factor: 1 });
    expect(matchHeader('合计')).toBeNull();
  });

  it('normalises width, spaces, line breaks and bracket shapes', () => {
    expect(matchHeader('　学校　名称　')).toEqual({ field: 'name', factor: 1 });
    expect(matchHeader('教学仪器\n设备值\r\n（万元）')?.field).toBe('equipmentValue');
    expect(matchHeader('图书【册】')).toEqual({ field: 'books', factor: 1 });
    expect(matchHeader('ＡＢＣ')).toBeNull();
  });

  it.each([
    ['教学仪器设备值（万元）', 10000],
    ['教学仪器设备值(万元)', 10000],
    ['教学仪器设备值/万元', 10000],
    ['教学仪器设备值万元', 10000],
    ['教学仪器设备值（元）', 1],
    ['教学仪器设备值（千元）', 1000],
  ])('reads the unit of %s as factor %i', (header, factor) => {
    expect(matchHeader(header)).toEqual({ field: 'equipmentValue', factor });
  });

  it.each(['教学及辅助用房面积（平方米）', '教学及辅助用房面积（㎡）', '教学及辅助用房面积(m2)', '教学及辅助用房面积（m²）', '教学及辅助用房面积/平方米'])(
    'treats the area unit of %s as a plain unit',
    (header) => {
      expect(matchHeader(header)).toEqual({ field: 'teachingSpace', factor: 1 });
    },
  );

  it.each(['专任教师数（人）', '计算机台数（台）', '网络多媒体教室数（间）', '图书册数（册）'])('treats the count unit of %s as a plain unit', (header) => {
    expect(matchHeader(header)?.factor).toBe(1);
  });

  it('reads section-specific pupil columns as their own fields', () => {
    expect(matchHeader('小学在校生数')).toEqual({ field: 'primaryPupils', factor: 1 });
    expect(matchHeader('初中学生数')).toEqual({ field: 'juniorPupils', factor: 1 });
    expect(matchHeader('高中在校生数')).toEqual({ field: 'seniorPupils', factor: 1 });
    expect(matchHeader('在校生数（小学）')).toEqual({ field: 'primaryPupils', factor: 1 });
    expect(matchHeader('小学生数')).toEqual({ field: 'primaryPupils', factor: 1 });
  });

  it('reads section-specific teacher columns with their section', () => {
    expect(matchHeader('小学高于规定学历教师数')).toEqual({ field: 'degreeTeachers', factor: 1, section: 'primary' });
    expect(matchHeader('初中骨干教师数')).toEqual({ field: 'keyTeachers', factor: 1, section: 'junior' });
    expect(matchHeader('高中骨干教师数')).toBeNull();
  });

  it('marks the parts of additive fields', () => {
    expect(matchHeader('体育教师数')).toEqual({ field: 'peArtTeachers', factor: 1, component: true });
    expect(matchHeader('音乐专任教师数')).toEqual({ field: 'peArtTeachers', factor: 1, component: true });
    expect(matchHeader('运动场地面积')).toEqual({ field: 'sportsSpace', factor: 1, component: true });
    expect(matchHeader('体育馆面积（㎡）')).toEqual({ field: 'sportsSpace', factor: 1, component: true });
  });

  it('keeps overlapping labels apart', () => {
    expect(matchHeader('教师数')).toBeNull();
    expect(matchHeader('体育')).toBeNull();
    expect(matchHeader('体育运动场馆面积')?.component).toBeUndefined();
    expect(matchHeader('骨干教师数')?.field).toBe('keyTeachers');
    expect(matchHeader('学校类型')?.field).toBe('type');
  });

  it.each([
    '每百名学生拥有高于规定学历教师数',
    '生均教学及辅助用房面积',
    '生均图书册数',
    '是否达标',
    '师生比',
    '序号',
    'XX县义务教育学校办学条件统计表',
    '填报单位：XX县教育局',
    '',
  ])('does not map %p', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('matchSubHeader', () => {
  it('splits pupils by the section under them', () => {
    expect(matchSubHeader('在校生数', '小学').match).toEqual({ field: 'primaryPupils', factor: 1 });
    expect(matchSubHeader('在校生数', '初中').match).toEqual({ field: 'juniorPupils', factor: 1 });
    expect(matchSubHeader('在校生数', '高中').match).toEqual({ field: 'seniorPupils', factor: 1 });
    expect(matchSubHeader('在校生数', '合计').match).toEqual({ field: 'pupils', factor: 1 });
  });

  it('maps nothing for an unknown sub-column of a known parent', () => {
    expect(matchSubHeader('在校生数', '其中：女').match).toBeNull();
  });

  it('reads 体育/音乐/美术 under a PE-and-art parent as parts, 合计 as the whole', () => {
    const parent = '体育、艺术（美术、音乐）专任教师数';
    for (const child of ['体育', '音乐', '美术']) {
      expect(matchSubHeader(parent, child).match).toEqual({ field: 'peArtTeachers', factor: 1, component: true });
    }
    expect(matchSubHeader(parent, '合计').match).toEqual({ field: 'peArtTeachers', factor: 1 });
  });

  it('reads the parts of a sports-space parent', () => {
    expect(matchSubHeader('体育运动场馆面积（㎡）', '体育馆').match).toEqual({ field: 'sportsSpace', factor: 1, component: true });
    expect(matchSubHeader('体育运动场馆面积', '运动场地面积').match?.component).toBe(true);
  });

  it('gives a section parent to the fields below it', () => {
    expect(matchSubHeader('初中', '骨干教师数').match).toEqual({ field: 'keyTeachers', factor: 1, section: 'junior' });
    expect(matchSubHeader('小学', '在校生数').match).toEqual({ field: 'primaryPupils', factor: 1 });
  });

  it('keeps the parent section for a 合计 sub-column', () => {
    expect(matchSubHeader('小学高于规定学历教师数', '合计').match).toEqual({ field: 'degreeTeachers', factor: 1, section: 'primary' });
  });

  it('takes the unit from either row', () => {
    expect(matchSubHeader('教学仪器设备值（万元）', '合计').match).toEqual({ field: 'equipmentValue', factor: 10000 });
    expect(matchSubHeader('教学仪器设备值', '合计（万元）').match?.factor).toBe(10000);
  });

  it('says which texts the answer rests on', () => {
    expect(matchSubHeader('XX县统计表', '学校名称')).toEqual({
      match: { field: 'name', factor: 1 },
      usedParent: false,
      usedChild: true,
    });
    expect(matchSubHeader('学校名称', '城关小学')).toEqual({ match: null, usedParent: false, usedChild: false });
    expect(matchSubHeader('专任教师数', '体育')).toEqual({
      match: { field: 'peArtTeachers', factor: 1, component: true },
      usedParent: true,
      usedChild: true,
    });
  });
});

describe('units', () => {
  it('reads unit words', () => {
    expect(unitFactor('万元')).toBe(10000);
    expect(unitFactor('元')).toBe(1);
    expect(unitFactor('万')).toBe(10000);
    expect(unitFactor('m2')).toBe(1);
    expect(unitFactor('')).toBeNull();
    expect(unitFactor('学校')).toBeNull();
  });

  it('reads unit cells of a unit row', () => {
    expect(unitCellFactor('（人）')).toBe(1);
    expect(unitCellFactor('(万元)')).toBe(10000);
    expect(unitCellFactor('单位：平方米')).toBe(1);
    expect(unitCellFactor('㎡')).toBe(1);
    expect(unitCellFactor('在校生数')).toBeNull();
  });

  it('normalises labels', () => {
    expect(normalizeLabel(' （万元） ')).toBe('(万元)');
    expect(normalizeLabel('在校\n生数')).toBe('在校生数');
  });
});
