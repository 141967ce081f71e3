/**
 * 示例县 — the sample county shipped with the add-in: the task pane's demo mode,
 * `npm run demo`, the README and the tests all use it. The sheet is laid out the
 * way a county bureau keeps it (title, 填报单位 line, two-row merged header,
 * section label rows, 小计/合计, notes below), with about thirty schools whose
 * numbers are hand-written so that the analysis shows each rule at work
 * (`SAMPLE_EXPECTED`). Pure: no ExcelJS, no fs; `make-sample.ts` writes the files.
 */
import { columnLetter } from '../src/core/address';
import type { CellValue, Grid, MergeRange } from '../src/core/types';

/** The generated workbook's name (the CSV has the same stem). */
export const SAMPLE_FILE_NAME = '示例县义务教育学校办学条件.xlsx';
export const SAMPLE_CSV_NAME = '示例县义务教育学校办学条件.csv';
export const SAMPLE_SHEET_NAME = '学校办学条件';
/** The title of a year's sheet. */
export function sampleTitle(year: number): string {
  return `示例县义务教育学校基本办学条件统计表（${year}年）`;
}
export const SAMPLE_TITLE = sampleTitle(2025);

/**
 * The header as two rows: a top label spanning several columns (在校生数) has
 * its sub-labels in the second row; every other label spans both rows.
 */
const HEADER: readonly (string | readonly [string, readonly string[]])[] = [
  '序号',
  '学校名称',
  '学校类型',
  '办学性质',
  ['在校生数（人）', ['合计', '小学', '初中', '高中']],
  '班级数',
  '最大班额',
  '专任教师数',
  '高于规定学历教师数',
  '县级及以上骨干教师数',
  '体育、艺术专任教师数',
  '中级及以上专业技术职务教师数',
  '教学及辅助用房面积（㎡）',
  '体育运动场馆面积（㎡）',
  '教学仪器设备值（万元）',
  '网络多媒体教室数',
  '计算机台数',
  '图书册数',
  '音乐专用教室数',
  '美术专用教室数',
];

/** Number of sheet columns (A…W). */
const COLUMNS = HEADER.reduce<number>((n, h) => n + (typeof h === 'string' ? 1 : h[1].length), 0);

/** 1-based columns the layout refers to. */
const COLUMN = {
  name: 2,
  pupils: 5,
  maxClassSize: 10,
} as const;

/**
 * One school row as the bureau writes it: name, type, 办学性质, pupils
 * [合计, 小学, 初中, 高中] (blank where the school has no such section), 班级数,
 * 最大班额, teachers [专任, 高于规定学历, 骨干, 体育艺术, 中级及以上],
 * 教学及辅助用房 ㎡, 体育运动场馆 ㎡, 教学仪器设备值 in hundredths of 万元 (so that
 * sums stay exact), then [网络多媒体教室, 计算机, 图书, 音乐教室, 美术教室].
 */
export type SchoolRow = [
  name: string,
  type: string,
  ownership: '公办' | '民办',
  pupils: [total: number, primary: number | null, junior: number | null, senior: number | null],
  classes: number,
  maxClassSize: number,
  teachers: [all: number, degree: number, key: number, peArt: number, senior: number],
  teachingSpace: number,
  sportsSpace: number,
  equipmentHundredths: number,
  rooms: [multimedia: number, computers: number, books: number, music: number, art: number],
];

/*
 * The schools, group by group. Town-centre schools are big and well equipped,
 * village schools small. The rows that carry the story:
 * - 城关第一小学 is crowded: teaching space 4.25 ㎡ < 4.5, but above 85 % → passes;
 * - 王家湾小学 has one PE/art teacher for 160 pupils (0.63 < 0.765) → fails;
 * - 北坪乡初级中学 misses key teachers and multimedia rooms → fails;
 * - 城关第一中学 and 实验中学 have a multimedia room in every room: the junior
 *   multimedia CV goes over 0.45 although every other school meets the standard.
 */
/** A group of rows under its label (一、小学). */
export interface SampleGroup {
  label: string;
  schools: SchoolRow[];
}

/** One year's sheet of the sample county: the year names the title, the dates and the notes. */
export interface SampleEdition {
  year: number;
  groups: SampleGroup[];
}

const GROUPS: SampleGroup[] = [
  {
    label: '一、小学',
    schools: [
      ['城关第一小学', '小学', '公办', [1860, 1860, null, null], 40, 45, [98, 95, 32, 22, 60], 7900, 15200, 52000, [52, 260, 56000, 4, 4]],
      ['城关第二小学', '小学', '公办', [1520, 1520, null, null], 33, 45, [84, 80, 24, 18, 50], 7600, 12800, 41800, [44, 210, 46000, 3, 3]],
      ['城关第三小学', '小学', '公办', [1180, 1180, null, null], 26, 45, [66, 62, 16, 13, 40], 6100, 10400, 31050, [34, 160, 36000, 3, 3]],
      ['实验小学', '小学', '公办', [1350, 1350, null, null], 30, 45, [78, 76, 30, 17, 52], 7300, 11800, 41200, [40, 200, 42000, 3, 3]],
      ['东关镇中心小学', '小学', '公办', [820, 820, null, null], 18, 45, [48, 45, 12, 9, 28], 4400, 8200, 21600, [24, 110, 24600, 2, 2]],
      ['西河镇中心小学', '小学', '公办', [640, 640, null, null], 15, 43, [40, 37, 9, 7, 24], 3600, 7200, 14900, [19, 90, 19200, 2, 2]],
      ['南山镇中心小学', '小学', '公办', [560, 560, null, null], 12, 42, [36, 33, 7, 6, 21], 3300, 6800, 15000, [17, 80, 17000, 1, 1]],
      ['北坪乡中心小学', '小学', '公办', [420, 420, null, null], 12, 38, [30, 26, 5, 5, 17], 2600, 5600, 13800, [14, 60, 12600, 1, 1]],
      ['柳树镇中心小学', '小学', '公办', [480, 480, null, null], 12, 40, [32, 29, 6, 5, 18], 2900, 6000, 12800, [15, 70, 14400, 1, 1]],
      ['石桥乡中心小学', '小学', '公办', [360, 360, null, null], 9, 40, [26, 23, 4, 4, 14], 2300, 5200, 8640, [12, 50, 10800, 1, 1]],
      ['马家营小学', '小学', '公办', [240, 240, null, null], 6, 42, [18, 15, 3, 3, 9], 1600, 3600, 5280, [8, 40, 7200, 1, 1]],
      ['李家庄小学', '小学', '公办', [210, 210, null, null], 6, 38, [16, 13, 3, 2, 8], 1450, 3200, 7400, [7, 35, 6300, 1, 1]],
      ['河口小学', '小学', '公办', [190, 190, null, null], 6, 36, [15, 12, 2, 2, 7], 1300, 3000, 4350, [6, 30, 5700, 1, 1]],
      ['王家湾小学', '小学', '公办', [160, 160, null, null], 6, 32, [13, 10, 2, 1, 6], 1150, 2600, 4400, [5, 30, 4800, 1, 1]],
      ['青石村小学', '小学', '公办', [120, 120, null, null], 6, 25, [11, 8, 2, 2, 5], 900, 2400, 4200, [4, 25, 3600, 1, 1]],
      ['育英小学', '小学', '民办', [680, 680, null, null], 18, 40, [42, 40, 8, 8, 16], 3800, 6000, 19000, [20, 100, 20400, 2, 2]],
    ],
  },
  {
    label: '二、初中',
    schools: [
      ['城关第一中学', '初级中学', '公办', [1650, null, 1650, null], 33, 50, [128, 118, 36, 20, 84], 11800, 18600, 56000, [110, 420, 82500, 3, 3]],
      ['城关第二中学', '初级中学', '公办', [1280, null, 1280, null], 26, 50, [100, 90, 24, 15, 64], 8900, 14200, 39000, [34, 260, 64000, 3, 3]],
      ['实验中学', '初级中学', '公办', [980, null, 980, null], 21, 48, [78, 72, 20, 12, 50], 7000, 11000, 32000, [70, 240, 49000, 2, 2]],
      ['东关镇初级中学', '初级中学', '公办', [760, null, 760, null], 18, 46, [62, 54, 12, 9, 38], 5200, 9400, 22800, [20, 150, 38000, 2, 2]],
      ['西河镇初级中学', '初级中学', '公办', [540, null, 540, null], 12, 48, [46, 33, 8, 7, 26], 3800, 7200, 16000, [14, 110, 27000, 1, 1]],
      ['南山镇初级中学', '初级中学', '公办', [480, null, 480, null], 12, 45, [42, 29, 7, 6, 22], 3400, 6600, 14200, [13, 100, 24000, 1, 1]],
      ['北坪乡初级中学', '初级中学', '公办', [320, null, 320, null], 9, 42, [30, 23, 2, 4, 14], 2400, 4800, 9600, [6, 70, 16000, 1, 1]],
      ['柳树镇初级中学', '初级中学', '公办', [410, null, 410, null], 10, 46, [36, 25, 6, 5, 18], 3000, 5800, 12400, [11, 90, 20500, 1, 1]],
    ],
  },
  {
    label: '三、一贯制学校及完全中学',
    schools: [
      ['石桥乡九年一贯制学校', '九年一贯制学校', '公办', [620, 380, 240, null], 15, 44, [48, 40, 8, 7, 24], 3900, 8200, 18600, [18, 100, 24000, 2, 2]],
      ['城南学校', '九年一贯制学校', '公办', [1500, 900, 600, null], 36, 45, [110, 100, 22, 18, 62], 9200, 17000, 46800, [44, 280, 60000, 3, 3]],
      ['示例县第二中学', '完全中学', '公办', [1680, null, 720, 960], 36, 50, [150, 140, 30, 22, 98], 12600, 21000, 64000, [50, 420, 90000, 3, 3]],
    ],
  },
  {
    label: '四、其他',
    schools: [
      ['杨庄教学点', '教学点', '公办', [68, 68, null, null], 4, 22, [6, 4, 1, 1, 2], 420, 900, 1760, [3, 10, 1700, 1, 1]],
      ['后沟教学点', '教学点', '公办', [23, 23, null, null], 3, 10, [3, 2, 0, 0, 1], 160, 400, 520, [1, 4, 600, 0, 0]],
      ['示例县特殊教育学校', '特殊教育学校', '公办', [96, null, null, null], 9, 12, [28, 26, 4, 4, 14], 2600, 3000, 13600, [10, 40, 6000, 1, 1]],
    ],
  },
];

/** The sample county as the bureau reported it in 2025 (the demo, the README, the tests). */
export const SAMPLE_2025: SampleEdition = { year: 2025, groups: GROUPS };

/** The sheet's fixed rows: title, 填报单位 line, two header rows. */
const TITLE_ROW = 1;
const UNIT_ROW = 2;
export const SAMPLE_HEADER_ROWS: readonly number[] = [3, 4];

/** A formula the workbook keeps in a 小计/合计 cell; the grid holds its result. */
export interface SampleFormula {
  row: number;
  column: number;
  /** A1-style, without the leading '='. */
  formula: string;
}

export interface SampleSheet {
  grid: Grid;
  formulas: SampleFormula[];
  /** Column widths in Excel's character units, A first. */
  columnWidths: number[];
  headerRows: readonly number[];
}

/** The header's two rows and their merges. */
function headerRows(): { top: CellValue[]; bottom: CellValue[]; merges: MergeRange[] } {
  const [first, second] = SAMPLE_HEADER_ROWS;
  const top: CellValue[] = [];
  const bottom: CellValue[] = [];
  const merges: MergeRange[] = [];
  for (const label of HEADER) {
    const left = top.length + 1;
    if (typeof label === 'string') {
      top.push(label);
      bottom.push(null);
      merges.push({ top: first, left, bottom: second, right: left });
    } else {
      const [group, parts] = label;
      parts.forEach((part, i) => {
        top.push(i === 0 ? group : null);
        bottom.push(part);
      });
      merges.push({ top: first, left, bottom: first, right: left + parts.length - 1 });
    }
  }
  return { top, bottom, merges };
}

/** The cells of one school row from 序号 on. */
function schoolCells(number: number, row: SchoolRow): CellValue[] {
  const [name, type, ownership, pupils, classes, maxClassSize, teachers, teaching, sports, equipment, rooms] = row;
  return [number, name, type, ownership, ...pupils, classes, maxClassSize, ...teachers, teaching, sports, equipment / 100, ...rooms];
}

/** Columns that 小计/合计 add up: every figure except 最大班额, which has no sum. */
function summedColumns(): number[] {
  const columns: number[] = [];
  for (let column: number = COLUMN.pupils; column <= COLUMNS; column++) {
    if (column !== COLUMN.maxClassSize) columns.push(column);
  }
  return columns;
}

/** Σ of a column over sheet rows, exact for 万元 with two decimals. */
function columnSum(values: CellValue[][], rows: number[], column: number): number {
  const hundredths = rows.reduce((sum, row) => sum + Math.round(Number(values[row - 1][column - 1] ?? 0) * 100), 0);
  return hundredths / 100;
}

/** A row holding `text` in column A, merged across the whole table. */
function fullWidthRow(values: CellValue[][], merges: MergeRange[], text: string): void {
  const row = values.length + 1;
  values.push([text, ...Array<CellValue>(COLUMNS - 1).fill(null)]);
  merges.push({ top: row, left: 1, bottom: row, right: COLUMNS });
}

/** A 小计/合计 row: the label in 学校名称, sums as formulas whose results the grid holds. */
function totalRow(values: CellValue[][], formulas: SampleFormula[], label: string, addends: number[], asRange: boolean): number {
  const row = values.length + 1;
  const cells: CellValue[] = Array<CellValue>(COLUMNS).fill(null);
  cells[COLUMN.name - 1] = label;
  for (const column of summedColumns()) {
    const letter = columnLetter(column);
    const formula = asRange
      ? `SUM(${letter}${addends[0]}:${letter}${addends[addends.length - 1]})`
      : addends.map((r) => `${letter}${r}`).join('+');
    cells[column - 1] = columnSum(values, addends, column);
    formulas.push({ row, column, formula });
  }
  values.push(cells);
  return row;
}

/**
 * The sample sheet with its formulas and column widths, for the file writer.
 *
 * @example
 * const { grid, formulas } = sampleCountySheet();
 * formulas[0]; // { row: 22, column: 5, formula: 'SUM(E6:E21)' }
 */
export function sampleCountySheet(edition: SampleEdition = SAMPLE_2025): SampleSheet {
  const { year } = edition;
  const values: CellValue[][] = [];
  const merges: MergeRange[] = [];
  const formulas: SampleFormula[] = [];
  fullWidthRow(values, merges, sampleTitle(year));
  values.push([
    '填报单位（盖章）：示例县教育局',
    ...Array<CellValue>(17).fill(null),
    `统计时点：${year}年9月1日`,
    ...Array<CellValue>(COLUMNS - 19).fill(null),
  ]);
  merges.push({ top: UNIT_ROW, left: 1, bottom: UNIT_ROW, right: 8 }, { top: UNIT_ROW, left: 19, bottom: UNIT_ROW, right: COLUMNS });
  const header = headerRows();
  values.push(header.top, header.bottom);
  merges.push(...header.merges);

  let number = 0;
  const subtotals: number[] = [];
  for (const group of edition.groups) {
    fullWidthRow(values, merges, group.label);
    const first = values.length + 1;
    for (const row of group.schools) values.push(schoolCells(++number, row));
    const rows = Array.from({ length: group.schools.length }, (_, i) => first + i);
    subtotals.push(totalRow(values, formulas, '小计', rows, true));
  }
  totalRow(values, formulas, '合计', subtotals, false);

  values.push(Array<CellValue>(COLUMNS).fill(null));
  fullWidthRow(
    values,
    merges,
    `说明：1. 在校生数、班级数为${year}年秋季学期开学初数据；2. 教学仪器设备值单位为万元；3. 一贯制学校、完全中学的在校生数按学段分列。`,
  );
  fullWidthRow(values, merges, `填表人：张明\u3000\u3000\u3000审核人：李华\u3000\u3000\u3000填报日期：${year}年9月30日`);

  const columnWidths = [6, 22, 14, 10, ...Array<number>(COLUMNS - 4).fill(11)];
  return {
    grid: { sheet: SAMPLE_SHEET_NAME, values, origin: { row: TITLE_ROW, column: 1 }, merges },
    formulas,
    columnWidths,
    headerRows: SAMPLE_HEADER_ROWS,
  };
}

/**
 * The sample county's sheet as a `Grid`, as the reader gets it from the file
 * or from Excel (formulas as their results).
 *
 * @example
 * sampleCountyGrid().values[0][0]; // '示例县义务教育学校基本办学条件统计表（2025年）'
 */
export function sampleCountyGrid(): Grid {
  return sampleCountySheet().grid;
}

/** A school the sample is built to show, in one section, with the indicators it misses. */
export interface ExpectedSchool {
  name: string;
  section: 'primary' | 'junior';
  misses: string[];
  /** Missed indicators that are also below 85 % of the standard. */
  belowFloor: string[];
}

/**
 * What the sample county is built to show under `quality-2017` — the tests
 * hold the engine's real output to it, and the README tells it:
 * - 王家湾小学 fails: one PE/art teacher for 160 pupils (0.63 per 100, below the 85 % floor 0.765);
 * - 北坪乡初级中学 fails: two misses (key teachers 0.63 < 1.0, multimedia rooms 1.88 < 2.4);
 * - 城关第一小学 misses teaching space (4.25 ㎡ < 4.5, 94 % of it) and still passes: one miss above the floor;
 * - every other analysed school meets all seven standards;
 * - the junior multimedia-room CV is about 0.49 > 0.45 (城关第一中学 and 实验中学 equip every room);
 *   every other CV passes, so the primary section passes and the junior section does not;
 * - 后沟教学点 (23 pupils) and the special-education school are excluded, as are the 4 小计 rows
 *   and the 合计 row; 杨庄教学点 (68 pupils) is analysed; 育英小学 is the one private school;
 * - the two 九年一贯制 schools enter both sections, the 完全中学 enters the junior section only.
 */
export const SAMPLE_EXPECTED = {
  ruleset: 'quality-2017',
  /** Analysed schools per section (a multi-section school counts in each of its sections) and their pupils. */
  sections: {
    primary: { schools: 19, pupils: 12138, passes: true },
    junior: { schools: 11, pupils: 7980, passes: false },
  },
  failingSchools: [
    { name: '王家湾小学', section: 'primary', misses: ['pe-art-teachers'], belowFloor: ['pe-art-teachers'] },
    {
      name: '北坪乡初级中学',
      section: 'junior',
      misses: ['key-teachers', 'multimedia-rooms'],
      belowFloor: ['key-teachers', 'multimedia-rooms'],
    },
  ] as ExpectedSchool[],
  passingWithMiss: [
    { name: '城关第一小学', section: 'primary', misses: ['teaching-space'], belowFloor: [] },
  ] as ExpectedSchool[],
  failingCvs: [{ section: 'junior', indicator: 'multimedia-rooms' }] as { section: 'primary' | 'junior'; indicator: string }[],
  excludedSchools: ['后沟教学点', '示例县特殊教育学校'],
  totalRows: 5,
  keptTeachingPoints: ['杨庄教学点'],
  privateSchools: ['育英小学'],
  multiSection: {
    bothSections: ['石桥乡九年一贯制学校', '城南学校'],
    juniorOnly: ['示例县第二中学'],
  },
} as const;
