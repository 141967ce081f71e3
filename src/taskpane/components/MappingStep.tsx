import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { columnLetter } from '../../core/address';
import { ADDITIVE_FIELDS, FIELD_LABELS } from '../../core/fields';
import { localize } from '../../core/present';
import { messageText } from '../../core/findings';
import type { FieldId, Lang, ResultMessage, Ruleset, SheetRead } from '../../core/types';
import { mappingFields } from '../../core/mapping-fields';
import { t } from '../strings';
import { Step } from './Step';

/** Fields whose unit the user may switch between 元 and 万元. */
const MONEY_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['equipmentValue']);
const WAN = 10000;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  dropdown: { minWidth: 0, width: '100%' },
  unit: { width: '120px', minWidth: '120px' },
});

export interface MappingStepProps {
  number: number;
  lang: Lang;
  read: SheetRead;
  ruleset: Ruleset;
  /** The messages about missing columns for this mapping (see `mappingMessages`). */
  missing: readonly ResultMessage[];
  onColumns: (field: FieldId, columns: number[]) => void;
  onFactor: (field: FieldId, factor: number) => void;
}

/** 列映射: which column each field is read from, changeable; what the ruleset needs but the sheet lacks. */
export function MappingStep({ number, lang, read, ruleset, missing, onColumns, onFactor }: MappingStepProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const mappedCount = (Object.keys(read.mapping) as FieldId[]).filter((f) => (read.mapping[f]?.length ?? 0) > 0).length;
  return (
    <Step number={number} title={t('stepMapping', lang)}>
      <Text>{t('mappingSummary', lang, { mapped: mappedCount })}</Text>
      <MissingData lang={lang} messages={missing} />
      <div>
        <Button aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'mappingHide' : 'mappingShow', lang)}
        </Button>
      </div>
      {open && (
        <div className={styles.list}>
          <Checkbox checked={all} onChange={(_, data) => setAll(data.checked === true)} label={t('mappingAll', lang)} />
          {mappingFields(read, ruleset, all).map((field) => (
            <FieldRow key={field} lang={lang} read={read} field={field} onColumns={onColumns} onFactor={onFactor} />
          ))}
        </div>
      )}
    </Step>
  );
}

function columnText(lang: Lang, column: number, header: string): string {
  return t('columnOption', lang, { column: columnLetter(column), header });
}

interface FieldRowProps {
  lang: Lang;
  read: SheetRead;
  field: FieldId;
  onColumns: (field: FieldId, columns: number[]) => void;
  onFactor: (field: FieldId, factor: number) => void;
}

function FieldRow({ lang, read, field, onColumns, onFactor }: FieldRowProps) {
  const styles = useStyles();
  const refs = read.mapping[field] ?? [];
  const selected = refs.map((ref) => String(ref.column));
  const multiple = ADDITIVE_FIELDS.has(field);
  const label = localize(FIELD_LABELS[field], lang);
  const value = refs.length === 0 ? t('noColumn', lang) : refs.map((ref) => columnText(lang, ref.column, ref.header)).join(' + ');
  const factor = refs[0]?.factor ?? 1;
  return (
    <div className={styles.row}>
      <Field label={label}>
        <Dropdown
          className={styles.dropdown}
          multiselect={multiple}
          value={value}
          selectedOptions={selected}
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
      {MONEY_FIELDS.has(field) && refs.length > 0 && (
        <Field label={t('unitLabel', lang, { field: label })}>
          <Dropdown
            className={styles.unit}
            value={t(factor === WAN ? 'unitWanYuan' : 'unitYuan', lang)}
            selectedOptions={[String(factor)]}
            onOptionSelect={(_, data) => onFactor(field, Number(data.optionValue))}
          >
            <Option value="1">{t('unitYuan', lang)}</Option>
            <Option value={String(WAN)}>{t('unitWanYuan', lang)}</Option>
          </Dropdown>
        </Field>
      )}
    </div>
  );
}

/** What the ruleset needs that no column gives, in the catalogue's words naming this step. */
function MissingData({ lang, messages }: { lang: Lang; messages: readonly ResultMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('missingTitle', lang)}</MessageBarTitle>
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {messages.map((message, i) => (
            <li key={i}>{messageText(message, lang, 'pane')}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
