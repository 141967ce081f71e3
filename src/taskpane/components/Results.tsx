import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { buildFindings } from '../../core/findings';
import { SECTIONS } from '../../core/types';
import type { Lang } from '../../core/types';
import type { CheckOutcome } from '../flow';
import { t } from '../strings';
import { FindingLists } from './FindingLists';
import { MessageList } from './MessageList';
import { SectionVerdict } from './SectionVerdict';
import { Step } from './Step';
import { VerdictBanner } from '../../components/VerdictBanner';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export interface ResultsProps {
  number: number;
  lang: Lang;
  outcome: CheckOutcome;
  onSelect: (address: string) => void;
}

/** The results: the county verdict with its parts, each section, the lists behind the verdict and the messages, all from the findings. */
export function Results({ number, lang, outcome, onSelect }: ResultsProps) {
  const styles = useStyles();
  const { result, read, ruleset } = outcome;
  const findings = useMemo(() => buildFindings(result, ruleset), [result, ruleset]);
  return (
    <Step number={number} title={t('stepResults', lang)} focusOnMount>
      <div className={styles.body}>
        <VerdictBanner surface="pane" lang={lang} ruleset={ruleset} findings={findings} />
        {SECTIONS.map((section) => {
          const verdict = findings.sections[section];
          return verdict === null ? null : (
            <SectionVerdict key={section} lang={lang} section={section} result={result.sections[section]} verdict={verdict} ruleset={ruleset} />
          );
        })}
        <FindingLists lang={lang} read={read} onSelect={onSelect} ruleset={ruleset} findings={findings} />
        <MessageList lang={lang} messages={result.messages} onSelect={onSelect} />
      </div>
    </Step>
  );
}
