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
} from '../core/findings';
import type { Surface } from '../core/messages/types';
import type { Lang, Ruleset, Section } from '../core/types';
import { LIST_PAGE, ShowMore, usePaged } from './Paged';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  misses: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface FindingListsProps {
  /** The page that shows the lists: the note under a long list names where that page keeps the full list. */
  surface: Extract<Surface, 'web' | 'pane'>;
  lang: Lang;
  ruleset: Ruleset;
  findings: Findings;
  /** The surface's label of the button that shows `n` more items (显示更多). */
  moreLabel: (n: number) => string;
  /**
   * A link selecting cells in a row of the user's sheet (the task pane), or none (the web page):
   * the school's name cell, or the cells that fed one indicator of one section.
   */
  cellLink?: (row: number, target: 'name' | { indicator: string; section: Section }) => ReactNode;
}

interface ListProps<T> {
  surface: FindingListsProps['surface'];
  lang: Lang;
  title: string;
  items: readonly T[];
  testId: string;
  moreLabel: (n: number) => string;
  render: (item: T) => ReactNode;
}

/** A titled list drawn a page at a time, with the catalogue's line counting the rest and the surface's “more” button. */
function PagedList<T>({ surface, lang, title, items, testId, moreLabel, render }: ListProps<T>) {
  const styles = useStyles();
  const { visible, hidden, showMore } = usePaged(items);
  return (
    // data-total: how many items the list holds, shown or not (a hook for tests that read it whole).
    <section data-testid={`${testId}-list`} data-total={items.length}>
      <h3 className={styles.title} data-part="title">
        {title}
      </h3>
      <ul className={styles.list}>
        {visible.map((item, i) => (
          <li key={i} data-testid={testId}>
            {render(item)}
          </li>
        ))}
      </ul>
      <ShowMore hidden={hidden} label={moreLabel} note={moreLine(items.length, items.length - hidden, lang, surface)} onMore={showMore} page={LIST_PAGE} />
    </section>
  );
}

/** A line of text (`part`: the hook tests read it by) with, on the pane, a link to its cell after it. */
function Linked({ text, link, weight, part = 'line' }: { text: string; link: ReactNode; weight?: 'semibold'; part?: 'line' | 'miss' }) {
  return (
    <>
      <Text weight={weight} data-part={part}>
        {text}
      </Text>
      {link !== null && link !== undefined && <> {link}</>}
    </>
  );
}

/** A school entry and each indicator it misses (value, standard, floor, both shortfalls). */
function SchoolEntry({ school, ruleset, lang, cellLink }: { school: SchoolFinding; ruleset: Ruleset; lang: Lang; cellLink?: FindingListsProps['cellLink'] }) {
  const styles = useStyles();
  return (
    <>
      <Linked text={entryLine(school, lang)} link={cellLink?.(school.row, 'name')} weight="semibold" />
      <ul className={styles.misses}>
        {school.misses.map((miss) => (
          <li key={miss.indicator}>
            <Linked text={missLine(miss, ruleset, lang)} part="miss" link={cellLink?.(school.row, { indicator: miss.indicator, section: school.section })} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The lists behind the verdict, the same on the web page and the task pane:
 * what drives the CVs over their limits, failing schools with each miss,
 * schools passing with one miss, undecided schools and what they lack,
 * further-check failures, excluded rows and rows read as notes. Each list draws
 * its first page only; the surface's “more” button adds a page at a time.
 */
export function FindingLists({ surface, lang, ruleset, findings, moreLabel, cellLink }: FindingListsProps) {
  const styles = useStyles();
  const { counts } = findings;
  const list = { surface, lang, moreLabel };
  return (
    <div className={styles.root}>
      {findings.cvDrivers.length > 0 && (
        <PagedList {...list} title={listTitle('list-drivers', findings.cvDrivers.length, lang)} items={findings.cvDrivers} testId="cv-driver" render={(d) => <Text data-part="line">{driverLine(d, ruleset, lang)}</Text>} />
      )}
      {findings.judgesSchools &&
        (findings.failing.length > 0 ? (
          <PagedList
            {...list}
            title={listTitle('list-failing', findings.failing.length, lang)}
            items={findings.failing}
            testId="failing-school"
            render={(s) => <SchoolEntry school={s} ruleset={ruleset} lang={lang} cellLink={cellLink} />}
          />
        ) : (
          // "None fail" only when some entry was judged: 0 judged is no news, and the undecided list says why.
          counts.entries > counts.undecidedEntries && (
            <h3 className={styles.title} data-testid="failing-none">
              {listTitle('list-failing-none', counts.entries - counts.undecidedEntries, lang)}
            </h3>
          )
        ))}
      {findings.passingWithMiss.length > 0 && (
        <PagedList
          {...list}
          title={listTitle('list-passing-with-miss', findings.passingWithMiss.length, lang)}
          items={findings.passingWithMiss}
          testId="passing-with-miss"
          render={(s) => <SchoolEntry school={s} ruleset={ruleset} lang={lang} cellLink={cellLink} />}
        />
      )}
      {findings.undecided.length > 0 && (
        <PagedList
          {...list}
          title={listTitle('list-undecided', findings.undecided.length, lang)}
          items={findings.undecided}
          testId="undecided-school"
          render={(s) => (
            <>
              <Linked text={entryLine(s, lang)} link={cellLink?.(s.row, 'name')} weight="semibold" /> <Text data-part="why">{undecidedLine(s, ruleset, lang)}</Text>
            </>
          )}
        />
      )}
      {findings.checkFailures.length > 0 && (
        <PagedList {...list} title={listTitle('list-check-failures', findings.checkFailures.length, lang)} items={findings.checkFailures} testId="check-failure" render={(f) => <Linked text={checkLine(f, lang)} link={cellLink?.(f.row, 'name')} />} />
      )}
      {findings.excluded.length > 0 && (
        <PagedList {...list} title={listTitle('list-excluded', findings.excluded.length, lang)} items={findings.excluded} testId="excluded-row" render={(r) => <Linked text={excludedLine(r, lang)} link={cellLink?.(r.row, 'name')} />} />
      )}
      {findings.notes.length > 0 && (
        <PagedList {...list} title={listTitle('list-notes', findings.notes.length, lang)} items={findings.notes} testId="note-row" render={(n) => <Text data-part="line">{noteLine(n, lang)}</Text>} />
      )}
    </div>
  );
}
