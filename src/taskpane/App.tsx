/**
 * The task pane: find the school table, check the columns, choose the rules,
 * run the check, see the verdict, write reports and marks. Everything that
 * touches the workbook goes through the gateway it is given.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { localize } from '../core/present';
import { readSheet } from '../core/reader';
import { buildMarkRules, buildReport, textNumberCells, unmarkableText, withSheet } from '../core/report';
import { buildPlanSheet } from '../core/report/plan-sheet';
import type { CountyPlan } from '../core/plan';
import { BUILTIN_RULESETS, parseRuleset, QUALITY_2017, resolveRuleset } from '../core/rulesets';
import { rulesetProblemText } from '../core/ruleset-problems';
import type { ColumnMapping, FieldId, Lang, Ruleset } from '../core/types';
import { GatewayError } from '../gateway/types';
import type { FoundTable, TableSource, WorkbookGateway } from '../gateway/types';
import { DemoBanner } from './components/DemoBanner';
import { FindTable } from './components/FindTable';
import { MappingStep } from './components/MappingStep';
import { Notice } from './components/Notice';
import type { NoticeData } from './components/Notice';
import { Results } from './components/Results';
import { History } from './components/History';
import { RulesetEditor } from './components/RulesetEditor';
import { RulesetStep } from './components/RulesetStep';
import { RunStep } from './components/RunStep';
import { WriteStep } from './components/WriteStep';
import { PlanStep } from './components/PlanStep';
import { withColumns, withFactor } from '../core/reader/overrides';
import { mappingMessages, newRulesetId, runCheck, storedRulesets, yieldToBrowser } from './flow';
import type { CheckOutcome, CheckStep } from './flow';
import type { CheckCompute } from './check/compute';
import { draftOf, explainErrors } from './ruleset-draft';
import type { RulesetDraft } from './ruleset-draft';
import { t } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '720px',
    boxSizing: 'border-box',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Where a notice belongs: next to the step whose action it reports. */
type NoticeArea = 'find' | 'ruleset' | 'write';

export interface AppProps {
  gateway: WorkbookGateway;
  /** Demo mode: not connected to Excel, working on the bundled sample county. */
  demo?: boolean;
  /** Where a check's pure steps run: the pane's check worker in production; in place by default. */
  compute?: CheckCompute;
}

/** Turns a failure into words for the user. */
function failureText(error: unknown, lang: Lang): string {
  if (error instanceof GatewayError) return error.text[lang];
  return error instanceof Error ? error.message : String(error);
}

export function App({ gateway, demo = false, compute }: AppProps) {
  const styles = useStyles();
  const lang = useMemo(() => gateway.language(), [gateway]);
  const [source, setSource] = useState<TableSource>('sheet');
  const [table, setTable] = useState<FoundTable | null>(null);
  const [overrides, setOverrides] = useState<ColumnMapping>({});
  const [userRulesets, setUserRulesets] = useState<Ruleset[]>([]);
  const [rulesetId, setRulesetId] = useState(QUALITY_2017.id);
  const [editor, setEditor] = useState<{ draft: RulesetDraft; isNew: boolean } | null>(null);
  const [finding, setFinding] = useState(false);
  const [step, setStep] = useState<CheckStep | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  // The plan as tried in the plan step, written with the reports (the step clears it when it goes with its outcome).
  const [plan, setPlan] = useState<CountyPlan | null>(null);
  const [writing, setWriting] = useState(false);
  const [writeProgress, setWriteProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ area: NoticeArea; data: NoticeData } | null>(null);

  const read = useMemo(() => (table === null ? null : readSheet(table.grid, { mapping: overrides })), [table, overrides]);
  const rulesets = useMemo(() => [...BUILTIN_RULESETS, ...userRulesets], [userRulesets]);
  const ruleset = rulesets.find((candidate) => candidate.id === rulesetId) ?? QUALITY_2017;
  const missing = useMemo(() => (read === null ? [] : mappingMessages(read, ruleset, lang)), [read, ruleset, lang]);

  const fail = useCallback(
    (area: NoticeArea, error: unknown) =>
      setNotice({ area, data: { intent: 'error', title: t('failed', lang), text: failureText(error, lang) } }),
    [lang],
  );

  useEffect(() => {
    let live = true;
    gateway
      .loadSettings()
      .then((settings) => {
        if (!live) return;
        const { rulesets: stored, problems } = storedRulesets(settings);
        setUserRulesets(stored);
        if (settings.rulesetId !== null && [...BUILTIN_RULESETS, ...stored].some((r) => r.id === settings.rulesetId)) {
          setRulesetId(settings.rulesetId);
        }
        if (problems.length > 0) {
          const details = problems.map((problem) => rulesetProblemText(problem, lang, 'pane'));
          setNotice({ area: 'ruleset', data: { intent: 'warning', text: t('rulesetInvalidStored', lang), details } });
        }
      })
      .catch((error: unknown) => live && fail('ruleset', error));
    return () => {
      live = false;
    };
  }, [gateway, lang, fail]);

  async function saveRulesets(next: Ruleset[], selected: string): Promise<void> {
    setUserRulesets(next);
    setRulesetId(selected);
    setOutcome(null);
    await gateway.saveSettings({ rulesets: next, rulesetId: selected });
  }

  async function find(): Promise<void> {
    setFinding(true);
    setNotice(null);
    try {
      const found = await gateway.findTable(source);
      setTable(found);
      setOverrides({});
      setOutcome(null);
      if (found.warnings !== undefined) {
        setNotice({ area: 'find', data: { intent: 'warning', text: found.warnings.map((w) => w[lang]).join(' ') } });
      }
    } catch (error) {
      fail('find', error);
    } finally {
      setFinding(false);
    }
  }

  function changeMapping(next: ColumnMapping): void {
    setOverrides(next);
    setOutcome(null);
  }

  async function check(): Promise<void> {
    if (table === null) return;
    setNotice(null);
    setOutcome(null);
    try {
      setOutcome(await runCheck(gateway, table.location, overrides, ruleset, lang, setStep, compute));
    } catch (error) {
      fail('write', error);
    } finally {
      setStep(null);
    }
  }

  async function act(work: () => Promise<NoticeData>): Promise<void> {
    setWriting(true);
    setNotice(null);
    try {
      setNotice({ area: 'write', data: await work() });
    } catch (error) {
      fail('write', error);
    } finally {
      setWriting(false);
      setWriteProgress(null);
    }
  }

  const writeReport = () =>
    act(async () => {
      if (outcome === null) throw new Error('no result');
      setWriteProgress(0);
      // Let the progress bar show before the report model is built (a slice of its own).
      await yieldToBrowser();
      // Cells the marks cannot reach are listed in 剔除说明 too.
      const unmarkable = table === null ? [] : textNumberCells(table.grid, buildMarkRules(outcome.read, outcome.result, outcome.ruleset));
      const analysed = buildReport(outcome.result, outcome.read, outcome.ruleset, lang, { unmarkable });
      const report = plan === null ? analysed : withSheet(analysed, buildPlanSheet(plan, outcome.ruleset, lang), outcome.ruleset);
      const summary = await gateway.writeReport(report, (done, total) => setWriteProgress(done / total));
      const replaced = summary.replaced.length > 0 ? t('wroteReplaced', lang, { count: summary.replaced.length }) : '';
      const names = summary.sheets.join(lang === 'zh' ? '、' : ', ');
      const wrote = t('wroteReport', lang, { count: summary.sheets.length, names }) + replaced;
      // What this Excel could not do, and earlier-version sheets taken for reports: said, never silent.
      const notes = (summary.notes ?? []).map((note) => note[lang]);
      return notes.length > 0 ? { intent: 'warning', text: [wrote, ...notes].join(' ') } : { intent: 'success', text: wrote };
    });

  const markCells = () =>
    act(async () => {
      if (outcome === null) throw new Error('no result');
      const cannot = gateway.markingUnavailable();
      if (cannot !== null) return { intent: 'warning', text: cannot[lang] };
      await yieldToBrowser();
      const rules = buildMarkRules(outcome.read, outcome.result, outcome.ruleset);
      const added = await gateway.applyMarks(rules);
      // The gateway counts rules (one per column range), not cells: say so, with the entries whose values they mark.
      const { counts } = outcome.findings;
      const marked = t('marked', lang, { count: added, entries: counts.failingEntries + counts.passingWithMissEntries });
      // Marks cannot read numbers stored as text: say which cells, never leave them silently unmarked.
      const unmarkable = table === null ? [] : textNumberCells(table.grid, rules);
      if (unmarkable.length > 0) return { intent: 'warning', text: `${marked} ${unmarkableText(unmarkable, lang, 'pane')}` };
      return added === 0 ? { intent: 'info', text: t('nothingToMark', lang) } : { intent: 'success', text: marked };
    });

  const clearMarks = () =>
    act(async () => ({ intent: 'success', text: t('cleared', lang, { count: await gateway.clearMarks() }) }));

  const selectCell = (address: string) => {
    gateway.selectCell(address).catch((error: unknown) => fail('write', error));
  };

  async function saveDraft(json: Record<string, unknown>, draft: RulesetDraft): Promise<string[]> {
    const parsed = parseRuleset(json);
    if (!parsed.ok) return explainErrors(parsed.problems, draft, lang);
    const next = [...userRulesets.filter((r) => r.id !== parsed.ruleset.id), parsed.ruleset];
    try {
      await saveRulesets(next, parsed.ruleset.id);
      setEditor(null);
      setNotice({ area: 'ruleset', data: { intent: 'success', text: t('rulesetSaved', lang, { name: localize(parsed.ruleset.name, lang) }) } });
      return [];
    } catch (error) {
      return [failureText(error, lang)];
    }
  }

  async function deleteRuleset(id: string): Promise<void> {
    const gone = userRulesets.find((r) => r.id === id);
    try {
      await saveRulesets(userRulesets.filter((r) => r.id !== id), QUALITY_2017.id);
      setEditor(null);
      if (gone !== undefined) {
        setNotice({ area: 'ruleset', data: { intent: 'success', text: t('rulesetDeleted', lang, { name: localize(gone.name, lang) }) } });
      }
    } catch (error) {
      fail('ruleset', error);
    }
  }

  async function importRuleset(json: string): Promise<string[]> {
    const parsed = resolveRuleset(json.trim() === '' ? '{}' : json);
    if (!parsed.ok) return parsed.problems.map((problem) => rulesetProblemText(problem, lang, 'pane'));
    const taken = BUILTIN_RULESETS.some((r) => r.id === parsed.ruleset.id);
    const imported = taken ? { ...parsed.ruleset, id: newRulesetId(userRulesets) } : parsed.ruleset;
    return saveDraft(imported as unknown as Record<string, unknown>, draftOf(imported, imported.id, localize(imported.name, lang)));
  }

  const area = (which: NoticeArea) => (notice !== null && notice.area === which ? <Notice notice={notice.data} /> : null);
  const hasTable = read !== null && read.headerRows.length > 0;
  // The steps shown, numbered 1, 2, 3 … without gaps (the mapping step appears once a table is found).
  // A check of a sheet without school rows has nothing to keep, write or plan: its result says what is missing.
  const judged = outcome !== null && outcome.findings.counts.schools > 0;
  const shown = ['find', ...(hasTable ? ['mapping'] : []), 'ruleset', 'run', ...(outcome !== null ? ['results'] : []), ...(judged ? ['history', 'write', 'plan'] : [])];
  const number = (step: string) => shown.indexOf(step) + 1;

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <main className={styles.root}>
        <h1 className={styles.title}>{t('appTitle', lang)}</h1>
        {demo && <DemoBanner lang={lang} />}
        <FindTable
          number={number('find')}
          lang={lang}
          source={source}
          onSourceChange={setSource}
          onFind={find}
          busy={finding}
          found={table !== null && read !== null ? { location: table.location, read } : null}
        />
        {area('find')}
        {hasTable && (
          <MappingStep
            number={number('mapping')}
            lang={lang}
            read={read}
            ruleset={ruleset}
            missing={missing}
            onColumns={(field: FieldId, columns: number[]) => changeMapping(withColumns(overrides, read, field, columns))}
            onFactor={(field: FieldId, factor: number) => changeMapping(withFactor(overrides, read, field, factor))}
          />
        )}
        <RulesetStep
          number={number('ruleset')}
          lang={lang}
          builtins={BUILTIN_RULESETS}
          user={userRulesets}
          selectedId={ruleset.id}
          onSelect={(id) => {
            // Not saved here: writing settings marks the workbook changed and fails when it is read-only.
            setRulesetId(id);
            setOutcome(null);
          }}
          onNew={() => {
            const id = newRulesetId(userRulesets);
            setEditor({ draft: draftOf(ruleset, id, ''), isNew: true });
          }}
          onEdit={() => setEditor({ draft: draftOf(ruleset, ruleset.id, localize(ruleset.name, lang)), isNew: false })}
          onImport={importRuleset}
        />
        {editor !== null && (
          <RulesetEditor
            key={`${editor.draft.id}-${editor.isNew}`}
            lang={lang}
            bases={rulesets}
            initial={editor.draft}
            isNew={editor.isNew}
            onSave={saveDraft}
            onCancel={() => setEditor(null)}
            onDelete={editor.isNew ? undefined : () => deleteRuleset(editor.draft.id)}
          />
        )}
        {area('ruleset')}
        <RunStep number={number('run')} lang={lang} ready={hasTable} step={step} hasRun={outcome !== null} onRun={check} />
        {outcome !== null && <Results number={number('results')} lang={lang} outcome={outcome} onSelect={selectCell} />}
        {judged && <History number={number('history')} lang={lang} gateway={gateway} outcome={outcome} />}
        {judged && (
          <WriteStep
            number={number('write')}
            notice={area('write')}
            lang={lang}
            busy={writing}
            progress={writeProgress}
            onWrite={writeReport}
            onMark={markCells}
            onClear={clearMarks}
          />
        )}
        {judged && <PlanStep number={number('plan')} lang={lang} outcome={outcome} onPlan={setPlan} />}
        {!judged && area('write')}
      </main>
    </FluentProvider>
  );
}
