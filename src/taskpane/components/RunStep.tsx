import { Button, Field, ProgressBar, Text } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import type { CheckStep } from '../flow';
import { t } from '../strings';
import { Step } from './Step';

const STEP_TEXT = { read: 'progressRead', parse: 'progressParse', analyze: 'progressAnalyze', done: 'progressDone' } as const;
const STEP_ORDER: CheckStep[] = ['read', 'parse', 'analyze', 'done'];

export interface RunStepProps {
  number: number;
  lang: Lang;
  /** False until a table was found. */
  ready: boolean;
  /** The step under way, or null when not running. */
  step: CheckStep | null;
  hasRun: boolean;
  onRun: () => void;
}

/** Run the check, with a progress bar while it runs. */
export function RunStep({ number, lang, ready, step, hasRun, onRun }: RunStepProps) {
  return (
    <Step number={number} title={t('stepRun', lang)}>
      <div>
        <Button appearance="primary" disabled={!ready || step !== null} onClick={onRun}>
          {t(hasRun ? 'runAgain' : 'runButton', lang)}
        </Button>
      </div>
      {!ready && <Text>{t('runNeedsTable', lang)}</Text>}
      {step !== null && (
        <Field label={t('progressLabel', lang)} validationState="none" validationMessage={t(STEP_TEXT[step], lang)}>
          <ProgressBar value={STEP_ORDER.indexOf(step) / (STEP_ORDER.length - 1)} thickness="large" />
        </Field>
      )}
    </Step>
  );
}
