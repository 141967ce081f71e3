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
import { cvBorderlineNote, sectionHeadline, verdictParts } from '../../core/findings';
import { formatCount, formatCv, formatIndicatorValue, formatLimit } from '../../core/format';
import { localize, phrase, sectionLabel } from '../../core/present';
import type { ReportChart } from '../../core/report';
import { LABELS } from '../../core/report/labels';
import type { Lang, Ruleset, Section, SectionResult, Verdict } from '../../core/types';
import { CvChart } from './CvChart';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalM },
  body: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start' },
  table: { flex: '3 1 520px', minWidth: '320px' },
  chart: { flex: '2 1 380px', minWidth: '280px', paddingTop: tokens.spacingVerticalS },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  indicator: { width: '40%' },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SectionVerdictProps {
  lang: Lang;
  ruleset: Ruleset;
  section: Section;
  result: SectionResult;
  /** The section's verdict from the findings; null when no school of the section was analysed. */
  verdict: Verdict | null;
  chart: ReportChart | undefined;
}

/**
 * One section: its verdict with the reasons of each part, each indicator's mean,
 * CV, limit and status, and the CV chart.
 */
export function SectionVerdict({ lang, ruleset, section, result, verdict, chart }: SectionVerdictProps) {
  const styles = useStyles();
  const name = sectionLabel(section, lang);
  const headingId = `section-${section}`;
  const composite = ruleset.countyRule.mode === 'composite';
  return (
    <Card className={styles.card} aria-labelledby={headingId} role="region">
      <CardHeader
        header={
          <Text as="h3" size={500} weight="semibold" id={headingId}>
            {phrase(LABELS.sectionSchools, lang, { section: name, schools: result.schools, pupils: formatCount(result.pupils) })}
          </Text>
        }
      />
      {verdict === null ? (
        <Text>{localize(LABELS.noSchools, lang)}</Text>
      ) : (
        <>
          <div>
            <StatusBadge lang={lang} status={verdict.status} testId={`verdict-${section}`} text={sectionHeadline(section, verdict, lang)} />
            <ul className={styles.reasons}>
              {verdictParts(verdict, ruleset, lang, 'web').flatMap((part) => part.reasons.map((reason) => <li key={`${part.key}/${reason}`}>{reason}</li>))}
            </ul>
          </div>
          <div className={styles.body}>
            <Table className={styles.table} size="small" aria-label={`${name} — ${localize(LABELS.cv, lang)}`}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.indicator}>{localize(LABELS.indicator, lang)}</TableHeaderCell>
                  <TableHeaderCell>{localize(LABELS.unit, lang)}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{localize(LABELS.mean, lang)}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{localize(LABELS.cv, lang)}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{localize(LABELS.limit, lang)}</TableHeaderCell>
                  <TableHeaderCell>{localize(LABELS.verdict, lang)}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {ruleset.indicators.map((def) => {
                  const county = result.indicators[def.id];
                  if (county === undefined) return null;
                  return (
                    <TableRow key={def.id} data-indicator={def.id}>
                      <TableCell>{localize(def.name, lang)}</TableCell>
                      <TableCell>{localize(def.unit, lang)}</TableCell>
                      <TableCell className={styles.number}>{formatIndicatorValue(def, county.mean)}</TableCell>
                      <TableCell className={styles.number} data-testid={`cv-${section}-${def.id}`}>
                        {formatCv(county.cv)}
                      </TableCell>
                      <TableCell className={styles.number}>{county.cvLimit === null ? '' : formatLimit(county.cvLimit)}</TableCell>
                      <TableCell>
                        {county.cvLimit === null ? '' : <StatusBadge lang={lang} status={county.passes === null ? 'undecided' : county.passes ? 'pass' : 'fail'} />}
                        {county.cvLimit !== null && county.borderline && <Text size={200}>{cvBorderlineNote(lang)}</Text>}
                      </TableCell>
                    </TableRow>
                  );
                })}
                {composite && (
                  <TableRow data-indicator="composite">
                    <TableCell>
                      <Text weight="semibold">{localize(LABELS.composite, lang)}</Text>
                    </TableCell>
                    <TableCell />
                    <TableCell />
                    <TableCell className={styles.number} data-testid={`cv-${section}-composite`}>
                      {formatCv(result.compositeCv)}
                    </TableCell>
                    <TableCell className={styles.number}>{formatLimit(result.compositeLimit)}</TableCell>
                    <TableCell>
                      <StatusBadge lang={lang} status={verdict.parts.cv.status} />
                      {result.compositeBorderline && <Text size={200}>{cvBorderlineNote(lang)}</Text>}
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
        </>
      )}
    </Card>
  );
}
