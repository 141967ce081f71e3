import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { PlanView } from '../../components/PlanView';
import type { PlanRun } from '../../core/plan';
import type { Lang, Ruleset, SheetRead } from '../../core/types';
import { annotatedFileName, saveDownload } from '../pipeline';
import { plannedFileName } from '../plan';
import { t } from '../strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface PlanPanelProps {
  lang: Lang;
  ruleset: Ruleset;
  /** The workbook's file name (downloads are named after it). */
  fileName: string;
  /** Whether the what-if copy can be written (an .xlsx workbook has cells to add to). */
  canApply: boolean;
  /** The last analysis's whole read, from the analysis worker. */
  loadRead: () => Promise<SheetRead>;
  /** The annotated copy with the plan sheet, and the what-if copy, written by the analysis worker. */
  writeWithPlan: (plan: PlanRun['plan']) => Promise<Uint8Array>;
  writePlanned: (plan: PlanRun['plan']) => Promise<Uint8Array>;
}

/**
 * 整改测算 on the web page: worked out when asked (a large county takes a
 * while), then the shared plan view with the page's downloads.
 */
export function PlanPanel({ lang, ruleset, fileName, canApply, loadRead, writeWithPlan, writePlanned }: PlanPanelProps) {
  const styles = useStyles();
  const [read, setRead] = useState<SheetRead | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(write: () => Promise<Uint8Array>, name: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      saveDownload(await write(), name);
    } catch (e) {
      setError(`${t('downloadFailed', lang)}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const actions = (run: PlanRun) => (
    <>
      <Button
        appearance="primary"
        disabled={busy}
        data-testid="plan-download"
        onClick={() => void download(() => writeWithPlan(run.plan), annotatedFileName(fileName, lang))}
      >
        {t('planDownload', lang)}
      </Button>
      {canApply && (
        <Button
          disabled={busy}
          title={t('planAppliedHint', lang)}
          data-testid="plan-download-applied"
          onClick={() => void download(() => writePlanned(run.plan), plannedFileName(fileName, t('planAppliedSuffix', lang)))}
        >
          {t('planDownloadApplied', lang)}
        </Button>
      )}
      {error !== null && (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      )}
    </>
  );

  return (
    <section className={styles.section} aria-labelledby="plan-heading">
      <Text as="h2" block size={600} weight="semibold" id="plan-heading" className={styles.heading}>
        {t('planTitle', lang)}
      </Text>
      {read === null ? (
        <div>
          <Button
            data-testid="plan-show"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              setError(null);
              loadRead().then(setRead, (e: unknown) => setError(e instanceof Error ? e.message : String(e))).finally(() => setBusy(false));
            }}
          >
            {t('planShow', lang)}
          </Button>
        </div>
      ) : (
        <PlanView
          surface="web"
          lang={lang}
          read={read}
          ruleset={ruleset}
          actions={actions}
          hint={t('planHint', lang)}
        />
      )}
    </section>
  );
}
