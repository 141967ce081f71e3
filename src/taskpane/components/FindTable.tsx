import { Button, Field, Radio, RadioGroup, Spinner, Text } from '@fluentui/react-components';
import { schoolTypeLabel } from '../../core/present';
import type { Lang, SheetRead } from '../../core/types';
import { sheetPrefix } from '../../core/address';
import { rowSpan } from '../../core/format';
import { messageWords } from '../../core/messages/render';
import type { TableLocation, TableSource } from '../../gateway/types';
import { schoolCount, typeCounts } from '../flow';
import { t } from '../strings';
import { Step } from './Step';

export interface FindTableProps {
  number: number;
  lang: Lang;
  source: TableSource;
  onSourceChange: (source: TableSource) => void;
  onFind: () => void;
  busy: boolean;
  /** What was found: where, and what the reader made of it. */
  found: { location: TableLocation; read: SheetRead } | null;
}

const SOURCES: { value: TableSource; label: 'sourceSheet' | 'sourceSelection' | 'sourceTable' }[] = [
  { value: 'sheet', label: 'sourceSheet' },
  { value: 'selection', label: 'sourceSelection' },
  { value: 'table', label: 'sourceTable' },
];

/** Step 1: where the school table is, and what was found there. */
export function FindTable({ number, lang, source, onSourceChange, onFind, busy, found }: FindTableProps) {
  return (
    <Step number={number} title={t('stepFind', lang)}>
      <Field label={t('sourceLabel', lang)}>
        <RadioGroup value={source} onChange={(_, data) => onSourceChange(data.value as TableSource)}>
          {SOURCES.map(({ value, label }) => (
            <Radio key={value} value={value} label={t(label, lang)} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button appearance={found === null ? 'primary' : 'secondary'} onClick={onFind} disabled={busy}>
          {t('findButton', lang)}
        </Button>
        {busy && <Spinner size="tiny" label={t('finding', lang)} labelPosition="after" style={{ display: 'inline-flex', marginLeft: 8 }} />}
      </div>
      {found !== null && <FoundSummary lang={lang} location={found.location} read={found.read} />}
    </Step>
  );
}

function FoundSummary({ lang, location, read }: { lang: Lang; location: TableLocation; read: SheetRead }) {
  const address = `${sheetPrefix(location.sheet)}!${location.range}`;
  if (read.headerRows.length === 0) {
    const why = read.messages.find((message) => message.severity === 'error');
    return (
      <div role="status">
        <Text block weight="semibold">
          {t('foundWhere', lang, { address })} — {t('noTable', lang)}
        </Text>
        {why !== undefined && <Text block>{messageWords(why, lang, 'pane')}</Text>}
      </div>
    );
  }
  const types = typeCounts(read)
    .map(([type, count]) => t('typeCount', lang, { type: schoolTypeLabel(type, lang), count }))
    .join(lang === 'zh' ? '，' : ', ');
  return (
    <div role="status">
      <Text block>{t('foundWhere', lang, { address })}</Text>
      <Text block>{t('foundHeader', lang, { rows: rowSpan(read.headerRows) })}</Text>
      <Text block>
        {read.records.length === 0
          ? t('foundNoRows', lang)
          : t('foundRows', lang, { first: read.firstDataRow, last: read.lastDataRow, schools: schoolCount(read) })}
      </Text>
      {types !== '' && <Text block>{t('foundTypes', lang, { types })}</Text>}
    </div>
  );
}
