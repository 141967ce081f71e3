/**
 * 整改消号: comparing the current check with an earlier one. Pure.
 */
export { checkItems, checkOf } from './check';
export type { Check, CheckCv, CheckIndicator, CheckItem, CheckMiss, CheckSchool, CheckSection, CheckableResult } from './check';
export { compareChecks, comparisonHeadline, comparisonNotes, ITEM_STATUSES, progressCounts } from './compare';
export type { CheckRef, CompareOptions, ComparedCv, ComparedItem, Comparison, ItemSide, ItemStatus, ProgressCounts, SchoolRef } from './compare';
export { matchSchools } from './match';
export type { ManualPair, Matching, SchoolPair } from './match';
export { normalizeSchoolName, schoolKey } from './names';
export { readEarlierCheck } from './result-document';
export { isSnapshot, readSnapshot, snapshotOf, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot';
export type { Snapshot, SnapshotRead } from './snapshot';
export { itemTexts } from './present-item';
export type { ItemTexts } from './present-item';
export { addToHistory, cvTrends, HISTORY_MAX_BYTES, HISTORY_MAX_CHECKS, readHistory, removeFromHistory } from './history';
export type { CvTrend, HistoryEntry } from './history';
