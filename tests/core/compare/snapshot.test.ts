import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import {
  compareChecks,
  readEarlierCheck,
  readSnapshot,
  snapshotOf,
  SNAPSHOT_VERSION,
  type Check,
} from '../../../src/core/compare';
import { BASIC_2012, QUALITY_2017 } from '../../../src/core/rulesets';
import { checkOfGrid, resultOf, sampleCheck, sampleGrid } from './support';

const FROZEN_V1 = join(__dirname, 'fixtures/snapshot-v1.json');

function read(json: unknown): Check {
  const outcome = readSnapshot(json);
  if (!outcome.ok) throw new Error(outcome.problem.en);
  return outcome.check;
}

describe('the snapshot format', () => {
  test('has a format name and a version, and reads back to the same check', () => {
    const check = checkOfGrid(sampleGrid, '2026-09-30T08:00:00.000Z');
    const saved = JSON.parse(JSON.stringify(snapshotOf(check))) as unknown;
    expect(saved).toMatchObject({ format: 'junheng-check', version: SNAPSHOT_VERSION });
    expect(read(saved)).toEqual(check);
  });

  test('a frozen version-1 snapshot still reads and compares', () => {
    const check = read(JSON.parse(readFileSync(FROZEN_V1, 'utf8')));
    expect(check.date).toBe('2025-09-30T08:00:00.000Z');
    expect(check.schools.map((s) => s.name)).toEqual(['王家湾小学', '北坪乡初级中学']);
    const comparison = compareChecks(check, sampleCheck);
    expect(comparison.items.filter((item) => item.before !== null && item.status !== 'new').map((item) => [item.before?.name, item.indicator, item.status])).toEqual([
      ['王家湾小学', 'pe-art-teachers', 'unchanged'],
      ['北坪乡初级中学', 'multimedia-rooms', 'unchanged'],
    ]);
  });

  test('a newer version asks for an update', () => {
    const outcome = readSnapshot({ ...snapshotOf(sampleCheck), version: SNAPSHOT_VERSION + 1 });
    expect(outcome).toEqual({ ok: false, problem: expect.objectContaining({ zh: expect.stringMatching(/较新版本.*请更新均衡/) }) });
  });

  test.each([
    ['not a snapshot', { hello: 1 }, /不是均衡保存的检查记录/],
    ['no version', { format: 'junheng-check' }, /version: missing/],
    ['schools is text', { ...snapshotOf(sampleCheck), schools: 'x' }, /schools: /],
    ['a value is text', { ...snapshotOf(sampleCheck), schools: [{ ...sampleCheck.schools[0], values: { 'teaching-space': '4.5' } }] }, /schools\[0\]\.values\.teaching-space/],
    ['a miss of an unknown indicator', { ...snapshotOf(sampleCheck), schools: [{ ...sampleCheck.schools[0], misses: { x: { standard: 1, shortfall: 1, shortfallToFloor: null } } }] }, /schools\[0\]\.misses\.x: unknown indicator/],
    ['null', null, /不是均衡保存的检查记录/],
  ])('damaged (%s): a message naming what is wrong, never a crash', (_label, json, message) => {
    const outcome = readSnapshot(json);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.zh).toMatch(message);
  });

  test('any damage to a saved snapshot gives a result, never an exception', () => {
    const saved = JSON.parse(JSON.stringify(snapshotOf(sampleCheck))) as Record<string, unknown>;
    const keys = Object.keys(saved);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const outcome = readSnapshot({ ...saved, [key]: value });
        expect(typeof outcome.ok).toBe('boolean');
      }),
    );
  });
});

describe('a saved result document as the earlier check', () => {
  const result = resultOf(sampleGrid);
  const saved = JSON.parse(JSON.stringify(result)) as unknown;

  test('reads to the same check as the analysis it was saved from', () => {
    const outcome = readEarlierCheck(saved, QUALITY_2017);
    expect(outcome).toEqual({ ok: true, check: sampleCheck });
  });

  test('is read with the built-in ruleset it names, whatever the current one', () => {
    const outcome = readEarlierCheck(saved, BASIC_2012);
    expect(outcome.ok && outcome.check.indicators.map((def) => def.id)).toEqual(QUALITY_2017.indicators.map((def) => def.id));
  });

  test('a snapshot file is read as a snapshot', () => {
    expect(readEarlierCheck(JSON.parse(JSON.stringify(snapshotOf(sampleCheck))), QUALITY_2017)).toEqual({ ok: true, check: sampleCheck });
  });

  test.each([
    ['an array', [1, 2], /\(root\)/],
    ['schools missing', { ruleset: 'quality-2017', source: { file: null, sheet: 'x' }, sections: {} }, /schools/],
    ['a school without a name', { ...(saved as object), schools: [{ row: 5 }] }, /schools\.0\.name/],
  ])('damaged (%s): a message, never a crash', (_label, json, detail) => {
    const outcome = readEarlierCheck(json, QUALITY_2017);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problem.zh).toMatch(/既不是 --json 保存的结果文档/);
      expect(outcome.problem.zh).toMatch(detail);
    }
  });
});
