import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { splitAddress } from '../../core/address';
import {
  checkLine,
  driverLine,
  entryLabel,
  excludedLine,
  listTitle,
  missLine,
  noteLine,
  undecidedLine,
  type Findings,
  type SchoolFinding,
  type UndecidedFinding,
} from '../../core/findings';
import { sectionLabel } from '../../core/present';
import type { Lang, Ruleset, SheetRead } from '../../core/types';
import { fieldCell } from '../flow';
import { t } from '../strings';
import { CellLink } from './CellLink';
import { LIST_LIMIT, MoreItems } from './ListLimit';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  misses: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface ListProps<T> {
  lang: Lang;
  title: string;
  items: readonly T[];
  testId: string;
  render: (item: T) => ReactNode;
}

/** A titled list of the first `LIST_LIMIT` items, and the catalogue's line counting the rest. */
function CappedList<T>({ lang, title, items, testId, render }: ListProps<T>) {
  const styles = useStyles();
  return (
    <div data-testid={`${testId}-list`}>
      <h3 className={styles.title}>{title}</h3>
      <ul className={styles.list}>
        {items.slice(0, LIST_LIMIT).map((item, i) => (
          <li key={i} data-testid={testId}>
            {render(item)}
          </li>
        ))}
      </ul>
      <MoreItems total={items.length} lang={lang} />
    </div>
  );
}

interface EntryProps {
  lang: Lang;
  read: SheetRead;
  onSelect: (address: string) => void;
}

/** A school entry's name, section and a link to its row. */
function EntryHead({ entry, lang, read, onSelect }: EntryProps & { entry: SchoolFinding | UndecidedFinding }) {
  const cell = fieldCell(read, entry.row, 'name');
  const row = t('rowLabel', lang, { row: entry.row });
  return (
    <>
      <Text weight="semibold">{entryLabel(entry, lang)}</Text>{' '}
      <Text size={200}>
        {`${sectionLabel(entry.section, lang)} · `}
        {cell === null ? row : <CellLink address={cell} lang={lang} onSelect={onSelect}>{row}</CellLink>}
      </Text>
    </>
  );
}

/** A school entry and each indicator it misses (value, standard, floor, both shortfalls), each linking to its cell. */
function SchoolEntry({ school, ruleset, ...props }: EntryProps & { school: SchoolFinding; ruleset: Ruleset }) {
  const styles = useStyles();
  return (
    <>
      <EntryHead entry={school} {...props} />
      <ul className={styles.misses}>
        {school.misses.map((miss) => {
          const def = ruleset.indicators.find((candidate) => candidate.id === miss.indicator);
          const cell = def === undefined ? null : fieldCell(props.read, school.row, def.numerator[0]);
          return (
            <li key={miss.indicator}>
              {missLine(miss, ruleset, props.lang)}{' '}
              {cell !== null && (
                <CellLink address={cell} lang={props.lang} onSelect={props.onSelect}>
                  {splitAddress(cell).range}
                </CellLink>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export interface FindingListsProps extends EntryProps {
  ruleset: Ruleset;
  findings: Findings;
}

/**
 * The lists behind the verdict, as every surface shows them: what drives the
 * CVs over their limits, failing schools, schools passing with one miss,
 * undecided schools, further-check failures, excluded rows, rows read as notes.
 */
export function FindingLists({ lang, read, onSelect, ruleset, findings }: FindingListsProps) {
  const styles = useStyles();
  const entry = { lang, read, onSelect };
  const { counts } = findings;
  const rowLink = (row: number, text: string) => {
    const cell = fieldCell(read, row, 'name');
    return cell === null ? text : <CellLink address={cell} lang={lang} onSelect={onSelect}>{text}</CellLink>;
  };
  return (
    <div className={styles.root}>
      {findings.cvDrivers.length > 0 && (
        <CappedList lang={lang} title={listTitle('list-drivers', findings.cvDrivers.length, lang)} items={findings.cvDrivers} testId="cv-driver" render={(d) => <Text size={200}>{driverLine(d, ruleset, lang)}</Text>} />
      )}
      {findings.judgesSchools &&
        (findings.failing.length > 0 ? (
          <CappedList
            lang={lang}
            title={listTitle('list-failing', findings.failing.length, lang)}
            items={findings.failing}
            testId="failing-school"
            render={(s) => <SchoolEntry school={s} ruleset={ruleset} {...entry} />}
          />
        ) : (
          // "None fail" only when some entry was judged; the undecided list says why the others were not.
          counts.entries > counts.undecidedEntries && (
            <h3 className={styles.title} data-testid="failing-none">
              {listTitle('list-failing-none', counts.entries - counts.undecidedEntries, lang)}
            </h3>
          )
        ))}
      {findings.passingWithMiss.length > 0 && (
        <CappedList
          lang={lang}
          title={listTitle('list-passing-with-miss', findings.passingWithMiss.length, lang)}
          items={findings.passingWithMiss}
          testId="passing-with-miss"
          render={(s) => <SchoolEntry school={s} ruleset={ruleset} {...entry} />}
        />
      )}
      {findings.undecided.length > 0 && (
        <CappedList
          lang={lang}
          title={listTitle('list-undecided', findings.undecided.length, lang)}
          items={findings.undecided}
          testId="undecided-school"
          render={(s) => (
            <>
              <EntryHead entry={s} {...entry} />
              <Text block size={200}>
                {undecidedLine(s, ruleset, lang)}
              </Text>
            </>
          )}
        />
      )}
      {findings.checkFailures.length > 0 && (
        <CappedList lang={lang} title={listTitle('list-check-failures', findings.checkFailures.length, lang)} items={findings.checkFailures} testId="check-failure" render={(f) => <Text size={200}>{rowLink(f.row, checkLine(f, lang))}</Text>} />
      )}
      {findings.excluded.length > 0 && (
        <CappedList lang={lang} title={listTitle('list-excluded', findings.excluded.length, lang)} items={findings.excluded} testId="excluded-row" render={(r) => <Text size={200}>{rowLink(r.row, excludedLine(r, lang))}</Text>} />
      )}
      {findings.notes.length > 0 && (
        <CappedList lang={lang} title={listTitle('list-notes', findings.notes.length, lang)} items={findings.notes} testId="note-row" render={(n) => <Text size={200}>{noteLine(n, lang)}</Text>} />
      )}
    </div>
  );
}
