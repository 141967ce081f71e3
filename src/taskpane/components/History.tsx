import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  addToHistory,
  checkItems,
  checkOf,
  compareChecks,
  comparisonHeadline,
  comparisonNotes,
  cvTrends,
  HISTORY_MAX_CHECKS,
  itemTexts,
  readHistory,
  removeFromHistory,
  type Check,
  type CvTrend,
  type HistoryEntry,
} from '../../core/compare';
import { localize, sectionLabel } from '../../core/present';
import { formatCv } from '../../core/format';
import { LABELS } from '../../core/report';
import type { Lang } from '../../core/types';
import type { WorkbookGateway } from '../../gateway/types';
import type { CheckOutcome } from '../flow';
import { t } from '../strings';
import { Step } from './Step';
import { maxOf } from '../../core/arrays';
import { renderMessage } from '../../core/messages/render';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: '18px' },
  saved: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  trend: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  trendLabel: { flex: 1, fontSize: tokens.fontSizeBase200 },
});

export interface HistoryProps {
  /** The step's number among the steps shown. */
  number: number;
  lang: Lang;
  gateway: WorkbookGateway;
  /** The check just made: it is saved once, then compared with the one before. */
  outcome: CheckOutcome;
  /** The clock (tests fix it). */
  now?: () => Date;
}

interface Saved {
  stored: unknown[];
  /** What to tell the user about the saving (the oldest dropped, or too big to keep). */
  notice: string | null;
}

async function saveCheck(gateway: WorkbookGateway, outcome: CheckOutcome, date: Date, lang: Lang): Promise<Saved> {
  const settings = await gateway.loadSettings();
  const check = checkOf(outcome.result, outcome.ruleset, date.toISOString());
  const { history, dropped, kept } = addToHistory(settings.history ?? [], check);
  if (!kept) return { stored: settings.history ?? [], notice: renderMessage('history-not-kept', {}, lang, 'pane') };
  await gateway.saveSettings({ ...settings, history });
  return { stored: history, notice: dropped > 0 ? renderMessage('history-dropped', { max: HISTORY_MAX_CHECKS, n: dropped }, lang, 'pane') : null };
}

function dateText(date: string | null, lang: Lang): string {
  if (date === null) return t('unknownDate', lang);
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return date;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A CV over the saved checks as a small line, the limit dashed. Decorative: the numbers are in its label. */
function Sparkline({ trend }: { trend: CvTrend }) {
  const width = 96;
  const height = 24;
  const values = trend.points.map((p) => p.cv).filter((cv): cv is number => cv !== null);
  const top = maxOf(values, trend.limit ?? 0) * 1.1 || 1;
  const x = (i: number) => (trend.points.length === 1 ? width / 2 : (i / (trend.points.length - 1)) * (width - 4) + 2);
  const y = (cv: number) => height - 2 - (cv / top) * (height - 4);
  const path = trend.points
    .map((p, i) => (p.cv === null ? null : `${x(i).toFixed(1)},${y(p.cv).toFixed(1)}`))
    .filter((point): point is string => point !== null)
    .join(' ');
  const last = trend.points[trend.points.length - 1]?.cv ?? null;
  const over = last !== null && trend.limit !== null && last > trend.limit;
  return (
    <svg width={width} height={height} aria-hidden="true" data-testid="cv-trend">
      {trend.limit !== null && <line x1={0} x2={width} y1={y(trend.limit)} y2={y(trend.limit)} stroke={tokens.colorNeutralForeground3} strokeDasharray="3 2" />}
      <polyline points={path} fill="none" stroke={over ? tokens.colorPaletteRedForeground1 : tokens.colorBrandForeground1} strokeWidth={1.5} />
    </svg>
  );
}

function Trends({ lang, checks }: { lang: Lang; checks: Check[] }) {
  const styles = useStyles();
  const latest = checks[checks.length - 1];
  const names = new Map(latest.indicators.map((def) => [def.id, localize(def.name, lang)]));
  return (
    <div>
      <Text weight="semibold">{t('trendTitle', lang)}</Text>
      {cvTrends(checks).map((trend) => (
        <div key={`${trend.section}/${trend.indicator}`} className={styles.trend}>
          <Text className={styles.trendLabel}>
            {t('trendLabel', lang, {
              section: sectionLabel(trend.section, lang),
              indicator: trend.indicator === 'composite' ? localize(LABELS.composite, lang) : (names.get(trend.indicator) ?? trend.indicator),
              values: trend.points.map((p) => formatCv(p.cv)).join(' → '),
            })}
          </Text>
          <Sparkline trend={trend} />
        </div>
      ))}
    </div>
  );
}

function Comparison({ lang, before, now }: { lang: Lang; before: Check; now: Check }) {
  const styles = useStyles();
  const comparison = useMemo(() => compareChecks(before, now, { lang }), [before, now, lang]);
  const { counts } = comparison;
  return (
    <div data-testid="history-comparison">
      <Text weight="semibold">{t('compareTitle', lang)}</Text>
      <MessageBar intent={counts.worse + counts.new > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{comparisonHeadline(counts, lang)}</MessageBarTitle>
          {t('previousCheck', lang, { date: dateText(before.date, lang) })}
        </MessageBarBody>
      </MessageBar>
      {comparison.items.length === 0 ? (
        <Text>{renderMessage('compare-no-items', {}, lang, 'pane')}</Text>
      ) : (
        <ul className={styles.list}>
          {comparison.items.map((item) => {
            const texts = itemTexts(item, comparison, lang);
            return (
              <li key={`${item.section}/${texts.school}/${item.indicator}`} data-status={item.status}>
                {`${texts.status}：${renderMessage('progress-item-line', { ...texts }, lang, 'pane').trim()}`}
              </li>
            );
          })}
        </ul>
      )}
      {comparisonNotes(comparison, lang, 'pane').map((note) => (
        <Text key={note} block size={200}>
          {note}
        </Text>
      ))}
    </div>
  );
}

/**
 * The checks this workbook keeps of itself: the check just made is saved in the
 * workbook's settings, compared with the one before ("与上次检查比较"), and each CV
 * is drawn over the saved checks. Saved checks can be deleted; a damaged one says so.
 */
export function History({ number, lang, gateway, outcome, now = () => new Date() }: HistoryProps) {
  const styles = useStyles();
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string | null>(null);
  // One save per check, even when React runs the effect twice.
  const saving = useRef<{ outcome: CheckOutcome; done: Promise<Saved> } | null>(null);

  useEffect(() => {
    if (saving.current?.outcome !== outcome) saving.current = { outcome, done: saveCheck(gateway, outcome, now(), lang) };
    let live = true;
    saving.current.done.then(
      (result) => live && setSaved(result),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
    // `now` and `lang` only matter for the first save of a check.
  }, [gateway, outcome]);

  async function remove(index: number): Promise<void> {
    if (saved === null) return;
    try {
      const settings = await gateway.loadSettings();
      const stored = removeFromHistory(settings.history ?? saved.stored, index);
      await gateway.saveSettings({ ...settings, history: stored });
      setSaved({ stored, notice: null });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  // Validating the saved checks takes a moment: once per change, not per render.
  const entries: HistoryEntry[] = useMemo(() => (saved === null ? [] : readHistory(saved.stored)), [saved]);
  const checks = useMemo(() => entries.flatMap((entry) => (entry.ok ? [entry.check] : [])), [entries]);
  return (
    <Step number={number} title={t('historyTitle', lang)}>
      <div className={styles.body}>
        {error !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {saved?.notice != null && (
          <MessageBar intent="warning">
            <MessageBarBody>{saved.notice}</MessageBarBody>
          </MessageBar>
        )}
        {saved !== null && checks.length < 2 && <Text>{renderMessage('history-first-check', {}, lang, 'pane')}</Text>}
        {checks.length >= 2 && <Comparison lang={lang} before={checks[checks.length - 2]} now={checks[checks.length - 1]} />}
        {checks.length >= 2 && <Trends lang={lang} checks={checks} />}
        {entries.length > 0 && (
          <div>
            <Text weight="semibold">{t('savedChecks', lang, { n: entries.length, max: HISTORY_MAX_CHECKS })}</Text>
            {entries.map((entry) => {
              const label = entry.ok ? dateText(entry.check.date, lang) : String(entry.index + 1);
              return (
                <div key={entry.index} className={styles.saved} data-testid="saved-check">
                  <Text size={200}>
                    {entry.ok
                      ? t('savedCheck', lang, { date: label, sheet: entry.check.source.sheet, items: checkItems(entry.check).length })
                      : localize(entry.problem, lang)}
                  </Text>
                  <Button size="small" appearance="subtle" aria-label={t('deleteCheckLabel', lang, { date: label })} onClick={() => void remove(entry.index)}>
                    {t('deleteCheck', lang)}
                  </Button>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </Step>
  );
}
