import {

  Card,
  CardHeader,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { localize, sectionLabel } from '../../core/present';
import { formatCv, formatMean } from '../../core/format';
import type { ReportChart } from '../../core/report';
import type { Lang, Ruleset, Section, SectionResult } from '../../core/types';
import { t } from '../strings';
import { CvChart } from './CvChart';
import { VerdictBadge } from './VerdictBadge';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalM },
  body: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start' },
  table: { flex: '3 1 520px', minWidth: '320px' },
  chart: { flex: '2 1 380px', minWidth: '280px', paddingTop: tokens.spacingVerticalS },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  indicator: { width: '46%' },
});

export interface SectionVerdictProps {
  lang: Lang;
  ruleset: Ruleset;
  section: Section;
  result: SectionResult;
  chart: ReportChart | undefined;
}

/** One section's county verdict: each indicator's mean, CV, limit and verdict, and the CV chart. */
export function SectionVerdict({ lang, ruleset, section, result, chart }: SectionVerdictProps) {
  const styles = useStyles();
  const name = sectionLabel(section, lang);
  const headingId = `section-${section}`;
  const composite = ruleset.countyRule.mode === 'composite';
  return (
    <Card className={styles.card} aria-labelledby={headingId} role="region">
      <CardHeader
        header={
          <Text as="h3" size={500} weight="semibold" id={headingId}>
            {t('sectionTitle', lang, { section: name, schools: result.schools, pupils: result.pupils })}{' '}
            <VerdictBadge lang={lang} passes={result.schools === 0 ? null : result.passes} testId={`verdict-${section}`} />
          </Text>
        }
      />
      {result.schools === 0 ? (
        <Text>{t('sectionEmpty', lang)}</Text>
      ) : (
        <div className={styles.body}>
          <Table className={styles.table} size="small" aria-label={t('countyVerdict', lang) + ' — ' + name}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.indicator}>{t('indicator', lang)}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('mean', lang)}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('cv', lang)}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('limit', lang)}</TableHeaderCell>
                <TableHeaderCell>{t('verdict', lang)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ruleset.indicators.map((def) => {
                const county = result.indicators[def.id];
                if (county === undefined) return null;
                return (
                  <TableRow key={def.id} data-indicator={def.id}>
                    <TableCell>{localize(def.name, lang)}</TableCell>
                    <TableCell className={styles.number}>{formatMean(county.mean)}</TableCell>
                    <TableCell className={styles.number} data-testid={`cv-${section}-${def.id}`}>
                      {formatCv(county.cv)}
                    </TableCell>
                    <TableCell className={styles.number}>{county.cvLimit === null ? '—' : formatCv(county.cvLimit)}</TableCell>
                    <TableCell>{county.cvLimit === null ? '' : <VerdictBadge lang={lang} passes={county.passes} />}</TableCell>
                  </TableRow>
                );
              })}
              {composite && (
                <TableRow data-indicator="composite">
                  <TableCell>
                    <Text weight="semibold">{t('composite', lang)}</Text>
                  </TableCell>
                  <TableCell />
                  <TableCell className={styles.number} data-testid={`cv-${section}-composite`}>
                    {formatCv(result.compositeCv)}
                  </TableCell>
                  <TableCell className={styles.number}>{formatCv(result.compositeLimit)}</TableCell>
                  <TableCell>
                    <VerdictBadge lang={lang} passes={result.passes} />
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          {chart !== undefined && (
            <div className={styles.chart}>
              <CvChart chart={chart} lang={lang} />
            </div>
          )}
        </div>
      )}
    </Card>
  );
}

