import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AnalysisResult, Lang } from '../../core/types';
import { t } from '../strings';

export interface CountySummaryProps {
  lang: Lang;
  result: AnalysisResult;
}

/** The county verdict in one line, coloured and in words, with the counts behind it. */
export function CountySummary({ lang, result }: CountySummaryProps) {
  const { countyPasses } = result.summary;
  const intent = countyPasses === null ? 'warning' : countyPasses ? 'success' : 'error';
  const title = t(countyPasses === null ? 'countyUndecided' : countyPasses ? 'countyPasses' : 'countyFails', lang);
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="county-verdict" data-passes={String(countyPasses)}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {t('summaryLine', lang, {
          schools: result.summary.schools,
          private: result.summary.privateSchools,
          failing: result.summary.failingSchools,
          excluded: result.summary.excluded,
          messages: result.messages.length,
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
