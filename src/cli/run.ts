/**
 * `junheng analyze <file>`: the command line, as a function of its arguments and
 * a small I/O object so that tests run it in-process. Exit status (contract §2):
 * 0 analysed, whatever passed or failed; 1 the file could not be analysed;
 * 2 bad arguments. Errors go to stderr in plain words, never a stack trace.
 */
import { basename, extname, resolve } from 'path';
import { Command, CommanderError, Option } from 'commander';
import { analyze } from '../core/analyze';
import { localize, phrase } from '../core/present';
import { findSchoolSheet, readSheet } from '../core/reader';
import { buildMarkRules, reportInSteps, stepsWithSheet, textNumberCells, unmarkableText, type MarkRule, type ReportInSteps, type UnmarkableCell } from '../core/report';
import { COPY_SUFFIX } from '../core/report/labels';
import { getBuiltinRuleset, BUILTIN_RULESETS, parseRuleset, resolveRuleset } from '../core/rulesets';
import { rulesetProblemText } from '../core/ruleset-problems';
import { FIELD_LABELS } from '../core/fields';
import { buildFindings, type Findings } from '../core/findings';
import { columnChoices, mapOverrides } from '../core/reader/overrides';
import type { AnalysisResult, FieldId, Grid, L10n, Lang, Message, Ruleset, SheetRead } from '../core/types';
import { messageWords, renderMessage } from '../core/messages/render';
import { earlierReplaced } from '../files/report-mark';
import type { AnnotatedCopy, SlowCopyFeature } from '../files/annotate-stream';
import type { SpliceObstacle } from '../files/splice-copy';
import type { SheetCopyFacts } from '../files/copy-limits';
import { decodeText, readWorkbook, WorkbookReadError } from '../files/read-workbook';
import { FileRefusedError, READ_LIMITS } from './bounded-read';
import { writeJson, writeJsonBytes } from './json-out';
import { reachesInput } from './out-target';
import { registerPlan } from './plan';
import { rowSpan } from '../core/format';
import { formatSummary } from './summary';
import { collect, COMPARE_CLI_TEXT, compareWithEarlier, formatComparison, loadEarlier } from './compare';
import { buildProgressSheet } from '../core/report/progress-sheet';

export const EXIT = { analysed: 0, unreadable: 1, usage: 2 } as const;

/** The user's sheet as read: the input's bytes, its grid and the reader's account of it. */
export interface LoadedSheet {
  bytes: Uint8Array;
  grid: Grid;
  read: SheetRead;
  /** What the reader gathered for the annotated copy's bounds (null for CSV). */
  copyFacts: SheetCopyFacts[] | null;
}

export interface CliIo {
  stdout: (text: string) => void;
  /** When given, the result document (`--json`) is written through it as UTF-8 bytes: faster than as text at county size and above. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /**
   * Rejects with a Node-style error (`code: 'ENOENT'`, …) when the file cannot be read,
   * and with a `FileRefusedError` when it is larger than `maxBytes` or not a regular file.
   */
  readFile: (path: string, maxBytes: number) => Promise<Uint8Array>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  cwd: string;
}

interface AnalyzeOptions {
  sheet?: string;
  ruleset?: string;
  map: string[];
  out?: string;
  json?: boolean;
  lang: Lang;
  /** --compare and --pair (整改消号): see compare.ts. */
  compare?: string;
  pair: string[];
}

/** A failure the user can act on: its exit status and what to tell them. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    readonly text: string,
  ) {
    super(text);
  }
}

/** The `--map` option's help, shared by `analyze` and `plan`. */
export const MAP_OPTION_TEXT: L10n = {
  zh: '表头认不出时指定列：字段=列（列写表头文字或列字母，可重复；几列相加用 +），如 --map pupils=D --map peArtTeachers=G+H+I',
  en: 'map a field to a column when its header is not recognised: field=column (header text or column letter; repeatable; add columns with +), e.g. --map pupils=D',
};

const TEXT = {
  description: { zh: '县域义务教育均衡发展：学校达标与差异系数分析', en: 'County compulsory-education balance: school standards and CVs' },
  analyzeDescription: {
    zh: '分析工作簿（.xlsx 或 .csv）中的学校表',
    en: 'analyse the school table of a workbook (.xlsx or .csv)',
  },
  fileArgument: { zh: '要分析的工作簿（.xlsx 或 .csv）', en: 'the workbook to analyse (.xlsx or .csv)' },
  sheetOption: { zh: '要读取的工作表（默认：第一个含学校表的工作表）', en: 'the sheet to read (default: the first sheet with a school table)' },
  rulesetOption: {
    zh: '规则集：quality-2017 或 优质均衡（默认）、basic-2012 或 基本均衡，或规则集 JSON 文件',
    en: 'ruleset: quality-2017 (default), basic-2012, or a ruleset JSON file',
  },
  outOption: { zh: '另存一份带报告表和标注的工作簿副本（原文件不会被修改）', en: 'write a copy of the workbook with report sheets and marks (the input is never modified)' },
  jsonOption: { zh: '只输出结果文档（JSON）', en: 'print the result document (JSON) only' },
  langOption: { zh: '提示和报告的语言：zh（默认）或 en', en: 'language of messages and reports: zh (default) or en' },
  mapOption: MAP_OPTION_TEXT,
  mapSyntax: { zh: '--map 的写法是 字段=列，例如 --map pupils=D；“{text}”不是这种写法。', en: '--map takes field=column, e.g. --map pupils=D; "{text}" is not of that form.' },
  mapField: { zh: '--map：不认识的字段“{text}”。可用的字段：{fields}。', en: '--map: unknown field "{text}". Fields: {fields}.' },
  mapColumn: { zh: '--map {field}：表中没有列“{text}”。表中的列：{columns}。', en: '--map {field}: the table has no column "{text}". Columns: {columns}.' },
  helpOption: { zh: '显示帮助', en: 'display help for command' },
  helpCommand: { zh: '显示某个命令的帮助', en: 'display help for command' },
  usageHint: { zh: '运行 “npm run junheng -- analyze --help” 查看用法。', en: 'Run "npm run junheng -- analyze --help" for usage.' },
  unknownOption: { zh: '不认识的选项 {option}。', en: 'Unknown option {option}.' },
  unknownCommand: { zh: '不认识的命令 {command}，目前有 analyze 和 plan。', en: 'Unknown command {command}; the commands are analyze and plan.' },
  missingFile: { zh: '缺少要分析的文件，例如：npm run junheng -- analyze 县直学校.xlsx', en: 'Missing the file to analyse, e.g. npm run junheng -- analyze schools.xlsx' },
  missingValue: { zh: '选项 {option} 后面缺少取值。', en: 'Option {option} needs a value.' },
  badLang: { zh: '--lang 只能是 zh 或 en。', en: '--lang must be zh or en.' },
  tooManyFiles: { zh: '一次只能分析一个文件。', en: 'Only one file can be analysed at a time.' },
  noCommand: { zh: '请给出命令，例如：npm run junheng -- analyze 县直学校.xlsx', en: 'Give a command, e.g. npm run junheng -- analyze schools.xlsx' },
  fileNotFound: { zh: '找不到文件“{file}”，请检查路径和文件名。', en: 'File "{file}" not found; check the path and the file name.' },
  fileNameNotUtf8: {
    zh: '无法按“{file}”打开文件：文件名中有不是 UTF-8 编码的字符（显示为 �），通常是用 GBK/GB18030 编码保存的中文文件名（如旧版 Windows 压缩包解压所得）。请在文件管理器中把文件重新命名（或用 convmv -f gbk -t utf8 转换文件名）后再试。',
    en: 'Cannot open "{file}": the file name holds characters that are not UTF-8 (shown as �), usually a Chinese name saved in GBK/GB18030 (e.g. unpacked from an old Windows archive). Rename the file in your file manager (or convert the name with convmv -f gbk -t utf8) and try again.',
  },
  fileIsFolder: { zh: '“{file}”是一个文件夹，请给出工作簿文件。', en: '"{file}" is a folder; give a workbook file.' },
  fileUnreadable: { zh: '无法打开“{file}”：{reason}', en: 'Cannot open "{file}": {reason}' },
  cannotRead: { zh: '无法读取“{file}”：{reason}', en: 'Cannot read "{file}": {reason}' },
  noSuchSheet: { zh: '工作簿中没有名为“{sheet}”的工作表。可用的工作表：{sheets}。', en: 'The workbook has no sheet named "{sheet}". Sheets: {sheets}.' },
  hiddenMark: { zh: '（隐藏）', en: ' (hidden)' },
  sheetSeparator: { zh: '、', en: ', ' },
  noSchoolSheet: {
    zh: '在“{file}”中没有找到学校数据表：没有哪个工作表的表头同时有“学校名称”（或 学校、校名、单位名称）和“在校生数”列。工作表：{sheets}。如果数据在其中某个表里，请检查表头文字，或用 --sheet 指定工作表。',
    en: 'No school table found in "{file}": no sheet has a header with both a school-name column (学校名称, 学校, 校名 or 单位名称) and a pupils column (在校生数). Sheets: {sheets}. If the data is in one of them, check its header or name it with --sheet.',
  },
  noSchoolRows: {
    zh: '“{file}”的工作表“{sheet}”第 {header} 行是表头，但表头下面没有学校数据行，没有可分析的内容：请在表头下面每所学校填写一行后再试。',
    en: 'The sheet "{sheet}" of "{file}" has its header on row {header} but no school rows below it, so there is nothing to analyse: enter one row per school below the header and try again.',
  },
  unknownRuleset: {
    zh: '没有名为“{ruleset}”的规则集，也找不到这个文件。可用的规则集：{builtins}，或规则集 JSON 文件的路径。',
    en: 'There is no ruleset "{ruleset}" and no such file. Rulesets: {builtins}, or the path of a ruleset JSON file.',
  },
  rulesetNotJson: { zh: '规则集文件“{file}”不是有效的 JSON：{detail}', en: 'The ruleset file "{file}" is not valid JSON: {detail}' },
  rulesetNotText: { zh: '规则集文件“{file}”不是文本文件。', en: 'The ruleset file "{file}" is not a text file.' },
  rulesetInvalid: { zh: '规则集“{file}”有以下问题，请修改后再试：', en: 'The ruleset "{file}" has these problems; fix them and try again:' },
  outIsInput: {
    zh: '{option} 不能是输入文件本身，也不能是它的链接或只差大小写的文件名：本工具从不修改原文件。请换一个文件名，例如“{suggestion}”。',
    en: '{option} cannot be the input file, a link to it, or a name differing from it only in case: the input is never modified. Choose another name, e.g. "{suggestion}".',
  },
  outNotXlsx: { zh: '{option} 需要 .xlsx 文件名，例如“{suggestion}”。', en: '{option} needs an .xlsx file name, e.g. "{suggestion}".' },
  outWritten: { zh: '已写出带报告和标注的副本：{file}', en: 'Annotated copy written: {file}' },
  outSlow: {
    zh: '这个工作簿含有{features}，副本按逐格方式写出：内容不变，但更慢、更占内存。',
    en: 'The workbook has {features}, so the copy was written cell by cell: the same content, more time and memory.',
  },
  outFailed: {
    zh: '分析已完成，但无法写出“{file}”：{reason}。如果这个文件正在 Excel 或 WPS 中打开，请先关闭它。',
    en: 'The analysis is done but "{file}" could not be written: {reason}. If the file is open in Excel or WPS, close it first.',
  },
  unexpected: {
    zh: '出现意外错误，分析没有完成：{detail}。请把这条信息和文件发给维护人员。',
    en: 'Unexpected error, the analysis did not finish: {detail}. Please send this message and the file to the maintainers.',
  },
} satisfies Record<string, L10n>;

/** The names of the workbook features that make the copy take the full writer. */
const SLOW_FEATURE_LABELS: Record<SlowCopyFeature, L10n> = {
  images: { zh: '图片', en: 'images' },
  tables: { zh: '表格（套用表格格式）', en: 'tables (Format as Table)' },
  iconFormats: { zh: '数据条或图标集条件格式', en: 'data bars or icon sets' },
};

/** What made an .xlsx copy take ExcelJS instead of being spliced into the user's package (a CSV file has no package: not said). */
const NOT_SPLICED_LABELS: Record<Exclude<SpliceObstacle, 'csv'>, L10n> = {
  earlierReports: { zh: '上次运行写的报告表（需替换）', en: 'report sheets of an earlier run (to replace)' },
  nonFinite: { zh: '存为 NaN 或 Infinity 的数字', en: 'numbers stored as NaN or Infinity' },
  package: { zh: '拼接副本读不了的写法（如 Strict OOXML、命名空间前缀）', en: 'parts the spliced copy does not read (Strict OOXML, namespace prefixes …)' },
};

/** The headings of commander's help. */
const HELP_TITLES: Record<string, L10n> = {
  'Usage:': { zh: '用法：', en: 'Usage:' },
  'Options:': { zh: '选项：', en: 'Options:' },
  'Commands:': { zh: '命令：', en: 'Commands:' },
  'Arguments:': { zh: '参数：', en: 'Arguments:' },
};

/** The language asked for, looked up before parsing so that argument errors are in it too. */
export function requestedLang(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'zh';
}

/** The quoted name in a commander message: "error: unknown option '--x'" → --x. */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

/** A commander parse error in the user's language. */
function usageError(error: CommanderError, lang: Lang): string {
  switch (error.code) {
    case 'commander.unknownOption':
      return phrase(TEXT.unknownOption, lang, { option: quoted(error.message) });
    case 'commander.unknownCommand':
      return phrase(TEXT.unknownCommand, lang, { command: quoted(error.message) });
    case 'commander.missingArgument':
      return phrase(TEXT.missingFile, lang);
    case 'commander.optionMissingArgument':
      return phrase(TEXT.missingValue, lang, { option: quoted(error.message).split(' ')[0] });
    case 'commander.invalidArgument':
      return phrase(TEXT.badLang, lang);
    case 'commander.excessArguments':
      return phrase(TEXT.tooManyFiles, lang);
    case 'commander.help':
      return phrase(TEXT.noCommand, lang);
    default:
      return error.message.replace(/^error: /, '');
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file the user named, turning "not found" and friends into plain sentences. */
async function readUserFile(io: CliIo, path: string, shown: string, lang: Lang): Promise<Uint8Array> {
  try {
    return await io.readFile(path, READ_LIMITS.input);
  } catch (error) {
    if (error instanceof FileRefusedError) throw new CliFailure(EXIT.unreadable, phrase(error.text, lang, { ...error.params, file: shown }));
    const code = errorCode(error);
    // A name whose bytes are not UTF-8 (GBK/GB18030 from an old archive) reaches the program with � in it, and names nothing.
    if (code === 'ENOENT' && path.includes('\uFFFD')) throw new CliFailure(EXIT.unreadable, phrase(TEXT.fileNameNotUtf8, lang, { file: shown }));
    if (code === 'ENOENT') throw new CliFailure(EXIT.unreadable, phrase(TEXT.fileNotFound, lang, { file: shown }));
    if (code === 'EISDIR') throw new CliFailure(EXIT.unreadable, phrase(TEXT.fileIsFolder, lang, { file: shown }));
    throw new CliFailure(EXIT.unreadable, phrase(TEXT.fileUnreadable, lang, { file: shown, reason: errorDetail(error) }));
  }
}

/** The ruleset named by `--ruleset`: a built-in id, inline JSON, or a JSON file. Bad ones exit 2. */
export async function loadRuleset(arg: string | undefined, io: CliIo, lang: Lang): Promise<Ruleset> {
  if (arg === undefined || getBuiltinRuleset(arg.trim()) !== null || arg.trim().startsWith('{')) {
    const resolved = resolveRuleset(arg);
    if (resolved.ok) return resolved.ruleset;
    // Only inline JSON can fail here; it is too long to quote back.
    throw new CliFailure(EXIT.usage, [phrase(TEXT.rulesetInvalid, lang, { file: '--ruleset' }), ...resolved.problems.map((p) => `  ${rulesetProblemText(p, lang, 'cli')}`)].join('\n'));
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(resolve(io.cwd, arg), READ_LIMITS.ruleset);
  } catch (error) {
    if (error instanceof FileRefusedError) throw new CliFailure(EXIT.usage, phrase(error.text, lang, { ...error.params, file: arg }));
    const builtins = BUILTIN_RULESETS.map((r) => r.id).join(phrase(TEXT.sheetSeparator, lang));
    throw new CliFailure(EXIT.usage, phrase(TEXT.unknownRuleset, lang, { ruleset: arg, builtins }));
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes));
  } catch (error) {
    const text = error instanceof WorkbookReadError ? TEXT.rulesetNotText : TEXT.rulesetNotJson;
    throw new CliFailure(EXIT.usage, phrase(text, lang, { file: arg, detail: errorDetail(error) }));
  }
  const parsed = parseRuleset(json);
  if (parsed.ok) return parsed.ruleset;
  throw new CliFailure(EXIT.usage, [phrase(TEXT.rulesetInvalid, lang, { file: arg }), ...parsed.problems.map((p) => `  ${rulesetProblemText(p, lang, 'cli')}`)].join('\n'));
}

function sheetList(grids: Grid[], lang: Lang): string {
  return grids.map((g) => `“${g.sheet}”${g.hidden ? phrase(TEXT.hiddenMark, lang) : ''}`).join(phrase(TEXT.sheetSeparator, lang));
}

/** The sheet to analyse: the one named by `--sheet` (exit 2 when absent), else the first with a school table (exit 1 when none). */
function chooseSheet(grids: Grid[], name: string | undefined, file: string, lang: Lang): Grid {
  if (name !== undefined) {
    const wanted = name.trim().toLowerCase();
    const grid = grids.find((g) => g.sheet === name) ?? grids.find((g) => g.sheet.trim().toLowerCase() === wanted);
    if (grid === undefined) throw new CliFailure(EXIT.usage, phrase(TEXT.noSuchSheet, lang, { sheet: name, sheets: sheetList(grids, lang) }));
    return grid;
  }
  const index = findSchoolSheet(grids);
  if (index < 0) throw new CliFailure(EXIT.unreadable, phrase(TEXT.noSchoolSheet, lang, { file, sheets: sheetList(grids, lang) }));
  return grids[index];
}

/** A name for the annotated copy next to the input: 县直学校-均衡分析.xlsx. */
function suggestedOut(file: string, lang: Lang): string {
  return `${basename(file, extname(file))}${localize(COPY_SUFFIX, lang)}.xlsx`;
}

/**
 * Checks an output option (`--out`, or `option` such as `--apply-out`) before
 * anything is read: an .xlsx name that is not the input. Errors name the option.
 */
export async function outPath(out: string | undefined, inputPath: string, file: string, io: CliIo, lang: Lang, option = '--out'): Promise<string | null> {
  if (out === undefined) return null;
  const path = resolve(io.cwd, out);
  if (await reachesInput(inputPath, path)) throw new CliFailure(EXIT.usage, phrase(TEXT.outIsInput, lang, { option, suggestion: suggestedOut(file, lang) }));
  if (extname(path).toLowerCase() !== '.xlsx') throw new CliFailure(EXIT.usage, phrase(TEXT.outNotXlsx, lang, { option, suggestion: suggestedOut(file, lang) }));
  return path;
}

/** The sheet read again with the `--map` corrections; a pair that names nothing exits 2. */
function mapped(read: SheetRead, grid: Grid, pairs: readonly string[], lang: Lang): SheetRead {
  if (pairs.length === 0 || read.headerRows.length === 0) return read;
  const applied = mapOverrides(read, pairs);
  if (applied.ok) return readSheet(grid, { mapping: applied.overrides, headerRows: read.headerRows });
  const { problem } = applied;
  const separator = phrase(TEXT.sheetSeparator, lang);
  switch (problem.kind) {
    case 'syntax':
      throw new CliFailure(EXIT.usage, phrase(TEXT.mapSyntax, lang, { text: problem.text }));
    case 'field': {
      const fields = (Object.keys(FIELD_LABELS) as FieldId[]).map((f) => `${f}（${FIELD_LABELS[f].zh}）`).join(separator);
      throw new CliFailure(EXIT.usage, phrase(TEXT.mapField, lang, { text: problem.text, fields }));
    }
    case 'column':
      throw new CliFailure(EXIT.usage, phrase(TEXT.mapColumn, lang, { field: problem.field, text: problem.text, columns: columnChoices(read).join(separator) }));
  }
}

/** The result document with the findings' lists and counts (the verdict is in the result already). */
function resultDocument(result: AnalysisResult, ruleset: Ruleset): AnalysisResult & { findings: Omit<Findings, 'verdict' | 'sections'> } {
  const { verdict: _verdict, sections: _sections, ...findings } = buildFindings(result, ruleset);
  return { ...result, findings };
}

/**
 * Reads the workbook at `inputPath` (shown to the user as `file`) and the school
 * table of the sheet to analyse; every failure is a `CliFailure` with its sentence.
 */
export async function loadSheet(inputPath: string, file: string, sheet: string | undefined, io: CliIo, lang: Lang, map: readonly string[] = []): Promise<LoadedSheet> {
  const bytes = await readUserFile(io, inputPath, file, lang);
  let grids: Grid[];
  let copyFacts: SheetCopyFacts[] | null;
  try {
    ({ grids, copyFacts } = await readWorkbook(bytes, basename(file)));
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliFailure(EXIT.unreadable, phrase(TEXT.cannotRead, lang, { file, reason: renderMessage(error.code, error.params, lang, 'cli') }));
    throw error;
  }
  const grid = chooseSheet(grids, sheet, file, lang);
  const read = mapped(readSheet(grid), grid, map, lang);
  if (read.headerRows.length === 0) {
    const problem = read.messages.find((m) => m.severity === 'error');
    throw new CliFailure(EXIT.unreadable, problem ? localize(problem.text, lang) : phrase(TEXT.noSchoolSheet, lang, { file, sheets: sheetList([grid], lang) }));
  }
  if (!read.records.some((record) => record.kind === 'school')) {
    throw new CliFailure(EXIT.unreadable, phrase(TEXT.noSchoolRows, lang, { file, sheet: grid.sheet, header: rowSpan(read.headerRows) }));
  }
  return { bytes, grid, read, copyFacts };
}

/** The line saying what made the copy take ExcelJS (not spliced, or the full writer); empty when it was spliced. */
function slowCopyNote(copy: AnnotatedCopy, lang: Lang): string {
  const reasons = copy.slowFeatures.map((feature) => SLOW_FEATURE_LABELS[feature]);
  if (copy.notSpliced !== null && copy.notSpliced !== 'csv') reasons.unshift(NOT_SPLICED_LABELS[copy.notSpliced]);
  if (reasons.length === 0) return '';
  const names = reasons.map((reason) => localize(reason, lang)).join(phrase(TEXT.sheetSeparator, lang));
  return phrase(TEXT.outSlow, lang, { features: names }) + '\n';
}

/** What writing the copy needs once the analysis is printed: the grid and the read are no longer held, the result only until the report's last sheet is built. */
interface CopyInputs {
  bytes: Uint8Array;
  /** Built sheet by sheet as the copy is written: at 200 000 schools one sheet's cells at a time. */
  report: ReportInSteps;
  marks: MarkRule[];
  unmarkable: UnmarkableCell[];
  copyFacts: SheetCopyFacts[] | null;
}

/** Reads and analyses the file and prints the result; returns what the copy needs when `--out` asks for one. */
async function analyzeAndPrint(file: string, options: AnalyzeOptions, io: CliIo, out: string | null): Promise<CopyInputs | null> {
  const { lang } = options;
  const inputPath = resolve(io.cwd, file);
  const ruleset = await loadRuleset(options.ruleset, io, lang);
  const earlier = await loadEarlier(options, { cwd: io.cwd, out }, ruleset, lang, (path, shown) => readUserFile(io, path, shown, lang));
  if (!earlier.ok) throw new CliFailure(EXIT[earlier.kind], earlier.text);
  const { bytes, grid, read, copyFacts } = await loadSheet(inputPath, file, options.sheet, io, lang, options.map);
  const result = analyze(read, ruleset, { lang, file: basename(file) });
  const comparison = earlier.check === null ? null : compareWithEarlier(earlier.check, result, ruleset, earlier.pairs, lang);

  if (options.json) {
    // Built only when printed: at 200 000 schools it is a large object the copy never needs.
    const document = resultDocument(result, ruleset);
    const printed = comparison === null ? document : { ...document, comparison };
    if (io.stdoutBytes === undefined) writeJson(printed, io.stdout);
    else writeJsonBytes(printed, io.stdoutBytes);
  }
  else io.stdout(formatSummary(result, ruleset, lang, { hiddenSheet: grid.hidden === true }) + (comparison === null ? '' : '\n' + formatComparison(comparison, lang)));

  if (out === null) return null;
  const marks = buildMarkRules(read, result, ruleset);
  // Marks cannot read numbers stored as text: the copy's 剔除说明 lists such cells, and so does the summary.
  const unmarkable = textNumberCells(grid, marks);
  const analysed = reportInSteps(result, read, ruleset, lang, { unmarkable });
  const report = comparison === null ? analysed : stepsWithSheet(analysed, buildProgressSheet(comparison, lang), ruleset);
  return { bytes, report, marks, copyFacts, unmarkable };
}

async function analyzeFile(file: string, options: AnalyzeOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const out = await outPath(options.out, resolve(io.cwd, file), file, io, lang);
  const inputs = await analyzeAndPrint(file, options, io, out);
  if (out !== null && inputs !== null) {
    const cuts: Message[] = [];
    // Report sheets written before the mark existed are replaced in the copy: said, on stderr beside --json.
    const sayEarlier = (sheets: string[]) => {
      const said = earlierReplaced(sheets);
      (options.json ? io.stderr : io.stdout)(renderMessage(said.code, said.params, lang, 'cli') + '\n');
    };
    // Loaded only for a copy: ExcelJS is most of the command line's code, and --json never needs it.
    const { writeAnnotatedCopy } = await import('../files/annotate-stream');
    const copy = await writeAnnotatedCopy(inputs.bytes, inputs.report, inputs.marks, { copyFacts: inputs.copyFacts, notes: cuts, onEarlier: sayEarlier }).catch((error: unknown) => {
      if (error instanceof WorkbookReadError) throw new CliFailure(EXIT.unreadable, renderMessage(error.code, error.params, lang, 'cli'));
      throw error;
    });
    try {
      await io.writeFile(out, copy.bytes);
    } catch (error) {
      throw new CliFailure(EXIT.unreadable, phrase(TEXT.outFailed, lang, { file: options.out ?? out, reason: errorDetail(error) }));
    }
    if (!options.json) io.stdout(phrase(TEXT.outWritten, lang, { file: options.out ?? out }) + '\n' + slowCopyNote(copy, lang));
    // A text the copy had to cut is said on stdout with the summary, or on stderr beside --json.
    for (const cut of cuts) (options.json ? io.stderr : io.stdout)(`${messageWords(cut, lang, 'cli')}\n`);
    if (!options.json && inputs.unmarkable.length > 0) io.stdout(unmarkableText(inputs.unmarkable, lang, 'cli') + '\n');
  }
  return EXIT.analysed;
}

function buildProgram(io: CliIo, lang: Lang, run: (file: string, options: AnalyzeOptions) => Promise<void>, planned: (status: number) => void): Command {
  const program = new Command('junheng')
    .description(phrase(TEXT.description, lang))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    // Commander's own help words, in the user's language (subcommands inherit these).
    .configureHelp({
      styleTitle: (title: string) => (HELP_TITLES[title] === undefined ? title : phrase(HELP_TITLES[title], lang)),
      // Our descriptions name the choices and defaults in the user's language already.
      optionDescription: (option) => option.description,
    })
    .helpOption('-h, --help', phrase(TEXT.helpOption, lang))
    .helpCommand('help [command]', phrase(TEXT.helpCommand, lang));
  program
    .command('analyze')
    .description(phrase(TEXT.analyzeDescription, lang))
    .argument('<file>', phrase(TEXT.fileArgument, lang))
    .option('--sheet <name>', phrase(TEXT.sheetOption, lang))
    .option('--ruleset <id|file.json>', phrase(TEXT.rulesetOption, lang))
    .option('--out <copy.xlsx>', phrase(TEXT.outOption, lang))
    .option('--json', phrase(TEXT.jsonOption, lang))
    .option('--map <field=column>', phrase(TEXT.mapOption, lang), collect, [])
    .option('--compare <earlier.xlsx|earlier.json>', phrase(COMPARE_CLI_TEXT.compareOption, lang))
    .option('--pair <earlier=current>', phrase(COMPARE_CLI_TEXT.pairOption, lang), collect, [])
    .addOption(new Option('--lang <lang>', phrase(TEXT.langOption, lang)).choices(['zh', 'en']).default('zh'))
    .action(run);
  registerPlan(program, io, lang, (status) => planned(status));
  return program;
}

/**
 * Runs the command line with `argv` (the arguments after the script name) and
 * returns the exit status. Nothing is thrown: every failure is a sentence on
 * stderr and a status.
 *
 * @example
 * const status = await runCli(['analyze', '县直学校.xlsx', '--json'], io); // 0, the JSON on io.stdout
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let lang: Lang = 'zh';
  let status: number = EXIT.analysed;
  try {
    lang = requestedLang(argv);
    const program = buildProgram(io, lang, async (file, options) => {
      status = await analyzeFile(file, options, io);
    }, (s) => {
      status = s;
    });
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.analysed;
      io.stderr(`${usageError(error, lang)}\n${phrase(TEXT.usageHint, lang)}\n`);
      return EXIT.usage;
    }
    if (error instanceof CliFailure) {
      io.stderr(error.text + '\n');
      return error.exitCode;
    }
    io.stderr(phrase(TEXT.unexpected, lang, { detail: errorDetail(error) }) + '\n');
    return EXIT.unreadable;
  }
}
