import { analyze } from '../../src/core/analyze';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { CellValue, Grid } from '../../src/core/types';

function grid(values: CellValue[][], sheet = 'Sheet1'): Grid {
  return { sheet, origin: { row: 1, column: 1 }, values };
}

const HEADER = ['学校名称', '学校类型', '在校生数', '专任教师数'];

describe('where the table sits', () => {
  it('finds a header below row 40, reads the table and says the rows above were not read as schools', () => {
    const values: CellValue[][] = [['2025 年度统计说明']];
    for (let k = 1; k < 499; k++) values.push(k % 50 === 0 ? [`说明第 ${k} 条`] : [null]);
    values.push(HEADER, ['城关小学', '小学', 800, 40], ['西关小学', '小学', 600, 30]);
    const read = readSheet(grid(values));
    expect(read.headerRows).toEqual([500]);
    expect(read.records.map((r) => r.name)).toEqual(['城关小学', '西关小学']);
    const far = read.messages.find((m) => m.code === 'header-far-down');
    expect(far).toMatchObject({ severity: 'info', cell: 'Sheet1!A500' });
    expect(far?.text.zh).toContain('第 500 行');
    expect(far?.text.zh).toContain('1–499');
    expect(findSchoolSheet([grid([['封面']], '封面'), grid(values)])).toBe(1);
  });

  it('says nothing about a far header with only blank rows above it', () => {
    const values: CellValue[][] = Array.from({ length: 60 }, () => [null]);
    values.push(HEADER, ['城关小学', '小学', 800, 40]);
    const read = readSheet(grid(values));
    expect(read.headerRows).toEqual([61]);
    expect(read.messages.filter((m) => m.code === 'header-far-down')).toEqual([]);
  });

  it('names a second table beside the first and analyses the first only', () => {
    const values: CellValue[][] = [
      ['小学', null, null, null, null, '初中'],
      [...HEADER, null, '序号', ...HEADER],
      ['城关小学', '小学', 800, 40, null, 1, '城关中学', '初中', 900, 60],
      ['西关小学', '小学', 600, 30, null, 2, '西关中学', '初中', 700, 50],
    ];
    const read = readSheet(grid(values));
    expect(read.records.map((r) => r.name)).toEqual(['城关小学', '西关小学']);
    expect(read.mapping.pupils?.map((ref) => ref.column)).toEqual([3]);
    expect(read.messages.filter((m) => m.code === 'duplicate-column')).toEqual([]);
    const second = read.messages.find((m) => m.code === 'second-table');
    expect(second).toMatchObject({ severity: 'warning', cell: 'Sheet1!F2' });
    expect(second?.text.zh).toContain('第二张表');
    expect(second?.text.zh).toContain('A:D');
  });

  it('keeps two name columns of one table (学校名称 … 单位名称 without data after it) as one table', () => {
    const read = readSheet(grid([
      ['学校名称', '在校生数', '专任教师数', '单位名称'],
      ['城关小学', 800, 40, '城关镇'],
    ]));
    expect(read.messages.filter((m) => m.code === 'second-table')).toEqual([]);
  });
});

describe('values that need a word', () => {
  it('uses fractional pupils as written and names each cell', () => {
    const read = readSheet(grid([HEADER, ['城关小学', '小学', 500.5, 40], ['西关小学', '小学', '600.25', 30], ['东关小学', '小学', 300, 20]]));
    expect(read.records.map((r) => r.values.pupils)).toEqual([500.5, 600.25, 300]);
    const fractional = read.messages.filter((m) => m.code === 'fractional-pupils');
    expect(fractional.map((m) => m.cell)).toEqual(['Sheet1!C2', 'Sheet1!C3']);
    expect(fractional[0].text.zh).toContain('500.5');
    expect(fractional[0].text.en).toContain('whole');
  });

  it('reads no school named #REF!: the name cell and the fix are named', () => {
    for (const error of ['#REF!', '#N/A', '#VALUE!']) {
      const read = readSheet(grid([HEADER, ['城关小学', '小学', 800, 40], [error, '小学', 600, 30]]));
      expect(read.records.map((r) => r.name)).toEqual(['城关小学']);
      expect(read.rows.find((r) => r.row === 3)?.kind).toBe('other');
      const [message] = read.messages.filter((m) => m.code === 'name-formula-error');
      expect(message).toMatchObject({ severity: 'warning', cell: 'Sheet1!A3' });
      expect(message.text.zh).toContain(error);
      expect(read.messages.filter((m) => m.code === 'missing-name')).toEqual([]);
      const result = analyze(read, QUALITY_2017);
      expect(result.schools.map((s) => s.name)).not.toContain(error);
    }
  });
});
