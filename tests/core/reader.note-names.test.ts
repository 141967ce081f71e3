/** Issue 9: a school is never taken for a note because of its name; a note row is one with no figures. */
import { readSheet } from '../../src/core/reader';
import { grid } from './readerFixtures';

const HEADER = ['学校名称', '学校类型', '在校生数', '图书册数'];

describe('rows whose first word reads like a note', () => {
  test.each(['日期小学', '审核镇中心小学', '说明村小学', '电话岭小学'])('%s with figures is a school, with a message', (name) => {
    const read = readSheet(grid([HEADER, ['城关小学', '小学', 500, 12000], [name, '小学', 300, 8000]]));
    expect(read.records.map((r) => r.name)).toEqual(['城关小学', name]);
    expect(read.messages.find((m) => m.code === 'note-like-name')).toMatchObject({ cell: 'Sheet1!A3', row: 3 });
  });

  test('a footer without figures is still a note, and what follows without figures too', () => {
    const read = readSheet(grid([HEADER, ['城关小学', '小学', 500, 12000], ['填表人：张明', null, null, null], ['日期：2025年9月30日', null, null, null]]));
    expect(read.records.map((r) => r.name)).toEqual(['城关小学']);
    expect(read.rows.filter((r) => r.kind === 'note').map((r) => r.row)).toEqual([3, 4]);
    expect(read.messages.some((m) => m.code === 'note-like-name')).toBe(false);
  });
});
