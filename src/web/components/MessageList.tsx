import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { Lang, ResultMessage } from '../../core/types';
import { t } from '../strings';

export interface MessageListProps {
  lang: Lang;
  messages: ResultMessage[];
}

/** The reader's and the engine's messages, each naming the cell to fix. */
export function MessageList({ lang, messages }: MessageListProps) {
  if (messages.length === 0) return <Text>{t('messagesNone', lang)}</Text>;
  return (
    <Table size="small" aria-label={t('messagesTitle', lang)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '6em' }}>{t('severity', lang)}</TableHeaderCell>
          <TableHeaderCell style={{ width: '12em' }}>{t('cell', lang)}</TableHeaderCell>
          <TableHeaderCell>{t('message', lang)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {messages.map((message, i) => (
          <TableRow key={i} data-testid="message">
            <TableCell>{t(message.severity, lang)}</TableCell>
            <TableCell>{message.cell ?? ''}</TableCell>
            <TableCell>{message.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
