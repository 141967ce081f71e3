/** @jest-environment jsdom */
/**
 * The task pane's 整改测算 step: the shared plan view after a check, and the
 * 均衡-整改测算 sheet written with the reports through the gateway.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { sampleCountyGrid } from '../../samples/sample-county';
import { createMemoryGateway } from '../../src/gateway/memory';
import { App } from '../../src/taskpane/App';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

async function checkedPane() {
  const gateway = createMemoryGateway({ sheets: [sampleCountyGrid()] });
  render(<App gateway={gateway} demo />);
  await act(async () => undefined);
  fireEvent.click(screen.getByRole('button', { name: '查找学校表' }));
  await screen.findByText(/已读取 学校办学条件!A1:W46/, undefined, { timeout: 10000 });
  fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
  await screen.findByText('5. 结果', undefined, { timeout: 10000 });
  return gateway;
}

describe('the task pane plan step', () => {
  test('reports are written without the plan sheet until the plan is worked out, then with it, as tried', async () => {
    const gateway = await checkedPane();
    expect(screen.getByRole('heading', { name: '8. 整改测算' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '写入报告工作表' }));
    await screen.findByText(/已写入 4 张报告工作表/);
    expect(gateway.workbook.reports.map((s) => s.name)).not.toContain('均衡-整改测算');

    fireEvent.click(screen.getByTestId('plan-show'));
    const view = await screen.findByTestId('plan-view');
    expect(within(view).getByTestId('plan-verification').getAttribute('data-passes')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '写入报告工作表' }));
    await screen.findByText(/已写入 5 张报告工作表/);
    const written = () => JSON.stringify(gateway.workbook.reports.find((s) => s.name === '均衡-整改测算'));
    expect(written()).toContain('核验：');

    // The amounts as tried are what the sheet says.
    fireEvent.change(within(view).getByTestId('plan-amount-30-multimediaRooms-'), { target: { value: '1' } });
    expect(within(view).getByTestId('plan-verification').getAttribute('data-passes')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: '写入报告工作表' }));
    await waitFor(() => expect(written()).toContain('核验未通过'));
  });
});
