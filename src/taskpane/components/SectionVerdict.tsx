import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatCv, formatMean, localize, sectionLabel } from '../../core/present';
import type { Lang, Ruleset, Section, SectionResult } from '../../core/types';
import { t } from '../strings';
import { CvBar } from './CvBar';
import { maxOf } from '../../core/arrays';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: '2px' },
  numbers: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fails: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function VerdictBadge({ passes, lang }: { passes: boolean | null; lang: Lang }) {
  const [color, key] =
    passes === true ? (['success', 'sectionPasses'] as const) : passes === false ? (['danger', 'sectionFails'] as const) : (['informative', 'sectionUndecided'] as const);
  return (
    <Badge appearance="filled" color={color} shape="rounded">
      {t(key, lang)}
    </Badge>
  );
}

export interface SectionVerdictProps {
  lang: Lang;
  section: Section;
  result: SectionResult;
  ruleset: Ruleset;
}

/** One section's county verdict: every indicator's mean and CV against its limit, with a small bar. */
export function SectionVerdict({ lang, section, result, ruleset }: SectionVerdictProps) {
  const styles = useStyles();
  const indicators = ruleset.indicators.filter((def) => result.indicators[def.id] !== undefined);
  const limits = indicators.map((def) => result.indicators[def.id].cvLimit ?? result.compositeLimit ?? 0);
  const cvs = indicators.map((def) => result.indicators[def.id].cv ?? 0);
  const max = maxOf([...limits, ...cvs, result.compositeCv ?? 0], 0.001) * 1.1;
  const heading = t('sectionHeading', lang, {
    section: sectionLabel(section, lang),
    schools: result.schools,
    pupils: result.pupils.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
  });
  return (
    <div className={styles.root}>
      <div className={styles.heading}>
        <h3 className={styles.title}>{heading}</h3>
        <VerdictBadge passes={result.passes} lang={lang} />
      </div>
      {result.compositeCv !== null && (
        <div className={styles.item}>
          <Text className={result.passes === false ? styles.fails : undefined}>
            {t('compositeLine', lang, { cv: formatCv(result.compositeCv), limit: formatCv(result.compositeLimit) })}
          </Text>
          <CvBar cv={result.compositeCv} limit={result.compositeLimit} max={max} passes={result.passes} />
        </div>
      )}
      <ul className={styles.list}>
        {indicators.map((def) => {
          const county = result.indicators[def.id];
          return (
            <li key={def.id} className={styles.item}>
              <Text size={200} className={county.passes === false ? styles.fails : undefined}>
                {localize(def.name, lang)}
                {county.passes === false ? t('failsSuffix', lang) : ''}
              </Text>
              <CvBar cv={county.cv} limit={county.cvLimit} max={max} passes={county.passes} />
              <Text className={styles.numbers}>
                {t('indicatorLine', lang, { mean: formatMean(county.mean), cv: formatCv(county.cv), limit: formatCv(county.cvLimit) })}
                {county.borderline ? ` · ${t('borderline', lang)}` : ''}
              </Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
