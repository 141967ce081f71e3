import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { entryName } from '../../core/report';
import { localize, sectionLabel } from '../../core/present';
import { formatValue, presentShortfall } from '../../core/format';
import type { AnalysisResult, Lang, Ruleset, SheetRead } from '../../core/types';
import { splitAddress } from '../../core/address';
import { failingSchools, fieldCell } from '../flow';
import { t } from '../strings';
import { CellLink } from './CellLink';
import { LIST_LIMIT, MoreItems } from './ListLimit';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  misses: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface FailingSchoolsProps {
  lang: Lang;
  result: AnalysisResult;
  read: SheetRead;
  ruleset: Ruleset;
  onSelect: (address: string) => void;
}

/** Schools that fail the school rule, and what each misses — each value links to its cell. */
export function FailingSchools({ lang, result, read, ruleset, onSelect }: FailingSchoolsProps) {
  const styles = useStyles();
  const failing = failingSchools(result);
  const floor = ruleset.schoolRule.floorRatio;
  return (
    <div>
      <h3 className={styles.title}>{t('failingTitle', lang, { count: failing.length })}</h3>
      {failing.length === 0 && <Text>{t('failingNone', lang)}</Text>}
      <ul className={styles.list}>
        {failing.slice(0, LIST_LIMIT).map((school) => {
          const nameCell = fieldCell(read, school.row, 'name');
          return (
            <li key={`${school.row}-${school.section}`}>
              <Text weight="semibold">{entryName(school, lang)}</Text>{' '}
              <Text size={200}>
                {school.section !== null ? `${sectionLabel(school.section, lang)} · ` : ''}
                {nameCell !== null ? (
                  <CellLink address={nameCell} lang={lang} onSelect={onSelect}>
                    {t('rowLabel', lang, { row: school.row })}
                  </CellLink>
                ) : (
                  t('rowLabel', lang, { row: school.row })
                )}
              </Text>
              <ul className={styles.misses}>
                {school.misses.map((id) => {
                  const def = ruleset.indicators.find((candidate) => candidate.id === id);
                  const indicator = school.indicators[id];
                  if (def === undefined || indicator === undefined) return null;
                  const cell = fieldCell(read, school.row, def.numerator[0]);
                  const line = t('missLine', lang, {
                    indicator: localize(def.name, lang),
                    value: formatValue(indicator.value),
                    standard: formatValue(indicator.standard),
                    shortfall: presentShortfall(def, indicator.shortfall) ?? '—',
                    unit: localize(def.unit, lang),
                  });
                  const below = indicator.aboveFloor === false && floor !== null ? t('belowFloor', lang, { floor: Math.round(floor * 100) }) : '';
                  return (
                    <li key={id}>
                      {line}
                      {below}{' '}
                      {cell !== null && (
                        <CellLink address={cell} lang={lang} onSelect={onSelect}>
                          {splitAddress(cell).range}
                        </CellLink>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      <MoreItems total={failing.length} lang={lang} />
    </div>
  );
}
