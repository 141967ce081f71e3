import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import {
  checkLine,
  driverLine,
  entryLine,
  excludedLine,
  listTitle,
  missLine,
  moreLine,
  noteLine,
  undecidedLine,
  type Findings,
  type SchoolFinding,
} from '../../core/findings';
import type { Lang, Ruleset } from '../../core/types';

/** Items shown per list; the downloaded report holds them all. */
export const WEB_LIST_LIMIT = 50;

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  misses: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface ListProps<T> {
  lang: Lang;
  title: string;
  items: readonly T[];
  testId: string;
  render: (item: T) => ReactNode;
}

/** A titled list of the first `WEB_LIST_LIMIT` items, and a line counting the rest. */
function CappedList<T>({ lang, title, items, testId, render }: ListProps<T>) {
  const styles = useStyles();
  const more = moreLine(items.length, WEB_LIST_LIMIT, lang, 'web');
  return (
    <section className={styles.block} data-testid={`${testId}-list`}>
      <Text as="h3" size={400} weight="semibold" className={styles.title}>
        {title}
      </Text>
      <ul className={styles.list}>
        {items.slice(0, WEB_LIST_LIMIT).map((item, i) => (
          <li key={i} data-testid={testId}>
            {render(item)}
          </li>
        ))}
      </ul>
      {more !== null && <Text italic>{more}</Text>}
    </section>
  );
}

function SchoolEntry({ school, ruleset, lang }: { school: SchoolFinding; ruleset: Ruleset; lang: Lang }) {
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold">{entryLine(school, lang)}</Text>
      <ul className={styles.misses}>
        {school.misses.map((miss) => (
          <li key={miss.indicator}>{missLine(miss, ruleset, lang)}</li>
        ))}
      </ul>
    </>
  );
}

export interface FindingListsProps {
  lang: Lang;
  ruleset: Ruleset;
  findings: Findings;
}

/**
 * The lists behind the verdict, as the command line prints them: what drives
 * the CVs over their limits, failing schools with each miss, schools passing
 * with one miss, undecided schools and what they lack, further-check failures,
 * excluded rows and rows read as notes.
 */
export function FindingLists({ lang, ruleset, findings }: FindingListsProps) {
  const styles = useStyles();
  const { counts } = findings;
  return (
    <div className={styles.block}>
      {findings.cvDrivers.length > 0 && (
        <CappedList lang={lang} title={listTitle('list-drivers', findings.cvDrivers.length, lang)} items={findings.cvDrivers} testId="cv-driver" render={(d) => driverLine(d, ruleset, lang)} />
      )}
      {findings.judgesSchools &&
        (findings.failing.length > 0 ? (
          <CappedList
            lang={lang}
            title={listTitle('list-failing', findings.failing.length, lang)}
            items={findings.failing}
            testId="failing-school"
            render={(s) => <SchoolEntry school={s} ruleset={ruleset} lang={lang} />}
          />
        ) : (
          // "None fail" only when some entry was judged: 0 judged is no news, and the undecided list says why.
          counts.entries > counts.undecidedEntries && (
            <Text as="h3" size={400} weight="semibold" className={styles.title} data-testid="failing-none">
              {listTitle('list-failing-none', counts.entries - counts.undecidedEntries, lang)}
            </Text>
          )
        ))}
      {findings.passingWithMiss.length > 0 && (
        <CappedList
          lang={lang}
          title={listTitle('list-passing-with-miss', findings.passingWithMiss.length, lang)}
          items={findings.passingWithMiss}
          testId="passing-with-miss"
          render={(s) => <SchoolEntry school={s} ruleset={ruleset} lang={lang} />}
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
              <Text weight="semibold">{entryLine(s, lang)}</Text> {undecidedLine(s, ruleset, lang)}
            </>
          )}
        />
      )}
      {findings.checkFailures.length > 0 && (
        <CappedList lang={lang} title={listTitle('list-check-failures', findings.checkFailures.length, lang)} items={findings.checkFailures} testId="check-failure" render={(f) => checkLine(f, lang)} />
      )}
      {findings.excluded.length > 0 && (
        <CappedList lang={lang} title={listTitle('list-excluded', findings.excluded.length, lang)} items={findings.excluded} testId="excluded-row" render={(r) => excludedLine(r, lang)} />
      )}
      {findings.notes.length > 0 && (
        <CappedList lang={lang} title={listTitle('list-notes', findings.notes.length, lang)} items={findings.notes} testId="note-row" render={(n) => noteLine(n, lang)} />
      )}
    </div>
  );
}
