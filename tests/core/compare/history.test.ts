import { addToHistory, cvTrends, HISTORY_MAX_BYTES, HISTORY_MAX_CHECKS, readHistory, removeFromHistory, snapshotOf } from '../../../src/core/compare';
import { sampleCheck } from './support';

const dated = (n: number) => ({ ...sampleCheck, date: `2026-01-${String(n).padStart(2, '0')}` });

describe('the saved checks of a workbook', () => {
  test('a check is added last and reads back', () => {
    const { history, dropped, kept } = addToHistory([], dated(1));
    expect([dropped, kept]).toEqual([0, true]);
    expect(readHistory(history)).toEqual([{ index: 0, ok: true, check: dated(1) }]);
  });

  test('bounded: beyond the limit the oldest are dropped, and counted', () => {
    let stored: unknown[] = [];
    for (let n = 1; n <= HISTORY_MAX_CHECKS; n++) stored = addToHistory(stored, dated(n)).history;
    const { history, dropped } = addToHistory(stored, dated(HISTORY_MAX_CHECKS + 1));
    expect(dropped).toBe(1);
    expect(history).toHaveLength(HISTORY_MAX_CHECKS);
    expect(readHistory(history).map((entry) => entry.ok && entry.check.date)).toEqual(Array.from({ length: HISTORY_MAX_CHECKS }, (_, i) => dated(i + 2).date));
  });

  test('bounded in size too; a check too big on its own is not kept', () => {
    const big = { ...sampleCheck, source: { file: 'x'.repeat(HISTORY_MAX_BYTES / 2), sheet: 's' } };
    const first = addToHistory([], big);
    const second = addToHistory(first.history, big);
    expect([second.history.length, second.dropped]).toEqual([1, 1]);
    const huge = { ...sampleCheck, source: { file: 'x'.repeat(HISTORY_MAX_BYTES), sheet: 's' } };
    expect(addToHistory(first.history, huge)).toEqual({ history: first.history, dropped: 0, kept: false });
  });

  test('a damaged entry is kept in the list with its problem, so it can be deleted', () => {
    const stored = [snapshotOf(dated(1)), { format: 'junheng-check', version: 1, schools: 'edited by hand' }];
    const entries = readHistory(stored);
    expect(entries[0].ok).toBe(true);
    expect(entries[1]).toMatchObject({ index: 1, ok: false, problem: { zh: expect.stringMatching(/^第 2 条保存的检查无法读取：这份检查记录已损坏/) } });
    expect(readHistory(removeFromHistory(stored, 1)).every((entry) => entry.ok)).toBe(true);
  });

  test('each CV over the saved checks, oldest first', () => {
    const later = { ...dated(2), sections: { ...sampleCheck.sections, junior: { ...sampleCheck.sections.junior, cvs: { ...sampleCheck.sections.junior.cvs, 'multimedia-rooms': { cv: 0.41, limit: 0.45, passes: true } } } } };
    const trends = cvTrends([dated(1), later]);
    expect(trends).toHaveLength(14);
    const multimedia = trends.find((trend) => trend.section === 'junior' && trend.indicator === 'multimedia-rooms');
    expect(multimedia?.limit).toBe(0.45);
    expect(multimedia?.points.map((p) => [p.date, p.cv])).toEqual([
      ['2026-01-01', sampleCheck.sections.junior.cvs['multimedia-rooms'].cv],
      ['2026-01-02', 0.41],
    ]);
    expect(cvTrends([])).toEqual([]);
  });
});
