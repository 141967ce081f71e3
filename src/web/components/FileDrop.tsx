import { Button, Field, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FileInput } from './FileInput';
import { useRef, useState } from 'react';
import type { Lang } from '../../core/types';
import { t } from '../strings';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

export interface FileDropProps {
  lang: Lang;
  fileName: string | null;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/** Drop a workbook here or choose one: .xlsx, .csv, and .xls (the reader says how to save it as .xlsx). */
export function FileDrop({ lang, fileName, disabled = false, onFile }: FileDropProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <Field label={t('step2', lang)}>
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const file = event.dataTransfer.files[0];
          if (file !== undefined && !disabled) onFile(file);
        }}
      >
        <Text>{t('dropHere', lang)}</Text>
        <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
          {t('chooseFile', lang)}
        </Button>
        {fileName !== null && <Text weight="semibold">{fileName}</Text>}
        <FileInput input={input} accept=".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv" label={t('fileInput', lang)} testId="workbook-input" onFile={onFile} />
      </div>
    </Field>
  );
}
