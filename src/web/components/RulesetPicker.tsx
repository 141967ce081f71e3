import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { localize } from '../../core/present';
import { BUILTIN_RULESETS, parseRuleset } from '../../core/rulesets';
import { rulesetProblemText, type RulesetProblem } from '../../core/ruleset-problems';
import type { Lang, Ruleset } from '../../core/types';
import { t } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  custom: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** The option value of a custom ruleset loaded from a file. */
const CUSTOM = '__custom__';

export interface RulesetPickerProps {
  lang: Lang;
  ruleset: Ruleset;
  onChange: (ruleset: Ruleset) => void;
}

/** The “规则集” dropdown: quality-2017 (default), basic-2012, or a ruleset JSON file the user loads. */
export function RulesetPicker({ lang, ruleset, onChange }: RulesetPickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [custom, setCustom] = useState<Ruleset | null>(null);
  const [problems, setProblems] = useState<RulesetProblem[]>([]);
  const isBuiltin = BUILTIN_RULESETS.includes(ruleset);

  async function loadFile(file: File | undefined) {
    if (file === undefined) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setProblems([{ path: file.name, code: 'ruleset-not-json', params: { detail } }]);
      return;
    }
    const parsed = parseRuleset(json);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems([]);
    setCustom(parsed.ruleset);
    onChange(parsed.ruleset);
  }

  return (
    <div className={styles.root}>
      <Field label={t('step1', lang)}>
        <Select
          value={isBuiltin ? ruleset.id : CUSTOM}
          data-testid="ruleset-select"
          onChange={(_, data) => {
            const builtin = BUILTIN_RULESETS.find((r) => r.id === data.value);
            if (builtin !== undefined) onChange(builtin);
            else if (custom !== null) onChange(custom);
            else input.current?.click();
          }}
        >
          {BUILTIN_RULESETS.map((r) => (
            <option key={r.id} value={r.id}>{`${localize(r.name, lang)} — ${r.id}`}</option>
          ))}
          <option value={CUSTOM}>{custom === null ? t('rulesetCustom', lang) : `${localize(custom.name, lang)} — ${custom.id}`}</option>
        </Select>
      </Field>
      <div className={styles.custom}>
        <Button size="small" onClick={() => input.current?.click()}>
          {t('chooseRulesetFile', lang)}
        </Button>
        {custom !== null && <Text size={200}>{t('rulesetLoaded', lang, { name: localize(custom.name, lang) })}</Text>}
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label={t('rulesetCustom', lang)}
          data-testid="ruleset-input"
          onChange={(event) => {
            void loadFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('rulesetErrors', lang)}</MessageBarTitle>
            <ul className={styles.errors}>
              {problems.map((problem) => rulesetProblemText(problem, lang, 'web')).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
