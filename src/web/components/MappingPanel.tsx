import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ColumnPicker, columnPickerLabels, mappedCount } from '../../components/ColumnPicker';
import type { FieldId, Lang, Ruleset, SheetRead } from '../../core/types';
import { t } from '../strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface MappingPanelProps {
  lang: Lang;
  read: SheetRead;
  ruleset: Ruleset;
  /** Whether the user changed the detected columns. */
  changed: boolean;
  onColumns: (field: FieldId, columns: number[]) => void;
  onReset: () => void;
}

/**
 * 列映射: which column each field is read from, changeable (the page analyses
 * again at once); the messages' "在“列映射”面板中指定该列" points here.
 */
export function MappingPanel({ lang, read, ruleset, changed, onColumns, onReset }: MappingPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-labelledby="mapping-heading">
      <Text as="h2" size={600} weight="semibold" id="mapping-heading">
        {t('mappingTitle', lang)}
      </Text>
      <Text>{t('mappingSummary', lang, { mapped: mappedCount(read) })}</Text>
      <ColumnPicker
        lang={lang}
        read={read}
        ruleset={ruleset}
        labels={columnPickerLabels((key, values) => t(key, lang, values))}
        onColumns={onColumns}
        layout="grid"
        buttons={changed && <Button onClick={onReset}>{t('mappingReset', lang)}</Button>}
      />
    </section>
  );
}
