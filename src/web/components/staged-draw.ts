/**
 * A large result drawn in a few steps rather than in one: each step is its own
 * React commit in its own browser task, with a frame (layout and paint) between
 * them, so at 20 000 schools no single render and layout holds the page's thread
 * for long. A small result is drawn at once.
 */
import { useEffect, useState } from 'react';

/** From this many schools on, the page draws its result in steps. */
export const STAGED_FROM_SCHOOLS = 2_000;

/** Calls `next` in a new task after the browser has drawn the next frame (at once when no frame comes: jsdom, a hidden tab). */
function afterNextFrame(next: () => void): () => void {
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
    return afterNextFrame(() => setState((now) => (now.result === result ? { result, drawn: now.drawn + 1 } : now)));
  }, [result, drawn, steps]);
  return drawn;
}
