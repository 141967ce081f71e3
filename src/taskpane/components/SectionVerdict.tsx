import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { cvBorderlineNote, sectionHeadline, statusText, verdictParts } from '../../core/findings';
import { formatCount, formatCv, formatIndicatorValue, formatLimit } from '../../core/format';
import { localize, phrase, sectionLabel } from '../../core/present';
import { LABELS } from '../../core/report/labels';
import type { Lang, Ruleset, Section, SectionResult, Verdict } from '../../core/types';
import { t } from '../strings';
import { CvBar } from './CvBar';
import { maxOf } from '../../core/arrays';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  reasons: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: '2px' },
  numbers: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fails: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The colour of a status: green only for what was computed and passed. */
const COLOR = { pass: 'success', fail: 'danger', undecided: 'warning' } as const;

export interface SectionVerdictProps {
  lang: Lang;
  section: Section;
  result: SectionResult;
  /** The section's verdict from the findings. */
  verdict: Verdict;
  ruleset: Ruleset;
}

/**
 * One section: its verdict and the reasons of each part, every indicator's
 * mean and CV with a small bar — against its own limit when it has one (under
 * a composite ruleset only the composite has a limit).
 */
export function SectionVerdict({ lang, section, result, verdict, ruleset }: SectionVerdictProps) {
  const styles = useStyles();
  const indicators = ruleset.indicators.filter((def) => result.indicators[def.id] !== undefined);
  const numbers = indicators.flatMap((def) => [result.indicators[def.id].cv ?? 0, result.indicators[def.id].cvLimit ?? 0]);
  const max = maxOf([...numbers, result.compositeCv ?? 0, result.compositeLimit ?? 0], 0.001) * 1.1;
  const heading = phrase(LABELS.sectionSchools, lang, { section: sectionLabel(section, lang), schools: result.schools, pupils: formatCount(result.pupils) });
  const reasons = verdictParts(verdict, ruleset, lang, 'pane').flatMap((part) => part.reasons.map((reason) => ({ key: `${part.key}/${reason}`, reason })));
  const compositePasses = result.compositeCv === null ? null : result.passes;
  return (
    <div className={styles.root} data-testid={`section-${section}`}>
      <h3 className={styles.title}>{heading}</h3>
      <div>
        <Badge appearance="filled" color={COLOR[verdict.status]} shape="rounded" data-testid={`verdict-${section}`} data-status={verdict.status}>
          {sectionHeadline(section, verdict, lang)}
        </Badge>
      </div>
      <ul className={styles.reasons}>
        {reasons.map(({ key, reason }) => (
          <li key={key}>{reason}</li>
        ))}
      </ul>
      {result.compositeLimit !== null && (
        <div className={styles.item}>
          <Text className={compositePasses === false ? styles.fails : undefined}>
            {t('compositeLine', lang, { cv: formatCv(result.compositeCv), limit: formatLimit(result.compositeLimit) })}
            {result.compositeBorderline ? cvBorderlineNote(lang) : ''}
          </Text>
          <CvBar cv={result.compositeCv} limit={result.compositeLimit} max={max} passes={compositePasses} />
        </div>
      )}
      <ul className={styles.list}>
        {indicators.map((def) => {
          const county = result.indicators[def.id];
          const judged = county.cvLimit !== null;
          return (
            <li key={def.id} className={styles.item}>
              <Text size={200} className={county.passes === false ? styles.fails : undefined}>
                {localize(def.name, lang)}
                {judged && county.passes !== null ? ` · ${statusText(county.passes ? 'pass' : 'fail', lang)}` : ''}
              </Text>
              <CvBar cv={county.cv} limit={county.cvLimit} max={max} passes={judged ? county.passes : null} />
              <Text className={styles.numbers}>
                {t('indicatorLine', lang, { mean: formatIndicatorValue(def, county.mean), cv: formatCv(county.cv) })}
                {judged ? t('limitPart', lang, { limit: formatLimit(county.cvLimit) }) : ''}
                {judged && county.borderline ? cvBorderlineNote(lang) : ''}
              </Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
