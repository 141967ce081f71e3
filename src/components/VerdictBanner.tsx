import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { countLines, countyHeadline, reasonText, verdictParts, type Findings } from '../core/findings';
import type { Surface } from '../core/messages/types';
import type { Lang, Ruleset } from '../core/types';

const useStyles = makeStyles({
  parts: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  part: { marginBottom: tokens.spacingVerticalXS },
});

/** The verdict's colour: green only when every part passed; undecided is amber, never green. */
const INTENT = { pass: 'success', fail: 'error', undecided: 'warning' } as const;

export interface VerdictBannerProps {
  /** The page that shows it: the reasons name that page's own controls. */
  surface: Extract<Surface, 'web' | 'pane'>;
  lang: Lang;
  ruleset: Ruleset;
  findings: Findings;
}

/**
 * 县域结论 with its three parts (CVs, schools, further checks), each with its
 * status and reasons; the counts behind it and, when the table fits another
 * built-in ruleset better, the suggestion to use it. Shared by the web page and
 * the task pane, so both say the same thing the same way.
 */
export function VerdictBanner({ surface, lang, ruleset, findings }: VerdictBannerProps) {
  const styles = useStyles();
  const { verdict } = findings;
  return (
    <MessageBar intent={INTENT[verdict.status]} layout="multiline" data-testid="county-verdict" data-status={verdict.status}>
      <MessageBarBody>
        <MessageBarTitle data-part="headline">{countyHeadline(verdict, lang)}</MessageBarTitle>
        <ul className={styles.parts}>
          {verdictParts(verdict, ruleset, lang, surface).map((part) => (
            <li key={part.key} className={styles.part} data-testid={`verdict-part-${part.key}`} data-status={part.status ?? 'none'}>
              <Text weight="semibold" data-part="line">
                {part.line}
              </Text>
              {part.reasons.length > 0 && (
                <ul className={styles.reasons}>
                  {part.reasons.map((reason) => (
                    <li key={reason} data-part="reason">
                      {reason}
                    </li>
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
            {reasonText(findings.suggestion.reason, lang, surface)}
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
