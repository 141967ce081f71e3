import { BASE_HEADER, BASE_SCHOOLS } from '../../scripts/make-bad-fixtures';
import { analyze } from '../../src/core/analyze';
import { readSheet } from '../../src/core/reader';
import { buildMarkRules, buildReport } from '../../src/core/report';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { Message } from '../../src/core/types';
import { storable, writeAnnotatedWorkbook } from '../../src/files/annotate';
import { formatCsv } from '../../src/files/csv';
import { readWorkbookBytes, WorkbookReadError } from '../../src/files/read-workbook';

describe('storable: only values Excel opens', () => {
  it.each([
    [NaN, null],
    [Infinity, null],
    [-Infinity, null],
    [12.5, 12.5],
    ['学校', '学校'],
  ])('%p → %p', (value, expected) => {
    expect(storable(value)).toBe(expected);
  });
  it('cuts text at 32 767 characters', () => {
    expect(storable('长'.repeat(32_767))).toHaveLength(32_767);
    const cut = storable('长'.repeat(40_000)) as string;
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('CSV numbers beyond a double stay text', () => {
  it('a 401-digit number is read as text, never Infinity', async () => {
    const [grid] = await readWorkbookBytes(new TextEncoder().encode(`学校名称,在校生数\n城关小学,${'9'.repeat(401)}\n`), 'a.csv');
    expect(grid.values[1][1]).toBe('9'.repeat(401));
  });
});

describe('a CSV wider than Excel', () => {
  it('refuses the copy in one sentence', async () => {
    const pad = (row: readonly (string | number | null)[]) => [...row, ...Array.from({ length: 16_400 - row.length }, () => null), 'x'];
    const csv = formatCsv([pad([...BASE_HEADER]), ...BASE_SCHOOLS.map((school) => pad(school as (string | number | null)[]))]);
    const input = new TextEncoder().encode(csv);
    const [grid] = await readWorkbookBytes(input, 'wide.csv');
    const read = readSheet(grid);
    const result = analyze(read, QUALITY_2017, { lang: 'zh', file: 'wide.csv' });
    const copy = writeAnnotatedWorkbook(input, buildReport(result, read, QUALITY_2017, 'zh'), buildMarkRules(read, result, QUALITY_2017));
    await expect(copy).rejects.toBeInstanceOf(WorkbookReadError);
    await expect(copy).rejects.toMatchObject({ code: 'copy-too-wide', params: { limit: 16384 }, message: expect.stringMatching(/16384 列/) });
  });
});

describe('a text cut in the copy is said, naming the cell', () => {
  it('a CSV remark of 40 000 characters: the copy cuts it and a message names the cell', async () => {
    const rows = [[...BASE_HEADER, '备注'], ...BASE_SCHOOLS.map((school, i) => [...(school as (string | number | null)[]), i === 1 ? '长'.repeat(40_000) : null])];
    const input = new TextEncoder().encode(formatCsv(rows));
    const [grid] = await readWorkbookBytes(input, '县直.csv');
    const read = readSheet(grid);
    const result = analyze(read, QUALITY_2017, { lang: 'zh', file: '县直.csv' });
    const notes: Message[] = [];
    await writeAnnotatedWorkbook(input, buildReport(result, read, QUALITY_2017, 'zh'), buildMarkRules(read, result, QUALITY_2017), notes);
    const column = String.fromCharCode('A'.charCodeAt(0) + BASE_HEADER.length);
    expect(notes).toEqual([expect.objectContaining({ code: 'copy-text-cut', severity: 'warning', cell: `县直!${column}3`, params: expect.objectContaining({ length: 40_000 }) })]);
    expect(notes[0].text.zh).toContain(`县直!${column}3`);
    expect(notes[0].text.zh).toContain('32767');
  });

  it('says nothing when no text is cut', async () => {
    const input = new TextEncoder().encode(formatCsv([[...BASE_HEADER], ...BASE_SCHOOLS.map((s) => [...(s as (string | number | null)[])])]));
    const [grid] = await readWorkbookBytes(input, 'a.csv');
    const read = readSheet(grid);
    const result = analyze(read, QUALITY_2017, { lang: 'zh', file: 'a.csv' });
    const notes: Message[] = [];
    await writeAnnotatedWorkbook(input, buildReport(result, read, QUALITY_2017, 'zh'), buildMarkRules(read, result, QUALITY_2017), notes);
    expect(notes).toEqual([]);
  });
});
