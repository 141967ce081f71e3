/**
 * `junheng plan <file>` (with `--map 字段=列` as `analyze` has it): the least additions for every school and every CV to
 * pass (整改测算), printed per section with totals; `--json` prints the plan
 * document, `--out` the annotated copy with the 均衡-整改测算 sheet,
 * `--apply-out` a what-if copy with the additions added to the user's cells.
 * The input file is never modified.
 */
import { basename, resolve } from 'path';
import { Command, Option } from 'commander';
import { analyze } from '../core/analyze';
import { localize, phrase, sectionLabel } from '../core/present';
import { appendAll } from '../core/arrays';
import { formatCv, formatValue } from '../core/format';
import { parseCosts, planCounty, unplannableLines, type CountyPlan, type PlannedAddition } from '../core/plan';
import { buildMarkRules, buildReport, withSheet } from '../core/report';
import { buildPlanSheet } from '../core/report/plan-sheet';
import { SECTIONS, type IndicatorDef, type L10n, type Lang, type Ruleset } from '../core/types';
import { sniffFormat } from '../files/read-workbook';
import { collect } from './compare';
import { CliFailure, EXIT, MAP_OPTION_TEXT, errorDetail, loadRuleset, loadSheet, outPath, type CliIo } from './run';
import { renderMessage } from '../core/messages/render';
import { CATALOGUE } from '../core/messages/catalogue';

interface PlanCliOptions {
  sheet?: string;
  ruleset?: string;
  map: string[];
  cost: string[];
  out?: string;
  applyOut?: string;
  json?: boolean;
  lang: Lang;
}

/** Labels of this command's own options and its usage errors. */
const TEXT = {
  description: { zh: '整改测算：每所学校至少增加多少，使学校全部达标、差异系数全部在限值内', en: 'rectification plan: the least to add, school by school, for every school and CV to pass' },
  fileArgument: { zh: '要测算的工作簿（.xlsx 或 .csv）', en: 'the workbook to plan for (.xlsx or .csv)' },
  sheetOption: { zh: '要读取的工作表（默认：第一个含学校表的工作表）', en: 'the sheet to read (default: the first sheet with a school table)' },
  rulesetOption: { zh: '规则集：quality-2017（默认）、basic-2012，或规则集 JSON 文件', en: 'ruleset: quality-2017 (default), basic-2012, or a ruleset JSON file' },
  costOption: { zh: '单位成本（元），如 teaching-space=3500 sports-space=800 multimedia-rooms=60000 teacher=100000', en: 'unit costs in yuan, e.g. teaching-space=3500 sports-space=800 multimedia-rooms=60000 teacher=100000' },
  outOption: { zh: '另存带报告表（含“均衡-整改测算”）和标注的副本', en: 'write an annotated copy with the report sheets, 均衡-整改测算 included' },
  applyOutOption: { zh: '另存测算后的工作簿：在您的资源单元格上加上测算的增量', en: 'write a what-if copy with the planned additions added to your resource cells' },
  jsonOption: { zh: '只输出测算文档（JSON）', en: 'print the plan document (JSON) only' },
  langOption: { zh: '提示和报告的语言', en: 'language of messages and reports' },
  badCostKey: { zh: '--cost “{pair}”：不认识的名称。可用：{keys}（写成 名称=元，如 teaching-space=3500）。', en: '--cost "{pair}": unknown name. Use one of {keys} (as name=yuan, e.g. teaching-space=3500).' },
  badCostValue: { zh: '--cost “{pair}”：成本应为不小于 0 的数字（元），如 teaching-space=3500。', en: '--cost "{pair}": the cost must be a number of yuan, 0 or more, e.g. teaching-space=3500.' },
  applyNeedsXlsx: { zh: '--apply-out 需要 .xlsx 输入文件（CSV 没有可以加上增量的工作簿）；请先另存为 .xlsx。', en: '--apply-out needs an .xlsx input (a CSV has no workbook to add to); save it as .xlsx first.' },
  writeFailed: { zh: '测算已完成，但无法写出“{file}”：{reason}。如果这个文件正在 Excel 或 WPS 中打开，请先关闭它。', en: 'The plan is done but "{file}" could not be written: {reason}. If the file is open in Excel or WPS, close it first.' },
  outWritten: { zh: '已写出带报告和标注的副本：{file}', en: 'Annotated copy written: {file}' },
} satisfies Record<string, L10n>;

function amountText(def: IndicatorDef, x: number): string {
  return def.countable ? String(Math.round(x)) : formatValue(x);
}

function money(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

/** One addition; `named` puts the indicator's name in (the school-rule list mixes indicators). */
function additionLine(addition: PlannedAddition, def: IndicatorDef, ruleset: Ruleset, lang: Lang, named: boolean): string {
  const many = addition.effects.length > 1;
  const effects = addition.effects
    .map((e) => renderMessage('plan-effect', {
      part: many ? `${sectionLabel(e.section, lang)} ` : '',
      current: formatValue(e.current),
      target: formatValue(e.target),
    }, lang, 'cli'))
    .join(renderMessage('list-separator', {}, lang, 'cli'));
  const ratio = `${Math.round((ruleset.schoolRule.floorRatio ?? 1) * 100)}%`;
  const why = addition.reasons.map((r) => renderMessage(`plan-reason-${r}` as const, { ratio }, lang, 'cli')).join(renderMessage('list-separator', {}, lang, 'cli'));
  return renderMessage('plan-addition', {
    school: addition.name,
    row: addition.row,
    indicator: named ? phrase(CATALOGUE['plan-addition-indicator'], lang, { indicator: localize(def.name, lang) }) : '',
    amount: amountText(def, addition.addition),
    unit: localize(def.unit, lang),
    cost: addition.cost === null ? '' : phrase(CATALOGUE['plan-cost'], lang, { cost: money(addition.cost) }),
    effects,
    why: phrase(CATALOGUE['plan-why'], lang, { why }) + (many ? localize(CATALOGUE['plan-shared'], lang) : ''),
  }, lang, 'cli');
}

/**
 * The plan as the terminal shows it: per section the schools to bring up to
 * the school rule and the CVs to lower, each with its additions; then the
 * county totals, the budget and the verification.
 *
 * @example
 * formatPlan(plan, QUALITY_2017, 'zh', '示例县.xlsx'); // '整改测算 — 优质均衡…'
 */
export function formatPlan(plan: CountyPlan, ruleset: Ruleset, lang: Lang, file: string): string {
  const defs = new Map(ruleset.indicators.map((def) => [def.id, def]));
  const lines: string[] = [renderMessage('plan-title', { ruleset: localize(ruleset.name, lang) }, lang, 'cli'), renderMessage('plan-file', { file }, lang, 'cli')];
  const costItems = Object.entries(plan.costs).map(([key, value]) => `${key}=${value}`);
  lines.push(costItems.length === 0 ? renderMessage('plan-no-costs', {}, lang, 'cli') : renderMessage('plan-costs', { list: costItems.join(renderMessage('list-separator', {}, lang, 'cli')) }, lang, 'cli'));
  if (plan.additions.length === 0) {
    const left = unplannableLines(plan, ruleset, lang);
    return [...lines, '', ...(left.length > 0 ? left : [renderMessage('plan-nothing-to-plan', {}, lang, 'cli')]), ''].join('\n');
  }
  for (const section of SECTIONS) {
    const items = plan.indicators.filter((i) => i.section === section);
    if (items.length === 0) continue;
    lines.push('', renderMessage('plan-section', { section: sectionLabel(section, lang) }, lang, 'cli'));
    const mine = plan.additions.filter((a) => a.effects.some((e) => e.section === section));
    const forSchools = mine.filter((a) => a.reasons.some((r) => r !== 'cv'));
    lines.push(renderMessage('plan-school-rule', {}, lang, 'cli'));
    if (forSchools.length === 0) lines.push(renderMessage('plan-nothing', {}, lang, 'cli'));
    for (const a of forSchools) lines.push(additionLine(a, defs.get(a.indicator) as IndicatorDef, ruleset, lang, true));
    const composite = plan.composites.find((c) => c.section === section);
    lines.push(composite === undefined
      ? renderMessage('plan-cv-rule', {}, lang, 'cli')
      : renderMessage('plan-composite-rule', { before: formatCv(composite.before), after: formatCv(composite.after), limit: formatCv(composite.limit) }, lang, 'cli'));
    const lowered = items.filter((i) => mine.some((a) => a.indicator === i.indicator && a.reasons.includes('cv')));
    if (lowered.length === 0) lines.push(renderMessage('plan-nothing', {}, lang, 'cli'));
    for (const item of lowered) {
      const def = defs.get(item.indicator) as IndicatorDef;
      const cvAdditions = mine.filter((a) => a.indicator === item.indicator && a.reasons.includes('cv'));
      lines.push(renderMessage('plan-cv-line', {
        indicator: localize(def.name, lang),
        before: formatCv(item.cvBefore),
        after: formatCv(item.cvAfter),
        limit: formatCv(item.limit),
        amount: amountText(def, cvAdditions.reduce((s, a) => s + a.addition, 0)),
        unit: localize(def.unit, lang),
        schools: cvAdditions.length,
      }, lang, 'cli'));
      for (const a of cvAdditions) lines.push(additionLine(a, def, ruleset, lang, false));
    }
  }
  lines.push('', renderMessage('plan-totals', {}, lang, 'cli'));
  for (const total of plan.totals) {
    const def = defs.get(total.indicator) as IndicatorDef;
    lines.push(renderMessage('plan-total', {
      indicator: localize(def.name, lang),
      amount: amountText(def, total.addition),
      unit: localize(def.unit, lang),
      schools: total.schools,
      cost: total.cost === null ? '' : phrase(CATALOGUE['plan-cost'], lang, { cost: money(total.cost) }),
    }, lang, 'cli'));
  }
  if (plan.budget !== null) {
    const missing = plan.uncosted.map((id) => localize((defs.get(id) as IndicatorDef).name, lang)).join(renderMessage('list-separator', {}, lang, 'cli'));
    lines.push(renderMessage('plan-budget', { budget: money(plan.budget) }, lang, 'cli') + (missing === '' ? '' : renderMessage('plan-budget-partial', { list: missing }, lang, 'cli')));
  }
  const left = unplannableLines(plan, ruleset, lang);
  if (left.length > 0) appendAll(lines, ['', ...left]);
  const v = plan.verification;
  lines.push('', v.passes
    ? renderMessage('plan-verified', { schools: v.schoolsPlanned, cvs: v.cvsPlanned }, lang, 'cli')
    : renderMessage('plan-not-verified', { schools: v.schoolsStillFailing.length, cvs: v.cvsStillOver.length }, lang, 'cli'));
  return lines.join('\n') + '\n';
}

async function write(io: CliIo, path: string, shown: string, bytes: Uint8Array, lang: Lang): Promise<void> {
  try {
    await io.writeFile(path, bytes);
  } catch (error) {
    throw new CliFailure(EXIT.unreadable, phrase(TEXT.writeFailed, lang, { file: shown, reason: errorDetail(error) }));
  }
}

async function planFile(file: string, options: PlanCliOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const inputPath = resolve(io.cwd, file);
  const out = await outPath(options.out, inputPath, file, io, lang);
  const applyOut = await outPath(options.applyOut, inputPath, file, io, lang, '--apply-out');
  const ruleset = await loadRuleset(options.ruleset, io, lang);
  const parsed = parseCosts(options.cost, ruleset.indicators.map((def) => def.id));
  if (!parsed.ok) {
    const keys = [...ruleset.indicators.map((def) => def.id), 'teacher'].join(', ');
    throw new CliFailure(EXIT.usage, phrase(parsed.problem === 'key' ? TEXT.badCostKey : TEXT.badCostValue, lang, { pair: parsed.pair, keys }));
  }
  const { bytes, read } = await loadSheet(inputPath, file, options.sheet, io, lang, options.map);
  if (applyOut !== null && sniffFormat(bytes) !== 'xlsx') throw new CliFailure(EXIT.usage, phrase(TEXT.applyNeedsXlsx, lang));
  const { plan } = planCounty(read, ruleset, { costs: parsed.costs });
  io.stdout(options.json ? JSON.stringify(plan, null, 2) + '\n' : formatPlan(plan, ruleset, lang, basename(file)));
  if (out !== null) {
    const result = analyze(read, ruleset, { lang, file: basename(file) });
    const report = withSheet(buildReport(result, read, ruleset, lang), buildPlanSheet(plan, ruleset, lang), ruleset);
    // ExcelJS is loaded only for a copy (see run.ts).
    const { writeAnnotatedWorkbook } = await import('../files/annotate');
    await write(io, out, options.out as string, await writeAnnotatedWorkbook(bytes, report, buildMarkRules(read, result, ruleset)), lang);
    if (!options.json) io.stdout(phrase(TEXT.outWritten, lang, { file: options.out as string }) + '\n');
  }
  if (applyOut !== null) {
    const additions = plan.additions.map((a) => ({ row: a.row, field: a.field, column: a.column, amount: a.addition }));
    const { writePlannedWorkbook } = await import('../files/apply-plan');
    await write(io, applyOut, options.applyOut as string, await writePlannedWorkbook(bytes, read, additions), lang);
    if (!options.json) io.stdout(renderMessage('plan-apply-written', { file: options.applyOut as string }, lang, 'cli') + '\n');
  }
  return EXIT.analysed;
}

/**
 * Adds the `plan` command to the program; `done` receives its exit status.
 *
 * @example
 * registerPlan(program, io, 'zh', (status) => { exitStatus = status; });
 */
export function registerPlan(program: Command, io: CliIo, lang: Lang, done: (status: number) => void): void {
  program
    .command('plan')
    .description(phrase(TEXT.description, lang))
    .argument('<file>', phrase(TEXT.fileArgument, lang))
    .option('--sheet <name>', phrase(TEXT.sheetOption, lang))
    .option('--ruleset <id|file.json>', phrase(TEXT.rulesetOption, lang))
    .option('--map <field=column>', phrase(MAP_OPTION_TEXT, lang), collect, [])
    .option('--cost <name=yuan...>', phrase(TEXT.costOption, lang), [])
    .option('--out <copy.xlsx>', phrase(TEXT.outOption, lang))
    .option('--apply-out <planned.xlsx>', phrase(TEXT.applyOutOption, lang))
    .option('--json', phrase(TEXT.jsonOption, lang))
    .addOption(new Option('--lang <lang>', phrase(TEXT.langOption, lang)).choices(['zh', 'en']).default('zh'))
    .action(async (file: string, options: PlanCliOptions) => {
      done(await planFile(file, options, io));
    });
}
