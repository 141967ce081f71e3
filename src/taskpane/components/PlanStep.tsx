import { Button } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PlanView } from '../../components/PlanView';
import type { CountyPlan } from '../../core/plan';
import type { Lang } from '../../core/types';
import type { CheckOutcome } from '../flow';
import { t } from '../strings';
import { Step } from './Step';

export interface PlanStepProps {
  number: number;
  lang: Lang;
  outcome: CheckOutcome;
  /** The plan as tried, for the report sheets (null until worked out). */
  onPlan: (plan: CountyPlan | null) => void;
}

/**
 * 整改测算 in the pane: worked out when asked (a large county takes a while),
 * then the shared plan view; the plan as tried goes to the report sheets.
 */
export function PlanStep({ number, lang, outcome, onPlan }: PlanStepProps) {
  const [shown, setShown] = useState(false);
  // A plan belongs to this outcome: when the step goes (a new check, other rules), so does the plan.
  useEffect(() => () => onPlan(null), [onPlan]);
  return (
    <Step number={number} title={t('stepPlan', lang)}>
      {!shown ? (
        <div>
          <Button data-testid="plan-show" onClick={() => setShown(true)}>
            {t('planShow', lang)}
          </Button>
        </div>
      ) : (
        <PlanView
          surface="pane"
          lang={lang}
          read={outcome.read}
          ruleset={outcome.ruleset}
          onPlan={onPlan}
          hint={t('planHint', lang)}
        />
      )}
    </Step>
  );
}
