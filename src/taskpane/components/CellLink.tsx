import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../core/types';
import { t } from '../strings';

export interface CellLinkProps {
  /** `Sheet1!F7` style address. */
  address: string;
  lang: Lang;
  onSelect: (address: string) => void;
  /** Shown instead of the address. */
  children?: ReactNode;
}

/**
 * A link that selects a cell of the workbook: a button for keyboard users, named
 * by its text, described (and titled for mouse users) by what it does.
 */
export function CellLink({ address, lang, onSelect, children }: CellLinkProps) {
  return (
    <Link as="button" inline title={t('selectCell', lang, { address })} onClick={() => onSelect(address)}>
      {children ?? address}
    </Link>
  );
}
