/**
 * The messages between the task pane and its check worker: the pane sends the
 * grid it read with an id; the worker answers with stages, then the outcome's
 * long arrays in parts and the rest of it last (or a failure), with the same id.
 * Plain data, cloned by `postMessage`.
 */
import type { ColumnMapping, Grid, Lang, Ruleset } from '../../core/types';
import type { Part } from '../../workers/parts';
import type { CheckComputed, ComputeStage } from './compute';

export interface CheckRequest {
  id: number;
  grid: Grid;
  overrides: ColumnMapping;
  ruleset: Ruleset;
  lang: Lang;
}

export type CheckReply =
  | { id: number; type: 'stage'; stage: ComputeStage }
  | { id: number; type: 'part'; part: Part }
  /** The outcome without the items of its long arrays, sent before in parts (src/workers/parts.ts). */
  | { id: number; type: 'computed'; outcome: CheckComputed }
  | { id: number; type: 'failed'; message: string };
