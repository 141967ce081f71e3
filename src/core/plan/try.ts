/**
 * Trying a plan: the user changes a school's planned addition and sees the
 * county as the engine judges it with their amounts (the web page's and the
 * task pane's plan view). The planner's own additions are the starting point.
 */
import { analyze } from '../analyze';
import type { Ruleset, SheetRead } from '../types';
import { additionKey, applyAdditions } from './apply';
import { planDocument, type Planned, type PlanRun } from './county';
import type { PlannedAddition } from './types';


/**
 * The plan run with the user's own amounts (by `additionKey`, in the
 * resource's base unit; 0 or less leaves the cell as it is) in place of the
 * planned ones: the planned data analysed again, the document rebuilt, the
 * verification saying whether the county now passes. Amounts not given keep
 * the plan's.
 *
 * @example
 * const tried = tryPlan(read, QUALITY_2017, run, new Map([['30|multimediaRooms|', 1]]));
 * tried.plan.verification.passes; // false: one room at 北坪乡初级中学 is not enough
 */
export function tryPlan(read: SheetRead, ruleset: Ruleset, run: PlanRun, amounts: ReadonlyMap<string, number>): PlanRun {
  if (amounts.size === 0) return run;
  const planned: Planned[] = run.plan.additions
    .map((a: PlannedAddition) => ({
      row: a.row,
      field: a.field,
      column: a.column,
      amount: amounts.get(additionKey(a)) ?? a.addition,
      indicator: a.indicator,
      reasons: new Set(a.reasons),
    }))
    .filter((a) => a.amount > 0);
  const data = applyAdditions(read, planned);
  const after = analyze(data, ruleset);
  const { plan, before } = run;
  return {
    plan: planDocument(planned, { before, after, ruleset, costs: plan.costs, locked: plan.locked, composites: plan.composites, rounds: plan.rounds }),
    before,
    after,
    planned: data,
  };
}
