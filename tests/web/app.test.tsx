/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDecoder, TextEncoder } from 'util';
import { formatCv } from '../../src/core/format';
import { analyze } from '../../src/core/analyze';
import { findSchoolSheet, readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { App } from '../../src/web/components/App';

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
// jsdom has no TextDecoder either; the file reader decodes CSV with it (as browsers do).
Object.assign(window, { ResizeObserver: NoResizeObserver, TextDecoder, TextEncoder });

const CSV = join(__dirname, '../../samples/示例县义务教育学校办学条件.csv');

function renderApp() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

function chooseFile(input: HTMLElement, bytes: Uint8Array, name: string) {
  const file = new File([bytes.slice().buffer], name);
  // jsdom's File has no arrayBuffer() in every version: give it one.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  fireEvent.change(input, { target: { files: [file] } });
}

async function engineResult() {
  const bytes = new Uint8Array(readFileSync(CSV));
  const grids = await readWorkbookBytes(bytes, '示例县义务教育学校办学条件.csv');
  return analyze(readSheet(grids[findSchoolSheet(grids)]), QUALITY_2017, { lang: 'zh' });
}

describe('the web page', () => {
  test('starts in Chinese with both steps labelled', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('均衡');
    expect(screen.getByLabelText('学校办学条件工作簿（.xlsx 或 .csv）')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /quality-2017/ })).toHaveProperty('checked', true);
  });

  test('shows the engine’s verdict, CVs, failing schools, exclusions and messages for the sample', async () => {
    const expected = await engineResult();
    renderApp();
    chooseFile(screen.getByTestId('workbook-input'), new Uint8Array(readFileSync(CSV)), '示例县义务教育学校办学条件.csv');
    const verdict = await screen.findByTestId('county-verdict', undefined, { timeout: 10000 });
    expect(verdict.getAttribute('data-passes')).toBe(String(expected.summary.countyPasses));
    expect(screen.getByTestId('verdict-junior').getAttribute('data-passes')).toBe(String(expected.sections.junior.passes));
    for (const section of ['primary', 'junior'] as const) {
      for (const def of QUALITY_2017.indicators) {
        expect(screen.getByTestId(`cv-${section}-${def.id}`).textContent).toBe(formatCv(expected.sections[section].indicators[def.id].cv));
      }
    }
    const failing = screen.getAllByTestId('failing-school').map((row) => row.textContent ?? '');
    expect(failing.some((text) => text.includes('王家湾小学'))).toBe(true);
    expect(failing.some((text) => text.includes('北坪乡初级中学'))).toBe(true);
    const excluded = screen.getAllByTestId('excluded-row').map((row) => row.textContent ?? '');
    expect(excluded.some((text) => text.includes('后沟教学点'))).toBe(true);
    expect(screen.queryAllByTestId('message')).toHaveLength(expected.messages.length);
    expect(screen.getAllByRole('img').length).toBe(2);
  });

  test('switches to English, report labels and messages included', async () => {
    renderApp();
    chooseFile(screen.getByTestId('workbook-input'), new Uint8Array(readFileSync(CSV)), '示例县义务教育学校办学条件.csv');
    await screen.findByTestId('county-verdict', undefined, { timeout: 10000 });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Junheng');
    expect(within(screen.getByTestId('county-verdict')).getByText(/schools analysed/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  test('says plainly when a file cannot be read', async () => {
    renderApp();
    chooseFile(screen.getByTestId('workbook-input'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '旧表.xls');
    await waitFor(() => expect(screen.getByText('无法分析这个文件')).toBeTruthy());
    expect(screen.getByText(/另存为/)).toBeTruthy();
  });

  test('a ruleset file with errors is refused with its errors listed', async () => {
    renderApp();
    const file = new File(['{"id":"x"}'], 'bad.json');
    Object.defineProperty(file, 'text', { value: async () => '{"id":"x"}' });
    fireEvent.change(screen.getByTestId('ruleset-input'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText('规则集文件有误')).toBeTruthy());
    expect(screen.getByRole('radio', { name: /quality-2017/ })).toHaveProperty('checked', true);
  });
});
