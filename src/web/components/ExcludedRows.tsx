import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { excludedRows } from '../../core/report';
import type { AnalysisResult, Lang } from '../../core/types';
import { t } from '../strings';

export interface ExcludedRowsProps {
  lang: Lang;
  result: AnalysisResult;
}

/** Rows left out of the analysis, each with its sheet row and reason. */
export function ExcludedRows({ lang, result }: ExcludedRowsProps) {
  const excluded = excludedRows(result);
  if (excluded.length === 0) return <Text>{t('excludedNone', lang)}</Text>;
  return (
    <Table size="small" aria-label={t('excludedTitle', lang)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '5em' }}>{t('row', lang)}</TableHeaderCell>
          <TableHeaderCell>{t('school', lang)}</TableHeaderCell>
          <TableHeaderCell>{t('reason', lang)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {excluded.map((school) => (
          <TableRow key={school.row} data-testid="excluded-row">
            <TableCell>{school.row}</TableCell>
            <TableCell>{school.name}</TableCell>
            <TableCell>{school.excludedReason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
