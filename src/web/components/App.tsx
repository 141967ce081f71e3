import { Card, Select, Spinner, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens, Field } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { QUALITY_2017 } from '../../core/rulesets';
import { rowSpan } from '../../core/format';
import { messageWords } from '../../core/messages/render';
import { withColumns } from '../../core/reader/overrides';
import { SECTIONS, type ColumnMapping, type FieldId, type Grid, type L10n, type Lang, type Ruleset } from '../../core/types';
import { analyzeGrid, annotatedFileName, annotatedWorkbook, fileBytes, firstSchoolSheet, readGrids, saveDownload, type Analysis } from '../pipeline';
import { t } from '../strings';
import { DownloadButton } from './DownloadButton';
import { FileDrop } from './FileDrop';
import { FindingLists } from './FindingLists';
import { LanguageSwitch } from './LanguageSwitch';
import { MappingPanel } from './MappingPanel';
import { MessageList } from './MessageList';
import { RulesetPicker } from './RulesetPicker';
import { SectionVerdict } from './SectionVerdict';
import { checkOf, compareChecks, type Check } from '../../core/compare';
import { readEarlierFile, withProgress } from '../compare';
import { EarlierInput } from './EarlierInput';
import { Progress } from './Progress';
import { VerdictBanner } from '../../components/VerdictBanner';
import { PlanPanel } from './PlanPanel';

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
});

interface LoadedFile {
  name: string;
  bytes: Uint8Array;
  grids: Grid[];
}

/** An error's words: the file reader's own sentences in both languages, else its message. */
function errorText(error: unknown, lang: Lang): string {
  const text = (error as { text?: L10n }).text;
  if (text !== undefined) return text[lang];
  return error instanceof Error ? error.message : String(error);
}

/** Whether the sheet has data rows below its header (a header-only sheet has none). */
function hasRows(analysis: Analysis): boolean {
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
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The earlier check to compare with (整改消号), read again when the rules change.
  const [earlierFile, setEarlierFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [earlier, setEarlier] = useState<{ check: Check | null; error: string | null }>({ check: null, error: null });

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title', lang);
  }, [lang]);

  const [overrides, setOverrides] = useState<ColumnMapping>({});

  const analysis = useMemo(
    () => (file === null ? null : analyzeGrid(file.grids[sheetIndex], ruleset, lang, file.name, overrides)),
    [file, sheetIndex, ruleset, lang, overrides],
  );

  useEffect(() => {
    let current = true;
    if (earlierFile === null) setEarlier({ check: null, error: null });
    else {
      void readEarlierFile(earlierFile.bytes, earlierFile.name, ruleset, lang).then((read) => {
        if (current) setEarlier(read.ok ? { check: read.check, error: null } : { check: null, error: read.text });
      });
    }
    return () => {
      current = false;
    };
  }, [earlierFile, ruleset, lang]);

  const comparison = useMemo(
    () => (analysis === null || earlier.check === null ? null : compareChecks(earlier.check, checkOf(analysis.result, ruleset), { lang })),
    [analysis, earlier, ruleset, lang],
  );

  async function openFile(chosen: File) {
    setReading(true);
    setError(null);
    try {
      const bytes = await fileBytes(chosen);
      const grids = await readGrids(bytes, chosen.name);
      setSheetIndex(firstSchoolSheet(grids));
      setOverrides({});
      setFile({ name: chosen.name, bytes, grids });
    } catch (e) {
      setFile(null);
      setError(e);
    } finally {
      setReading(false);
    }
  }

  const found = analysis !== null && analysis.read.headerRows.length > 0;

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
        <FileDrop lang={lang} fileName={file?.name ?? null} disabled={reading} onFile={(f) => void openFile(f)} />
        <EarlierInput
          lang={lang}
          fileName={earlier.check === null ? null : (earlierFile?.name ?? null)}
          error={earlier.error}
          onFile={(f) => void fileBytes(f).then((bytes) => setEarlierFile({ name: f.name, bytes }))}
          onClear={() => setEarlierFile(null)}
        />
      </Card>

      {reading && <Spinner label={t('reading', lang)} />}
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('readFailed', lang)}</MessageBarTitle>
            {errorText(error, lang)}
          </MessageBarBody>
        </MessageBar>
      )}

      {file !== null && file.grids.length > 1 && (
        <Field label={t('sheet', lang)}>
          <Select
            value={String(sheetIndex)}
            onChange={(_, data) => {
              setSheetIndex(Number(data.value));
              setOverrides({});
            }}
          >
            {file.grids.map((grid, i) => (
              <option key={grid.sheet} value={i}>
                {grid.sheet}
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
          <Text as="p" block size={200} data-testid="analysed-sheet">
            {t('analysedSheet', lang, { sheet: analysis.result.source.sheet, header: rowSpan(analysis.result.source.headerRows) })}
            {hasRows(analysis) && `${lang === 'zh' ? '，' : ', '}${t('analysedRows', lang, { first: analysis.result.source.firstDataRow, last: analysis.result.source.lastDataRow })}`}
          </Text>
          <VerdictBanner surface="web" lang={lang} ruleset={ruleset} findings={analysis.findings} />
          {comparison !== null && <Progress lang={lang} comparison={comparison} />}
          {analysis.findings.counts.schools > 0 && (
            <DownloadButton
              lang={lang}
              onDownload={async () => saveDownload(await annotatedWorkbook(file.bytes, withProgress(analysis, comparison, ruleset, lang)), annotatedFileName(file.name, lang))}
            />
          )}
          <MappingPanel
            lang={lang}
            read={analysis.read}
            ruleset={ruleset}
            changed={Object.keys(overrides).length > 0}
            onColumns={(field: FieldId, columns: number[]) => setOverrides(withColumns(overrides, analysis.read, field, columns))}
            onReset={() => setOverrides({})}
          />
          <section className={styles.section} aria-labelledby="sections-heading">
            <Text as="h2" block size={600} weight="semibold" id="sections-heading" className={styles.heading}>
              {t('sectionsTitle', lang)}
            </Text>
            {SECTIONS.map((section) => (
              <SectionVerdict
                key={section}
                lang={lang}
                ruleset={ruleset}
                section={section}
                result={analysis.result.sections[section]}
                verdict={analysis.findings.sections[section]}
                chart={analysis.report.charts.find((chart) => chart.section === section)}
              />
            ))}
          </section>
          {analysis.findings.counts.schools > 0 && <PlanPanel key={`${file.name}|${sheetIndex}`} lang={lang} ruleset={ruleset} analysis={analysis} file={file} />}
          <section className={styles.section} aria-labelledby="lists-heading">
            <Text as="h2" block size={600} weight="semibold" id="lists-heading" className={styles.heading}>
              {t('listsTitle', lang)}
            </Text>
            <FindingLists lang={lang} ruleset={ruleset} findings={analysis.findings} />
          </section>
          <section className={styles.section} aria-labelledby="messages-heading">
            <Text as="h2" block size={600} weight="semibold" id="messages-heading" className={styles.heading}>
              {t('messagesTitle', lang, { n: analysis.result.messages.length })}
            </Text>
            <MessageList lang={lang} messages={analysis.result.messages} />
          </section>
        </>
      )}
    </main>
  );
}
