/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDecoder, TextEncoder } from 'util';
import { analyze } from '../../src/core/analyze';
import { buildFindings, countLines, messageText } from '../../src/core/findings';
import { formatCv } from '../../src/core/format';
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
const SAMPLE = '示例县义务教育学校办学条件.csv';

/** The official training example: five primary schools with only 图书册数. */
const TRAINING = [
  '学校名称,学校类型,在校生数,图书册数',
  '第一小学,小学,45,279',
  '第二小学,小学,37,137',
  '第三小学,小学,89,935',
  '第四小学,小学,76,160',
  '第五小学,小学,55,402',
].join('\n');

const UNDESERVED_PASS = /达标学校|全部通过|都达标|全部达标|均达到标准|均已判定/;

function renderApp() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

function chooseFile(bytes: Uint8Array, name: string) {
  const file = new File([bytes.slice().buffer], name);
  // jsdom's File has no arrayBuffer() in every version: give it one.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  fireEvent.change(screen.getByTestId('workbook-input'), { target: { files: [file] } });
}

function chooseText(text: string, name: string) {
  chooseFile(new TextEncoder().encode(text), name);
}

async function sampleResult() {
  const grids = await readWorkbookBytes(new Uint8Array(readFileSync(CSV)), SAMPLE);
  return analyze(readSheet(grids[findSchoolSheet(grids)]), QUALITY_2017, { lang: 'zh' });
}

async function verdict(): Promise<HTMLElement> {
  // The first file loads the analysis handler and ExcelJS (the page's fallback when no Worker runs, as in jsdom).
  return screen.findByTestId('county-verdict', undefined, { timeout: 30000 });
}

function chooseRuleset(id: string) {
  fireEvent.change(screen.getByRole('combobox', { name: '1. 规则集' }), { target: { value: id } });
}

describe('the web page', () => {
  test('starts in Chinese with both steps labelled, the default ruleset chosen, .xls offered', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('均衡');
    const input = screen.getByLabelText('学校办学条件工作簿（.xlsx、.xls 或 .csv）');
    expect(input.getAttribute('accept')).toContain('.xls,');
    expect((screen.getByRole('combobox', { name: '1. 规则集' }) as HTMLSelectElement).value).toBe('quality-2017');
  });

  test('the sample county: 县域结论：未达标, the counts of countLines, every list and CV the engine has', async () => {
    const expected = await sampleResult();
    const findings = buildFindings(expected, QUALITY_2017);
    renderApp();
    chooseFile(new Uint8Array(readFileSync(CSV)), SAMPLE);
    // The progress is shown from choosing the file to the verdict, without a gap between reading and analysing.
    const gaps: string[] = [];
    const watch = new MutationObserver(() => {
      if (screen.queryByTestId('run-progress') === null && screen.queryByTestId('county-verdict') === null) gaps.push(document.body.textContent ?? '');
    });
    watch.observe(document.body, { childList: true, subtree: true });
    // The fonts are resolved while the worker reads and analyses; the samples are gone with the verdict.
    expect(screen.getByTestId('font-warm-up')).toBeTruthy();
    const banner = await verdict();
    watch.disconnect();
    expect(gaps).toEqual([]);
    expect(screen.queryByTestId('font-warm-up')).toBeNull();
    expect(banner.getAttribute('data-status')).toBe('fail');
    expect(banner.textContent).toContain('县域结论：未达标');
    expect(screen.getAllByTestId('count-line').map((line) => line.textContent)).toEqual(countLines(findings.counts, true, 'zh'));
    expect(screen.getByTestId('verdict-junior').getAttribute('data-status')).toBe(findings.sections.junior?.status);
    for (const section of ['primary', 'junior'] as const) {
      for (const def of QUALITY_2017.indicators) {
        expect(screen.getByTestId(`cv-${section}-${def.id}`).textContent).toBe(formatCv(expected.sections[section].indicators[def.id].cv));
      }
    }
    const failing = screen.getAllByTestId('failing-school').map((row) => row.textContent ?? '');
    expect(failing).toHaveLength(findings.failing.length);
    expect(failing.some((text) => text.includes('王家湾小学'))).toBe(true);
    expect(failing.some((text) => text.includes('北坪乡初级中学'))).toBe(true);
    expect(failing.join('\n')).toMatch(/底线/);
    expect(screen.queryAllByTestId('passing-with-miss')).toHaveLength(findings.passingWithMiss.length);
    expect(screen.queryAllByTestId('cv-driver')).toHaveLength(findings.cvDrivers.length);
    expect(screen.queryAllByTestId('check-failure')).toHaveLength(Math.min(50, findings.checkFailures.length));
    const excluded = screen.getAllByTestId('excluded-row').map((row) => row.textContent ?? '');
    expect(excluded.some((text) => text.includes('后沟教学点'))).toBe(true);
    const messages = screen.queryAllByTestId('message');
    expect(messages).toHaveLength(expected.messages.length);
    const severities = messages.map((row) => row.getAttribute('data-severity'));
    expect(severities.indexOf('error') === -1 || severities.lastIndexOf('error') < severities.indexOf('warning') || !severities.includes('warning')).toBe(true);
    expect(screen.getAllByRole('img').length).toBe(2);
    expect(screen.getByTestId('download')).toBeTruthy();
  });

  test('the training example under the default ruleset: 无法判定, never a pass, with the ruleset suggestion', async () => {
    renderApp();
    chooseText(TRAINING, '训练示例.csv');
    const banner = await verdict();
    expect(banner.getAttribute('data-status')).toBe('undecided');
    expect(banner.textContent).toContain('无法判定');
    const page = document.body.textContent ?? '';
    expect(page).not.toMatch(UNDESERVED_PASS);
    expect(page).toContain('县域结论：无法判定');
    expect(screen.getByTestId('ruleset-suggestion').textContent).toContain('“规则集”下拉框');
    expect(screen.getAllByTestId('undecided-school')).toHaveLength(5);
    expect(page).not.toContain('--map');
  });

  test('the training example under basic-2012: 学校达标：无法判定, and the chart draws no limit on single CVs', async () => {
    renderApp();
    chooseRuleset('basic-2012');
    chooseText(TRAINING, '训练示例.csv');
    await verdict();
    expect(screen.getByTestId('verdict-part-schools').textContent).toContain('学校达标：无法判定');
    expect(document.body.textContent ?? '').not.toMatch(/都达标|全部通过|达标学校/);
    const chart = screen.getAllByRole('img')[0];
    const limitLines = chart.querySelectorAll('line');
    // Only the composite has a limit under basic-2012.
    expect(limitLines).toHaveLength(1);
    expect(limitLines[0].closest('g')?.getAttribute('data-indicator')).toBe('composite');
  });

  test('a header-only sheet: no green sentence, no download button', async () => {
    renderApp();
    chooseText('学校名称,学校类型,在校生数,图书册数\n', '空表.csv');
    const banner = await verdict();
    expect(banner.getAttribute('data-status')).toBe('undecided');
    expect(screen.queryByTestId('download')).toBeNull();
    expect(document.body.textContent ?? '').not.toMatch(/达标学校|全部通过|都达标|数据第 0/);
    // No list to show: no empty heading over nothing.
    expect(screen.queryByRole('heading', { name: '学校与数据' })).toBeNull();
  });

  test('the mapping panel re-analyses with the chosen column, and messages name it', async () => {
    renderApp();
    chooseText(['学校名称,学校类型,学生总数,图书册数', '第一小学,小学,45,279', '第二小学,小学,37,137'].join('\n'), '改名.csv');
    await verdict();
    const messages = screen.getAllByTestId('message').map((row) => row.textContent ?? '');
    expect(messages.some((text) => text.includes('“列映射”面板'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '查看或修改列映射' }));
    fireEvent.click(screen.getByRole('combobox', { name: '在校生数' }));
    fireEvent.click(await screen.findByRole('option', { name: 'C 列：学生总数' }));
    await waitFor(() => expect(screen.getAllByTestId('count-line')[0].textContent).toMatch(/参与分析学校 2 所/));
  });

  test('switches to English, verdict and messages included', async () => {
    const expected = await sampleResult();
    renderApp();
    chooseFile(new Uint8Array(readFileSync(CSV)), SAMPLE);
    await verdict();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Junheng');
    expect(within(screen.getByTestId('county-verdict')).getByText('County verdict: fails')).toBeTruthy();
    const first = expected.messages.find((m) => m.params !== undefined);
    if (first !== undefined) expect(document.body.textContent).toContain(messageText(first, 'en', 'web'));
    expect(document.documentElement.lang).toBe('en');
  });

  test('says plainly when a file cannot be read', async () => {
    renderApp();
    chooseFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '旧表.xls');
    await waitFor(() => expect(screen.getByText('无法分析这个文件')).toBeTruthy());
    expect(screen.getByText(/另存为/)).toBeTruthy();
  });

  test('a ruleset file with errors is refused with its errors listed', async () => {
    renderApp();
    const file = new File(['{"id":"x"}'], 'bad.json');
    Object.defineProperty(file, 'text', { value: async () => '{"id":"x"}' });
    fireEvent.change(screen.getByTestId('ruleset-input'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText('规则集文件有误')).toBeTruthy());
    // One language: the problems in Chinese only, each led by its field.
    expect(screen.getByText('name：缺少此项')).toBeTruthy();
    expect(document.body.textContent).not.toContain('is missing');
    expect((screen.getByRole('combobox', { name: '1. 规则集' }) as HTMLSelectElement).value).toBe('quality-2017');
  });
});
