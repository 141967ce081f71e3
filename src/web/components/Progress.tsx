import { MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { comparisonHeadline, itemTexts, type Comparison } from '../../core/compare';
import { COMPARE_TEXT, PROGRESS_LABELS } from '../../core/compare/messages';
import { localize, phrase, sectionLabel } from '../../core/present';
import { formatCv } from '../../core/format';
import { LABELS } from '../../core/report';
import type { Lang } from '../../core/types';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  closed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  open: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface ProgressProps {
  lang: Lang;
  comparison: Comparison;
}

/** The comparison with the earlier check: the one line first, then every item and every CV. */
export function Progress({ lang, comparison }: ProgressProps) {
  const styles = useStyles();
  const { counts, schools } = comparison;
  const names = new Map(comparison.indicators.map((def) => [def.id, localize(def.name, lang)]));
  const separator = localize(PROGRESS_LABELS.separator, lang);
  const list = (refs: { name: string }[]) => (refs.length === 0 ? localize(PROGRESS_LABELS.none, lang) : [...new Set(refs.map((s) => s.name))].join(separator));
  return (
    <section className={styles.section} aria-labelledby="progress-heading" data-testid="progress">
      <Text as="h2" block size={600} weight="semibold" id="progress-heading" className={styles.heading}>
        {localize(PROGRESS_LABELS.title, lang)}
      </Text>
      <MessageBar intent={counts.worse + counts.new > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle data-testid="progress-headline">{comparisonHeadline(counts, lang)}</MessageBarTitle>
          {phrase(COMPARE_TEXT.counts, lang, { ...counts })}
        </MessageBarBody>
      </MessageBar>
      {comparison.notes.map((note) => (
        <Text key={note} as="p" block size={200}>
          {note}
        </Text>
      ))}
      {comparison.items.length === 0 ? (
        <Text>{localize(COMPARE_TEXT.noItems, lang)}</Text>
      ) : (
        <Table size="small" aria-label={localize(PROGRESS_LABELS.itemsTitle, lang)}>
          <TableHeader>
            <TableRow>
              {[PROGRESS_LABELS.status, LABELS.school, LABELS.section, LABELS.indicator, PROGRESS_LABELS.valueBefore, PROGRESS_LABELS.valueNow, LABELS.standard, PROGRESS_LABELS.shortfallBefore, PROGRESS_LABELS.shortfallNow].map((label) => (
                <TableHeaderCell key={label.zh}>{localize(label, lang)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {comparison.items.map((item) => {
              const texts = itemTexts(item, comparison, lang);
              return (
                <TableRow key={`${item.section}/${texts.school}/${item.indicator}`} data-testid="progress-item" data-status={item.status}>
                  <TableCell className={item.status === 'closed' ? styles.closed : item.status === 'worse' || item.status === 'new' ? styles.open : undefined}>{texts.status}</TableCell>
                  <TableCell>
                    {texts.school}
                    {texts.renamedFrom !== '' && phrase(PROGRESS_LABELS.renamedFrom, lang, { name: texts.renamedFrom })}
                  </TableCell>
                  <TableCell>{texts.section}</TableCell>
                  <TableCell>{texts.indicator}</TableCell>
                  <TableCell>{texts.before}</TableCell>
                  <TableCell>{texts.now}</TableCell>
                  <TableCell>{texts.standard}</TableCell>
                  <TableCell>{`${texts.shortfallBefore} ${texts.unit}`}</TableCell>
                  <TableCell>{`${texts.shortfallNow} ${texts.unit}`}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Table size="small" aria-label={localize(PROGRESS_LABELS.cvsTitle, lang)}>
        <TableHeader>
          <TableRow>
            {[LABELS.section, LABELS.indicator, PROGRESS_LABELS.before, PROGRESS_LABELS.now, PROGRESS_LABELS.change, PROGRESS_LABELS.verdictNow].map((label) => (
              <TableHeaderCell key={label.zh}>{localize(label, lang)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.cvs.map((cv) => (
            <TableRow key={`${cv.section}/${cv.indicator}`}>
              <TableCell>{sectionLabel(cv.section, lang)}</TableCell>
              <TableCell>{cv.indicator === 'composite' ? localize(LABELS.composite, lang) : (names.get(cv.indicator) ?? cv.indicator)}</TableCell>
              <TableCell>{formatCv(cv.before)}</TableCell>
              <TableCell>{formatCv(cv.now)}</TableCell>
              <TableCell>{cv.change === null ? '—' : `${cv.change > 0 ? '+' : ''}${formatCv(cv.change)}`}</TableCell>
              <TableCell>{cv.limit === null ? '' : <StatusBadge lang={lang} status={cv.passesNow === null ? 'undecided' : cv.passesNow ? 'pass' : 'fail'} />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text as="p" block>
        {phrase(PROGRESS_LABELS.removedSchools, lang, { names: list(schools.removed) })}
        <br />
        {phrase(PROGRESS_LABELS.addedSchools, lang, { names: list(schools.added) })}
      </Text>
    </section>
  );
}
