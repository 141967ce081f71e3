/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDecoder, TextEncoder } from 'util';
import { planCounty } from '../../src/core/plan';
import { findSchoolSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { readWorkbookBytes } from '../../src/files/read-workbook';
import { App } from '../../src/web/components/App';
import { analyzeGrid } from '../../src/web/pipeline';
import { canApplyPlan, plannedFileName, withPlan } from '../../src/web/plan';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver, TextDecoder, TextEncoder });

const CSV = join(__dirname, '../../samples/示例县义务教育学校办学条件.csv');
const XLSX = join(__dirname, '../../samples/示例县义务教育学校办学条件.xlsx');
const SAMPLE = '示例县义务教育学校办学条件.csv';
/** 北坪乡初级中学's multimedia rooms: 3 planned (floor and CV). */
const ROOMS = 'plan-amount-30-multimediaRooms-';

async function openPlan(): Promise<HTMLElement> {
  render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
  const bytes = new Uint8Array(readFileSync(CSV));
  const file = new File([bytes.slice().buffer], SAMPLE);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  fireEvent.change(screen.getByTestId('workbook-input'), { target: { files: [file] } });
  fireEvent.click(await screen.findByTestId('plan-show', undefined, { timeout: 10000 }));
  return screen.findByTestId('plan-view');
}

describe('the web page plan view (整改测算)', () => {
  test('shows the least additions, verified, with the county after the plan passing', async () => {
    const view = await openPlan();
    expect(within(view).getByTestId('plan-verification').getAttribute('data-passes')).toBe('true');
    expect(within(view).getByTestId('plan-verification').textContent).toContain('核验');
    expect((within(view).getByTestId(ROOMS) as HTMLInputElement).value).toBe('3');
    expect(within(view).getByTestId('plan-total-multimedia-rooms').textContent).toContain('增加 10 间，6 所学校');
    expect(within(view).getByTestId('plan-cv-junior-multimedia-rooms').getAttribute('data-over')).toBe('false');
    expect(within(view).getByTestId('county-verdict').getAttribute('data-status')).not.toBe('fail');
    expect(within(view).getByTestId('plan-download')).toBeTruthy();
    // A CSV has no cells to add to: no what-if copy.
    expect(within(view).queryByTestId('plan-download-applied')).toBeNull();
  });

  test('trying fewer rooms judges the county again at once; back to the planned amounts passes again', async () => {
    const view = await openPlan();
    fireEvent.change(within(view).getByTestId(ROOMS), { target: { value: '1' } });
    expect(within(view).getByTestId('plan-tried').textContent).toContain('试算');
    expect(within(view).getByTestId('plan-verification').getAttribute('data-passes')).toBe('false');
    expect(within(view).getByTestId('plan-cv-junior-multimedia-rooms').getAttribute('data-over')).toBe('true');
    expect(within(view).getByTestId('plan-total-multimedia-rooms').textContent).toContain('增加 8 间');
    expect(within(view).getByTestId('county-verdict').getAttribute('data-status')).toBe('fail');
    fireEvent.click(within(view).getByTestId('plan-reset'));
    expect(within(view).queryByTestId('plan-tried')).toBeNull();
    expect(within(view).getByTestId('plan-verification').getAttribute('data-passes')).toBe('true');
  });

  test('locking a school plans again without it: the others take its rooms; unlocking brings it back', async () => {
    const view = await openPlan();
    fireEvent.click(within(view).getAllByTestId('plan-lock-30')[0]);
    expect(within(view).getByTestId('plan-locked').textContent).toContain('北坪乡初级中学');
    expect(within(view).queryByTestId(ROOMS)).toBeNull();
    expect(within(view).getByTestId('plan-cv-junior-multimedia-rooms').getAttribute('data-over')).toBe('false');
    // 北坪 itself still fails the school rule: the verification says so.
    expect(within(view).getByTestId('plan-verification').getAttribute('data-passes')).toBe('false');
    fireEvent.click(within(view).getByTestId('plan-unlock-30'));
    expect(within(view).queryByTestId('plan-locked')).toBeNull();
    expect((within(view).getByTestId(ROOMS) as HTMLInputElement).value).toBe('3');
  });
});

describe('the web page plan downloads', () => {
  test('the annotated copy gains the 均衡-整改测算 sheet; the what-if copy only for .xlsx', async () => {
    const grids = await readWorkbookBytes(new Uint8Array(readFileSync(XLSX)), 'sample.xlsx');
    const analysis = analyzeGrid(grids[findSchoolSheet(grids)], QUALITY_2017, 'zh', 'sample.xlsx');
    const { plan } = planCounty(analysis.read, QUALITY_2017);
    expect(withPlan(analysis, plan, QUALITY_2017, 'zh').report.sheets.map((s) => s.name)).toContain('均衡-整改测算');
    expect(analysis.report.sheets.map((s) => s.name)).not.toContain('均衡-整改测算');
    expect(canApplyPlan(new Uint8Array(readFileSync(XLSX)))).toBe(true);
    expect(canApplyPlan(new Uint8Array(readFileSync(CSV)))).toBe(false);
    expect(plannedFileName('C:\\县\\县直学校.xlsx', '-测算后')).toBe('县直学校-测算后.xlsx');
  });
});
