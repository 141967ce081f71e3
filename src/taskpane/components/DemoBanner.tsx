import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../strings';

/** Says plainly that the pane is not connected to Excel and shows the sample county. */
export function DemoBanner({ lang }: { lang: Lang }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('demoTitle', lang)}</MessageBarTitle>
        {' — '}
        {t('demoBody', lang)}
      </MessageBarBody>
    </MessageBar>
  );
}
