import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  track: {
    position: 'relative',
    height: '8px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  bar: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  limit: { position: 'absolute', top: '-3px', bottom: '-3px', width: '2px', backgroundColor: tokens.colorNeutralForeground1 },
});

export interface CvBarProps {
  cv: number | null;
  limit: number | null;
  /** The CV at the right end of the bar (the same for every bar of a section). */
  max: number;
  passes: boolean | null;
}

/**
 * A small bar of a CV against its limit (a dark tick). Decorative: the numbers
 * are in the text beside it, which is what screen readers read.
 */
export function CvBar({ cv, limit, max, passes }: CvBarProps) {
  const styles = useStyles();
  const percent = (x: number) => `${Math.min(100, Math.max(0, (x / max) * 100))}%`;
  const color =
    passes === false ? tokens.colorPaletteRedBackground3 : passes === true ? tokens.colorPaletteGreenBackground3 : tokens.colorNeutralForeground3;
  return (
    <div className={styles.track} aria-hidden="true">
      {cv !== null && <div className={styles.bar} style={{ width: percent(cv), backgroundColor: color }} />}
      {limit !== null && <div className={styles.limit} style={{ left: percent(limit) }} />}
    </div>
  );
}
