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

function renderChart() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CvChart chart={CHART} lang="zh" />
    </FluentProvider>,
  );
}

describe('CvChart', () => {
  test('is an image named by its section and limit, described by its values', () => {
    renderChart();
    const image = screen.getByRole('img', { name: /初中各指标差异系数与限值 0\.450 的对比图/ });
    expect(image.querySelector('desc')?.textContent).toBe(
      '生均教学及辅助用房面积: 0.200; 每百名学生拥有网络多媒体教室数: 0.488; 生均图书册数: —',
    );
  });

  test('draws bars in proportion, the failing one apart, and the limit line where the limit is', () => {
    const { container } = renderChart();
    const bars = [...container.querySelectorAll('rect')].filter((_, i) => i % 2 === 1);
    const widths = bars.map((rect) => Number(rect.getAttribute('width')));
    // Two CVs drawn (the unknown one has no bar), 0.2 : 0.488.
    expect(widths).toHaveLength(2);
    expect(widths[0] / widths[1]).toBeCloseTo(0.2 / 0.488, 6);
    expect(bars[1].getAttribute('fill')).not.toBe(bars[0].getAttribute('fill'));
    const line = container.querySelector('line') as SVGLineElement;
    expect(Number(line.getAttribute('x1')) / widths[1]).toBeCloseTo(0.45 / 0.488, 6);
    expect(screen.getByText('限值 0.450')).toBeTruthy();
  });
});
