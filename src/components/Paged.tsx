import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

/** How many items a list shows at first, and how many more each “显示更多” adds. */
export const LIST_PAGE = 50;

const useStyles = makeStyles({
  more: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
});

export interface Paged<T> {
  /** The items shown: the first page, plus a page per “more”. */
  visible: readonly T[];
  /** How many are not shown yet. */
  hidden: number;
  /** Shows the next page. */
  showMore: () => void;
}

/**
 * The first `page` items of a list, growing a page at a time, so a list of
 * 20 000 schools draws 50 rows, not 20 000. Starts again at one page when the
 * list itself changes (a new analysis).
 *
 * @example
 * const { visible, hidden, showMore } = usePaged(findings.failing);
 */
export function usePaged<T>(items: readonly T[], page: number = LIST_PAGE): Paged<T> {
  const [state, setState] = useState({ items, shown: page });
  // A new list: back to one page (React's pattern for state derived from props).
  if (state.items !== items) setState({ items, shown: page });
  const shown = state.items === items ? state.shown : page;
  return {
    visible: items.length > shown ? items.slice(0, shown) : items,
    hidden: Math.max(0, items.length - shown),
    showMore: () => setState({ items, shown: shown + page }),
  };
}

export interface ShowMoreProps {
  hidden: number;
  /** The surface's label of the button, for the next `Math.min(page, hidden)` items. */
  label: (n: number) => string;
  /** The line saying how many more there are and where the full list is, or null. */
  note: string | null;
  onMore: () => void;
  page?: number;
}

/** Under a paged list: how many are not shown and where they all are, and the button that shows more. */
export function ShowMore({ hidden, label, note, onMore, page = LIST_PAGE }: ShowMoreProps) {
  const styles = useStyles();
  if (hidden === 0) return null;
  return (
    <div className={styles.more}>
      {note !== null && <Text italic>{note}</Text>}
      <Button size="small" onClick={onMore} data-testid="show-more">
        {label(Math.min(page, hidden))}
      </Button>
    </div>
  );
}
