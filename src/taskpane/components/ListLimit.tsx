import { Text } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../strings';

/** How many entries a list in the pane shows; the report sheets hold them all. */
export const LIST_LIMIT = 50;

/** The note under a list cut at `LIST_LIMIT`. */
export function MoreItems({ total, lang }: { total: number; lang: Lang }) {
  if (total <= LIST_LIMIT) return null;
  return <Text italic>{t('moreItems', lang, { count: total - LIST_LIMIT })}</Text>;
}
