import { Button, Checkbox, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { columnLetter } from '../../core/address';
import { ADDITIVE_FIELDS, FIELD_LABELS } from '../../core/fields';
import { localize } from '../../core/present';
import type { FieldId, Lang, Ruleset, SheetRead } from '../../core/types';
import { mappingFields } from '../../core/mapping-fields';
import { t } from '../strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: '100%' },
});

function columnText(lang: Lang, column: number, header: string): string {
  return t('columnOption', lang, { column: columnLetter(column), header });
}

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
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const mapped = (Object.keys(read.mapping) as FieldId[]).filter((f) => (read.mapping[f]?.length ?? 0) > 0).length;
  return (
    <section className={styles.panel} aria-labelledby="mapping-heading">
      <Text as="h2" size={600} weight="semibold" id="mapping-heading">
        {t('mappingTitle', lang)}
      </Text>
      <Text>{t('mappingSummary', lang, { mapped })}</Text>
      <div className={styles.buttons}>
        <Button aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'mappingHide' : 'mappingShow', lang)}
        </Button>
        {changed && <Button onClick={onReset}>{t('mappingReset', lang)}</Button>}
      </div>
      {open && (
        <>
          <Checkbox checked={all} onChange={(_, data) => setAll(data.checked === true)} label={t('mappingAll', lang)} />
          <div className={styles.grid}>
            {mappingFields(read, ruleset, all).map((field) => (
              <FieldChoice key={field} lang={lang} read={read} field={field} onColumns={onColumns} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

interface FieldChoiceProps {
  lang: Lang;
  read: SheetRead;
  field: FieldId;
  onColumns: (field: FieldId, columns: number[]) => void;
}

/** One field's column (several for fields that add up, such as 体育、艺术教师). */
function FieldChoice({ lang, read, field, onColumns }: FieldChoiceProps) {
  const styles = useStyles();
  const refs = read.mapping[field] ?? [];
  const multiple = ADDITIVE_FIELDS.has(field);
  const value = refs.length === 0 ? t('noColumn', lang) : refs.map((ref) => columnText(lang, ref.column, ref.header)).join(' + ');
  return (
    <Field label={localize(FIELD_LABELS[field], lang)}>
      <Dropdown
        className={styles.dropdown}
        multiselect={multiple}
        value={value}
        selectedOptions={refs.map((ref) => String(ref.column))}
        onOptionSelect={(_, data) => {
          const columns = data.selectedOptions.filter((option) => option !== '').map(Number);
          onColumns(field, multiple ? columns : columns.slice(-1));
        }}
      >
        {!multiple && <Option value="">{t('noColumn', lang)}</Option>}
        {read.columns.map((info) => (
          <Option key={info.column} value={String(info.column)} text={columnText(lang, info.column, info.header)}>
            {columnText(lang, info.column, info.header)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
