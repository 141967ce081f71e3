import {
  checkItems,
  compareChecks,
  comparisonHeadline,
  comparisonNotes,
  progressCounts,
  type Check,
  type Comparison,
} from '../../../src/core/compare';
import { checkOfGrid, editSchool, SAMPLE_COLUMN, sampleCheck, sampleGrid } from './support';

/** Every item of `check` as "name|section|indicator". */
function itemKeys(check: Check): string[] {
  return checkItems(check).map((item) => `${item.school.name}|${item.school.section}|${item.indicator}`);
}

function statusOf(comparison: Comparison, name: string, indicator: string): string | undefined {
  return comparison.items.find((item) => (item.now ?? item.before)?.name === name && item.indicator === indicator)?.status;
}

describe('a check compared with itself', () => {
  const comparison = compareChecks(sampleCheck, sampleCheck);

  test('has only 未变 items and no change', () => {
    expect(comparison.items.length).toBe(checkItems(sampleCheck).length);
    expect(comparison.items.length).toBeGreaterThan(0);
    expect(comparison.items.every((item) => item.status === 'unchanged')).toBe(true);
    expect(comparison.counts).toEqual({ start: 4, closed: 0, improved: 0, unchanged: 4, worse: 0, new: 0, removed: 0, undecided: 0, remaining: 4, now: 4 });
  });

  test('pairs every school by name and moves no CV', () => {
    expect(comparison.schools.added).toEqual([]);
    expect(comparison.schools.removed).toEqual([]);
    expect(comparison.schools.matched).toHaveLength(sampleCheck.schools.length);
    expect(comparison.schools.matched.every((pair) => pair.by === 'name' && pair.before.name === pair.now.name)).toBe(true);
    expect(comparison.cvs.length).toBe(14);
    expect(comparison.cvs.every((cv) => cv.change === 0 && cv.passesBefore === cv.passesNow)).toBe(true);
    expect(comparison.notes).toEqual([]);
  });
});

describe('a school that added its missing rooms', () => {
  // 北坪乡初级中学 has 6 multimedia rooms for 320 pupils (1.88 < 2.4); 8 rooms make 2.5.
  const after = checkOfGrid(editSchool(sampleGrid, '北坪乡初级中学', (row) => (row[SAMPLE_COLUMN.multimediaRooms] = 8)));
  const comparison = compareChecks(sampleCheck, after);

  test('closes exactly that item, with both values and both gaps', () => {
    const closed = comparison.items.filter((item) => item.status === 'closed');
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ section: 'junior', indicator: 'multimedia-rooms', standard: 2.4 });
    expect(closed[0].before).toMatchObject({ name: '北坪乡初级中学', value: 1.875 });
    expect(closed[0].before?.shortfall).toBeCloseTo(1.68, 10);
    expect(closed[0].now).toMatchObject({ name: '北坪乡初级中学', value: 2.5, shortfall: 0, shortfallToFloor: 0 });
    expect(comparison.items.filter((item) => item.status !== 'closed').every((item) => item.status === 'unchanged')).toBe(true);
    expect(comparison.counts).toMatchObject({ start: 4, closed: 1, unchanged: 3, remaining: 3, now: 3, new: 0 });
  });

  test('moves the junior multimedia CV and nothing else', () => {
    const moved = comparison.cvs.filter((cv) => cv.change !== 0);
    expect(moved.map((cv) => `${cv.section}|${cv.indicator}`)).toEqual(['junior|multimedia-rooms']);
  });
});

describe('improved, worse and new', () => {
  test('a smaller gap is 改善, a larger one 加重, a fresh miss 新增', () => {
    let grid = editSchool(sampleGrid, '北坪乡初级中学', (row) => (row[SAMPLE_COLUMN.keyTeachers] = 3)); // 0.63 → 0.94 of 1.0
    grid = editSchool(grid, '城关第一小学', (row) => (row[SAMPLE_COLUMN.teachingSpace] = 7800)); // 4.25 → 4.19 of 4.5
    grid = editSchool(grid, '河口小学', (row) => (row[SAMPLE_COLUMN.multimediaRooms] = 3)); // 3.16 → 1.58 of 2.3
    const comparison = compareChecks(sampleCheck, checkOfGrid(grid));
    expect(statusOf(comparison, '北坪乡初级中学', 'key-teachers')).toBe('improved');
    expect(statusOf(comparison, '城关第一小学', 'teaching-space')).toBe('worse');
    expect(statusOf(comparison, '河口小学', 'multimedia-rooms')).toBe('new');
    const fresh = comparison.items.find((item) => item.status === 'new');
    expect(fresh?.before).toMatchObject({ name: '河口小学', shortfall: 0 });
    expect(comparison.counts).toMatchObject({ start: 4, improved: 1, worse: 1, unchanged: 2, new: 1, now: 5 });
  });
});

describe('every ledger item of either check appears exactly once', () => {
  let grid = editSchool(sampleGrid, '北坪乡初级中学', (row) => (row[SAMPLE_COLUMN.multimediaRooms] = 8));
  grid = editSchool(grid, '河口小学', (row) => (row[SAMPLE_COLUMN.multimediaRooms] = 3));
  // 王家湾小学 leaves the sheet (merged away): its item is listed, not dropped.
  grid = { ...grid, values: grid.values.filter((row) => row[SAMPLE_COLUMN.name] !== '王家湾小学') };
  const before = sampleCheck;
  const now = checkOfGrid(grid);
  const comparison = compareChecks(before, now);

  test('items of the earlier check', () => {
    const listed = comparison.items
      .filter((item) => item.status !== 'new')
      .map((item) => `${item.before?.name}|${item.section}|${item.indicator}`);
    expect([...listed].sort()).toEqual([...itemKeys(before)].sort());
  });

  test('items of the current check', () => {
    const listed = comparison.items
      .filter((item) => ['improved', 'unchanged', 'worse', 'new'].includes(item.status))
      .map((item) => `${item.now?.name}|${item.section}|${item.indicator}`);
    expect([...listed].sort()).toEqual([...itemKeys(now)].sort());
  });

  test('the removed school is listed with its item', () => {
    expect(comparison.schools.removed.map((s) => s.name)).toEqual(['王家湾小学']);
    expect(statusOf(comparison, '王家湾小学', 'pe-art-teachers')).toBe('removed');
    expect(comparison.counts).toMatchObject({ start: 4, closed: 1, removed: 1, new: 1 });
  });

  test('an added school is listed with its items as 新增', () => {
    const reversed = compareChecks(now, before);
    expect(reversed.schools.added.map((s) => s.name)).toEqual(['王家湾小学']);
    expect(statusOf(reversed, '王家湾小学', 'pe-art-teachers')).toBe('new');
    expect(reversed.items.find((item) => item.now?.name === '王家湾小学')?.before).toBeNull();
  });
});

describe('the one line', () => {
  test('says the counts in the officer\'s words, zh and en', () => {
    const counts = progressCounts([]);
    expect(comparisonHeadline({ ...counts, start: 23, closed: 15, improved: 4, new: 2 }, 'zh')).toBe('上次 23 项未达标，已消号 15 项，改善 4 项，新增 2 项');
    expect(comparisonHeadline({ ...counts, start: 23, closed: 15, improved: 4, new: 2 }, 'en')).toBe('Last time 23 items below standard: 15 closed, 4 improved, 2 new');
  });

  test('adds the items of schools not in this check when there are any', () => {
    expect(comparisonHeadline({ ...progressCounts([]), start: 3, closed: 1, removed: 1 }, 'zh')).toBe(
      '上次 3 项未达标，已消号 1 项，改善 0 项，新增 0 项；另有 1 项所在学校未参加本次检查（撤并或更名）',
    );
  });
});

describe('schools paired by hand', () => {
  const renamed = {
    ...sampleGrid,
    values: sampleGrid.values.map((row) => (row[SAMPLE_COLUMN.name] === '王家湾小学' ? row.map((v, i) => (i === SAMPLE_COLUMN.name ? '王家湾完全小学' : v)) : row)),
  };
  const now = checkOfGrid(renamed);

  test('a renamed school is removed and added until it is paired', () => {
    const unpaired = compareChecks(sampleCheck, now);
    expect(unpaired.schools.removed.map((s) => s.name)).toEqual(['王家湾小学']);
    expect(unpaired.schools.added.map((s) => s.name)).toEqual(['王家湾完全小学']);
    const paired = compareChecks(sampleCheck, now, { pairs: [{ before: '王家湾小学', now: '王家湾完全小学' }] });
    expect(paired.schools.removed).toEqual([]);
    expect(paired.schools.matched.find((pair) => pair.by === 'hand')).toMatchObject({ before: { name: '王家湾小学' }, now: { name: '王家湾完全小学' } });
    expect(paired.items.every((item) => item.status === 'unchanged')).toBe(true);
  });

  test('a pair naming no school says so', () => {
    const comparison = compareChecks(sampleCheck, now, { pairs: [{ before: '不存在小学', now: '王家湾完全小学' }], lang: 'zh' });
    expect(comparison.notes).toEqual(['手工配对中的“不存在小学”在上次检查中找不到，这一对未使用。']);
    expect(comparison.noteMessages).toEqual([{ code: 'compare-pair-not-found-before', params: { name: '不存在小学' } }]);
  });
});

test('different rulesets are named in a note', () => {
  const comparison = compareChecks({ ...sampleCheck, ruleset: 'basic-2012' }, sampleCheck, { lang: 'en' });
  expect(comparison.notes[0]).toMatch(/then basic-2012, now quality-2017/);
});

test('the notes are codes with parameters beside their text: each surface renders them, in either language', () => {
  const comparison = compareChecks({ ...sampleCheck, ruleset: 'basic-2012' }, sampleCheck, { pairs: [{ before: '王家湾小学', now: '不存在小学' }], lang: 'zh' });
  expect(comparison.noteMessages.map((note) => note.code)).toEqual(['compare-rulesets-differ', 'compare-pair-not-found-now']);
  expect(comparisonNotes(comparison, 'zh', 'sheet')).toEqual(comparison.notes);
  const english = comparisonNotes(comparison, 'en', 'web');
  expect(english[0]).toMatch(/then basic-2012, now quality-2017/);
  expect(english[1]).toBe('The hand pair\'s "不存在小学" is not in this check; the pair was not used.');
  // The result document keeps its text field and gains the codes (plain data, as JSON carries it).
  expect(JSON.parse(JSON.stringify(comparison))).toMatchObject({ notes: comparison.notes, noteMessages: comparison.noteMessages });
});
