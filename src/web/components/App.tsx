import { Card, Select, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens, Field } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { QUALITY_2017 } from '../../core/rulesets';
import { rowSpan } from '../../core/format';
import { messageWords } from '../../core/messages/render';
import { withColumns } from '../../core/reader/overrides';
import { SECTIONS, type ColumnMapping, type FieldId, type L10n, type Lang, type Message, type Ruleset } from '../../core/types';
import { annotatedFileName, fileBytes, saveDownload } from '../pipeline';
import { AnalysisClient, type Written } from '../worker/client';
import type { AnalysisView, Stage } from '../worker/protocol';
import { t } from '../strings';
import { CopyNotes } from './CopyNotes';
import { DownloadButton } from './DownloadButton';
import { FileDrop } from './FileDrop';
import { FontWarmUp } from './FontWarmUp';
import { LanguageSwitch } from './LanguageSwitch';
import { MappingPanel } from './MappingPanel';
import { MessageList } from './MessageList';
import { RulesetPicker } from './RulesetPicker';
import { SectionVerdict } from './SectionVerdict';
import { compareChecks, type Check, type Comparison } from '../../core/compare';
import { EarlierInput } from './EarlierInput';
import { Progress } from './Progress';
import { RunProgress } from './RunProgress';
import { FindingLists } from '../../components/FindingLists';
import { VerdictBanner } from '../../components/VerdictBanner';
import { PlanPanel } from './PlanPanel';
import { listGroups, staging, useStagedDraw } from './staged-draw';

const useStyles = makeStyles({
  page: {
    maxWidth: '1180px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  setup: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
    padding: tokens.spacingVerticalL,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  lists: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

interface LoadedFile {
  name: string;
  /** The names of its sheets (the worker holds the sheets themselves). */
  sheets: string[];
}

/** An error's words: the file reader's own sentences in both languages, else its message. */
function errorText(error: unknown, lang: Lang): string {
  const text = (error as { text?: L10n }).text;
  if (text !== undefined) return text[lang];
  return error instanceof Error ? error.message : String(error);
}

/** Whether the sheet has data rows below its header (a header-only sheet has none). */
function hasRows(analysis: AnalysisView): boolean {
  const { firstDataRow, lastDataRow } = analysis.result.source;
  return firstDataRow > 0 && lastDataRow >= firstDataRow;
}

/** The local page: choose the rules and a workbook, see the verdicts, download the annotated copy. */
export function App() {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>('zh');
  const [ruleset, setRuleset] = useState<Ruleset>(QUALITY_2017);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [error, setError] = useState<unknown>(null);
  // Reading, analysing and writing run in the analysis worker; `stage` is what it is doing.
  const client = useMemo(() => new AnalysisClient(), []);
  const [stage, setStage] = useState<Stage | null>(null);
  const running = useRef(0);
  async function track<T>(work: Promise<T>): Promise<T> {
    running.current++;
    try {
      return await work;
    } finally {
      if (--running.current === 0) setStage(null);
    }
  }
  // The earlier check to compare with (整改消号), read again when the rules change.
  const [earlierFile, setEarlierFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [earlier, setEarlier] = useState<{ check: Check | null; error: string | null }>({ check: null, error: null });

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title', lang);
  }, [lang]);

  const [overrides, setOverrides] = useState<ColumnMapping>({});

  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  // What writing the last copy had to do (a text cut to fit a cell …), said as the command line says it.
  const [copyNotes, setCopyNotes] = useState<Message[]>([]);
  useEffect(() => setCopyNotes([]), [analysis]);
  function kept(written: Written): Uint8Array {
    setCopyNotes(written.notes);
    return written.bytes;
  }
  useEffect(() => {
    let current = true;
    if (file !== null) {
      track(client.analyse(sheetIndex, ruleset, lang, overrides, setStage)).then(
        (view) => current && setAnalysis(view),
        (e: unknown) => current && setError(e),
      );
    }
    return () => {
      current = false;
    };
  }, [client, file, sheetIndex, ruleset, lang, overrides]);

  useEffect(() => {
    let current = true;
    if (earlierFile === null) setEarlier({ check: null, error: null });
    else {
      void track(client.earlier(earlierFile.name, earlierFile.bytes, ruleset, lang)).then((read) => {
        if (current) setEarlier(read.ok ? { check: read.check, error: null } : { check: null, error: read.text });
      });
    }
    return () => {
      current = false;
    };
  }, [client, earlierFile, ruleset, lang]);

  // The analysis's check stays in the worker until there is an earlier check to compare it with.
  const [compared, setCompared] = useState<{ analysis: AnalysisView; earlier: typeof earlier; lang: Lang; comparison: Comparison } | null>(null);
  useEffect(() => {
    let current = true;
    const before = earlier.check;
    if (analysis !== null && before !== null) {
      void client.check().then(
        (now) => current && setCompared({ analysis, earlier, lang, comparison: compareChecks(before, now, { lang }) }),
        (e: unknown) => current && setError(e),
      );
    }
    return () => {
      current = false;
    };
  }, [client, analysis, earlier, lang]);
  const comparison = compared !== null && compared.analysis === analysis && compared.earlier === earlier && compared.lang === lang ? compared.comparison : null;

  async function openFile(chosen: File) {
    setError(null);
    setAnalysis(null);
    setStage('read');
    try {
      const opened = await track(fileBytes(chosen).then((bytes) => client.open(chosen.name, bytes, setStage)));
      // The analysis follows at once: the progress goes on to it without a gap.
      setStage('analyse');
      setSheetIndex(opened.sheet);
      setOverrides({});
      setFile({ name: chosen.name, sheets: opened.sheets });
    } catch (e) {
      setFile(null);
      setError(e);
    }
  }

  const found = analysis !== null && analysis.read.headerRows.length > 0;
  // A large county is drawn in steps, one frame apart (see `staging`), so the verdict comes when all is drawn.
  const steps = analysis === null ? 1 : staging(analysis.findings, SECTIONS.length, 1).steps;
  const drawn = useStagedDraw(analysis, steps);
  const shown = analysis === null ? null : staging(analysis.findings, SECTIONS.length, drawn);
  const drawing = found && drawn < steps;
  // The heavy parts are made once per result, so a later step does not draw again what an earlier one drew.
  const messages = useMemo(() => analysis !== null && <MessageList lang={lang} messages={analysis.result.messages} />, [analysis, lang]);
  const lists = useMemo(
    () =>
      analysis === null
        ? []
        : listGroups(analysis.findings).map((group, i) => (
            <FindingLists key={i} surface="web" lang={lang} ruleset={ruleset} findings={group} moreLabel={(n) => t('showMore', lang, { n })} />
          )),
    [analysis, lang, ruleset],
  );
  const sections = useMemo(
    () =>
      analysis === null
        ? []
        : SECTIONS.map((section) => (
            <SectionVerdict
              key={section}
              lang={lang}
              ruleset={ruleset}
              section={section}
              result={analysis.result.sections[section]}
              verdict={analysis.findings.sections[section]}
              chart={analysis.charts.find((chart) => chart.section === section)}
            />
          )),
    [analysis, lang, ruleset],
  );

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <div>
          <Text as="h1" block size={700} weight="semibold" className={styles.heading}>
            {t('title', lang)}
          </Text>
          <Text as="p" block size={200}>
            {t('privacy', lang)}
          </Text>
        </div>
        <LanguageSwitch lang={lang} onChange={setLang} />
      </header>

      <Card className={styles.setup}>
        <RulesetPicker lang={lang} ruleset={ruleset} onChange={setRuleset} />
        <FileDrop lang={lang} fileName={file?.name ?? null} disabled={stage === 'read'} onFile={(f) => void openFile(f)} />
        <EarlierInput
          lang={lang}
          fileName={earlier.check === null ? null : (earlierFile?.name ?? null)}
          error={earlier.error}
          onFile={(f) => void fileBytes(f).then((bytes) => setEarlierFile({ name: f.name, bytes }))}
          onClear={() => setEarlierFile(null)}
        />
      </Card>

      {(stage !== null || drawing) && (
        <>
          <RunProgress lang={lang} stage={stage ?? 'analyse'} />
          {/* Kept until all is drawn, so the fonts it resolved stay in the browser's cache meanwhile. */}
          <FontWarmUp />
        </>
      )}
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('readFailed', lang)}</MessageBarTitle>
            {errorText(error, lang)}
          </MessageBarBody>
        </MessageBar>
      )}

      {file !== null && file.sheets.length > 1 && (
        <Field label={t('sheet', lang)}>
          <Select
            value={String(sheetIndex)}
            onChange={(_, data) => {
              setSheetIndex(Number(data.value));
              setOverrides({});
            }}
          >
            {file.sheets.map((sheet, i) => (
              <option key={sheet} value={i}>
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {analysis !== null && !found && (
        <MessageBar intent="warning" layout="multiline" data-testid="no-table">
          <MessageBarBody>
            <MessageBarTitle>{t('noTable', lang)}</MessageBarTitle>
            {analysis.read.messages
              .filter((message) => message.severity === 'error')
              .map((message, i) => (
                <Text as="p" block key={i}>
                  {messageWords(message, lang, 'web')}
                </Text>
              ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {file !== null && analysis !== null && found && (
        <>
          {shown?.verdict === true && (
            <>
              <Text as="p" block size={200} data-testid="analysed-sheet">
                {t('analysedSheet', lang, { sheet: analysis.result.source.sheet, header: rowSpan(analysis.result.source.headerRows) })}
                {hasRows(analysis) && `${lang === 'zh' ? '，' : ', '}${t('analysedRows', lang, { first: analysis.result.source.firstDataRow, last: analysis.result.source.lastDataRow })}`}
              </Text>
              <VerdictBanner surface="web" lang={lang} ruleset={ruleset} findings={analysis.findings} />
              {comparison !== null && <Progress lang={lang} comparison={comparison} />}
              {analysis.findings.counts.schools > 0 && (
                <DownloadButton
                  lang={lang}
                  onDownload={async () => saveDownload(kept(await track(client.write(comparison, ruleset, lang, setStage))), annotatedFileName(file.name, lang))}
                />
              )}
              <CopyNotes lang={lang} notes={copyNotes} />
            </>
          )}
          <MappingPanel
            lang={lang}
            read={analysis.read}
            ruleset={ruleset}
            changed={Object.keys(overrides).length > 0}
            onColumns={(field: FieldId, columns: number[]) => setOverrides(withColumns(overrides, analysis.read, field, columns))}
            onReset={() => setOverrides({})}
          />
          {shown !== null && shown.sections > 0 && (
            <section className={styles.section} aria-labelledby="sections-heading">
              <Text as="h2" block size={600} weight="semibold" id="sections-heading" className={styles.heading}>
                {t('sectionsTitle', lang)}
              </Text>
              {sections.slice(0, shown.sections)}
            </section>
          )}
          {analysis.findings.counts.schools > 0 && (
            <PlanPanel
              key={`${file.name}|${sheetIndex}`}
              lang={lang}
              ruleset={ruleset}
              fileName={file.name}
              canApply={/\.xls[xm]$/i.test(file.name)}
              loadRead={() => track(client.read())}
              writeWithPlan={(plan) => track(client.write(comparison, ruleset, lang, setStage, plan)).then(kept)}
              writePlanned={(plan) => track(client.writePlanned(plan, setStage))}
            />
          )}
          {/* Every list needs an analysed entry, an excluded row or a note row: without any, no empty heading. */}
          {shown !== null && shown.lists > 0 && analysis.findings.counts.entries + analysis.findings.counts.excludedRows + analysis.findings.counts.noteRows > 0 && (
            <section className={styles.section} aria-labelledby="lists-heading">
              <Text as="h2" block size={600} weight="semibold" id="lists-heading" className={styles.heading}>
                {t('listsTitle', lang)}
              </Text>
              {/* The list groups one under another as FindingLists spaces its own lists. */}
              <div className={styles.lists}>{lists.slice(0, shown.lists)}</div>
            </section>
          )}
          {shown?.messages === true && (
            <section className={styles.section} aria-labelledby="messages-heading">
              <Text as="h2" block size={600} weight="semibold" id="messages-heading" className={styles.heading}>
                {t('messagesTitle', lang, { n: analysis.result.messages.length })}
              </Text>
              {messages}
            </section>
          )}
        </>
      )}
    </main>
  );
}
