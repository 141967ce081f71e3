import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { localize, sectionLabel } from '../../core/present';
import { SECTIONS } from '../../core/types';
import type { Lang, Ruleset, Section } from '../../core/types';
import { addableIndicators } from '../flow';
import { draftJson, draftOf } from '../ruleset-draft';
import type { IndicatorDraft, RulesetDraft } from '../ruleset-draft';
import { t } from '../strings';
import { Notice } from './Notice';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 'none' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  indicator: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS },
  pair: { display: 'flex', gap: tokens.spacingHorizontalS },
  half: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  full: { minWidth: 0, width: '100%' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface RulesetEditorProps {
  lang: Lang;
  /** The rulesets a new one may start from. */
  bases: readonly Ruleset[];
  /** The draft to start with. */
  initial: RulesetDraft;
  isNew: boolean;
  /** Validates and keeps the JSON; resolves to the errors, empty when saved. */
  onSave: (json: Record<string, unknown>, draft: RulesetDraft) => Promise<string[]>;
  onCancel: () => void;
  onDelete?: () => void;
}

/** Creating or editing a provincial ruleset: name, indicators and standards, school rule, CV rule. */
export function RulesetEditor({ lang, bases, initial, isNew, onSave, onCancel, onDelete }: RulesetEditorProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [adding, setAdding] = useState<string>('');
  const update = (change: Partial<RulesetDraft>) => setDraft({ ...draft, ...change });
  const setIndicator = (i: number, change: Partial<IndicatorDraft>) =>
    update({ indicators: draft.indicators.map((indicator, j) => (j === i ? { ...indicator, ...change } : indicator)) });
  const current: Ruleset = { ...draft.base, indicators: draft.indicators.map((indicator) => indicator.def) };
  const addable = addableIndicators(current);

  return (
    <div className={styles.root} role="group" aria-label={t(isNew ? 'editorTitleNew' : 'editorTitleEdit', lang)}>
      <h3 className={styles.title}>{t(isNew ? 'editorTitleNew' : 'editorTitleEdit', lang)}</h3>
      {isNew && (
        <Field label={t('editorBase', lang)}>
          <Dropdown
            className={styles.full}
            value={localize(draft.base.name, lang)}
            selectedOptions={[draft.base.id]}
            onOptionSelect={(_, data) => {
              const base = bases.find((ruleset) => ruleset.id === data.optionValue);
              if (base !== undefined) setDraft(draftOf(base, draft.id, draft.name));
            }}
          >
            {bases.map((ruleset) => (
              <Option key={ruleset.id} value={ruleset.id}>
                {localize(ruleset.name, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label={t('editorName', lang)} required>
        <Input value={draft.name} onChange={(_, data) => update({ name: data.value })} />
      </Field>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('editorIndicators', lang)}</legend>
        {draft.indicators.map((indicator, i) => {
          const name = localize(indicator.def.name, lang);
          return (
            <div key={indicator.def.id} className={styles.indicator}>
              <Checkbox
                checked={indicator.use}
                onChange={(_, data) => setIndicator(i, { use: data.checked === true })}
                label={t('editorUse', lang, { name })}
              />
              {indicator.use && (
                <div className={styles.pair}>
                  {SECTIONS.map((section) => (
                    <NumberField
                      key={section}
                      className={styles.half}
                      label={`${name} ${t('editorStandard', lang, { section: sectionLabel(section, lang) })}`}
                      shortLabel={t('editorStandard', lang, { section: sectionLabel(section, lang) })}
                      value={indicator.standard[section]}
                      onChange={(value) => setIndicator(i, { standard: { ...indicator.standard, [section]: value } })}
                    />
                  ))}
                </div>
              )}
            </div>
          );
        })}
        {addable.length > 0 && (
          <div className={styles.pair} style={{ alignItems: 'flex-end' }}>
            <Field label={t('editorAddPick', lang)} className={styles.half}>
              <Dropdown
                className={styles.full}
                placeholder={t('editorAddPlaceholder', lang)}
                value={addable.find((def) => def.id === adding)?.name[lang] ?? ''}
                selectedOptions={[adding]}
                onOptionSelect={(_, data) => setAdding(data.optionValue ?? '')}
              >
                {addable.map((def) => (
                  <Option key={`${def.id}@${def.scale}`} value={def.id}>
                    {localize(def.name, lang)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Button
              disabled={adding === ''}
              onClick={() => {
                const def = addable.find((candidate) => candidate.id === adding);
                if (def === undefined) return;
                update({ indicators: [...draft.indicators, { def, use: true, standard: { primary: '', junior: '' } }] });
                setAdding('');
              }}
            >
              {t('editorAddButton', lang)}
            </Button>
          </div>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('editorSchoolRule', lang)}</legend>
        <NumberField label={t('editorMaxMisses', lang)} value={draft.maxMisses} onChange={(maxMisses) => update({ maxMisses })} />
        <NumberField label={t('editorFloor', lang)} value={draft.floorPercent} onChange={(floorPercent) => update({ floorPercent })} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('editorCountyRule', lang)}</legend>
        <Field label={t('editorMode', lang)}>
          <RadioGroup value={draft.mode} onChange={(_, data) => update({ mode: data.value as RulesetDraft['mode'] })}>
            <Radio value="per-indicator" label={t('editorPerIndicator', lang)} />
            <Radio value="composite" label={t('editorComposite', lang)} />
          </RadioGroup>
        </Field>
        <div className={styles.pair}>
          {SECTIONS.map((section: Section) => (
            <NumberField
              key={section}
              className={styles.half}
              label={t('editorLimit', lang, { section: sectionLabel(section, lang) })}
              value={draft.limits[section]}
              onChange={(value) => update({ limits: { ...draft.limits, [section]: value } })}
            />
          ))}
        </div>
      </fieldset>

      {errors.length > 0 && <Notice notice={{ intent: 'error', title: t('rulesetErrors', lang), text: '', details: errors }} />}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          onClick={async () => {
            setErrors(await onSave(draftJson(draft), draft));
          }}
        >
          {t('editorSave', lang)}
        </Button>
        <Button onClick={onCancel}>{t('editorCancel', lang)}</Button>
        {onDelete !== undefined && <Button onClick={onDelete}>{t('editorDelete', lang)}</Button>}
      </div>
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  /** A shorter visible label; `label` is what screen readers hear. */
  shortLabel?: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
}

/** A number typed as text (decimal keyboard on touch screens), so half-typed values are kept. */
function NumberField({ label, shortLabel, value, onChange, className }: NumberFieldProps) {
  return (
    <Field label={shortLabel ?? label} className={className}>
      <Input
        aria-label={label}
        inputMode="decimal"
        value={value}
        onChange={(_, data) => onChange(data.value)}
        style={{ minWidth: 0, width: '100%' }}
      />
    </Field>
  );
}
