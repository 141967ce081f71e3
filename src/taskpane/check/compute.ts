/**
 * The pure part of a task-pane check: recognise the schools in the grid read
 * from the workbook, analyse, build the findings. It runs in the pane's check
 * worker (./check.worker.ts) or, where no worker can start, on the pane's thread
 * with a yield to the browser between steps.
 */
import { analyze } from '../../core/analyze';
import { buildFindings, type Findings } from '../../core/findings';
import { readSheet } from '../../core/reader';
import type { AnalysisResult, ColumnMapping, Grid, Lang, Ruleset, SheetRead } from '../../core/types';

/** What a check computes from the grid. */
export interface CheckComputed {
  read: SheetRead;
  result: AnalysisResult;
  findings: Findings;
}

/** What the computation is doing, shown by the pane's progress. */
export type ComputeStage = 'parse' | 'analyze' | 'done';

/** Computes a check from the grid, reporting each stage it enters; the pane's worker client or `computeInPlace`. */
export type CheckCompute = (
  grid: Grid,
  overrides: ColumnMapping,
  ruleset: Ruleset,
  lang: Lang,
  onStage: (stage: ComputeStage) => void,
) => Promise<CheckComputed>;

/**
 * Lets the browser paint and handle input between steps, so the pane never freezes.
 *
 * @example
 * await yieldToBrowser();
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The check's steps, one slice each: yields the stage the next slice belongs to, returns the outcome.
 *
 * @example
 * const steps = checkSteps(grid, {}, QUALITY_2017, 'zh');
 * steps.next().value; // 'parse'
 */
export function* checkSteps(grid: Grid, overrides: ColumnMapping, ruleset: Ruleset, lang: Lang): Generator<ComputeStage, CheckComputed> {
  yield 'parse';
  const read = readSheet(grid, { mapping: overrides });
  yield 'analyze';
  const result = analyze(read, ruleset, { lang });
  yield 'analyze';
  const findings = buildFindings(result, ruleset);
  yield 'done';
  return { read, result, findings };
}

/**
 * The whole check at once.
 *
 * @example
 * computeCheck(sampleCountyGrid(), {}, QUALITY_2017, 'zh').findings.verdict;
 */
export function computeCheck(grid: Grid, overrides: ColumnMapping, ruleset: Ruleset, lang: Lang): CheckComputed {
  const steps = checkSteps(grid, overrides, ruleset, lang);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Runs the check's steps in turn, reporting each new stage and awaiting `pause` after it.
 *
 * @example
 * await runSteps(checkSteps(grid, {}, QUALITY_2017, 'zh'), setStage, yieldToBrowser);
 */
export async function runSteps(
  steps: Generator<ComputeStage, CheckComputed>,
  onStage: (stage: ComputeStage) => void,
  pause: () => Promise<void>,
): Promise<CheckComputed> {
  let last: ComputeStage | null = null;
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (step.value !== last) onStage(step.value);
    last = step.value;
    await pause();
  }
}

/**
 * The check on the pane's own thread, yielding to the browser between steps
 * (jsdom, webviews without workers, or a worker that failed to start).
 *
 * @example
 * const { result } = await computeInPlace(grid, {}, QUALITY_2017, 'zh', setStage);
 */
export const computeInPlace: CheckCompute = (grid, overrides, ruleset, lang, onStage) =>
  runSteps(checkSteps(grid, overrides, ruleset, lang), onStage, yieldToBrowser);
