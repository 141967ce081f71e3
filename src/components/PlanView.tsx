import { Button, Checkbox, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { buildFindings } from '../core/findings';
import { formatCount, formatCv, formatIndicatorValue, formatLimit, formatShortfall } from '../core/format';
import { additionKey, planCounty, tryPlan, unplannableLines, type CountyPlan, type PlanRun } from '../core/plan';
import { CATALOGUE } from '../core/messages/catalogue';
import { PLAN_HEADERS } from '../core/report/labels';
import { localize, phrase, sectionLabel } from '../core/present';
import type { IndicatorDef, Lang, Ruleset, SheetRead } from '../core/types';
import { PLAN_VIEW_LABELS } from './labels';
import { VerdictBanner } from './VerdictBanner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  scroll: { overflowX: 'auto' },
  amount: { width: '7em' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  locked: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PlanViewProps {
  /** The page that shows it: the verdict's reasons name that page's own controls. */
  surface: 'web' | 'pane';
  lang: Lang;
  read: SheetRead;
  ruleset: Ruleset;
  /** How to use the view on this surface (it names the surface's own buttons). */
  hint: string;
  /** Told the plan as tried whenever it changes (the pane writes it as the 均衡-整改测算 sheet). */
  onPlan?: (plan: CountyPlan) => void;
  /** The surface's own actions on the plan as tried (the web page's downloads). */
  actions?: (run: PlanRun) => ReactNode;
}

/** The lock checkbox's and amount input's test ids: by row, and by addition. */
const testKey = (key: string) => key.replace(/\|/g, '-');

/**
 * 整改测算 under the results: the least additions per school for every school
 * and CV to pass, the county verdict and CVs after them. The user can change a
 * school's amount (the county is judged again at once) and lock a school that
 * cannot build (the plan is made again without it; the others take its share).
 * Shared by the web page and the task pane; every sentence comes from the core.
 */
export function PlanView({ surface, lang, read, ruleset, hint, onPlan, actions }: PlanViewProps) {
  const label = (key: keyof typeof PLAN_VIEW_LABELS) => PLAN_VIEW_LABELS[key][lang];
  const styles = useStyles();
  const [locked, setLocked] = useState<ReadonlySet<number>>(new Set());
  const [amounts, setAmounts] = useState<ReadonlyMap<string, number>>(new Map());
  const run = useMemo(() => planCounty(read, ruleset, { locked }), [read, ruleset, locked]);
  const tried = useMemo(() => tryPlan(read, ruleset, run, amounts), [read, ruleset, run, amounts]);
  const findings = useMemo(() => buildFindings(tried.after, ruleset), [tried, ruleset]);
  const defs = useMemo(() => new Map(ruleset.indicators.map((def) => [def.id, def])), [ruleset]);
  const names = useMemo(() => new Map(read.records.map((r) => [r.row, r.name])), [read]);
  useEffect(() => onPlan?.(tried.plan), [tried, onPlan]);

  const plan = tried.plan;
  const separator = localize(CATALOGUE['list-separator'], lang);
  const ratio = `${Math.round((ruleset.schoolRule.floorRatio ?? 1) * 100)}%`;
  const v = plan.verification;
  const verification = v.passes
    ? phrase(CATALOGUE['plan-verified'], lang, { schools: v.schoolsPlanned, cvs: v.cvsPlanned })
    : phrase(CATALOGUE['plan-not-verified'], lang, { schools: v.schoolsStillFailing.length, cvs: v.cvsStillOver.length });
  // The planner's own additions are listed even when the user set one to 0, so it can be raised again.
  const rows = run.plan.additions.map((planned) => plan.additions.find((a) => additionKey(a) === additionKey(planned)) ?? { ...planned, addition: 0 });

  function lock(row: number): void {
    setLocked(new Set([...locked, row]));
    setAmounts(new Map([...amounts].filter(([key]) => !key.startsWith(`${row}|`))));
  }
  function unlock(row: number): void {
    setLocked(new Set([...locked].filter((r) => r !== row)));
  }
  function change(key: string, text: string): void {
    // An emptied field is 0 (the cell left as it is); anything else must be a number ≥ 0.
    const value = text.trim() === '' ? 0 : Number(text);
    if (!Number.isFinite(value) || value < 0) return;
    setAmounts(new Map([...amounts, [key, value]]));
  }

  return (
    <div className={styles.root} data-testid="plan-view">
      <Text as="p" block size={200}>
        {hint}
      </Text>
      {run.plan.additions.length === 0 && locked.size === 0 ? (
        <div data-testid="plan-nothing">
          {(unplannableLines(plan, ruleset, lang).length > 0 ? unplannableLines(plan, ruleset, lang) : [localize(CATALOGUE['plan-nothing-to-plan'], lang)]).map((line) => (
            <Text as="p" block key={line}>
              {line}
            </Text>
          ))}
        </div>
      ) : (
        <>
          {amounts.size > 0 && (
            <Text as="p" block weight="semibold" data-testid="plan-tried">
              {localize(CATALOGUE['plan-tried'], lang)}
            </Text>
          )}
          <Text as="p" block data-testid="plan-verification" data-passes={String(v.passes)}>
            {verification}
          </Text>
          {unplannableLines(plan, ruleset, lang).map((line) => (
            <Text as="p" block key={line} data-testid="plan-unplannable">
              {line}
            </Text>
          ))}
          {locked.size > 0 && (
            <div data-testid="plan-locked">
              <Text as="p" block>
                {phrase(CATALOGUE['plan-locked'], lang, { n: locked.size, names: [...locked].map((row) => names.get(row) ?? String(row)).join(separator) })}
              </Text>
              <Text weight="semibold">{label('lockedTitle')}</Text>
              <ul className={styles.locked}>
                {[...locked].map((row) => (
                  <li key={row}>
                    {names.get(row)}{' '}
                    <Button size="small" onClick={() => unlock(row)} data-testid={`plan-unlock-${row}`}>
                      {label('unlock')}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className={styles.scroll}>
            <Table size="small" aria-label={localize(CATALOGUE['plan-sheet-additions'], lang)} data-testid="plan-additions">
              <TableHeader>
                <TableRow>
                  {PLAN_HEADERS.additions.slice(1).map((h) => (
                    <TableHeaderCell key={h.en}>{localize(h, lang)}</TableHeaderCell>
                  ))}
                  <TableHeaderCell>{label('lock')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((a) => {
                  const def = defs.get(a.indicator) as IndicatorDef;
                  const key = additionKey(a);
                  const shown = amounts.get(key) ?? a.addition;
                  return (
                    <TableRow key={key} data-testid={`plan-row-${testKey(key)}`}>
                      <TableCell>{a.name || names.get(a.row)}</TableCell>
                      <TableCell>{a.row}</TableCell>
                      <TableCell>{localize(def.name, lang)}</TableCell>
                      <TableCell>{a.effects.map((e) => sectionLabel(e.section, lang)).join(separator)}</TableCell>
                      <TableCell>{a.effects.map((e) => formatIndicatorValue(def, e.current)).join(separator)}</TableCell>
                      <TableCell>{a.effects.map((e) => formatIndicatorValue(def, e.target)).join(separator)}</TableCell>
                      <TableCell>
                        <Input
                          className={styles.amount}
                          type="number"
                          min={0}
                          step={def.countable ? 1 : 0.01}
                          value={String(shown)}
                          aria-label={`${label('amount')} ${a.name} ${localize(def.name, lang)}`}
                          data-testid={`plan-amount-${testKey(key)}`}
                          onChange={(_, data) => change(key, data.value)}
                        />
                      </TableCell>
                      <TableCell>{localize(def.unit, lang)}</TableCell>
                      <TableCell>{a.cost === null ? '' : formatCount(a.cost)}</TableCell>
                      <TableCell>{a.reasons.map((r) => phrase(CATALOGUE[`plan-reason-${r}`], lang, { ratio })).join(separator)}</TableCell>
                      <TableCell>
                        <Checkbox
                          checked={false}
                          aria-label={`${label('lock')} ${a.name}`}
                          data-testid={`plan-lock-${a.row}`}
                          onChange={() => lock(a.row)}
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          <div className={styles.buttons}>
            <Button disabled={amounts.size === 0} onClick={() => setAmounts(new Map())} data-testid="plan-reset">
              {label('reset')}
            </Button>
            {actions?.(tried)}
          </div>
          <Text as="h3" block weight="semibold">
            {label('cvTitle')}
          </Text>
          <div className={styles.scroll}>
            <Table size="small" aria-label={label('cvTitle')} data-testid="plan-cvs">
              <TableHeader>
                <TableRow>
                  {PLAN_HEADERS.indicators.map((h) => (
                    <TableHeaderCell key={h.en}>{localize(h, lang)}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.indicators
                  .filter((i) => i.schools > 0 || (i.cvBefore !== null && i.limit !== null && i.cvBefore > i.limit))
                  .map((i) => {
                    const def = defs.get(i.indicator) as IndicatorDef;
                    const over = i.cvAfter !== null && i.limit !== null && i.cvAfter > i.limit;
                    return (
                      <TableRow key={`${i.section}-${i.indicator}`} data-testid={`plan-cv-${i.section}-${i.indicator}`} data-over={String(over)}>
                        <TableCell>{sectionLabel(i.section, lang)}</TableCell>
                        <TableCell>{localize(def.name, lang)}</TableCell>
                        <TableCell>{formatIndicatorValue(def, i.meanBefore)}</TableCell>
                        <TableCell>{formatIndicatorValue(def, i.meanAfter)}</TableCell>
                        <TableCell>{formatCv(i.cvBefore)}</TableCell>
                        <TableCell>{formatCv(i.cvAfter)}</TableCell>
                        <TableCell>{formatLimit(i.limit)}</TableCell>
                        <TableCell>{i.schools}</TableCell>
                      </TableRow>
                    );
                  })}
              </TableBody>
            </Table>
          </div>
          <Text as="h3" block weight="semibold">
            {label('totalsTitle')}
          </Text>
          <ul className={styles.locked} data-testid="plan-totals">
            {plan.totals.map((total) => {
              const def = defs.get(total.indicator) as IndicatorDef;
              return (
                <li key={total.indicator} data-testid={`plan-total-${total.indicator}`}>
                  {phrase(CATALOGUE['plan-total'], lang, {
                    indicator: localize(def.name, lang),
                    amount: formatShortfall(def, total.addition),
                    unit: localize(def.unit, lang),
                    schools: total.schools,
                    cost: total.cost === null ? '' : phrase(CATALOGUE['plan-cost'], lang, { cost: formatCount(total.cost) }),
                  }).trim()}
                </li>
              );
            })}
          </ul>
          {plan.budget !== null && <Text block>{phrase(CATALOGUE['plan-budget'], lang, { budget: formatCount(plan.budget) })}</Text>}
          <Text as="h3" block weight="semibold">
            {label('afterTitle')}
          </Text>
          <VerdictBanner surface={surface} lang={lang} ruleset={ruleset} findings={findings} />
        </>
      )}
    </div>
  );
}
