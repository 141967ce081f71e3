import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { bySeverity, messageText } from '../../core/findings';
import { localize } from '../../core/present';
import { LABELS } from '../../core/report/labels';
import type { Lang, ResultMessage } from '../../core/types';
import { ShowMore, usePaged } from '../../components/Paged';
import { t } from '../strings';

export interface MessageListProps {
  lang: Lang;
  messages: ResultMessage[];
}

/** The reader's and the engine's messages, errors first, each naming the cell to fix and this page's controls; drawn a page at a time. */
export function MessageList({ lang, messages }: MessageListProps) {
  const sorted = useMemo(() => bySeverity(messages), [messages]);
  const { visible, hidden, showMore } = usePaged(sorted);
  if (messages.length === 0) return <Text>{t('messagesNone', lang)}</Text>;
  return (
    <div>
      <Table size="small" aria-label={t('messagesTitle', lang, { n: messages.length })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '6em' }}>{t('severity', lang)}</TableHeaderCell>
            <TableHeaderCell style={{ width: '12em' }}>{t('cell', lang)}</TableHeaderCell>
            <TableHeaderCell>{t('message', lang)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {visible.map((message, i) => (
            <TableRow key={i} data-testid="message" data-severity={message.severity}>
              <TableCell>{localize(LABELS[message.severity], lang)}</TableCell>
              <TableCell>{message.cell ?? ''}</TableCell>
              <TableCell>{messageText(message, lang, 'web')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ShowMore hidden={hidden} label={(n) => t('showMore', lang, { n })} note={t('moreMessages', lang, { count: hidden })} onMore={showMore} />
    </div>
  );
}
