/** @jest-environment jsdom */
/**
 * The font samples drawn while the worker works: every size and weight of the
 * result's text in the page's fonts, out of sight and not read out.
 */
import { render, screen } from '@testing-library/react';
import { FONT_SAMPLES, FontWarmUp } from '../../src/web/components/FontWarmUp';
import { CHART_FONT } from '../../src/web/components/CvChart';
import { webTheme } from '../../src/web/theme';

test('a Latin letter and a Chinese character in every size and weight the result uses, unseen', () => {
  render(<FontWarmUp />);
  const box = screen.getByTestId('font-warm-up');
  expect(box.getAttribute('aria-hidden')).toBe('true');
  expect([box.style.width, box.style.height, box.style.overflow]).toEqual(['0px', '0px', 'hidden']);
  const spans = [...box.querySelectorAll('span')];
  expect(spans).toHaveLength(FONT_SAMPLES.length);
  for (const span of spans) {
    expect(span.textContent).toMatch(/^[a-z][\u4e00-\u9fff]$/);
    expect(span.style.fontFamily).toBe(webTheme.fontFamilyBase);
  }
  const drawn = spans.map((span) => `${span.style.fontSize} ${span.style.fontWeight} ${span.style.fontStyle}`);
  // The body text, its semibold (a school's line), its italic (the note under a long list), headings, the chart's labels.
  for (const style of ['14px 400 normal', '14px 600 normal', '14px 400 italic', '12px 400 normal', '16px 600 normal', '20px 600 normal', '24px 600 normal', `${CHART_FONT}px 400 normal`]) {
    expect(drawn).toContain(style);
  }
});
