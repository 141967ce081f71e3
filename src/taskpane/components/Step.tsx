import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
});

export interface StepProps {
  /** The step's number among the steps shown (1, 2, 3 … without gaps). */
  number: number;
  title: string;
  /** Brings the step into view and moves focus to its title when it appears (the results after a check). */
  focusOnMount?: boolean;
  children: ReactNode;
}

/** One step of the pane: a numbered, titled region, so screen readers can jump between steps. */
export function Step({ number, title, focusOnMount = false, children }: StepProps) {
  const styles = useStyles();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnMount || heading.current === null) return;
    heading.current.focus();
    heading.current.scrollIntoView?.({ block: 'start' });
  }, [focusOnMount]);
  return (
    <section className={styles.root} aria-labelledby={id}>
      <h2 id={id} ref={heading} className={styles.title} tabIndex={focusOnMount ? -1 : undefined}>
        {`${number}. ${title}`}
      </h2>
      {children}
    </section>
  );
}
