import { Button, Dropdown, Field, makeStyles, Option, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { localize } from '../../core/present';
import type { Lang, Ruleset } from '../../core/types';
import { t } from '../strings';
import { Step } from './Step';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: '100%' },
});

export interface RulesetStepProps {
  number: number;
  lang: Lang;
  builtins: readonly Ruleset[];
  /** Rulesets kept in this workbook. */
  user: readonly Ruleset[];
  selectedId: string;
  onSelect: (id: string) => void;
  onNew: () => void;
  onEdit: () => void;
  /** Imports pasted JSON; resolves to the errors, empty when it was taken. */
  onImport: (json: string) => Promise<string[]>;
}

/** The ruleset step: the national rules or a provincial ruleset kept with the workbook. */
export function RulesetStep({ number, lang, builtins, user, selectedId, onSelect, onNew, onEdit, onImport }: RulesetStepProps) {
  const styles = useStyles();
  const [importing, setImporting] = useState(false);
  const [json, setJson] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const all = [...builtins, ...user];
  const selected = all.find((ruleset) => ruleset.id === selectedId) ?? builtins[0];
  const isUser = user.some((ruleset) => ruleset.id === selected.id);
  const nameOf = (ruleset: Ruleset) =>
    localize(ruleset.name, lang) + (user.includes(ruleset) ? t('rulesetUser', lang) : '');

  return (
    <Step number={number} title={t('stepRuleset', lang)}>
      <Field label={t('rulesetLabel', lang)}>
        <Dropdown
          className={styles.dropdown}
          value={nameOf(selected)}
          selectedOptions={[selected.id]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && onSelect(data.optionValue)}
        >
          {all.map((ruleset) => (
            <Option key={ruleset.id} value={ruleset.id}>
              {nameOf(ruleset)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.buttons}>
        <Button onClick={onNew}>{t('rulesetNew', lang)}</Button>
        {isUser && <Button onClick={onEdit}>{t('rulesetEdit', lang)}</Button>}
        <Button aria-expanded={importing} onClick={() => setImporting(!importing)}>
          {t('rulesetImport', lang)}
        </Button>
      </div>
      {importing && (
        <>
          <Field
            label={t('rulesetImportLabel', lang)}
            validationState={errors.length > 0 ? 'error' : 'none'}
            validationMessage={errors.length > 0 ? errors.join('\n') : undefined}
          >
            <Textarea value={json} onChange={(_, data) => setJson(data.value)} resize="vertical" rows={5} />
          </Field>
          <div>
            <Button
              onClick={async () => {
                const found = await onImport(json);
                setErrors(found);
                if (found.length === 0) {
                  setJson('');
                  setImporting(false);
                }
              }}
            >
              {t('rulesetImportButton', lang)}
            </Button>
          </div>
        </>
      )}
    </Step>
  );
}
