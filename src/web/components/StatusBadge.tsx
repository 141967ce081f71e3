import { Badge } from '@fluentui/react-components';
import { statusText } from '../../core/findings';
import type { Lang, VerdictStatus } from '../../core/types';

export interface StatusBadgeProps {
  lang: Lang;
  status: VerdictStatus;
  testId?: string;
  /** Words to show instead of the bare status, e.g. the section's headline. */
  text?: string;
}

/** The colour of a status: green only for what was computed and passed; undecided is its own (amber) state. */
export const STATUS_COLOR = { pass: 'success', fail: 'danger', undecided: 'warning' } as const;

/** 达标 / 未达标 / 无法判定, in words, never by colour alone. */
export function StatusBadge({ lang, status, testId, text }: StatusBadgeProps) {
  return (
    <Badge appearance="filled" color={STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {text ?? statusText(status, lang)}
    </Badge>
  );
}
