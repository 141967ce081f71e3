/**
 * 整改测算: the least additions for every school and every CV to pass
 * (docs/PLANNING.md). Pure: a read sheet and a ruleset in, a plan out.
 */
export * from './types';
export { planCounty, addable, planDocument } from './county';
export type { PlanOptions, PlanRun, PlanParts } from './county';
export { tryPlan } from './try';
export { additionKey, applyAdditions, recordsByRow, target } from './apply';
export type { Addition } from './apply';
export { schoolNeeds } from './school';
export type { SchoolNeed } from './school';
export { waterLevel, waterFill, costFill, fillCost, LEVEL_TOLERANCE } from './waterfill';
export { compositeTargets } from './composite';
export type { CompositeTerm } from './composite';
export { unitCost, parseCosts, TEACHER_COST_KEY } from './costs';
export { unplannableLines } from './words';
export { canPlanSchool, lowerMisses } from './school';
export { unplannableOf } from './document';
