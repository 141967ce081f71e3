import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { countLines, countyHeadline, reasonText, verdictParts, type Findings } from '../../core/findings';
import type { Lang, Ruleset } from '../../core/types';

/** The verdict's colour: green only when every part passed; undecided is amber, never green. */
const INTENT = { pass: 'success', fail: 'error', undecided: 'warning' } as const;

export interface VerdictBannerProps {
  lang: Lang;
  ruleset: Ruleset;
  findings: Findings;
}

/**
 * 县域结论 with its parts (CVs, schools, further checks) and their reasons, the
 * counts behind it, and the better-fitting ruleset when there is one.
 */
export function VerdictBanner({ lang, ruleset, findings }: VerdictBannerProps) {
  const { verdict } = findings;
  return (
    <MessageBar intent={INTENT[verdict.status]} layout="multiline" data-testid="county-verdict" data-status={verdict.status}>
      <MessageBarBody>
        <MessageBarTitle>{countyHeadline(verdict, lang)}</MessageBarTitle>
        <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
          {verdictParts(verdict, ruleset, lang, 'pane').map((part) => (
            <li key={part.key} data-testid={`verdict-part-${part.key}`} data-status={part.status ?? 'none'}>
              <Text weight="semibold">{part.line}</Text>
              {part.reasons.length > 0 && (
                <ul style={{ margin: 0, paddingLeft: 14 }}>
                  {part.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        {countLines(findings.counts, findings.judgesSchools, lang).map((line) => (
          <Text as="p" block key={line} data-testid="count-line" style={{ margin: '2px 0' }}>
            {line}
          </Text>
        ))}
        {findings.suggestion !== null && (
          <Text as="p" block weight="semibold" data-testid="ruleset-suggestion">
            {reasonText(findings.suggestion.reason, lang, 'pane')}
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
