import { findSchoolSheet, readSheet } from '../../src/core/reader';
import type { CellValue, Grid, SheetRead } from '../../src/core/types';
import { accountsEveryRowOnce, bureauForm, grid } from './readerFixtures';

function record(read: SheetRead, name: string, kind: 'school' | 'total' = 'school') {
  const found = read.records.filter((r) => r.name === name && r.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

function kinds(read: SheetRead): string {
  const all = [
    ...read.rows.map((r) => ({ row: r.row, kind: r.kind as string })),
    ...read.records.map((r) => ({ row: r.row, kind: r.kind as string })),
  ];
  return all
    .sort((a, b) => a.row - b.row)
    .map((r) => `${r.row}:${r.kind}`)
    .join(' ');
}

describe.each([
  ['with merges', true],
  ['without merges (forward-filled parents)', false],
])('a bureau form %s', (_, withMerges) => {
  const source = bureauForm(withMerges);
  const read = readSheet(source);

  it('finds the two-row header below the titles', () => {
    expect(read.headerRows).toEqual([3, 4]);
    expect(read.firstDataRow).toBe(6);
    expect(read.lastDataRow).toBe(14);
  });

  it('maps sub-columns: pupils per section, PE/art parts that add up, 万元', () => {
    expect(read.mapping.name?.map((r) => r.column)).toEqual([2]);
    expect(read.mapping.type?.map((r) => r.column)).toEqual([3]);
    expect(read.mapping.primaryPupils?.map((r) => r.column)).toEqual([4]);
    expect(read.mapping.juniorPupils?.map((r) => r.column)).toEqual([5]);
    expect(read.mapping.peArtTeachers?.map((r) => r.column)).toEqual([6, 7, 8]);
    expect(read.mapping.equipmentValue).toEqual([{ column: 9, header: '教学仪器设备值（万元）', factor: 10000 }]);
    expect(read.mapping.sportsSpace?.map((r) => r.column)).toEqual([10]);
    expect(read.mapping.pupils).toBeUndefined();
  });

  it('lists every header column for the mapping screen', () => {
    expect(read.columns.map((c) => [c.column, c.field])).toEqual([
      [1, null],
      [2, 'name'],
      [3, 'type'],
      [4, 'primaryPupils'],
      [5, 'juniorPupils'],
      [6, 'peArtTeachers'],
      [7, 'peArtTeachers'],
      [8, 'peArtTeachers'],
      [9, 'equipmentValue'],
      [10, 'sportsSpace'],
    ]);
    expect(read.columns[3].header).toBe('在校生数/小学');
  });

  it('accounts for every row once, with the right kind', () => {
    expect(accountsEveryRowOnce(read, source)).toBe(true);
    expect(kinds(read)).toBe(
      '1:title 2:title 3:header 4:header 5:section-label 6:school 7:school 8:total 9:section-label ' +
        '10:school 11:school 12:school 13:blank 14:total 15:note 16:note 17:note',
    );
  });

  it('reads numbers in base units, adding the PE/art parts', () => {
    expect(record(read, '城关小学').values).toEqual({
      primaryPupils: 1288,
      peArtTeachers: 7,
      equipmentValue: 1205000,
      sportsSpace: 5600,
    });
  });

  it('keeps a row with an unreadable cell, its other values, and a located message', () => {
    const dongguan = record(read, '东关小学');
    expect(dongguan.values).toEqual({ primaryPupils: 56, peArtTeachers: 2 });
    expect(dongguan.invalid).toEqual(['equipmentValue']);
    const message = read.messages.find((m) => m.cell === 'Sheet1!I7');
    expect(message?.severity).toBe('warning');
    expect(message?.row).toBe(7);
    expect(message?.text.zh).toContain('公式');
    expect(message?.text.zh.startsWith('Sheet1!I7')).toBe(true);
  });

  it('types rows from the section labels above them', () => {
    expect(record(read, '南关学校').type).toBe('nine-year');
    expect(record(read, '城关小学').type).toBe('primary');
  });

  it('keeps pre-split rows of one school as parts', () => {
    const parts = read.records.filter((r) => r.name === '城关学校');
    expect(parts.map((r) => [r.row, r.part, r.type, r.typeText])).toEqual([
      [10, 'primary', 'nine-year', '小学部'],
      [11, 'junior', 'nine-year', '初中部'],
    ]);
  });

  it('keeps totals as total records', () => {
    expect(record(read, '小计', 'total').values.primaryPupils).toBe(1344);
    expect(record(read, '合计', 'total').values.juniorPupils).toBe(600);
  });
});

describe('header detection', () => {
  it('reads a plain one-row header at the top', () => {
    const read = readSheet(grid([['学校名称', '在校生数'], ['城关小学', 1288]]));
    expect(read.headerRows).toEqual([1]);
    expect(read.records).toHaveLength(1);
    expect(read.records[0]).toMatchObject({ row: 2, name: '城关小学', type: 'primary', kind: 'school', values: { pupils: 1288 } });
  });

  it('does not take a merged title over the header for a header row', () => {
    const read = readSheet(
      grid(
        [
          ['XX县学校统计表', null, null],
          ['学校名称', '在校生数', '专任教师数'],
          ['城关小学', 1288, 80],
        ],
        { merges: [{ top: 1, left: 1, bottom: 1, right: 3 }] },
      ),
    );
    expect(read.headerRows).toEqual([2]);
    expect(read.rows[0]).toEqual({ row: 1, kind: 'title', text: 'XX县学校统计表' });
  });

  it('leaves a group row above the header as a title', () => {
    const read = readSheet(
      grid([
        ['基本情况', null, '教师情况', null],
        ['学校名称', '在校生数', '专任教师数', '骨干教师数'],
        ['城关小学', 1288, 80, 12],
      ]),
    );
    expect(read.headerRows).toEqual([2]);
    expect(read.records[0].values).toEqual({ pupils: 1288, teachers: 80, keyTeachers: 12 });
  });

  it('takes a unit row under the header as a header row and applies its units', () => {
    const read = readSheet(
      grid([
        ['学校名称', '在校生数', '教学仪器设备值', '教学及辅助用房面积'],
        [null, '（人）', '（万元）', '（㎡）'],
        ['城关小学', 1288, 12.5, 6000],
      ]),
    );
    expect(read.headerRows).toEqual([1, 2]);
    expect(read.mapping.equipmentValue?.[0].factor).toBe(10000);
    expect(read.records[0].values).toEqual({ pupils: 1288, equipmentValue: 125000, teachingSpace: 6000 });
  });

  it('takes a row of column numbers under the header as a header row', () => {
    const read = readSheet(
      grid([
        ['学校名称', '在校生数', '专任教师数', '图书册数'],
        ['甲', 1, 2, 3],
        ['城关小学', 1288, 80, 30000],
      ]),
    );
    expect(read.headerRows).toEqual([1, 2]);
    expect(read.records.map((r) => r.name)).toEqual(['城关小学']);
  });

  it('reads a unit row under a two-row header', () => {
    const read = readSheet(
      grid([
        ['学校名称', '在校生数', null, '教学仪器设备值'],
        [null, '小学', '初中', null],
        [null, '人', '人', '万元'],
        ['城关学校', 300, 200, 10],
      ]),
    );
    expect(read.headerRows).toEqual([1, 2, 3]);
    expect(read.records[0].values).toEqual({ primaryPupils: 300, juniorPupils: 200, equipmentValue: 100000 });
  });

  it('uses a 合计 sub-column of an additive parent and not its parts', () => {
    const read = readSheet(
      grid([
        ['学校名称', '在校生数', '体育、艺术专任教师数', null, null, null],
        [null, null, '合计', '体育', '音乐', '美术'],
        ['城关小学', 1288, 9, 4, 3, 2],
      ]),
    );
    expect(read.mapping.peArtTeachers?.map((r) => r.column)).toEqual([3]);
    expect(read.records[0].values.peArtTeachers).toBe(9);
    expect(read.messages.some((m) => m.code === 'parts-not-added' && m.cell === 'Sheet1!C2')).toBe(true);
  });

  it('adds 运动场地面积 and 体育馆面积', () => {
    const read = readSheet(grid([['学校名称', '在校生数', '运动场地面积', '体育馆面积（㎡）'], ['城关小学', 1288, 8000, 1200]]));
    expect(read.records[0].values.sportsSpace).toBe(9200);
  });

  it('reads section-specific teacher columns into sectionValues', () => {
    const read = readSheet(
      grid([
        ['学校名称', '小学在校生数', '初中在校生数', '小学高于规定学历教师数', '初中高于规定学历教师数', '高于规定学历教师数'],
        ['城关学校', 300, 200, 20, 15, 35],
      ]),
    );
    expect(read.records[0].values).toEqual({ primaryPupils: 300, juniorPupils: 200, degreeTeachers: 35 });
    expect(read.records[0].sectionValues).toEqual({ primary: { degreeTeachers: 20 }, junior: { degreeTeachers: 15 } });
    expect(read.mapping.degreeTeachers?.map((r) => [r.column, r.section])).toEqual([
      [4, 'primary'],
      [5, 'junior'],
      [6, undefined],
    ]);
  });

  it('finds a header below many title rows, and past the search window says so', () => {
    const titles: CellValue[][] = Array.from({ length: 30 }, (_, k) => [`说明行 ${k}`]);
    const near = readSheet(grid([...titles, ['学校名称', '在校生数'], ['城关小学', 10]]));
    expect(near.headerRows).toEqual([31]);
    const far: CellValue[][] = Array.from({ length: 45 }, (_, k) => [`说明行 ${k}`]);
    const beyond = readSheet(grid([...far, ['学校名称', '在校生数'], ['城关小学', 10]]));
    expect(beyond.headerRows).toEqual([46]);
    expect(beyond.messages.map((m) => m.code)).toContain('header-far-down');
  });

  it('reads a grid that starts away from A1 with sheet addresses', () => {
    const read = readSheet(
      grid(
        [
          ['学校名称', '在校生数'],
          ['城关小学', '约500'],
        ],
        { sheet: '学校 表', origin: { row: 3, column: 2 } },
      ),
    );
    expect(read.headerRows).toEqual([3]);
    expect(read.mapping.pupils?.[0].column).toBe(3);
    expect(read.records[0].row).toBe(4);
    expect(read.messages[0].cell).toBe("'学校 表'!C4");
    expect(read.messages[0].text.zh.startsWith("'学校 表'!C4（在校生数）")).toBe(true);
  });
});

describe('numbers in cells', () => {
  const read = readSheet(
    grid([
      ['学校名称', '在校生数', '专任教师数', '图书册数', '教学仪器设备值（元）', '教学及辅助用房面积'],
      ['甲校', '１２８８', '56人', '1,234', '12.5万元', ' 6000 '],
      ['乙校', new Date(2024, 8, 1), true, '#REF!', -5, '五百'],
      ['丙校', '—', '/', '', null, '无'],
    ]),
  );

  it('reads full-width digits, units, separators and a cell’s own 万元', () => {
    expect(record(read, '甲校').values).toEqual({
      pupils: 1288,
      teachers: 56,
      books: 1234,
      equipmentValue: 125000,
      teachingSpace: 6000,
    });
  });

  it('reports dates, booleans, errors, negatives and words, each at its cell', () => {
    const yi = record(read, '乙校');
    expect(yi.values).toEqual({});
    expect(yi.invalid).toEqual(['pupils', 'teachers', 'books', 'equipmentValue', 'teachingSpace']);
    const byCell = new Map(read.messages.map((m) => [m.cell, m]));
    expect(byCell.get('Sheet1!B3')?.text.zh).toContain('日期');
    expect(byCell.get('Sheet1!D3')?.text.en).toContain('formula');
    expect(byCell.get('Sheet1!E3')?.code).toBe('negative-number');
    expect(byCell.get('Sheet1!F3')?.code).toBe('unparseable-number');
    expect(read.messages.filter((m) => m.row === 3)).toHaveLength(5);
  });

  it('uses but flags values too large to believe, and refuses values too large to compute', () => {
    const read = readSheet(
      grid([
        ['学校名称', '在校生数', '教学仪器设备值（万元）', '图书册数'],
        ['甲校', 900000, 1e305, 1e308],
        ['合计', 900000, 1, 1],
      ]),
    );
    expect(read.records[0].values).toEqual({ pupils: 900000, books: 1e308 });
    expect(read.records[0].invalid).toEqual(['equipmentValue']);
    const codes = read.messages.map((m) => [m.cell, m.code]);
    expect(codes).toEqual([
      ['Sheet1!B2', 'implausible-number'],
      ['Sheet1!C2', 'number-too-large'],
      ['Sheet1!D2', 'implausible-number'],
    ]);
  });

  it('leaves blanks absent and reads 无 as 0', () => {
    const bing = record(read, '丙校');
    expect(bing.values).toEqual({ teachingSpace: 0 });
    expect(bing.invalid).toEqual([]);
  });
});

describe('rows', () => {
  it('lists hidden rows in one info message and still reads them', () => {
    const read = readSheet(
      grid([['学校名称', '在校生数'], ['甲校', 1], ['乙校', 2], ['丙校', 3], ['丁校', 4]], { hiddenRows: [2, 3, 5, 99] }),
    );
    expect(read.records).toHaveLength(4);
    const hidden = read.messages.filter((m) => m.code === 'hidden-rows');
    expect(hidden).toHaveLength(1);
    expect(hidden[0].severity).toBe('info');
    expect(hidden[0].text.zh).toContain('2–3, 5');
  });

  it('fills a vertically merged type cell down to every row of the merge', () => {
    const read = readSheet(
      grid(
        [
          ['学校类型', '学校名称', '在校生数'],
          ['初级中学', '一中', 900],
          [null, '二中', 800],
          [null, '三中', 700],
          ['小学', '实验学校', 600],
        ],
        { merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] },
      ),
    );
    expect(read.records.map((r) => [r.name, r.type, r.typeText])).toEqual([
      ['一中', 'junior', '初级中学'],
      ['二中', 'junior', '初级中学'],
      ['三中', 'junior', '初级中学'],
      ['实验学校', 'primary', '小学'],
    ]);
  });

  it('reads a number merged over two schools once and names the merged cell', () => {
    const read = readSheet(
      grid(
        [
          ['学校名称', '在校生数', '体育运动场馆面积'],
          ['一中', 900, 16500],
          ['二中', 800, null],
          ['三中', 700, 9000],
        ],
        { merges: [{ top: 2, left: 3, bottom: 3, right: 3 }] },
      ),
    );
    expect(read.records.map((r) => r.values.sportsSpace)).toEqual([16500, undefined, 9000]);
    const warning = read.messages.find((m) => m.code === 'merged-number');
    expect(warning).toMatchObject({ severity: 'warning', cell: 'Sheet1!C2', row: 2 });
    expect(warning?.text.zh).toContain('Sheet1!C2:C3');
  });

  it('marks schools already split by their names', () => {
    const read = readSheet(
      grid([
        ['学校名称', '在校生数'],
        ['城关学校小学部', 300],
        ['城关学校（初中部）', 200],
        ['城关学校', 500],
      ]),
    );
    expect(read.records.map((r) => r.part)).toEqual(['primary', 'junior', null]);
  });

  it('reads types from the type column, else the name, else the label, else null', () => {
    const read = readSheet(
      grid([
        ['学校名称', '类别', '在校生数'],
        ['甲校', '九年一贯制学校', 1],
        ['乙校', '完中', 1],
        ['城关镇中心校', null, 1],
        ['高中心小学', null, 1],
        ['县第二高级中学', null, 1],
        ['县特殊教育学校', null, 1],
        ['县职业中学', null, 1],
        ['河口教学点', null, 1],
        ['实验中学', null, 1],
        ['城关学校', null, 1],
        ['（三）教学点', null, null],
        ['王庄', null, 1],
        ['丙校', '幼儿园', 1],
      ]),
    );
    expect(read.records.map((r) => r.type)).toEqual([
      'nine-year',
      'complete-secondary',
      'primary',
      'primary',
      'senior',
      'special',
      'vocational',
      'teaching-point',
      'junior',
      null,
      'teaching-point',
      'teaching-point',
    ]);
    const unknown = read.messages.find((m) => m.code === 'unrecognised-type-cell');
    expect(unknown?.cell).toBe('Sheet1!B14');
  });

  it('reads ownership from its column, or 民办/私立 in the name', () => {
    const read = readSheet(
      grid([
        ['学校名称', '办学性质', '在校生数'],
        ['甲校', '公办', 1],
        ['乙校', '民办', 1],
        ['民办育才学校', null, 1],
        ['丙校', null, 1],
      ]),
    );
    expect(read.records.map((r) => r.ownership)).toEqual(['public', 'private', 'private', null]);
  });

  it('recognises label and total rows in their usual shapes', () => {
    const read = readSheet(
      grid([
        ['序号', '学校名称', '在校生数'],
        ['（一）初中', null, null],
        [1, '一中', 900],
        [null, '小学部分', null],
        [2, '城关学校', 500],
        [null, '全县', 1400],
        [null, '其中：小学', 500],
        ['总计', null, 1400],
      ]),
    );
    expect(kinds(read)).toBe('1:header 2:section-label 3:school 4:section-label 5:school 6:total 7:total 8:total');
    expect(read.records.find((r) => r.name === '城关学校')?.type).toBe('primary');
    expect(read.records.find((r) => r.row === 8)?.name).toBe('总计');
  });

  it('treats rows after the first note as notes unless they look like schools', () => {
    const read = readSheet(
      grid([
        ['学校名称', '在校生数'],
        ['甲校', 1],
        ['注：数据截至9月', null],
        ['1. 教学点单列', null],
        ['制表：王五', '2024'],
        ['乙校', 2],
      ]),
    );
    expect(kinds(read)).toBe('1:header 2:school 3:note 4:note 5:note 6:school');
  });

  it('accounts for a header repeated below as a header row', () => {
    const read = readSheet(grid([['学校名称', '在校生数'], ['甲校', 1], ['学校名称', '在校生数'], ['乙校', 2]]));
    expect(kinds(read)).toBe('1:header 2:school 3:header 4:school');
    expect(read.messages).toEqual([]);
  });

  it('names a school written twice, keeping both rows', () => {
    const read = readSheet(grid([['学校名称', '在校生数'], ['城关小学', 1], ['东关小学', 2], ['城关小学', 3]]));
    expect(read.records).toHaveLength(3);
    const duplicates = read.messages.filter((m) => m.code === 'duplicate-name');
    expect(duplicates.map((m) => m.cell)).toEqual(['Sheet1!A4']);
    expect(duplicates[0].text.zh).toContain('第 2 行');
  });

  it('names a formula cell saved without its result as a formula, not a blank', () => {
    const read = readSheet(
      grid([['学校名称', '在校生数', '教学及辅助用房面积'], ['城关小学', 800, null]], { formulasWithoutResult: [{ row: 2, column: 3 }] }),
    );
    expect(read.records[0].invalid).toEqual(['teachingSpace']);
    const message = read.messages.find((m) => m.cell === 'Sheet1!C2');
    expect(message?.code).toBe('unparseable-number');
    expect(message?.text.zh).toContain('公式');
  });

  it('reports a row with figures but no name', () => {
    const read = readSheet(grid([['学校名称', '在校生数'], [null, 120], ['甲校', 1]]));
    expect(read.rows.find((r) => r.row === 2)?.kind).toBe('other');
    expect(read.messages.find((m) => m.code === 'missing-name')?.cell).toBe('Sheet1!A2');
  });

  it('continues the name of a pre-split school written once', () => {
    const read = readSheet(
      grid([
        ['学校名称', '学段', '在校生数'],
        ['城关学校', '小学部', 300],
        [null, '初中部', 200],
      ]),
    );
    expect(read.records.map((r) => [r.name, r.part])).toEqual([
      ['城关学校', 'primary'],
      ['城关学校', 'junior'],
    ]);
  });
});

describe('mapping', () => {
  const source = grid([
    ['学校名称', '在校生数', '学生数', '专任教师数', '骨干教师数'],
    ['甲校', 100, 90, 10, 2],
  ]);

  it('warns about a duplicate column, naming both cells, and uses the first', () => {
    const read = readSheet(source);
    expect(read.mapping.pupils?.map((r) => r.column)).toEqual([2]);
    expect(read.records[0].values.pupils).toBe(100);
    const warning = read.messages.find((m) => m.code === 'duplicate-column');
    expect(warning?.severity).toBe('warning');
    expect(warning?.text.zh).toContain('Sheet1!B1');
    expect(warning?.text.zh).toContain('Sheet1!C1');
    expect(read.columns.find((c) => c.column === 3)?.field).toBeNull();
  });

  it('lets the user replace a field’s columns and takes the column from other fields', () => {
    const read = readSheet(source, {
      mapping: { pupils: [{ column: 3, header: '学生数', factor: 1 }], keyTeachers: [{ column: 4, header: '专任教师数', factor: 1 }] },
    });
    expect(read.records[0].values).toEqual({ pupils: 90, keyTeachers: 10 });
    expect(read.messages.some((m) => m.code === 'duplicate-column')).toBe(false);
    expect(read.columns.map((c) => c.field)).toEqual(['name', null, 'pupils', 'keyTeachers', null]);
  });

  it('applies the user’s factor and columns without a header', () => {
    const read = readSheet(grid([['学校名称', '在校生数', null], ['甲校', 100, 3]]), {
      mapping: { equipmentValue: [{ column: 3, header: '', factor: 10000 }] },
    });
    expect(read.records[0].values.equipmentValue).toBe(30000);
    expect(read.columns.map((c) => [c.column, c.field])).toEqual([
      [1, 'name'],
      [2, 'pupils'],
      [3, 'equipmentValue'],
    ]);
  });

  it('uses the header rows the user gives', () => {
    const read = readSheet(
      grid([
        ['学校名称', '在校生数'],
        ['名称', '学生数'],
        ['甲校', 100],
      ]),
      { headerRows: [2] },
    );
    expect(read.headerRows).toEqual([2]);
    expect(read.rows[0]).toMatchObject({ row: 1, kind: 'title' });
    expect(read.records.map((r) => r.name)).toEqual(['甲校']);
  });
});

describe('no school table', () => {
  it.each<[string, Grid]>([
    ['an empty grid', grid([])],
    ['a cover sheet', grid([['XX县教育局'], [null], ['2024年9月']])],
    ['a name column without figures', grid([['学校名称', '备注'], ['甲校', '新建']])],
  ])('returns no header, no records and one error for %s', (_, source) => {
    const read = readSheet(source);
    expect(read.headerRows).toEqual([]);
    expect(read.records).toEqual([]);
    const errors = read.messages.filter((m) => m.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe('no-school-table');
    expect(errors[0].text.zh).toContain('学校名称');
    expect(errors[0].text.en).toContain('在校生数');
    expect(accountsEveryRowOnce(read, source)).toBe(true);
  });
});

describe('a table without schools', () => {
  it('keeps the header and says there are no school rows', () => {
    const source = grid([['XX县学校统计表'], ['学校名称', '在校生数'], [null, null], ['合计', 0]]);
    const read = readSheet(source);
    expect(read.headerRows).toEqual([2]);
    expect(read.records.map((r) => r.kind)).toEqual(['total']);
    const errors = read.messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => m.code)).toEqual(['no-school-rows']);
    expect(errors[0].text.zh).toContain('第 2 行');
    expect(accountsEveryRowOnce(read, source)).toBe(true);
  });
});

describe('findSchoolSheet', () => {
  it('finds the first grid with a name and a pupils column', () => {
    const cover = grid([['XX县义务教育均衡发展督导评估']]);
    const teachersOnly = grid([['学校名称', '专任教师数'], ['甲校', 3]]);
    expect(findSchoolSheet([cover, teachersOnly, bureauForm(true), bureauForm(false)])).toBe(2);
    expect(findSchoolSheet([cover, teachersOnly])).toBe(-1);
    expect(findSchoolSheet([])).toBe(-1);
  });

  it('prefers a visible sheet to a hidden one', () => {
    const lastYear = { ...bureauForm(true), sheet: '2024年', hidden: true };
    const thisYear = { ...bureauForm(true), sheet: '2025年' };
    expect(findSchoolSheet([lastYear, thisYear])).toBe(1);
    expect(findSchoolSheet([lastYear])).toBe(0);
  });
});

describe('large sheets', () => {
  // Speed is measured by `npm run bench` (bench/cli.ts: whole runs of the command line), never by a timed test;
  // this checks that nothing is lost or misread far down a long sheet.
  it('reads 20 000 rows down to the last one', () => {
    const header: CellValue[] = ['序号', '学校名称', '学校类型', '在校生数', '专任教师数', '教学及辅助用房面积', '教学仪器设备值（万元）', '图书册数'];
    const rows: CellValue[][] = [header];
    for (let k = 0; k < 20000; k++) rows.push([k + 1, `第${k}小学`, '小学', 500 + (k % 300), '40', 3000.5, 120, '1,234']);
    const read = readSheet(grid(rows));
    expect(read.records).toHaveLength(20000);
    expect(read.records[19999]).toMatchObject({ row: 20001, type: 'primary', values: { books: 1234, equipmentValue: 1200000 } });
  });
});
