import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { countLines, countyHeadline, reasonText, verdictParts, type Findings } from '../../core/findings';
import type { Lang, Ruleset } from '../../core/types';

const useStyles = makeStyles({
  parts: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  part: { marginBottom: tokens.spacingVerticalXS },
});

/** The verdict's colour: green only when every part passed; undecided is amber, never green. */
const INTENT = { pass: 'success', fail: 'error', undecided: 'warning' } as const;

export interface VerdictBannerProps {
  lang: Lang;
  ruleset: Ruleset;
  findings: Findings;
}

/**
 * 县域结论 with its three parts (CVs, schools, further checks), each with its
 * status and reasons; the counts behind it and, when the table fits another
 * built-in ruleset better, the suggestion to use it.
 */
export function VerdictBanner({ lang, ruleset, findings }: VerdictBannerProps) {
  const styles = useStyles();
  const { verdict } = findings;
  return (
    <MessageBar intent={INTENT[verdict.status]} layout="multiline" data-testid="county-verdict" data-status={verdict.status}>
      <MessageBarBody>
        <MessageBarTitle>{countyHeadline(verdict, lang)}</MessageBarTitle>
        <ul className={styles.parts}>
          {verdictParts(verdict, ruleset, lang, 'web').map((part) => (
            <li key={part.key} className={styles.part} data-testid={`verdict-part-${part.key}`} data-status={part.status ?? 'none'}>
              <Text weight="semibold">{part.line}</Text>
              {part.reasons.length > 0 && (
                <ul className={styles.reasons}>
                  {part.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        {countLines(findings.counts, findings.judgesSchools, lang).map((line) => (
          <Text as="p" block key={line} data-testid="count-line">
            {line}
          </Text>
        ))}
        {findings.suggestion !== null && (
          <Text as="p" block weight="semibold" data-testid="ruleset-suggestion">
            {reasonText(findings.suggestion.reason, lang, 'web')}
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
