import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import { splitAddress } from '../../core/address';
import { SECTIONS } from '../../core/types';
import type { Lang } from '../../core/types';
import { indicatorCells, nameCell, type CheckOutcome } from '../flow';
import { t } from '../strings';
import { MessageList } from './MessageList';
import { SectionVerdict } from './SectionVerdict';
import { Step } from './Step';
import { FindingLists } from '../../components/FindingLists';
import { VerdictBanner } from '../../components/VerdictBanner';
import { CellLink } from './CellLink';

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
  const { result, read, ruleset, findings } = outcome;
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
        <FindingLists
          surface="pane"
          lang={lang}
          ruleset={ruleset}
          findings={findings}
          moreLabel={(n) => t('showMore', lang, { n })}
          cellLink={(row, target) => {
            // An indicator links the cells the engine read for it; a school, or an indicator without a record, its name cell.
            const cells = target === 'name' ? [] : indicatorCells(result, row, target.section, target.indicator);
            const name = nameCell(read, row);
            const links = cells.length > 0 ? cells : name === null ? [] : [name];
            return links.length === 0
              ? null
              : links.map((cell, i) => (
                  <Fragment key={cell}>
                    {i > 0 && ' '}
                    <CellLink address={cell} lang={lang} onSelect={onSelect}>
                      {splitAddress(cell).range}
                    </CellLink>
                  </Fragment>
                ));
          }}
        />
        <MessageList lang={lang} messages={result.messages} onSelect={onSelect} />
      </div>
    </Step>
  );
}
