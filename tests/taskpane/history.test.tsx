/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { sampleCountySheet, SAMPLE_2025 } from '../../samples/sample-county';
import { SAMPLE_2026 } from '../../samples/sample-county-2026';
import { analyze } from '../../src/core/analyze';
import { checkOf, HISTORY_MAX_CHECKS, snapshotOf } from '../../src/core/compare';
import { buildFindings } from '../../src/core/findings';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { createMemoryGateway, type MemoryGateway } from '../../src/gateway/memory';
import { History } from '../../src/taskpane/components/History';
import type { CheckOutcome } from '../../src/taskpane/flow';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

function outcomeOf(edition: typeof SAMPLE_2025): CheckOutcome {
  const { grid } = sampleCountySheet(edition);
  const read = readSheet(grid);
  const result = analyze(read, QUALITY_2017);
  return { read, result, ruleset: QUALITY_2017, findings: buildFindings(result, QUALITY_2017) };
}

const Y2025 = outcomeOf(SAMPLE_2025);
const Y2026 = outcomeOf(SAMPLE_2026);

function pane(gateway: MemoryGateway, outcome: CheckOutcome, date: string) {
  return (
    <FluentProvider theme={webLightTheme}>
      <History number={6} lang="zh" gateway={gateway} outcome={outcome} now={() => new Date(date)} />
    </FluentProvider>
  );
}

describe('the history of checks in the workbook', () => {
  test('each check is saved in the workbook settings and compared with the one before', async () => {
    const gateway = createMemoryGateway({ sheets: [sampleCountySheet().grid] });
    const view = render(pane(gateway, Y2025, '2025-09-30T08:00:00Z'));
    await screen.findByText(/这是本工作簿保存的第一次检查/);
    expect(gateway.workbook.settings.history).toHaveLength(1);

    view.rerender(pane(gateway, Y2026, '2026-09-30T08:00:00Z'));
    await screen.findByText('上次 4 项未达标，已消号 3 项，改善 1 项，新增 1 项');
    expect(gateway.workbook.settings.history).toHaveLength(2);
    expect(screen.getAllByTestId('cv-trend')).toHaveLength(14);
    expect(screen.getByText(/初中 每百名学生拥有网络多媒体教室数：0\.488 → 0\.411/)).toBeTruthy();
    expect(screen.getAllByTestId('saved-check')).toHaveLength(2);

    // The same check rendered again is not saved twice.
    view.rerender(pane(gateway, Y2026, '2026-09-30T08:00:00Z'));
    await act(async () => undefined);
    expect(gateway.workbook.settings.history).toHaveLength(2);
  });

  test('a saved check can be deleted', async () => {
    const gateway = createMemoryGateway({
      sheets: [sampleCountySheet().grid],
      settings: { rulesets: [], rulesetId: null, history: [snapshotOf(checkOf(Y2025.result, QUALITY_2017, '2025-09-30T08:00:00Z'))] },
    });
    render(pane(gateway, Y2026, '2026-09-30T08:00:00Z'));
    await screen.findByTestId('history-comparison');
    fireEvent.click(screen.getAllByRole('button', { name: /^删除 .* 的检查$/ })[0]);
    await waitFor(() => expect(gateway.workbook.settings.history).toHaveLength(1));
    expect(screen.queryByTestId('history-comparison')).toBeNull();
  });

  test('a damaged saved check gets a message, never a crash, and can be deleted', async () => {
    const gateway = createMemoryGateway({
      sheets: [sampleCountySheet().grid],
      settings: { rulesets: [], rulesetId: null, history: [{ format: 'junheng-check', version: 1, schools: '手改过' }] },
    });
    render(pane(gateway, Y2026, '2026-09-30T08:00:00Z'));
    expect(await screen.findByText(/^第 1 条保存的检查无法读取：这份检查记录已损坏或被改动/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除 1 的检查' }));
    await waitFor(() => expect(gateway.workbook.settings.history).toHaveLength(1));
  });

  test('when full, the oldest check is dropped and the pane says so', async () => {
    const old = snapshotOf(checkOf(Y2025.result, QUALITY_2017, '2025-09-30T08:00:00Z'));
    const gateway = createMemoryGateway({
      sheets: [sampleCountySheet().grid],
      settings: { rulesets: [], rulesetId: null, history: Array.from({ length: HISTORY_MAX_CHECKS }, () => old) },
    });
    render(pane(gateway, Y2026, '2026-09-30T08:00:00Z'));
    expect(await screen.findByText(/已删除最早的 1 次/)).toBeTruthy();
    expect(gateway.workbook.settings.history).toHaveLength(HISTORY_MAX_CHECKS);
  });

  test('saving the rulesets leaves the history as it is', async () => {
    const gateway = createMemoryGateway({ sheets: [sampleCountySheet().grid], settings: { rulesets: [], rulesetId: null, history: ['x'] } });
    await gateway.saveSettings({ rulesets: [], rulesetId: 'basic-2012' });
    expect(await gateway.loadSettings()).toEqual({ rulesets: [], rulesetId: 'basic-2012', history: ['x'] });
  });
});
