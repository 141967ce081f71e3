import { Text } from '@fluentui/react-components';
import { moreLine } from '../../core/findings';
import type { Lang } from '../../core/types';

/** How many entries a list in the pane shows; the report sheets hold them all. */
export const LIST_LIMIT = 50;

/** The note under a list cut at `LIST_LIMIT`, in the catalogue's words. */
export function MoreItems({ total, lang }: { total: number; lang: Lang }) {
  const more = moreLine(total, LIST_LIMIT, lang, 'pane');
  return more === null ? null : <Text italic>{more}</Text>;
}
