import { MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { comparisonHeadline, comparisonNotes, itemTexts, type Comparison } from '../../core/compare';
import { localize, sectionLabel } from '../../core/present';
import { formatCv } from '../../core/format';
import { LABELS } from '../../core/report';
import type { Lang } from '../../core/types';
import { StatusBadge } from './StatusBadge';
import { renderMessage } from '../../core/messages/render';
import { CATALOGUE } from '../../core/messages/catalogue';

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
  const separator = renderMessage('list-separator', {}, lang, 'web');
  const list = (refs: { name: string }[]) => (refs.length === 0 ? renderMessage('progress-none', {}, lang, 'web') : [...new Set(refs.map((s) => s.name))].join(separator));
  return (
    <section className={styles.section} aria-labelledby="progress-heading" data-testid="progress">
      <Text as="h2" block size={600} weight="semibold" id="progress-heading" className={styles.heading}>
        {renderMessage('progress-title', {}, lang, 'web')}
      </Text>
      <MessageBar intent={counts.worse + counts.new > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle data-testid="progress-headline">{comparisonHeadline(counts, lang)}</MessageBarTitle>
          {renderMessage('compare-counts', { ...counts }, lang, 'web')}
        </MessageBarBody>
      </MessageBar>
      {comparisonNotes(comparison, lang, 'web').map((note) => (
        <Text key={note} as="p" block size={200}>
          {note}
        </Text>
      ))}
      {comparison.items.length === 0 ? (
        <Text>{renderMessage('compare-no-items', {}, lang, 'web')}</Text>
      ) : (
        <Table size="small" aria-label={renderMessage('progress-items-title', {}, lang, 'web')}>
          <TableHeader>
            <TableRow>
              {[CATALOGUE['progress-status'], LABELS.school, LABELS.section, LABELS.indicator, CATALOGUE['progress-value-before'], CATALOGUE['progress-value-now'], LABELS.standard, CATALOGUE['progress-shortfall-before'], CATALOGUE['progress-shortfall-now']].map((label) => (
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
                    {texts.renamedFrom !== '' && renderMessage('progress-renamed-from', { name: texts.renamedFrom }, lang, 'web')}
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
      <Table size="small" aria-label={renderMessage('progress-cvs-title', {}, lang, 'web')}>
        <TableHeader>
          <TableRow>
            {[LABELS.section, LABELS.indicator, CATALOGUE['progress-before'], CATALOGUE['progress-now'], CATALOGUE['progress-change'], CATALOGUE['progress-verdict-now']].map((label) => (
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
        {renderMessage('progress-removed-schools', { names: list(schools.removed) }, lang, 'web')}
        <br />
        {renderMessage('progress-added-schools', { names: list(schools.added) }, lang, 'web')}
      </Text>
    </section>
  );
}
