import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { messageText } from '../../core/findings';
import { localize } from '../../core/present';
import { LABELS } from '../../core/report/labels';
import type { Lang, ResultMessage, Severity } from '../../core/types';
import { t } from '../strings';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Messages errors first, then warnings, then notes; the sort is stable, so each
 * group keeps the engine's row order.
 *
 * @example
 * bySeverity([info, error]); // [error, info]
 */
export function bySeverity(messages: readonly ResultMessage[]): ResultMessage[] {
  return [...messages].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

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
