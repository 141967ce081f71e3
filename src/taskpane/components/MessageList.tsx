import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { bySeverity, messageText } from '../../core/findings';
import { localize } from '../../core/present';
import { LABELS } from '../../core/report/labels';
import type { Lang, ResultMessage, Severity } from '../../core/types';
import { ShowMore, usePaged } from '../../components/Paged';
import { t } from '../strings';
import { CellLink } from './CellLink';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

/** Every message of the analysis, errors first, in the pane's words, a page at a time; a message about a cell links to it. */
export function MessageList({ lang, messages, onSelect }: { lang: Lang; messages: readonly ResultMessage[]; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const sorted = useMemo(() => bySeverity(messages), [messages]);
  const { visible, hidden, showMore } = usePaged(sorted);
  return (
    <div>
      <h3 className={styles.title}>{t('messagesTitle', lang, { count: messages.length })}</h3>
      {messages.length === 0 && <Text>{t('messagesNone', lang)}</Text>}
      <ul className={styles.list}>
        {visible.map((message, i) => (
          <li key={i} data-testid="message" data-severity={message.severity}>
            <Text size={200}>
              <span className={styles[message.severity as Severity]}>{localize(LABELS[message.severity], lang)}</span>{' '}
              {message.cell !== null && (
                <>
                  <CellLink address={message.cell} lang={lang} onSelect={onSelect} />{' '}
                </>
              )}
              {messageText(message, lang, 'pane')}
            </Text>
          </li>
        ))}
      </ul>
      <ShowMore hidden={hidden} label={(n) => t('showMore', lang, { n })} note={t('moreMessages', lang, { count: hidden })} onMore={showMore} />
    </div>
  );
}
