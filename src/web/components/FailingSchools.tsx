import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { localize, sectionLabel } from '../../core/present';
import { formatValue, presentShortfall } from '../../core/format';
import { entryName, ledgerEntries, type LedgerEntry } from '../../core/report';
import type { AnalysisResult, Lang, Ruleset } from '../../core/types';
import { t } from '../strings';
import { VerdictBadge } from './VerdictBadge';

const useStyles = makeStyles({
  misses: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  school: { width: '22%' },
  narrow: { width: '6em' },
  verdict: { width: '8em' },
  belowFloor: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** A school entry's missed indicators, biggest relative gap first (the ledger's order). */
function bySchool(entries: LedgerEntry[]): LedgerEntry[][] {
  const groups = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const key = `${entry.school.row}/${entry.school.part}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // Failing schools first, then those that pass the school rule with a miss.
  return [...groups.values()].sort((a, b) => Number(a[0].school.passes === true) - Number(b[0].school.passes === true));
}

function missText(entry: LedgerEntry, lang: Lang): string {
  const { def, indicator } = entry;
  const shortfall = presentShortfall(def, indicator.shortfall);
  const sign = def.direction === '>=' ? '≥' : '≤';
  const unit = localize(def.unit, lang);
  return lang === 'zh'
    ? `${localize(def.name, lang)}：${formatValue(indicator.value)}（标准 ${sign}${indicator.standard}），缺 ${shortfall} ${unit}`
    : `${localize(def.name, lang)}: ${formatValue(indicator.value)} (standard ${sign}${indicator.standard}), shortfall in ${unit}: ${shortfall}`;
}

export interface FailingSchoolsProps {
  lang: Lang;
  ruleset: Ruleset;
  result: AnalysisResult;
}

/** Schools below the standard and what each misses, in the resource's own unit. */
export function FailingSchools({ lang, ruleset, result }: FailingSchoolsProps) {
  const styles = useStyles();
  const groups = bySchool(ledgerEntries(result, ruleset));
  if (groups.length === 0) return <Text>{t('failingNone', lang)}</Text>;
  return (
    <Table size="small" aria-label={t('failingTitle', lang)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.school}>{t('school', lang)}</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>{t('row', lang)}</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>{t('section', lang)}</TableHeaderCell>
          <TableHeaderCell>{t('misses', lang)}</TableHeaderCell>
          <TableHeaderCell className={styles.verdict}>{t('schoolVerdict', lang)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((entries) => {
          const { school } = entries[0];
          return (
            <TableRow key={`${school.row}/${school.part}`} data-testid="failing-school">
              <TableCell>{entryName(school, lang)}</TableCell>
              <TableCell>{school.row}</TableCell>
              <TableCell>{school.section === null ? '' : sectionLabel(school.section, lang)}</TableCell>
              <TableCell>
                <ul className={styles.misses}>
                  {entries.map((entry) => (
                    <li key={entry.def.id} className={entry.indicator.aboveFloor === false ? styles.belowFloor : undefined}>
                      {missText(entry, lang)}
                      {entry.indicator.aboveFloor === false && ` — ${t('belowFloor', lang)}`}
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell>
                <VerdictBadge lang={lang} passes={school.passes} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
