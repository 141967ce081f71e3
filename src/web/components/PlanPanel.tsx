import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { PlanView } from '../../components/PlanView';
import type { PlanRun } from '../../core/plan';
import type { Lang, Ruleset } from '../../core/types';
import { annotatedFileName, annotatedWorkbook, saveDownload, type Analysis } from '../pipeline';
import { canApplyPlan, plannedFileName, plannedWorkbook, withPlan } from '../plan';
import { t } from '../strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface PlanPanelProps {
  lang: Lang;
  ruleset: Ruleset;
  analysis: Analysis;
  file: { name: string; bytes: Uint8Array };
}

/**
 * 整改测算 on the web page: worked out when asked (a large county takes a
 * while), then the shared plan view with the page's downloads.
 */
export function PlanPanel({ lang, ruleset, analysis, file }: PlanPanelProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
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
        onClick={() => void download(() => annotatedWorkbook(file.bytes, withPlan(analysis, run.plan, ruleset, lang)), annotatedFileName(file.name, lang))}
      >
        {t('planDownload', lang)}
      </Button>
      {canApplyPlan(file.bytes) && (
        <Button
          disabled={busy}
          title={t('planAppliedHint', lang)}
          data-testid="plan-download-applied"
          onClick={() => void download(() => plannedWorkbook(file.bytes, analysis.read, run.plan), plannedFileName(file.name, t('planAppliedSuffix', lang)))}
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
      {!shown ? (
        <div>
          <Button data-testid="plan-show" onClick={() => setShown(true)}>
            {t('planShow', lang)}
          </Button>
        </div>
      ) : (
        <PlanView
          surface="web"
          lang={lang}
          read={analysis.read}
          ruleset={ruleset}
          actions={actions}
          labels={{
            hint: t('planHint', lang),
            lock: t('planLock', lang),
            amount: t('planAmount', lang),
            lockedTitle: t('planLockedTitle', lang),
            unlock: t('planUnlock', lang),
            reset: t('planReset', lang),
            afterTitle: t('planAfter', lang),
            cvTitle: t('planCvs', lang),
            totalsTitle: t('planTotals', lang),
          }}
        />
      )}
    </section>
  );
}
