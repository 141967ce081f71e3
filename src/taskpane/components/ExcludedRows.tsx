import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AnalysisResult, Lang, SheetRead } from '../../core/types';
import { excludedSchools, fieldCell } from '../flow';
import { t } from '../strings';
import { CellLink } from './CellLink';
import { LIST_LIMIT, MoreItems } from './ListLimit';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Rows left out of the analysis and why, each linking to its row. */
export function ExcludedRows({ lang, result, read, onSelect }: { lang: Lang; result: AnalysisResult; read: SheetRead; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const excluded = excludedSchools(result);
  return (
    <div>
      <h3 className={styles.title}>{t('excludedTitle', lang, { count: excluded.length })}</h3>
      {excluded.length === 0 && <Text>{t('excludedNone', lang)}</Text>}
      <ul className={styles.list}>
        {excluded.slice(0, LIST_LIMIT).map((school) => {
          const cell = fieldCell(read, school.row, 'name');
          return (
            <li key={`${school.row}-${school.section}`}>
              <Text size={200}>
                {cell !== null ? (
                  <CellLink address={cell} lang={lang} onSelect={onSelect}>
                    {school.name}
                  </CellLink>
                ) : (
                  school.name
                )}
                {school.excludedReason !== null ? `${lang === 'zh' ? '：' : ': '}${school.excludedReason}` : ''}
              </Text>
            </li>
          );
        })}
      </ul>
      <MoreItems total={excluded.length} lang={lang} />
    </div>
  );
}
