import { Button, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FileInput } from './FileInput';
import { useRef } from 'react';
import type { Lang } from '../../core/types';
import { t } from '../strings';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export interface EarlierInputProps {
  lang: Lang;
  /** The earlier file's name once read, else null. */
  fileName: string | null;
  /** Why the earlier file could not be read, else null. */
  error: string | null;
  disabled?: boolean;
  onFile: (file: File) => void;
  onClear: () => void;
}

/** The optional second file: the earlier check to compare with (workbook or saved result). */
export function EarlierInput({ lang, fileName, error, disabled = false, onFile, onClear }: EarlierInputProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Field label={t('earlierInput', lang)} hint={t('earlierHint', lang)} validationMessage={error ?? undefined} validationState={error === null ? 'none' : 'error'}>
      <div className={styles.row}>
        <Button disabled={disabled} onClick={() => input.current?.click()}>
          {t('chooseEarlier', lang)}
        </Button>
        {fileName !== null && (
          <>
            <Text weight="semibold">{t('earlierLoaded', lang, { name: fileName })}</Text>
            <Button appearance="subtle" onClick={onClear}>
              {t('clearEarlier', lang)}
            </Button>
          </>
        )}
        <FileInput input={input} accept=".xlsx,.csv,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" label={t('earlierInput', lang)} testId="earlier-input" onFile={onFile} />
      </div>
    </Field>
  );
}
