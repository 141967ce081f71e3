/**
 * 示例县, one year on (2026): the same county after a year of 整改, made from
 * the 2025 rows by the changes below so that the comparison has a story to
 * tell (`npm run sample` writes it; `SAMPLE_2026_EXPECTED` is what the
 * comparison with 2025 shows). Pure: no ExcelJS, no fs.
 */
import { SAMPLE_2025, type SampleEdition, type SchoolRow } from './sample-county';

export const SAMPLE_2026_FILE_NAME = '示例县义务教育学校办学条件2026.xlsx';

type Change = (row: SchoolRow) => SchoolRow;

/** A copy of a row with some of its parts replaced. */
function withParts(row: SchoolRow, parts: Partial<Record<number, unknown>>): SchoolRow {
  return row.map((part, i) => (i in parts ? parts[i] : part)) as SchoolRow;
}

const NAME = 0;
const PUPILS = 3;
const CLASSES = 4;
const TEACHERS = 6;
const TEACHING_SPACE = 7;
const ROOMS = 10;

/**
 * The year's changes, school by school:
 * - 城关第一小学 built 500 ㎡ of teaching space: 4.52 ㎡ per pupil, the gap is closed;
 * - 青石村小学 was merged into 王家湾小学, which now has 280 pupils and three PE/art
 *   teachers (1.07 per 100): its gap is closed and 青石村小学 leaves the sheet;
 * - 北坪乡初级中学 added two multimedia rooms (closed) and one key teacher
 *   (0.94 of 1.0 per 100: improved, still open);
 * - 柳树镇初级中学 grew from 410 to 480 pupils without new multimedia rooms
 *   (2.29 < 2.4): a new item;
 * - 城关第二中学 and 东关镇初级中学 equipped more rooms: the junior multimedia CV falls under 0.45;
 * - 石桥乡 became 石桥镇 (撤乡设镇): 石桥乡中心小学 is now 石桥镇中心小学 (pair it by hand).
 */
const CHANGES: Record<string, Change> = {
  城关第一小学: (row) => withParts(row, { [TEACHING_SPACE]: 8400 }),
  王家湾小学: (row) =>
    withParts(row, {
      [PUPILS]: [280, 280, null, null],
      [CLASSES]: 10,
      [TEACHERS]: [24, 18, 4, 3, 11],
      [TEACHING_SPACE]: 2050,
      8: 5000,
      9: 8600,
      [ROOMS]: [9, 55, 8400, 2, 2],
    }),
  北坪乡初级中学: (row) => withParts(row, { [TEACHERS]: [31, 23, 3, 4, 14], [ROOMS]: [8, 70, 16000, 1, 1] }),
  柳树镇初级中学: (row) => withParts(row, { [PUPILS]: [480, null, 480, null], [CLASSES]: 11, [TEACHERS]: [40, 27, 6, 5, 19] }),
  城关第二中学: (row) => withParts(row, { [ROOMS]: [52, 260, 64000, 3, 3] }),
  东关镇初级中学: (row) => withParts(row, { [ROOMS]: [30, 150, 38000, 2, 2] }),
  石桥乡中心小学: (row) => withParts(row, { [NAME]: '石桥镇中心小学' }),
};

/** Schools that are no longer on the sheet (merged into another). */
const MERGED = new Set(['青石村小学']);

/** The 2026 sheet: the 2025 rows with this year's changes. */
export const SAMPLE_2026: SampleEdition = {
  year: 2026,
  groups: SAMPLE_2025.groups.map((group) => ({
    label: group.label,
    schools: group.schools.filter((row) => !MERGED.has(row[NAME])).map((row) => (CHANGES[row[NAME]] ?? ((same) => same))(row)),
  })),
};

/** What `analyze 2026 --compare 2025` shows (the tests hold the comparison to it; the README prints it). */
export const SAMPLE_2026_EXPECTED = {
  counts: { start: 4, closed: 3, improved: 1, unchanged: 0, worse: 0, new: 1, removed: 0, undecided: 0, remaining: 1, now: 2 },
  closed: ['城关第一小学|teaching-space', '王家湾小学|pe-art-teachers', '北坪乡初级中学|multimedia-rooms'],
  improved: ['北坪乡初级中学|key-teachers'],
  new: ['柳树镇初级中学|multimedia-rooms'],
  removed: ['石桥乡中心小学', '青石村小学'],
  added: ['石桥镇中心小学'],
  pair: { before: '石桥乡中心小学', now: '石桥镇中心小学' },
  /** The junior multimedia CV: over its limit in 2025, within it in 2026. */
  juniorMultimediaCv: { passesBefore: false, passesNow: true },
} as const;
