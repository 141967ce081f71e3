/**
 * What a result means, computed once and rendered by every surface: the
 * verdict with its parts, the lists and counts, and their words.
 */
export { buildFindings, judgesSchools, TOP_CONTRIBUTORS, undecidedEntries } from './build';
export { CHECK_NAMES, checkName, definedChecks, type CheckId } from './checks';
export { suggestRuleset, tableSuggestion } from './suggest';
export type * from './types';
export { combine, judgeCounty } from './verdict';
export * from './words';
