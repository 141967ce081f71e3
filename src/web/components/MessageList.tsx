import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { bySeverity, messageText } from '../../core/findings';
import { localize } from '../../core/present';
import { LABELS } from '../../core/report/labels';
import type { Lang, ResultMessage } from '../../core/types';
import { t } from '../strings';

export interface MessageListProps {
  lang: Lang;
  messages: ResultMessage[];
}

/** The reader's and the engine's messages, errors first, each naming the cell to fix and this page's controls. */
export function MessageList({ lang, messages }: MessageListProps) {
  if (messages.length === 0) return <Text>{t('messagesNone', lang)}</Text>;
  return (
    <Table size="small" aria-label={t('messagesTitle', lang, { n: messages.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '6em' }}>{t('severity', lang)}</TableHeaderCell>
          <TableHeaderCell style={{ width: '12em' }}>{t('cell', lang)}</TableHeaderCell>
          <TableHeaderCell>{t('message', lang)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {bySeverity(messages).map((message, i) => (
          <TableRow key={i} data-testid="message" data-severity={message.severity}>
            <TableCell>{localize(LABELS[message.severity], lang)}</TableCell>
            <TableCell>{message.cell ?? ''}</TableCell>
            <TableCell>{messageText(message, lang, 'web')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
