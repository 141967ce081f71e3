import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../core/types';
import { t } from '../strings';
import { AnalysisError } from '../worker/client';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface DownloadButtonProps {
  lang: Lang;
  /** Writes the annotated workbook and starts the download. */
  onDownload: () => Promise<void>;
}

/** Download the annotated copy; says what it holds, and what went wrong if it fails. */
export function DownloadButton({ lang, onDownload }: DownloadButtonProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      await onDownload();
    } catch (e) {
      // The worker's failure carries the catalogue's sentence in both languages when it has one.
      const said = e instanceof AnalysisError && e.text !== undefined ? e.text[lang] : e instanceof Error ? e.message : String(e);
      setError(`${t('downloadFailed', lang)}: ${said}`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <div className={styles.row}>
        <Button appearance="primary" size="large" disabled={busy} onClick={() => void download()} data-testid="download">
          {busy ? t('downloading', lang) : t('download', lang)}
        </Button>
        {busy && <Spinner size="tiny" aria-label={t('downloading', lang)} />}
      </div>
      <Text as="p" block size={200}>
        {t('downloadHint', lang)}
      </Text>
      {error !== null && (
        <Text as="p" block role="alert" className={styles.error}>
          {error}
        </Text>
      )}
    </div>
  );
}
