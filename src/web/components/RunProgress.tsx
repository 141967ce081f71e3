import { Field, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../strings';
import { STAGES, type Stage } from '../worker/protocol';

const STAGE_TEXT = { read: 'stageRead', analyse: 'stageAnalyse', write: 'stageWrite' } as const;

export interface RunProgressProps {
  lang: Lang;
  /** What the analysis worker is doing. */
  stage: Stage;
}

/** The analysis worker's stage (读取 / 分析 / 写出报表) as a progress bar with its label. */
export function RunProgress({ lang, stage }: RunProgressProps) {
  const n = STAGES.indexOf(stage) + 1;
  return (
    <Field
      label={t('progressLabel', lang)}
      validationState="none"
      validationMessage={t('stageOf', lang, { stage: t(STAGE_TEXT[stage], lang), n, total: STAGES.length })}
      data-testid="run-progress"
      data-stage={stage}
    >
      <ProgressBar value={(n - 0.5) / STAGES.length} thickness="large" aria-label={t(STAGE_TEXT[stage], lang)} />
    </Field>
  );
}
