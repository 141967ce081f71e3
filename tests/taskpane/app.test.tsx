/** @jest-environment jsdom */
/**
 * The task pane in jsdom with the in-memory gateway: the whole flow from finding
 * the table to marks, the mapping and ruleset steps, English, errors, and a label
 * on every control.
 */
import { isInaccessible } from '@testing-library/dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { computeAccessibleName } from 'dom-accessibility-api';
import { SAMPLE_EXPECTED, sampleCountyGrid } from '../../samples/sample-county';
import { analyze } from '../../src/core/analyze';
import { buildFindings, countLines, listTitle } from '../../src/core/findings';
import { formatCv, formatLimit } from '../../src/core/format';
import { readSheet } from '../../src/core/reader';
import { buildReport } from '../../src/core/report';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { Grid } from '../../src/core/types';
import { createMemoryGateway } from '../../src/gateway/memory';
import type { MemoryGateway, MemoryWorkbookInit } from '../../src/gateway/memory';
import { App } from '../../src/taskpane/App';
import { indicatorCells } from '../../src/taskpane/flow';

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

function sampleGateway(init: Partial<MemoryWorkbookInit> = {}): MemoryGateway {
  return createMemoryGateway({ sheets: [sampleCountyGrid()], ...init });
}

/** Renders the pane and lets it load the workbook's settings. */
async function renderPane(gateway: MemoryGateway, demo = true) {
  const rendered = render(<App gateway={gateway} demo={demo} />);
  await act(async () => undefined);
  return rendered;
}

async function findAndRun(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
  await screen.findByText(/已读取 学校办学条件!A1:W46/, undefined, { timeout: 10000 });
  fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
  await screen.findByText('5. 结果', undefined, { timeout: 10000 });
}

/** Opens a Fluent Dropdown by its label and picks an option. */
async function choose(label: string | RegExp, option: string | RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

function expectedResult() {
  return analyze(readSheet(sampleCountyGrid()), QUALITY_2017, { lang: 'zh' });
}

describe('the task pane in demo mode', () => {
  test('says it is a demo on the sample county', async () => {
    await renderPane(sampleGateway());
    expect(screen.getByText('演示模式')).toBeTruthy();
    expect(screen.getByText(/未连接 Excel，使用内置示例县数据/)).toBeTruthy();
  });

  test('no demo banner inside Excel', async () => {
    await renderPane(sampleGateway(), false);
    expect(screen.queryByText('演示模式')).toBeNull();
  });

  test('find → check → verdict → links → report → marks → clear, leaving the user’s sheet as it was', async () => {
    const gateway = sampleGateway();
    const before = JSON.stringify(gateway.workbook.sheets);
    const expected = expectedResult();
    await renderPane(gateway);

    fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
    const found = await screen.findByText(/已读取 学校办学条件!A1:W46/);
    const summary = found.closest('[role="status"]') as HTMLElement;
    expect(within(summary).getByText('表头：第 3–4 行')).toBeTruthy();
    expect(within(summary).getByText(/数据：第 6–43 行，30 所学校/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    await screen.findByText('5. 结果', undefined, { timeout: 10000 });

    // The county verdict with its parts, each section's, and the counts of the findings.
    const findings = buildFindings(expected, QUALITY_2017);
    const banner = screen.getByTestId('county-verdict');
    expect(banner.getAttribute('data-status')).toBe('fail');
    expect(banner.textContent).toContain('县域结论：未达标');
    expect(screen.getAllByTestId('count-line').map((line) => line.textContent)).toEqual(countLines(findings.counts, true, 'zh'));
    expect(screen.getByTestId('verdict-junior').textContent).toBe(`初中结论：${findings.sections.junior?.status === 'fail' ? '未达标' : '达标'}`);
    expect(screen.getByTestId('verdict-primary').getAttribute('data-status')).toBe(findings.sections.primary?.status);
    const rooms = expected.sections.junior.indicators['multimedia-rooms'];
    expect(screen.getAllByText(new RegExp(`差异系数 ${formatCv(rooms.cv)} / 限值 ${formatLimit(rooms.cvLimit)}`)).length).toBeGreaterThan(0);
    // The verdict says what fails, and what drives it.
    expect(banner.textContent).toContain(`「每百名学生拥有网络多媒体教室数」差异系数 ${formatCv(rooms.cv)} 超过限值 ${formatLimit(rooms.cvLimit)}`);
    expect(screen.getAllByTestId('cv-driver')).toHaveLength(findings.cvDrivers.length);

    // Failing schools and what each misses, schools passing with one miss; exclusions with reasons.
    for (const school of SAMPLE_EXPECTED.failingSchools) expect(screen.getAllByText(new RegExp(school.name)).length).toBeGreaterThan(0);
    expect(screen.getByText(listTitle('list-failing', findings.failing.length, 'zh'))).toBeTruthy();
    expect(screen.queryAllByTestId('passing-with-miss')).toHaveLength(findings.passingWithMiss.length);
    expect(findings.passingWithMiss.length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('failing-school').map((item) => item.textContent).join('\n')).toMatch(/底线/);
    // Each miss links the cell the engine read its amount from.
    const first = findings.failing[0];
    const fed = indicatorCells(expected, first.row, first.section, first.misses[0].indicator)[0];
    expect(within(screen.getAllByTestId('failing-school')[0]).getByRole('button', { name: fed.split('!')[1] })).toBeTruthy();
    // Each excluded row is followed by a link to its cell.
    const excluded = screen.getAllByTestId('excluded-row').find((item) => item.textContent?.includes('后沟教学点'));
    expect(within(excluded as HTMLElement).getByRole('button')).toBeTruthy();
    const severities = screen.getAllByTestId('message').map((item) => item.getAttribute('data-severity'));
    expect([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a ?? '') - ['error', 'warning', 'info'].indexOf(b ?? ''))).toEqual(severities);

    // A link selects its cell in the workbook.
    const cell = expected.messages.find((m) => m.cell !== null)?.cell ?? '';
    expect(cell).not.toBe('');
    const link = screen.getAllByRole('button', { name: cell })[0];
    expect(link.getAttribute('title')).toBe(`在表中选中 ${cell}`);
    fireEvent.click(link);
    await waitFor(() => expect(gateway.workbook.selected).toBe(cell));

    fireEvent.click(screen.getByRole('button', { name: '写入报告工作表' }));
    const wrote = await screen.findByText(/已写入 4 张报告工作表/);
    // The confirmation sits in the write step, right under its buttons.
    expect(wrote.closest('section')?.textContent).toMatch(/^7\. 写回工作簿/);
    const report = buildReport(expected, readSheet(sampleCountyGrid()), QUALITY_2017, 'zh');
    expect(gateway.workbook.reports.map((sheet) => sheet.name)).toEqual(report.sheets.map((sheet) => sheet.name));

    fireEvent.click(screen.getByRole('button', { name: '标记不达标单元格' }));
    await screen.findByText(new RegExp(`条条件格式规则（按列区域设置，不是单元格数），标出 ${findings.counts.failingEntries + findings.counts.passingWithMissEntries} 个学校（学部）`));
    expect(gateway.workbook.marks.length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText(/已清除均衡添加的/);
    expect(gateway.workbook.marks).toEqual([]);
    expect(JSON.stringify(gateway.workbook.sheets)).toBe(before);
  });

  test('a progress bar shows while the check runs, and the pane stays responsive', async () => {
    const gateway = sampleGateway();
    let release: () => void = () => undefined;
    const readTable = gateway.readTable;
    gateway.readTable = (location) => new Promise<Grid>((resolve) => {
      release = () => resolve(readTable(location));
    });
    await renderPane(gateway);
    fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
    await screen.findByText(/已读取/);
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect(screen.getByText('正在读取工作表…')).toBeTruthy();
    expect((screen.getByRole('button', { name: '开始检查' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await screen.findByText('5. 结果', undefined, { timeout: 10000 });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('checking the columns', () => {
  test('fields the ruleset needs but the sheet lacks are named plainly', async () => {
    const grid = sampleCountyGrid();
    // Drop the key-teacher column's header: the sheet no longer has that field.
    const headerRow = grid.values[2];
    const column = headerRow.indexOf('县级及以上骨干教师数');
    headerRow[column] = '备用';
    await renderPane(createMemoryGateway({ sheets: [grid] }));
    fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
    expect(await screen.findByText('表中缺少规则需要的数据')).toBeTruthy();
    expect(screen.getByText(/表中找不到“县级及以上骨干教师数”列，「每百名学生拥有县级及以上骨干教师数」未计算.*在“列映射”步骤中指定该列/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '2. 列映射' })).toBeTruthy();
  });

  test('a column can be chosen for a field, and the unit of money changed', async () => {
    await renderPane(sampleGateway());
    fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
    await screen.findByText(/已读取/);
    fireEvent.click(screen.getByRole('button', { name: '查看或修改列映射' }));

    await choose('县级及以上骨干教师数', '（无）');
    expect(await screen.findByText(/表中找不到“县级及以上骨干教师数”列/)).toBeTruthy();
    await choose('县级及以上骨干教师数', /^M 列：县级及以上骨干教师数/);
    await waitFor(() => expect(screen.queryByText(/表中找不到“县级及以上骨干教师数”列/)).toBeNull());

    const unit = screen.getByRole('combobox', { name: '教学仪器设备值的单位' });
    expect(unit.textContent).toContain('万元');
    await choose('教学仪器设备值的单位', '元');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    // Read as yuan, every school's equipment is 10 000 times too small: all fail the standard.
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    await screen.findByText('5. 结果', undefined, { timeout: 120_000 });
    expect(screen.getAllByText(/生均教学仪器设备值：/).length).toBeGreaterThan(20);
  }, 240_000);
});

describe('rulesets', () => {
  test('a provincial ruleset is created, validated with plain errors, and kept with the workbook', async () => {
    const gateway = sampleGateway();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole('button', { name: '新建省级规则' }));
    const editor = screen.getByRole('group', { name: '新建省级规则' });
    fireEvent.change(within(editor).getByRole('textbox', { name: /规则名称/ }), { target: { value: '某省办学标准' } });
    const teachingSpace = within(editor).getByRole('textbox', { name: '生均教学及辅助用房面积 小学标准' });
    fireEvent.change(teachingSpace, { target: { value: '五点二' } });
    fireEvent.change(within(editor).getByRole('textbox', { name: '允许不达标的指标数' }), { target: { value: '2' } });
    fireEvent.click(within(editor).getByRole('button', { name: '保存到工作簿' }));
    expect(await within(editor).findByText(/生均教学及辅助用房面积 小学标准：应为数字/)).toBeTruthy();

    fireEvent.change(teachingSpace, { target: { value: '5.2' } });
    fireEvent.click(within(editor).getByRole('button', { name: '保存到工作簿' }));
    expect(await screen.findByText(/规则“某省办学标准”已保存到本工作簿/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: '新建省级规则' })).toBeNull();

    const saved = gateway.workbook.settings;
    expect(saved.rulesetId).toBe('province-1');
    const stored = saved.rulesets[0] as { name: { zh: string }; schoolRule: { maxMisses: number }; indicators: { id: string; standard: { primary: number } }[] };
    expect(stored.name.zh).toBe('某省办学标准');
    expect(stored.schoolRule.maxMisses).toBe(2);
    expect(stored.indicators.find((def) => def.id === 'teaching-space')?.standard.primary).toBe(5.2);

    // A colleague opening the workbook: a new pane over the same settings.
    const colleague = createMemoryGateway({ sheets: [sampleCountyGrid()], settings: saved });
    await renderPane(colleague);
    const dropdowns = screen.getAllByRole('combobox', { name: '评估规则' });
    await waitFor(() => expect(dropdowns[dropdowns.length - 1].textContent).toContain('某省办学标准（本工作簿）'));
  });

  test('basic-2012 judges the composite CV', async () => {
    const expected = analyze(readSheet(sampleCountyGrid()), BASIC_2012, { lang: 'zh' });
    // Chosen in the workbook's settings: picking it in the dropdown just before a run stalls jsdom's timers.
    const gateway = sampleGateway({ settings: { rulesets: [], rulesetId: 'basic-2012' } });
    await renderPane(gateway);
    await findAndRun();
    const composite = expected.sections.primary;
    expect(screen.getAllByText(`综合差异系数 ${formatCv(composite.compositeCv)} / 限值 ${formatLimit(composite.compositeLimit)}`).length).toBe(1);
    // Without school standards the schools are not judged: never 都达标.
    expect(screen.getByTestId('verdict-part-schools').textContent).toContain('学校达标：无法判定');
    expect(document.body.textContent).not.toMatch(/都达标|全部通过/);
    expect(gateway.workbook.settings.rulesetId).toBe('basic-2012');
  });

  test('a ruleset JSON can be pasted in; errors name the field', async () => {
    const gateway = sampleGateway();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole('button', { name: '导入 JSON' }));
    const box = screen.getByRole('textbox', { name: '粘贴规则集 JSON' });
    fireEvent.change(box, { target: { value: '{"id":"x","name":"某省","indicators":[]}' } });
    fireEvent.click(screen.getByRole('button', { name: '导入' }));
    expect(await screen.findByText(/indicators：至少需要 1 项/)).toBeTruthy();
    const json = {
      id: 'some-province', name: '某省', schoolRule: { maxMisses: 1 }, countyRule: { limits: { primary: 0.5, junior: 0.45 } },
      indicators: [{ id: 'books', name: '生均图书册数', numerator: 'books', standard: { primary: 25, junior: 40 } }],
    };
    fireEvent.change(box, { target: { value: JSON.stringify(json) } });
    fireEvent.click(screen.getByRole('button', { name: '导入' }));
    expect(await screen.findByText(/规则“某省”已保存到本工作簿/)).toBeTruthy();
    expect(gateway.workbook.settings.rulesetId).toBe('some-province');
  });
});

describe('language, errors and labels', () => {
  test('English when Office’s display language is English', async () => {
    await renderPane(sampleGateway({ displayLanguage: 'en-US' }));
    expect(screen.getByText('Demo mode')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Find the table' }));
    await screen.findByText(/Read 学校办学条件!A1:W46/);
    fireEvent.click(screen.getByRole('button', { name: 'Run the check' }));
    expect(await screen.findByText('County verdict: fails', undefined, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '5. Results' })).toBeTruthy();
  });

  test('a gateway failure is told in plain words next to the step', async () => {
    await renderPane(sampleGateway({ selection: { sheet: '学校办学条件', range: 'C7' } }));
    fireEvent.click(screen.getByRole('radio', { name: '当前选区' }));
    fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
    expect(await screen.findByText(/选区只有一个单元格/)).toBeTruthy();
  });

  test('every control has an accessible name, with every step open', async () => {
    const { container } = await renderPane(sampleGateway());
    await findAndRun();
    fireEvent.click(screen.getByRole('button', { name: '查看或修改列映射' }));
    fireEvent.click(screen.getByRole('button', { name: '新建省级规则' }));
    fireEvent.click(screen.getByRole('button', { name: '导入 JSON' }));
    // Controls hidden from assistive technology (a Dropdown's unused clear button) do not count.
    const controls = [...container.querySelectorAll('button, input, textarea, select, [role="combobox"], [role="progressbar"], a')]
      .filter((control) => !isInaccessible(control));
    expect(controls.length).toBeGreaterThan(60);
    const unnamed = controls.filter((control) => computeAccessibleName(control).trim() === '');
    expect(unnamed.map((control) => control.outerHTML.slice(0, 120))).toEqual([]);
  }, 240_000);
});

describe('never a pass for what was not computed', () => {
  /** The official training example: five primary schools with only 图书册数. */
  function trainingGrid(): Grid {
    const rows: [string, number, number][] = [['第一小学', 45, 279], ['第二小学', 37, 137], ['第三小学', 89, 935], ['第四小学', 76, 160], ['第五小学', 55, 402]];
    return {
      sheet: '训练示例',
      values: [['学校名称', '学校类型', '在校生数', '图书册数'], ...rows.map(([name, pupils, books]) => [name, '小学', pupils, books])],
      origin: { row: 1, column: 1 },
    };
  }

  async function runTraining(): Promise<HTMLElement> {
    fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
    await screen.findByText(/已读取 训练示例!/, undefined, { timeout: 10000 });
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    return screen.findByTestId('county-verdict', undefined, { timeout: 10000 });
  }

  test('the steps shown are numbered without gaps', async () => {
    await renderPane(sampleGateway());
    const titles = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles()).toEqual(['1. 找到学校表', '2. 规则集', '3. 检查']);
    fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
    await screen.findByText(/已读取/);
    expect(titles()).toEqual(['1. 找到学校表', '2. 列映射', '3. 规则集', '4. 检查']);
  });

  test('the training example under the default ruleset: 无法判定, never 达标, and the better ruleset named', async () => {
    await renderPane(createMemoryGateway({ sheets: [trainingGrid()] }));
    const banner = await runTraining();
    expect(banner.getAttribute('data-status')).toBe('undecided');
    expect(banner.textContent).toContain('县域结论：无法判定');
    expect(document.body.textContent).not.toMatch(/达标学校|全部通过|都达标|全部达标|均已判定/);
    expect(screen.getByTestId('ruleset-suggestion').textContent).toContain('在“规则集”步骤中选择它');
    expect(screen.getAllByTestId('undecided-school')).toHaveLength(5);
  });

  test('the training example under basic-2012: 学校达标：无法判定', async () => {
    // Chosen in the workbook's settings: picking it in the dropdown just before a run stalls jsdom's timers.
    await renderPane(createMemoryGateway({ sheets: [trainingGrid()], settings: { rulesets: [], rulesetId: 'basic-2012' } }));
    await runTraining();
    expect(screen.getByTestId('verdict-part-schools').textContent).toContain('学校达标：无法判定');
    expect(document.body.textContent).not.toMatch(/达标学校|全部通过|都达标/);
  });
  test('a header-only sheet: no school rows said as such, a verdict that is not a pass, and nothing to write, keep or plan', async () => {
    const header: Grid = { sheet: '空表', values: [['学校名称', '学校类型', '在校生数', '图书册数', '计算机台数']], origin: { row: 1, column: 1 } };
    await renderPane(createMemoryGateway({ sheets: [header] }));
    fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
    await screen.findByText('数据：表头下没有学校行', undefined, { timeout: 10000 });
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    const banner = await screen.findByTestId('county-verdict', undefined, { timeout: 10000 });
    expect(banner.getAttribute('data-status')).toBe('undecided');
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['1. 找到学校表', '2. 列映射', '3. 规则集', '4. 检查', '5. 结果']);
    expect(screen.queryByTestId('ruleset-suggestion')).toBeNull();
    expect(screen.queryByRole('button', { name: /写入报告/ })).toBeNull();
  });
});
