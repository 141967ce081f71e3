/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { ReportChart } from '../../src/core/report';
import { CvChart } from '../../src/web/components/CvChart';

const CHART: ReportChart = {
  sheet: 'county',
  section: 'junior',
  title: '初中差异系数与限值',
  bars: [
    { indicator: 'teaching-space', label: '生均教学及辅助用房面积', cv: 0.2, limit: 0.45, passes: true, row: 5 },
    { indicator: 'multimedia-rooms', label: '每百名学生拥有网络多媒体教室数', cv: 0.488, limit: 0.45, passes: false, row: 6 },
    { indicator: 'books', label: '生均图书册数', cv: null, limit: 0.45, passes: null, row: 7 },
  ],
  limit: 0.45,
  labels: "'均衡-差异系数'!A5:A7",
  values: "'均衡-差异系数'!D5:D7",
  column: 8,
};

/** basic-2012: single CVs have no limit of their own; only the composite is judged. */
const COMPOSITE: ReportChart = {
  ...CHART,
  bars: [
    { indicator: 'books', label: '生均图书册数', cv: 0.72, limit: null, passes: null, row: 5 },
    { indicator: 'computers', label: '百名学生拥有计算机台数', cv: 0.4, limit: null, passes: null, row: 6 },
    { indicator: 'composite', label: '综合差异系数', cv: 0.56, limit: 0.65, passes: true, row: 7 },
  ],
  limit: 0.65,
};

function renderChart(chart: ReportChart) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CvChart chart={chart} lang="zh" />
    </FluentProvider>,
  );
}

function barWidths(container: HTMLElement): number[] {
  return [...container.querySelectorAll('rect')].filter((_, i) => i % 2 === 1).map((rect) => Number(rect.getAttribute('width')));
}

describe('CvChart', () => {
  test('is an image named by its section, described by each CV and its own limit', () => {
    renderChart(CHART);
    const image = screen.getByRole('img', { name: /初中各指标差异系数与其限值的对比图/ });
    expect(image.querySelector('desc')?.textContent).toBe(
      '生均教学及辅助用房面积: 0.200 (限值 0.45); 每百名学生拥有网络多媒体教室数: 0.488 (限值 0.45); 生均图书册数: — (限值 0.45)',
    );
  });

  test('draws bars in proportion, the failing one apart, each limit mark where its limit is', () => {
    const { container } = renderChart(CHART);
    const widths = barWidths(container);
    // Two CVs drawn (the unknown one has no bar), 0.2 : 0.488.
    expect(widths).toHaveLength(2);
    expect(widths[0] / widths[1]).toBeCloseTo(0.2 / 0.488, 6);
    const bars = [...container.querySelectorAll('rect')].filter((_, i) => i % 2 === 1);
    expect(bars[1].getAttribute('fill')).not.toBe(bars[0].getAttribute('fill'));
    const lines = [...container.querySelectorAll('line')];
    expect(lines).toHaveLength(3);
    expect(Number(lines[1].getAttribute('x1')) / widths[1]).toBeCloseTo(0.45 / 0.488, 6);
  });

  test('under a composite ruleset, single CVs are drawn without a limit and never in pass or fail colours', () => {
    const { container } = renderChart(COMPOSITE);
    const lines = [...container.querySelectorAll('line')];
    expect(lines).toHaveLength(1);
    expect(lines[0].closest('g')?.getAttribute('data-indicator')).toBe('composite');
    const bars = [...container.querySelectorAll('rect')].filter((_, i) => i % 2 === 1);
    expect(bars[0].getAttribute('fill')).toBe(bars[1].getAttribute('fill'));
    expect(bars[2].getAttribute('fill')).not.toBe(bars[0].getAttribute('fill'));
    expect(container.querySelector('desc')?.textContent).toContain('生均图书册数: 0.720（单项不设限值）');
  });
});
