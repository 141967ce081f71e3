import { Dropdown, Field, MessageBar, MessageBarBody, MessageBarTitle, Option, makeStyles, Text } from '@fluentui/react-components';
import { ColumnPicker, columnPickerLabels, mappedCount } from '../../components/ColumnPicker';
import { FIELD_LABELS } from '../../core/fields';
import { localize } from '../../core/present';
import { messageText } from '../../core/findings';
import type { FieldId, Lang, ResultMessage, Ruleset, SheetRead } from '../../core/types';
import { t } from '../strings';
import { Step } from './Step';

/** Fields whose unit the user may switch between 元 and 万元. */
const MONEY_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['equipmentValue']);
const WAN = 10000;

const useStyles = makeStyles({
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
  return (
    <Step number={number} title={t('stepMapping', lang)}>
      <Text>{t('mappingSummary', lang, { mapped: mappedCount(read) })}</Text>
      <MissingData lang={lang} messages={missing} />
      <ColumnPicker
        lang={lang}
        read={read}
        ruleset={ruleset}
        labels={columnPickerLabels((key, values) => t(key, lang, values))}
        onColumns={onColumns}
        layout="list"
        fieldExtra={(field) => <UnitChoice lang={lang} read={read} field={field} onFactor={onFactor} />}
      />
    </Step>
  );
}

interface UnitChoiceProps {
  lang: Lang;
  read: SheetRead;
  field: FieldId;
  onFactor: (field: FieldId, factor: number) => void;
}

/** 元 or 万元, for a money field that has a column. */
function UnitChoice({ lang, read, field, onFactor }: UnitChoiceProps) {
  const styles = useStyles();
  const refs = read.mapping[field] ?? [];
  if (!MONEY_FIELDS.has(field) || refs.length === 0) return null;
  const factor = refs[0]?.factor ?? 1;
  return (
    <Field label={t('unitLabel', lang, { field: localize(FIELD_LABELS[field], lang) })}>
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
