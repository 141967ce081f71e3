/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDecoder, TextEncoder } from 'util';
import { App } from '../../src/web/components/App';

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver, nor TextDecoder.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver, TextDecoder, TextEncoder });

const SAMPLES = join(__dirname, '../../samples');
const Y2025 = '示例县义务教育学校办学条件.csv';
const Y2026 = '示例县义务教育学校办学条件2026.xlsx';

function choose(input: HTMLElement, bytes: Uint8Array, name: string) {
  const file = new File([bytes.slice().buffer], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  fireEvent.change(input, { target: { files: [file] } });
}

function renderApp() {
  render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

describe('the web page compares with an earlier check', () => {
  test('offers the optional second file, labelled', () => {
    renderApp();
    expect(screen.getByLabelText('上次的工作簿或结果（可选）')).toBeTruthy();
    expect(screen.queryByTestId('progress')).toBeNull();
  });

  test('says the progress in one line first, then every item with its status', async () => {
    renderApp();
    choose(screen.getByTestId('workbook-input'), new Uint8Array(readFileSync(join(SAMPLES, Y2026))), Y2026);
    await screen.findByTestId('county-verdict', undefined, { timeout: 20000 });
    choose(screen.getByTestId('earlier-input'), new Uint8Array(readFileSync(join(SAMPLES, Y2025))), Y2025);
    const headline = await screen.findByTestId('progress-headline', undefined, { timeout: 20000 });
    expect(headline.textContent).toBe('上次 4 项未达标，已消号 3 项，改善 1 项，新增 1 项');
    expect(screen.getAllByTestId('progress-item').map((row) => row.getAttribute('data-status'))).toEqual(['closed', 'closed', 'closed', 'improved', 'new']);
    expect(screen.getByText('上次：示例县义务教育学校办学条件.csv')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '不比较' }));
    await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
  });

  test('a file that is not a check gets a message, and no comparison', async () => {
    renderApp();
    choose(screen.getByTestId('workbook-input'), new Uint8Array(readFileSync(join(SAMPLES, Y2025))), Y2025);
    await screen.findByTestId('county-verdict', undefined, { timeout: 20000 });
    choose(screen.getByTestId('earlier-input'), new TextEncoder().encode('{"hello": 1}'), 'x.json');
    expect(await screen.findByText(/无法读取上次的检查“x\.json”/, undefined, { timeout: 20000 })).toBeTruthy();
    expect(screen.queryByTestId('progress')).toBeNull();
  });
});

test('the download holds the 均衡-整改进展 sheet when there is a comparison', async () => {
  const { analyzeGrid } = await import('../../src/web/pipeline');
  const { withProgress } = await import('../../src/web/compare');
  const { checkOf, compareChecks } = await import('../../src/core/compare');
  const { QUALITY_2017 } = await import('../../src/core/rulesets');
  const { sampleCountyGrid } = await import('../../samples/sample-county');
  const analysis = analyzeGrid(sampleCountyGrid(), QUALITY_2017, 'zh', Y2025);
  const check = checkOf(analysis.result, QUALITY_2017);
  expect(withProgress(analysis, null, QUALITY_2017, 'zh')).toBe(analysis);
  const names = withProgress(analysis, compareChecks(check, check), QUALITY_2017, 'zh').report.sheets.map((sheet) => sheet.name);
  expect(names[names.length - 1]).toBe('均衡-整改进展');
  expect(analysis.report.sheets.map((sheet) => sheet.name)).not.toContain('均衡-整改进展');
});
