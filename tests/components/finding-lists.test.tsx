/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDecoder } from 'util';
import { analyze } from '../../src/core/analyze';
import { buildFindings, entryLine, moreLine, type Findings } from '../../src/core/findings';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { ResultMessage } from '../../src/core/types';
import { FindingLists } from '../../src/components/FindingLists';
import { LIST_PAGE } from '../../src/components/Paged';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { MessageList as PaneMessages } from '../../src/taskpane/components/MessageList';
import { MessageList as WebMessages } from '../../src/web/components/MessageList';

Object.assign(window, { TextDecoder });

const CSV = join(__dirname, '../../samples/示例县义务教育学校办学条件.csv');
const MANY = 20_000;

let findings: Findings;
let messages: ResultMessage[];

beforeAll(async () => {
  const grids = await readWorkbookBytes(new Uint8Array(readFileSync(CSV)), 'sample.csv');
  const result = analyze(readSheet(grids[findSchoolSheet(grids)]), QUALITY_2017, { lang: 'zh' });
  findings = buildFindings(result, QUALITY_2017);
  messages = result.messages;
});

/** `n` items cycling through `items`, each a new entry with its own row. */
function many<T extends { row: number }>(items: readonly T[], n: number): T[] {
  return Array.from({ length: n }, (_, i) => ({ ...items[i % items.length], row: i + 3 }));
}

function inPage(node: JSX.Element) {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

const moreLabel = (n: number) => `more ${n}`;

describe('the shared finding lists', () => {
  test('a county of 20 000 failing schools draws one page per list, and “more” adds a page', () => {
    const big: Findings = { ...findings, failing: many(findings.failing, MANY), excluded: many(findings.excluded, MANY) };
    inPage(<FindingLists surface="web" lang="zh" ruleset={QUALITY_2017} findings={big} moreLabel={moreLabel} />);
    expect(screen.getAllByTestId('failing-school')).toHaveLength(LIST_PAGE);
    expect(screen.getAllByTestId('excluded-row')).toHaveLength(LIST_PAGE);
    const failing = screen.getByTestId('failing-school-list');
    expect(failing.textContent).toContain(moreLine(MANY, LIST_PAGE, 'zh', 'web'));
    fireEvent.click(within(failing).getByTestId('show-more'));
    expect(screen.getAllByTestId('failing-school')).toHaveLength(2 * LIST_PAGE);
    expect(screen.getAllByTestId('failing-school')[LIST_PAGE].textContent).toContain(entryLine(big.failing[LIST_PAGE], 'zh'));
    expect(failing.textContent).toContain(moreLine(MANY, 2 * LIST_PAGE, 'zh', 'web'));
    expect(within(failing).getByTestId('show-more').textContent).toBe(`more ${LIST_PAGE}`);
    // The other list keeps its own page.
    expect(screen.getAllByTestId('excluded-row')).toHaveLength(LIST_PAGE);
  });

  test('the last page shows only what is left, then the button goes', () => {
    const big: Findings = { ...findings, failing: many(findings.failing, LIST_PAGE + 7) };
    inPage(<FindingLists surface="pane" lang="zh" ruleset={QUALITY_2017} findings={big} moreLabel={moreLabel} />);
    const failing = screen.getByTestId('failing-school-list');
    expect(within(failing).getByTestId('show-more').textContent).toBe('more 7');
    expect(failing.textContent).toContain(moreLine(LIST_PAGE + 7, LIST_PAGE, 'zh', 'pane'));
    fireEvent.click(within(failing).getByTestId('show-more'));
    expect(screen.getAllByTestId('failing-school')).toHaveLength(LIST_PAGE + 7);
    expect(within(failing).queryByTestId('show-more')).toBeNull();
  });

  test('a short list has no button and no “more” line; the pane’s cell links follow each entry', () => {
    const select = jest.fn();
    inPage(
      <FindingLists
        surface="pane"
        lang="zh"
        ruleset={QUALITY_2017}
        findings={findings}
        moreLabel={moreLabel}
        cellLink={(row, field) => (
          <button data-testid="link" onClick={() => select(`${field}@${row}`)}>
            {`${field}@${row}`}
          </button>
        )}
      />,
    );
    expect(screen.queryAllByTestId('show-more')).toHaveLength(0);
    expect(screen.getAllByTestId('failing-school')).toHaveLength(findings.failing.length);
    const first = screen.getAllByTestId('failing-school')[0];
    fireEvent.click(within(first).getAllByTestId('link')[0]);
    expect(select).toHaveBeenCalledWith(`name@${findings.failing[0].row}`);
  });

  test('a new analysis starts the lists again at one page', () => {
    const big: Findings = { ...findings, failing: many(findings.failing, MANY) };
    const view = inPage(<FindingLists surface="web" lang="zh" ruleset={QUALITY_2017} findings={big} moreLabel={moreLabel} />);
    fireEvent.click(within(screen.getByTestId('failing-school-list')).getByTestId('show-more'));
    expect(screen.getAllByTestId('failing-school')).toHaveLength(2 * LIST_PAGE);
    const next: Findings = { ...big, failing: many(findings.failing, MANY) };
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <FindingLists surface="web" lang="zh" ruleset={QUALITY_2017} findings={next} moreLabel={moreLabel} />
      </FluentProvider>,
    );
    expect(screen.getAllByTestId('failing-school')).toHaveLength(LIST_PAGE);
  });
});

describe('the message lists', () => {
  const lots = () => Array.from({ length: MANY }, (_, i) => ({ ...messages[i % messages.length] }));

  test('the web page’s table draws a page of 20 000 messages, and more on request', () => {
    inPage(<WebMessages lang="zh" messages={lots()} />);
    expect(screen.getAllByTestId('message')).toHaveLength(LIST_PAGE);
    expect(document.body.textContent).toContain(`还有 ${MANY - LIST_PAGE} 条`);
    fireEvent.click(screen.getByTestId('show-more'));
    expect(screen.getAllByTestId('message')).toHaveLength(2 * LIST_PAGE);
  });

  test('the pane’s list draws a page of 20 000 messages, and more on request', () => {
    inPage(<PaneMessages lang="zh" messages={lots()} onSelect={() => undefined} />);
    expect(screen.getAllByTestId('message')).toHaveLength(LIST_PAGE);
    fireEvent.click(screen.getByTestId('show-more'));
    expect(screen.getAllByTestId('message')).toHaveLength(2 * LIST_PAGE);
  });
});
