import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { SECTIONS } from '../../core/types';
import type { Lang } from '../../core/types';
import { localize, sectionLabel } from '../../core/present';
import { formatCv } from '../../core/format';
import type { CheckOutcome } from '../flow';
import { t } from '../strings';
import { ExcludedRows } from './ExcludedRows';
import { FailingSchools } from './FailingSchools';
import { MessageList } from './MessageList';
import { SectionVerdict } from './SectionVerdict';
import { Step } from './Step';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The county CVs over their limit, one line each, so the verdict says what fails. */
function CountyFailures({ lang, outcome }: { lang: Lang; outcome: CheckOutcome }) {
  const lines = SECTIONS.flatMap((section) => {
    const result = outcome.result.sections[section];
    const label = sectionLabel(section, lang);
    if (result.compositeCv !== null) {
      return result.passes === false
        ? [t('countyCompositeFailLine', lang, { section: label, cv: formatCv(result.compositeCv), limit: formatCv(result.compositeLimit) })]
        : [];
    }
    return outcome.ruleset.indicators
      .filter((def) => result.indicators[def.id]?.passes === false)
      .map((def) =>
        t('countyFailLine', lang, {
          section: label,
          indicator: localize(def.name, lang),
          cv: formatCv(result.indicators[def.id].cv),
          limit: formatCv(result.indicators[def.id].cvLimit),
        }),
      );
  });
  if (lines.length === 0) return null;
  return (
    <ul style={{ margin: '2px 0 4px', paddingLeft: 18 }}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export interface ResultsProps {
  lang: Lang;
  outcome: CheckOutcome;
  onSelect: (address: string) => void;
}

/** Step 5: the county verdict, each section's CVs, the failing schools, exclusions and messages. */
export function Results({ lang, outcome, onSelect }: ResultsProps) {
  const styles = useStyles();
  const { result, read, ruleset } = outcome;
  const passes = result.summary.countyPasses;
  const verdict = passes === true ? 'countyPasses' : passes === false ? 'countyFails' : 'countyUndecided';
  return (
    <Step title={t('stepResults', lang)} focusOnMount>
      <div className={styles.body}>
        <MessageBar intent={passes === true ? 'success' : passes === false ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(verdict, lang)}</MessageBarTitle>{' '}
            <CountyFailures lang={lang} outcome={outcome} />
            {t('summaryLine', lang, {
              schools: result.summary.schools,
              private: result.summary.privateSchools,
              failing: result.summary.failingSchools,
              excluded: result.summary.excluded,
            })}
          </MessageBarBody>
        </MessageBar>
        {SECTIONS.filter((section) => result.sections[section].schools > 0).map((section) => (
          <SectionVerdict key={section} lang={lang} section={section} result={result.sections[section]} ruleset={ruleset} />
        ))}
        <FailingSchools lang={lang} result={result} read={read} ruleset={ruleset} onSelect={onSelect} />
        <ExcludedRows lang={lang} result={result} read={read} onSelect={onSelect} />
        <MessageList lang={lang} result={result} onSelect={onSelect} />
      </div>
    </Step>
  );
}
