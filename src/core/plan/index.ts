/**
 * 整改测算: the least additions for every school and every CV to pass
 * (docs/PLANNING.md). Pure: a read sheet and a ruleset in, a plan out.
 */
export * from './types';
export { planCounty, addable } from './county';
export type { PlanOptions, PlanRun } from './county';
export { applyAdditions, recordsByRow, target } from './apply';
export type { Addition } from './apply';
export { schoolNeeds } from './school';
export type { SchoolNeed } from './school';
export { waterLevel, waterFill, costFill, fillCost, LEVEL_TOLERANCE } from './waterfill';
export { compositeTargets } from './composite';
export type { CompositeTerm } from './composite';
export { unitCost, parseCosts, TEACHER_COST_KEY } from './costs';
