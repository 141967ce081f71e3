/**
 * A synthetic county of any size, for benchmarks and for tests that need many
 * schools (the Excel round-trip counts for 10, 1 000 and 20 000 schools). Pure and
 * deterministic: the same `schools` and `seed` always give the same grid.
 */
import type { Grid } from '../src/core/types';

export const SYNTHETIC_HEADER = [
  '学校名称',
  '学校类型',
  '办学性质',
  '小学在校生数',
  '初中在校生数',
  '班级数',
  '专任教师数',
  '高于规定学历教师数',
  '县级及以上骨干教师数',
  '体育、艺术专任教师数',
  '教学及辅助用房面积（㎡）',
  '体育运动场馆面积（㎡）',
  '教学仪器设备值（万元）',
  '网络多媒体教室数',
] as const;

/** Mulberry32: a tiny seeded generator, so every run builds the same county. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds a one-sheet county: a title row, one header row, then `schools` rows of
 * 小学, 初中 and 九年一贯制 schools with plausible per-pupil resources.
 *
 * @example
 * const grid = syntheticCountyGrid(1000);
 * grid.values.length; // 1002 (title + header + 1000 schools)
 */
export function syntheticCountyGrid(schools: number, seed = 20171): Grid {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + (high - low) * random();
  const values: Grid['values'] = [['合成县义务教育学校办学条件（基准测试）'], [...SYNTHETIC_HEADER]];
  for (let i = 0; i < schools; i++) {
    const kind = i % 10 === 9 ? '九年一贯制学校' : i % 3 === 2 ? '初中' : '小学';
    const primary = kind === '初中' ? 0 : Math.round(between(60, 1800));
    const junior = kind === '小学' ? 0 : Math.round(between(80, 1500));
    const pupils = primary + junior;
    const perHundred = (low: number, high: number) => Math.round((pupils * between(low, high)) / 100);
    values.push([
      `合成${kind === '小学' ? '小学' : kind === '初中' ? '中学' : '学校'}${i + 1}`,
      kind,
      i % 50 === 7 ? '民办' : '公办',
      primary,
      junior,
      Math.max(1, Math.round(pupils / 42)),
      perHundred(5, 9),
      perHundred(3.5, 8),
      perHundred(0.6, 2.5),
      perHundred(0.6, 1.6),
      Math.round(pupils * between(3.5, 8) * 10) / 10,
      Math.round(pupils * between(6, 14) * 10) / 10,
      Math.round(pupils * between(1600, 4200)) / 10000,
      perHundred(1.8, 3.2),
    ]);
  }
  return { sheet: 'Sheet1', values, origin: { row: 1, column: 1 } };
}
