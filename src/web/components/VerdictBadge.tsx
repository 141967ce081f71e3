import { Badge } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../strings';

export interface VerdictBadgeProps {
  lang: Lang;
  passes: boolean | null;
  testId?: string;
}

/** 达标 (green) / 未达标 (red) / 无法判断 (grey), in words, never by colour alone. */
export function VerdictBadge({ lang, passes, testId }: VerdictBadgeProps) {
  const [color, key] = passes === null ? (['informative', 'undecided'] as const) : passes ? (['success', 'passes'] as const) : (['danger', 'fails'] as const);
  return (
    <Badge appearance="filled" color={color} data-testid={testId} data-passes={String(passes)}>
      {t(key, lang)}
    </Badge>
  );
}
