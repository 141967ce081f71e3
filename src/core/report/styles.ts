/**
 * How report styles and mark levels look, shared by every surface so the
 * annotated copy, the task pane and the web page mark cells alike.
 * Colours are RRGGBB hex without '#'.
 */
import type { MarkLevel, ReportStyle } from './types';

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; absent: the surface's default. */
  size?: number;
  /** Font colour. */
  color?: string;
  /** Background fill. */
  fill?: string;
  /** Thin borders around the cell (table cells). */
  border?: boolean;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** The official form marks a failing value with a dark background; below the floor is darker and red. */
const FAIL: StyleSpec = { fill: '7F7F7F', color: 'FFFFFF', border: true };
const BELOW_FLOOR: StyleSpec = { fill: 'C00000', color: 'FFFFFF', bold: true, border: true };

export const REPORT_STYLES: Record<ReportStyle, StyleSpec> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: 'D9E1F2', border: true, wrap: true, align: 'center' },
  standard: { italic: true, fill: 'F2F2F2', border: true },
  body: { border: true },
  label: { border: true, wrap: true },
  plain: {},
  pass: { color: '006100', fill: 'C6EFCE', border: true },
  fail: FAIL,
  'below-floor': BELOW_FLOOR,
  note: { italic: true, color: '595959', wrap: true },
};

/** The look of the conditional formats on the user's sheet. */
export const MARK_STYLES: Record<MarkLevel, StyleSpec> = {
  fail: FAIL,
  'below-floor': BELOW_FLOOR,
};
