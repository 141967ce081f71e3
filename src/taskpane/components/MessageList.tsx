import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AnalysisResult, Lang, Severity } from '../../core/types';
import { t } from '../strings';
import { CellLink } from './CellLink';
import { LIST_LIMIT, MoreItems } from './ListLimit';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

const SEVERITY_KEYS = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/** Every message of the analysis; a message about a cell links to it. */
export function MessageList({ lang, result, onSelect }: { lang: Lang; result: AnalysisResult; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const messages = result.messages;
  return (
    <div>
      <h3 className={styles.title}>{t('messagesTitle', lang, { count: messages.length })}</h3>
      {messages.length === 0 && <Text>{t('messagesNone', lang)}</Text>}
      <ul className={styles.list}>
        {messages.slice(0, LIST_LIMIT).map((message, i) => (
          <li key={i}>
            <Text size={200}>
              <span className={styles[message.severity as Severity]}>{t(SEVERITY_KEYS[message.severity], lang)}</span>{' '}
              {message.cell !== null && (
                <>
                  <CellLink address={message.cell} lang={lang} onSelect={onSelect} />{' '}
                </>
              )}
              {message.message}
            </Text>
          </li>
        ))}
      </ul>
      <MoreItems total={messages.length} lang={lang} />
    </div>
  );
}
