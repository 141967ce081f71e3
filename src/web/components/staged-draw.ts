/**
 * A large result drawn in a few steps rather than in one: each step is its own
 * React commit (rendered as a transition, in slices) with a frame (layout and paint) between
 * them, so at 20 000 schools no single render and layout holds the page's thread
 * for long. A small result is drawn at once.
 */
import { startTransition, useEffect, useState } from 'react';
import type { Findings } from '../../core/findings';

/** From this many schools on, the page draws its result in steps. */
export const STAGED_FROM_SCHOOLS = 2_000;

/**
 * Calls `next` in a new task after the browser has drawn the next frame (at once when no frame comes: jsdom, a hidden tab); gives the function that cancels it.
 *
 * @example
 * useEffect(() => afterNextFrame(() => setStep((n) => n + 1)), [step]);
 */
export function afterNextFrame(next: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const later = () => {
    timer = setTimeout(next, 0);
  };
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') frame = requestAnimationFrame(later);
  else later();
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * How many of `steps` steps of `result` to draw now: 1 at first, one more after
 * each frame, until all are drawn; back to 1 when `result` changes.
 *
 * @example
 * const drawn = useStagedDraw(analysis, schools >= STAGED_FROM_SCHOOLS ? 3 : 1);
 * // 1, then 2, then 3 on the frames that follow
 */
export function useStagedDraw(result: unknown, steps: number): number {
  const [state, setState] = useState({ result, drawn: 1 });
  // A new result: back to the first step (React's pattern for state derived from props).
  if (state.result !== result) setState({ result, drawn: 1 });
  const drawn = state.result === result ? Math.min(state.drawn, steps) : 1;
  useEffect(() => {
    if (drawn >= steps) return undefined;
    // A transition: React renders the step in slices of a few milliseconds, yielding to the browser between them.
    return afterNextFrame(() => startTransition(() => setState((now) => (now.result === result ? { result, drawn: now.drawn + 1 } : now))));
  }, [result, drawn, steps]);
  return drawn;
}

/** The lists of the findings drawn one step each, in the order FindingLists shows them (the CV drivers, short, come with the first). */
const STEPPED_LISTS = ['failing', 'passingWithMiss', 'undecided', 'checkFailures', 'excluded', 'notes'] as const;

/**
 * The findings as groups FindingLists draws one after another, one non-empty
 * list each, so each is drawn in a step of its own and, once drawn, not again.
 * The first group has the CV drivers and the failing list, or the line saying
 * none fail (which needs `judgesSchools`); the others only their list. Findings
 * with at most one non-empty list are one group: the findings themselves.
 *
 * @example
 * listGroups(findings).map((group) => group.passingWithMiss.length); // [0, 3481, 0]
 */
export function listGroups(findings: Findings): Findings[] {
  const lists = STEPPED_LISTS.filter((list) => findings[list].length > 0);
  if (lists.length <= 1) return [findings];
  return lists.map((kept, i) => {
    const group: Findings = { ...findings, cvDrivers: i === 0 ? findings.cvDrivers : [], judgesSchools: i === 0 && findings.judgesSchools };
    for (const list of STEPPED_LISTS) if (list !== kept) Object.assign(group, { [list]: [] });
    return group;
  });
}

/** What of a result is drawn after `drawn` of its `steps` steps (the mapping and plan panels are drawn from the first). */
export interface Staging {
  steps: number;
  messages: boolean;
  /** How many of the `listGroups` are drawn. */
  lists: number;
  /** How many of the sections are drawn. */
  sections: number;
  verdict: boolean;
}

/**
 * The steps of a result: at once below `STAGED_FROM_SCHOOLS` schools, else the
 * panels, the messages, each list group, each of `sections` sections, then the
 * verdict, so the verdict comes when all is drawn.
 *
 * @example
 * staging(findings, 2, 1); // a large county with 3 list groups: { steps: 8, messages: false, lists: 0, sections: 0, verdict: false }
 */
export function staging(findings: Findings, sections: number, drawn: number): Staging {
  const groups = listGroups(findings).length;
  if (findings.counts.schools < STAGED_FROM_SCHOOLS) return { steps: 1, messages: true, lists: groups, sections, verdict: true };
  const steps = 2 + groups + sections + 1;
  const clamp = (n: number, most: number) => Math.max(0, Math.min(most, n));
  return { steps, messages: drawn >= 2, lists: clamp(drawn - 2, groups), sections: clamp(drawn - 2 - groups, sections), verdict: drawn >= steps };
}
