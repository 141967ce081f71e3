import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../core/types';
import { t } from '../strings';
import { Step } from './Step';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface WriteStepProps {
  number: number;
  /** The confirmation of the last action, shown right under the buttons. */
  notice: ReactNode;
  lang: Lang;
  busy: boolean;
  /** Progress of writing the report sheets (0–1), or null. */
  progress: number | null;
  onWrite: () => void;
  onMark: () => void;
  onClear: () => void;
}

/** Report sheets, marks on failing cells, and removing the marks; each confirmation right under the buttons. */
export function WriteStep({ number, notice, lang, busy, progress, onWrite, onMark, onClear }: WriteStepProps) {
  const styles = useStyles();
  return (
    <Step number={number} title={t('stepWrite', lang)}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onWrite}>
          {t('writeReport', lang)}
        </Button>
        <Button disabled={busy} onClick={onMark}>
          {t('markCells', lang)}
        </Button>
        <Button disabled={busy} onClick={onClear}>
          {t('clearMarks', lang)}
        </Button>
      </div>
      {notice}
      {progress !== null && (
        <Field label={t('progressLabel', lang)} validationState="none" validationMessage={t('progressWrite', lang)}>
          <ProgressBar value={progress} thickness="large" />
        </Field>
      )}
      <Text size={200} className={styles.hint}>
        {t('writeHint', lang)}
      </Text>
    </Step>
  );
}
