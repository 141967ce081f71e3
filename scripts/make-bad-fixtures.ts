/**
 * `npx tsx scripts/make-bad-fixtures.ts`: writes the bad-input corpus under
 * `tests/fixtures/bad/` — workbooks, CSV files and non-workbooks of the kinds
 * bureaus actually send (text where numbers belong, error cells, merged data,
 * hidden rows and sheets, legacy .xls, truncated files, odd encodings, …).
 * What each file should produce is stated in `tests/trust/bad-cases.ts`.
 *
 * Deterministic: workbook dates are fixed, zip entry times normalised, "random"
 * bytes come from a seeded generator, and a protected sheet has no password
 * (ExcelJS salts password hashes randomly). The 20 000-row workbook is not
 * committed; `largeWorkbook()` builds it at test time.
 */
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnLetter } from '../src/core/address';
import { formatCsv } from '../src/files/csv';
import { encodeGb18030 } from '../src/files/gb18030';
import { fixZipDates } from './stable-zip';

/** Where the corpus lives. */
export const BAD_FIXTURE_DIR = join(__dirname, '..', 'tests', 'fixtures', 'bad');

/** The date every generated workbook claims. */
const FIXED_DATE = new Date(Date.UTC(2025, 8, 30, 8, 0, 0));

/** A cell as ExcelJS writes it: plain values, `{ error }`, `{ formula, result }`. */
type Cell = ExcelJS.CellValue;

interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** A1 ranges, e.g. 'B3:B5'. */
  merges?: string[];
  /** 1-based sheet rows to hide. */
  hiddenRows?: number[];
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Protect the sheet (without a password, see the file comment). */
  protect?: boolean;
}

// ---------------------------------------------------------------------------
// The base table: six schools that all meet every quality-2017 standard.
// ---------------------------------------------------------------------------

export const BASE_TITLE = '某县义务教育学校办学条件统计表（2025年）';

/** Columns A…K. */
export const BASE_HEADER: readonly string[] = [
  '学校名称',
  '学校类型',
  '办学性质',
  '在校生数',
  '高于规定学历教师数',
  '县级及以上骨干教师数',
  '体育、艺术专任教师数',
  '教学及辅助用房面积（㎡）',
  '体育运动场馆面积（㎡）',
  '教学仪器设备值（元）',
  '网络多媒体教室数',
];

/**
 * Sheet rows 3…8. Per school (小学 / 初中 standards 4.2/5.3, 1.0, 0.9, 4.5/5.8,
 * 7.5/10.2, 2000/2500, 2.3/2.4) every value is above its standard.
 */
export const BASE_SCHOOLS: readonly (readonly Cell[])[] = [
  ['城关小学', '小学', '公办', 800, 40, 10, 9, 4000, 7000, 2000000, 20],
  ['东关小学', '小学', '公办', 500, 25, 6, 5, 2500, 4000, 1100000, 12],
  ['西河小学', '小学', '公办', 300, 15, 4, 3, 1500, 2400, 660000, 8],
  ['城关中学', '初中', '公办', 900, 54, 10, 9, 5400, 9900, 2475000, 23],
  ['东关中学', '初中', '公办', 600, 36, 7, 6, 3600, 6600, 1650000, 15],
  ['西河中学', '初中', '公办', 400, 24, 5, 4, 2400, 4400, 1100000, 10],
];

/** 1-based column of each base header, by letter position. */
const COL = { name: 1, type: 2, ownership: 3, pupils: 4, degree: 5, key: 6, peArt: 7, teaching: 8, sports: 9, equipment: 10, multimedia: 11 } as const;

type Edit = { row: number; column: number; value: Cell };

/** Title, header and the base schools, with cells replaced (sheet rows and columns, 1-based). */
function baseRows(edits: readonly Edit[] = [], schools: readonly (readonly Cell[])[] = BASE_SCHOOLS): Cell[][] {
  const rows: Cell[][] = [[BASE_TITLE], [...BASE_HEADER], ...schools.map((school) => [...school])];
  for (const { row, column, value } of edits) rows[row - 1][column - 1] = value;
  return rows;
}

/** Drops one column (1-based) from every row. */
function withoutColumn(rows: Cell[][], column: number): Cell[][] {
  return rows.map((row) => row.filter((_, j) => j !== column - 1));
}

function baseSheet(edits: readonly Edit[] = [], name = 'Sheet1'): SheetSpec {
  return { name, rows: baseRows(edits) };
}

// ---------------------------------------------------------------------------
// Writers.
// ---------------------------------------------------------------------------

async function xlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '某县教育局';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, i) => {
      const row = sheet.getRow(i + 1);
      cells.forEach((value, j) => {
        if (value !== null && value !== undefined) row.getCell(j + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const row of spec.hiddenRows ?? []) sheet.getRow(row).hidden = true;
    if (spec.protect) await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  }
  return fixZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), FIXED_DATE);
}

/** Rows as CSV text (formulas and errors are not CSV things; only plain values). */
function csvText(rows: readonly (readonly Cell[])[], separator = ','): string {
  const plain = rows.map((row) => row.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null)));
  const text = formatCsv(plain);
  return separator === ',' ? text : text.replace(/,/g, separator);
}

function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
}

/** UTF-16 with its byte-order mark (FF FE little-endian, FE FF big-endian), as Excel's "Unicode 文本". */
function utf16(text: string, littleEndian = true): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Seeded bytes (mulberry32), the same on every run. */
function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

/** An OLE compound-file header (legacy .xls, or an .xlsx with an open password), padded to 1 KB. */
function oleFile(streamName: string | null): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18);
  // Directory entry names are UTF-16LE.
  const name = streamName ?? 'Workbook';
  for (let i = 0; i < name.length; i++) bytes[512 + 2 * i] = name.charCodeAt(i);
  return bytes;
}

/** A 1×1 PNG image. */
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

// ---------------------------------------------------------------------------
// The corpus.
// ---------------------------------------------------------------------------

export interface Fixture {
  file: string;
  bytes(): Promise<Uint8Array> | Uint8Array;
}

const at = (row: number, column: number, value: Cell): Edit => ({ row, column, value });

/** Schools with every resource halved: each misses several standards. */
const FAILING_SCHOOLS = BASE_SCHOOLS.map((school) =>
  school.map((v, j) => (j + 1 > COL.pupils && typeof v === 'number' ? v / 2 : v)),
);

/** Formula-looking school names (formula injection in the reports). */
export const FORMULA_NAMES = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '=1+1', "=cmd|' /C calc'!A0"];

/** A 小计/合计 row: SUM formulas with their results over the number columns. */
function totalRow(label: string, formula: (column: string) => string, schools: readonly (readonly Cell[])[]): Cell[] {
  return BASE_HEADER.map((_, j) => {
    if (j === 0) return label;
    if (j + 1 < COL.pupils) return null;
    const result = schools.reduce<number>((sum, school) => sum + (school[j] as number), 0);
    return { formula: formula(columnLetter(j + 1)), result };
  });
}

function formulaNameSchools(): Cell[][] {
  return BASE_SCHOOLS.map((school, i) => [FORMULA_NAMES[i], ...school.slice(1)]);
}

/** A user ruleset with two errors: a scale written as text, and no county rule. */
export const BAD_RULESET = {
  id: 'bad-example',
  name: '错误示例',
  indicators: [{ id: 'teaching-space', name: '生均教学及辅助用房面积', numerator: 'teachingSpace', scale: '100', standard: 4.5 }],
  schoolRule: { maxMisses: 0 },
};

export const BAD_FIXTURES: readonly Fixture[] = [
  // Files that cannot be read at all.
  { file: 'empty.xlsx', bytes: () => new Uint8Array(0) },
  { file: 'empty.csv', bytes: () => new Uint8Array(0) },
  { file: 'blank-lines.csv', bytes: () => utf8(' \r\n,,\r\n\r\n') },
  { file: 'png-renamed.xlsx', bytes: () => new Uint8Array(PNG_BYTES) },
  { file: 'random-bytes.xlsx', bytes: () => seededBytes(4096, 2025) },
  { file: 'legacy.xls', bytes: () => oleFile(null) },
  { file: 'encrypted.xlsx', bytes: () => oleFile('EncryptionInfo') },
  {
    file: 'truncated.xlsx',
    bytes: async () => {
      const whole = await xlsx([baseSheet()]);
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
  },
  { file: 'utf16le.csv', bytes: () => utf16(csvText(baseRows())) },
  { file: 'utf16be.csv', bytes: () => utf16(csvText(baseRows()), false) },
  // Excel's "Unicode 文本" export: UTF-16LE and tab-separated; the title line has no tab.
  { file: 'unicode-text.txt', bytes: () => utf16(csvText(baseRows([at(4, COL.pupils, '约500')]), '\t')) },
  {
    // Many systems export an HTML table and call it .xls.
    file: 'html-table.xls',
    bytes: () =>
      utf8(
        '<html><head><meta charset="utf-8"></head><body><table>\r\n' +
          baseRows().map((row) => `<tr>${row.map((v) => `<td>${v ?? ''}</td>`).join('')}</tr>`).join('\r\n') +
          '\r\n</table></body></html>\r\n',
      ),
  },

  // Workbooks without a usable school table.
  {
    file: 'no-table.xlsx',
    bytes: () =>
      xlsx([
        {
          name: '通知',
          rows: [
            ['关于报送2025年义务教育均衡发展数据的通知'],
            ['各学校：请于9月30日前报送本校办学条件数据，表格见附件。'],
            [],
            ['月份', '经费（万元）', '备注'],
            ['1月', 12.5, '已拨付'],
            ['2月', 8, null],
          ],
        },
      ]),
  },
  { file: 'empty-sheet.xlsx', bytes: () => xlsx([{ name: 'Sheet1', rows: [] }]) },
  { file: 'header-only.xlsx', bytes: () => xlsx([{ name: 'Sheet1', rows: baseRows([], []) }]) },
  {
    file: 'english-header.xlsx',
    bytes: () =>
      xlsx([
        {
          name: 'Schools',
          rows: [
            ['School', 'Type', 'Pupils', 'Teaching space (m2)', 'Sports space (m2)', 'Equipment (yuan)'],
            ['Chengguan Primary', 'Primary', 800, 4000, 7000, 2000000],
            ['Dongguan Primary', 'Primary', 500, 2500, 4000, 1100000],
          ],
        },
      ]),
  },

  // Cells the reader must explain, naming the cell.
  {
    file: 'text-in-numbers.xlsx',
    bytes: () => xlsx([baseSheet([at(4, COL.pupils, '约500'), at(5, COL.teaching, '五百'), at(6, COL.equipment, 'N/A'), at(7, COL.multimedia, '若干')])]),
  },
  {
    file: 'error-cells.xlsx',
    bytes: () =>
      xlsx([
        baseSheet([
          at(4, COL.pupils, { error: '#REF!' }),
          at(5, COL.teaching, { formula: 'E5/0', result: { error: '#DIV/0!' } }),
          at(6, COL.sports, { error: '#N/A' }),
          at(7, COL.equipment, { formula: 'VLOOKUP(A7,X:Y,2,0)', result: { error: '#VALUE!' } }),
        ]),
      ]),
  },
  {
    file: 'dates-in-numbers.xlsx',
    bytes: () =>
      xlsx([
        baseSheet([
          at(4, COL.teaching, new Date(Date.UTC(2024, 8, 1))),
          at(5, COL.equipment, '2024-09-01'),
          at(6, COL.pupils, new Date(Date.UTC(1902, 5, 18))),
        ]),
      ]),
  },
  { file: 'booleans.xlsx', bytes: () => xlsx([baseSheet([at(4, COL.multimedia, true), at(5, COL.degree, false)])]) },
  {
    file: 'negative-zero-pupils.xlsx',
    bytes: () => xlsx([baseSheet([at(4, COL.pupils, 0), at(5, COL.pupils, -30), at(6, COL.teaching, -5400)])]),
  },
  { file: 'absurd-values.xlsx', bytes: () => xlsx([baseSheet([at(4, COL.equipment, 1e300), at(7, COL.pupils, 900000)])]) },
  { file: 'duplicate-names.xlsx', bytes: () => xlsx([baseSheet([at(4, COL.name, '城关小学')])]) },
  {
    file: 'duplicate-columns.xlsx',
    bytes: () => {
      const rows = baseRows();
      rows[1].push('在校生数');
      rows.slice(2).forEach((row) => row.push(1));
      return xlsx([{ name: 'Sheet1', rows }]);
    },
  },
  { file: 'missing-multimedia.xlsx', bytes: () => xlsx([{ name: 'Sheet1', rows: withoutColumn(baseRows(), COL.multimedia) }]) },
  { file: 'missing-pupils-column.xlsx', bytes: () => xlsx([{ name: 'Sheet1', rows: withoutColumn(baseRows(), COL.pupils) }]) },
  {
    // 学校类型 written once over three rows; one playground shared by two schools.
    file: 'merged-cells.xlsx',
    bytes: () =>
      xlsx([
        {
          name: 'Sheet1',
          rows: baseRows([at(4, COL.type, null), at(5, COL.type, null), at(6, COL.sports, 16500), at(7, COL.sports, null)]),
          merges: ['B3:B5', 'I6:I7'],
        },
      ]),
  },
  { file: 'hidden-rows.xlsx', bytes: () => xlsx([{ ...baseSheet(), hiddenRows: [5] }]) },
  {
    // Last year's table kept as a hidden sheet in front of this year's.
    file: 'hidden-sheet.xlsx',
    bytes: () =>
      xlsx([
        { name: '2024年', rows: baseRows([], FAILING_SCHOOLS), state: 'hidden' },
        baseSheet([], '2025年'),
      ]),
  },
  {
    file: 'hidden-only-table.xlsx',
    bytes: () => xlsx([{ name: '封面', rows: [[BASE_TITLE]] }, { ...baseSheet([], '学校'), state: 'hidden' }]),
  },
  { file: 'protected-sheet.xlsx', bytes: () => xlsx([{ ...baseSheet(), protect: true }]) },
  { file: 'gbk_county.csv', bytes: () => encodeGb18030(csvText(baseRows([at(4, COL.pupils, '约500')]))) },
  { file: 'utf8-bom.csv', bytes: () => utf8(csvText(baseRows()), true) },
  { file: 'semicolons.csv', bytes: () => utf8(csvText(baseRows(), ';')) },
  {
    file: 'header-row-15.xlsx',
    bytes: () => {
      const preface: Cell[][] = [
        [BASE_TITLE],
        ['填报单位：某县教育局（盖章）'],
        ['填报日期：2025年9月30日'],
        ['说明：'],
        ['1. 本表统计范围为全县义务教育阶段公办、民办学校。'],
        ['2. 在校生数以教育事业统计为准。'],
        ['3. 面积单位为平方米，设备值单位为元。'],
        ['4. 高于规定学历：小学为专科及以上，初中为本科及以上。'],
        ['5. 骨干教师指县级及以上教育行政部门认定的骨干教师。'],
        ['6. 体育、艺术教师含体育、音乐、美术专任教师。'],
        ['7. 网络多媒体教室指配备多媒体设备并接入网络的教室。'],
        ['8. 请勿修改表头。'],
        [],
        ['单位：人、平方米、元、间'],
      ];
      return xlsx([{ name: 'Sheet1', rows: [...preface, ...baseRows().slice(1)] }]);
    },
  },
  {
    file: 'two-tables.xlsx',
    bytes: () => {
      const [title, header] = baseRows();
      const rows: Cell[][] = [
        title,
        ['一、小学'],
        header,
        ...BASE_SCHOOLS.slice(0, 3).map((s) => [...s]),
        [],
        ['二、初中'],
        [...header],
        ...BASE_SCHOOLS.slice(3).map((s) => [...s]),
      ];
      return xlsx([{ name: 'Sheet1', rows }]);
    },
  },
  { file: 'formula-names.xlsx', bytes: () => xlsx([{ name: 'Sheet1', rows: baseRows([], formulaNameSchools()) }]) },
  { file: 'formula-names.csv', bytes: () => utf8(csvText(baseRows([], formulaNameSchools()))) },
  {
    file: 'fullwidth-digits.xlsx',
    bytes: () => xlsx([baseSheet([at(3, COL.pupils, '８００'), at(3, COL.teaching, '４０００'), at(4, COL.pupils, ' 500 '), at(4, COL.equipment, '１，１００，０００')])]),
  },
  {
    file: 'units-and-separators.xlsx',
    bytes: () => {
      const rows = baseRows([
        at(2, COL.equipment, '教学仪器设备值（万元）'),
        at(3, COL.pupils, '800人'),
        at(3, COL.teaching, '4,000平方米'),
        at(3, COL.sports, '7000 m2'),
        at(3, COL.equipment, 200),
        at(4, COL.equipment, '1,100,000元'),
        at(5, COL.equipment, 66),
        at(6, COL.equipment, '247.5万'),
        at(7, COL.equipment, 165),
        at(8, COL.equipment, 110),
      ]);
      return xlsx([{ name: 'Sheet1', rows }]);
    },
  },
  {
    file: 'teaching-points.xlsx',
    bytes: () =>
      xlsx([
        {
          name: 'Sheet1',
          rows: baseRows([], [
            ...BASE_SCHOOLS,
            ['李家村教学点', '教学点', '公办', 49, 3, 1, 1, 250, 400, 110000, 2],
            ['王家村教学点', '教学点', '公办', 50, 3, 1, 1, 250, 400, 110000, 2],
          ]),
        },
      ]),
  },
  {
    file: 'all-blank-indicators.xlsx',
    bytes: () => xlsx([baseSheet([COL.degree, COL.key, COL.peArt, COL.teaching, COL.sports, COL.equipment, COL.multimedia].map((c) => at(5, c, null)))]),
  },
  { file: 'every-school-fails.xlsx', bytes: () => xlsx([{ name: 'Sheet1', rows: baseRows([], FAILING_SCHOOLS) }]) },
  { file: 'single-school-section.xlsx', bytes: () => xlsx([{ name: 'Sheet1', rows: baseRows([], [BASE_SCHOOLS[0], ...BASE_SCHOOLS.slice(3)]) }]) },
  {
    file: 'zero-mean.xlsx',
    bytes: () => xlsx([baseSheet([3, 4, 5, 6, 7, 8].map((row) => at(row, COL.multimedia, 0)))]),
  },
  {
    file: 'totals-and-notes.xlsx',
    bytes: () => {
      const [title, header] = baseRows();
      const primaries = BASE_SCHOOLS.slice(0, 3).map((s) => [...s]);
      const juniors = BASE_SCHOOLS.slice(3).map((s) => [...s]);
      const rows: Cell[][] = [
        title,
        header,
        ...primaries,
        totalRow('小计', (c) => `SUM(${c}3:${c}5)`, primaries),
        ...juniors,
        totalRow('小计', (c) => `SUM(${c}7:${c}9)`, juniors),
        totalRow('合计', (c) => `${c}6+${c}10`, BASE_SCHOOLS),
        [],
        ['填表人：张三', null, '审核人：李四'],
        ['注：在校生数以2025年教育事业统计为准。'],
      ];
      return xlsx([{ name: 'Sheet1', rows }]);
    },
  },
  {
    file: 'blank-rows-inside.xlsx',
    bytes: () => {
      const rows = baseRows();
      rows.splice(4, 0, [], [], []);
      return xlsx([{ name: 'Sheet1', rows }]);
    },
  },
  {
    // Formulas saved without their results, as some systems and scripts write them.
    file: 'formulas-no-cache.xlsx',
    bytes: () => xlsx([baseSheet([at(4, COL.teaching, { formula: 'D4*5' } as Cell), at(6, COL.equipment, { formula: 'D6*2750' } as Cell)])]),
  },
  {
    // The table starts at C4: two empty columns and a remark column on its left.
    file: 'offset-table.xlsx',
    bytes: () => {
      const rows = baseRows([at(4, COL.pupils, '约500')]).map((row, i) => [i === 0 ? '附表1' : null, null, ...row]);
      return xlsx([{ name: 'Sheet1', rows: [[], ...rows] }]);
    },
  },
  {
    file: 'cover-sheet.xlsx',
    bytes: () =>
      xlsx([
        { name: '封面', rows: [[BASE_TITLE], ['某县教育局'], ['2025年9月']] },
        baseSheet([], '学校'),
      ]),
  },
  { file: 'quoted-sheet-name.xlsx', bytes: () => xlsx([baseSheet([at(4, COL.pupils, '约500')], "县直 学校's 表")]) },
  {
    file: 'nine-year-no-split.xlsx',
    bytes: () =>
      xlsx([
        {
          name: 'Sheet1',
          rows: baseRows([], [...BASE_SCHOOLS, ['城南学校', '九年一贯制学校', '公办', 1000, 55, 10, 10, 5500, 9500, 2600000, 25]]),
        },
      ]),
  },
  { file: 'unknown-type.xlsx', bytes: () => xlsx([baseSheet([at(4, COL.name, '东关学堂'), at(4, COL.type, '其他')])]) },
  {
    file: 'special-vocational.xlsx',
    bytes: () =>
      xlsx([
        {
          name: 'Sheet1',
          rows: baseRows([], [
            ...BASE_SCHOOLS,
            ['某县特殊教育学校', '特殊教育学校', '公办', 120, 10, 2, 2, 900, 1200, 400000, 4],
            ['某县职业中学', '职业学校', '公办', 1500, 80, 12, 10, 9000, 15000, 5000000, 40],
          ]),
        },
      ]),
  },

  // Issue 10: wrong data that needs a word, and files whose message misled.
  { file: 'fractional-pupils.xlsx', bytes: () => xlsx([baseSheet([at(3, COL.pupils, 800.5), at(4, COL.pupils, '500.25')])]) },
  { file: 'ref-name.xlsx', bytes: () => xlsx([baseSheet([at(5, COL.name, { error: '#REF!' })])]) },
  {
    // The 初中 table beside the 小学 one (columns M:X), as bureaus lay out two sections on one sheet.
    file: 'second-table-beside.xlsx',
    bytes: () => {
      const rows = baseRows([], BASE_SCHOOLS.slice(0, 3));
      const beside = [[...BASE_HEADER], ...BASE_SCHOOLS.slice(3)];
      return xlsx([{ name: 'Sheet1', rows: rows.map((row, i) => (i === 0 ? row : [...row, null, ...(beside[i - 1] ?? [])])) }]);
    },
  },
  {
    file: 'header-row-500.xlsx',
    bytes: () => xlsx([{ name: 'Sheet1', rows: [[BASE_TITLE], ...Array.from({ length: 498 }, (): Cell[] => []), ...baseRows().slice(1)] }]),
  },
  {
    // A vertical tab in a name, a NUL in the title and the old end-of-file mark (Ctrl-Z) at the end.
    file: 'control-characters.csv',
    bytes: () => utf8(csvText(baseRows([at(1, 1, `${BASE_TITLE}\u0000`), at(4, COL.name, '东关\u000b小学')])) + '\u001a'),
  },
  { file: 'bom-gb18030.csv', bytes: () => Uint8Array.from([0xef, 0xbb, 0xbf, ...encodeGb18030(csvText(baseRows()))]) },
  { file: 'word-renamed.xlsx', bytes: () => oleFile('WordDocument') },
  {
    file: 'docx-renamed.xlsx',
    bytes: async () => {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
      zip.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
      return fixZipDates(await zip.generateAsync({ type: 'uint8array' }), FIXED_DATE);
    },
  },

  // The base table, for argument errors; and a user ruleset with errors.
  { file: 'base.xlsx', bytes: () => xlsx([baseSheet()]) },
  { file: 'bad-ruleset.json', bytes: () => utf8(JSON.stringify(BAD_RULESET, null, 2) + '\n') },
  { file: 'not-json-ruleset.json', bytes: () => utf8("{ id: 'x', name: 缺引号\n") },
];

/** The 20 000-school workbook, built at test time into a temp dir (about 1 MB, not committed). */
export async function largeWorkbook(schools = 20000): Promise<Uint8Array> {
  const rows: Cell[][] = [[BASE_TITLE], [...BASE_HEADER]];
  for (let i = 0; i < schools; i++) {
    const base = BASE_SCHOOLS[i % BASE_SCHOOLS.length];
    rows.push([`第${i + 1}学校`, ...base.slice(1)]);
  }
  return xlsx([{ name: 'Sheet1', rows }]);
}

async function main(): Promise<void> {
  mkdirSync(BAD_FIXTURE_DIR, { recursive: true });
  const wanted = new Set(BAD_FIXTURES.map((f) => f.file));
  for (const old of readdirSync(BAD_FIXTURE_DIR)) if (!wanted.has(old)) unlinkSync(join(BAD_FIXTURE_DIR, old));
  for (const fixture of BAD_FIXTURES) writeFileSync(join(BAD_FIXTURE_DIR, fixture.file), await fixture.bytes());
  console.log(`wrote ${BAD_FIXTURES.length} files to tests/fixtures/bad/`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

// ---------------------------------------------------------------------------
// Hostile workbooks (issue 10): the base table with its XML edited the way
// other programs and attackers write it. Small on disk, built at test time.
// ---------------------------------------------------------------------------

/** An edit of the base workbook's parts: part path → new text from old. */
type XmlEdit = Record<string, (xml: string) => string>;

/** The base workbook with its parts edited, and parts added (`add`: path → text). */
export async function editedBase(edit: XmlEdit, add: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await xlsx([{ name: 'Sheet1', rows: baseRows() }]));
  for (const [path, change] of Object.entries(edit)) {
    const entry = zip.file(path);
    if (entry === null) throw new Error(`no part ${path}`);
    zip.file(path, change(await entry.async('string')));
  }
  for (const [path, text] of Object.entries(add)) zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const SHEET = 'xl/worksheets/sheet1.xml';

/** Inserts `xml` into the sheet just after `</sheetData>` (where merges, validations and comments' drawings go). */
function afterSheetData(xml: string): (sheet: string) => string {
  return (sheet) => sheet.replace('</sheetData>', `</sheetData>${xml}`);
}

/** Replaces one cell's element, e.g. `D3`, with `element`. */
function replaceCell(ref: string, element: string): (sheet: string) => string {
  return (sheet) => sheet.replace(new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`), element);
}

/** Every element of the sheet written with the `x:` prefix, as the .NET Open XML SDK does. */
function prefixed(sheet: string): string {
  return sheet
    .replace(/<(\/?)(?![?!])([A-Za-z]+)([\s>/])/g, (_, slash: string, name: string, after: string) => `<${slash}x:${name}${after}`)
    .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
}

/** Shared strings part holding `count` more empty strings after the base's own. */
function manySharedStrings(count: number): (xml: string) => string {
  return (xml) => xml.replace('</sst>', `${'<si><t></t></si>'.repeat(count)}</sst>`);
}

/** A text cell of `length` characters at L3, as an inline string. */
function longText(length: number): (sheet: string) => string {
  return (sheet) => sheet.replace(/(<c r="K3"[^>]*>.*?<\/c>)/, `$1<c r="L3" t="inlineStr"><is><t>${'长'.repeat(length)}</t></is></c>`);
}

/** Merges of two cells each, on the rows right of the table (columns M:N). */
function manyMerges(count: number): string {
  const cells = Array.from({ length: count }, (_, i) => `<mergeCell ref="M${i + 1}:N${i + 1}"/>`).join('');
  return `<mergeCells count="${count}">${cells}</mergeCells>`;
}

/** The hostile workbooks by name (all the base table's six schools, edited). */
export const HOSTILE_WORKBOOKS = {
  'far-cell': () => editedBase({ [SHEET]: (s) => s.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>') }),
  'merge-to-bottom': () => editedBase({ [SHEET]: afterSheetData('<mergeCells count="1"><mergeCell ref="L10:L1048576"/></mergeCells>') }),
  'whole-column-validation': () =>
    editedBase({
      [SHEET]: afterSheetData(
        '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="B1:B1048576"><formula1>"小学,初中,九年一贯制"</formula1></dataValidation><dataValidation type="whole" sqref="D:K"><formula1>0</formula1></dataValidation></dataValidations>',
      ),
    }),
  'merges-30000': () => editedBase({ [SHEET]: afterSheetData(manyMerges(30_000)) }),
  'text-32767': () => editedBase({ [SHEET]: longText(32_767) }),
  'text-32768': () => editedBase({ [SHEET]: longText(32_768) }),
  'text-50m': () => editedBase({ [SHEET]: longText(50_000_000) }),
  'shared-strings-5m': () => editedBase({ 'xl/sharedStrings.xml': manySharedStrings(5_000_000) }),
  'namespace-prefix': () => editedBase({ [SHEET]: prefixed }),
  'no-r-attributes': () => editedBase({ [SHEET]: (s) => s.replace(/ r="[A-Z]*\d+"/g, '') }),
  'iso-date-pupils': () => editedBase({ [SHEET]: replaceCell('D3', '<c r="D3" t="d"><v>2025-09-01T00:00:00Z</v></c>') }),
  'infinite-number': () => editedBase({ [SHEET]: replaceCell('D4', '<c r="D4"><v>1e309</v></c>') }),
  'nan-number': () => editedBase({ [SHEET]: replaceCell('E4', '<c r="E4"><v>NaN</v></c>') }),
  'comment-openpyxl': () =>
    editedBase(
      {
        [SHEET]: afterSheetData('<legacyDrawing r:id="rIdVml"/>'),
        '[Content_Types].xml': (s) => s.replace('</Types>', '<Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>'),
      },
      {
        'xl/worksheets/_rels/sheet1.xml.rels':
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml"/><Relationship Id="rIdVml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/></Relationships>',
        'xl/comments/comment1.xml':
          '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>openpyxl</author></authors><commentList><comment ref="A3" authorId="0"><text><t>核对过</t></text></comment></commentList></comments>',
        'xl/drawings/commentsDrawing1.vml': '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"/></xml>',
      },
    ),
} satisfies Record<string, () => Promise<Uint8Array>>;

export type HostileWorkbook = keyof typeof HOSTILE_WORKBOOKS;
