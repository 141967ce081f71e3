/**
 * Labels of the shared components' own controls and headings, the same on the
 * web page and in the task pane. What differs by surface (a hint that names the
 * surface's own buttons) is passed in by the surface.
 */
import type { L10n } from '../core/types';

/** The plan view's controls and headings. */
export const PLAN_VIEW_LABELS = {
  /** Heading of the lock column and the name of the lock checkbox. */
  lock: { zh: '锁定', en: 'Lock' },
  /** Name of the amount input (followed by the school's name). */
  amount: { zh: '增加量', en: 'Amount to add' },
  /** Heading of the list of locked schools, and the button that unlocks one. */
  lockedTitle: { zh: '锁定的学校', en: 'Locked schools' },
  unlock: { zh: '解除锁定', en: 'Unlock' },
  /** Back to the planner's own amounts. */
  reset: { zh: '恢复测算值', en: 'Back to the planned amounts' },
  /** Headings: the county after the plan (as tried), the CVs, the totals. */
  afterTitle: { zh: '按此方案整改后', en: 'The county after this plan' },
  cvTitle: { zh: '差异系数（整改前后）', en: 'CVs before and after' },
  totalsTitle: { zh: '合计', en: 'Totals' },
} satisfies Record<string, L10n>;
