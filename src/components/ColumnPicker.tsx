import { Button, Checkbox, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { columnLetter } from '../core/address';
import { ADDITIVE_FIELDS, FIELD_LABELS } from '../core/fields';
import { mappingFields } from '../core/mapping-fields';
import { localize } from '../core/present';
import type { FieldId, Lang, Ruleset, SheetRead } from '../core/types';

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  dropdown: { minWidth: 0, width: '100%' },
});

/** The surface's own names for the picker's controls (its strings.ts), already in the user's language. */
export interface ColumnPickerLabels {
  /** The toggle, closed and open. */
  show: string;
  hide: string;
  /** The checkbox that lists every field, not only the ruleset's. */
  all: string;
  /** The choice of no column. */
  none: string;
  /** An option: the column's letter and its header. */
  column: (letter: string, header: string) => string;
}

/** The key of each label in both surfaces' strings.ts (they name the picker's controls alike). */
export type ColumnLabelKey = 'mappingShow' | 'mappingHide' | 'mappingAll' | 'noColumn' | 'columnOption';

/**
 * The picker's labels from a surface's own strings.
 *
 * @example
 * columnPickerLabels((key, values) => t(key, 'zh', values)).column('D', '在校生数'); // the surface's 'D 列：在校生数'
 */
export function columnPickerLabels(label: (key: ColumnLabelKey, values?: Record<string, string>) => string): ColumnPickerLabels {
  return {
    show: label('mappingShow'),
    hide: label('mappingHide'),
    all: label('mappingAll'),
    none: label('noColumn'),
    column: (column, header) => label('columnOption', { column, header }),
  };
}

/**
 * How many fields have a column.
 *
 * @example
 * mappedCount(readSheet(grid)); // 9
 */
export function mappedCount(read: SheetRead): number {
  return (Object.keys(read.mapping) as FieldId[]).filter((field) => (read.mapping[field]?.length ?? 0) > 0).length;
}

export interface ColumnPickerProps {
  lang: Lang;
  read: SheetRead;
  ruleset: Ruleset;
  labels: ColumnPickerLabels;
  onColumns: (field: FieldId, columns: number[]) => void;
  /** Fields side by side (the wide web page) or one under another (the narrow task pane). */
  layout: 'grid' | 'list';
  /** The surface's own buttons beside the toggle (the web page's reset). */
  buttons?: ReactNode;
  /** The surface's own controls under a field's column (the pane's unit of money). */
  fieldExtra?: (field: FieldId) => ReactNode;
}

/**
 * 列映射 of the web page and the task pane alike: a toggle that opens the
 * fields (the ruleset's, or all), each with the column it is read from.
 */
export function ColumnPicker({ lang, read, ruleset, labels, onColumns, layout, buttons, fieldExtra }: ColumnPickerProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  return (
    <>
      <div className={styles.buttons}>
        <Button aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? labels.hide : labels.show}
        </Button>
        {buttons}
      </div>
      {open && (
        <div className={styles.list}>
          <Checkbox checked={all} onChange={(_, data) => setAll(data.checked === true)} label={labels.all} />
          <div className={layout === 'grid' ? styles.grid : styles.list}>
            {mappingFields(read, ruleset, all).map((field) => (
              <div key={field} className={styles.row}>
                <FieldChoice lang={lang} read={read} field={field} labels={labels} onColumns={onColumns} />
                {fieldExtra?.(field)}
              </div>
            ))}
          </div>
        </div>
      )}
    </>
  );
}

interface FieldChoiceProps {
  lang: Lang;
  read: SheetRead;
  field: FieldId;
  labels: ColumnPickerLabels;
  onColumns: (field: FieldId, columns: number[]) => void;
}

/** One field's column (several for fields that add up, such as 体育、艺术教师). */
function FieldChoice({ lang, read, field, labels, onColumns }: FieldChoiceProps) {
  const styles = useStyles();
  const refs = read.mapping[field] ?? [];
  const multiple = ADDITIVE_FIELDS.has(field);
  const text = (column: number, header: string) => labels.column(columnLetter(column), header);
  const value = refs.length === 0 ? labels.none : refs.map((ref) => text(ref.column, ref.header)).join(' + ');
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
        {!multiple && <Option value="">{labels.none}</Option>}
        {read.columns.map((info) => (
          <Option key={info.column} value={String(info.column)} text={text(info.column, info.header)}>
            {text(info.column, info.header)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
