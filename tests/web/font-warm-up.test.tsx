/** @jest-environment jsdom */
/**
 * The font samples drawn while the worker works: every font of the result's
 * text in the page's font list, one more each frame, out of sight and not read out.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { FONT_SAMPLES, FontWarmUp } from '../../src/web/components/FontWarmUp';
import { CHART_FONT } from '../../src/web/components/CvChart';
import { webTheme } from '../../src/web/theme';

test('a Latin letter and a Chinese character in every font the result uses, one a frame, unseen', async () => {
  render(<FontWarmUp />);
  const box = screen.getByTestId('font-warm-up');
  expect(box.getAttribute('aria-hidden')).toBe('true');
  expect([box.style.width, box.style.height, box.style.overflow]).toEqual(['0px', '0px', 'hidden']);
  const samples = () => [...box.querySelectorAll<HTMLElement | SVGElement>('span, text')];
  expect(samples()).toHaveLength(1);
  await waitFor(() => expect(samples()).toHaveLength(FONT_SAMPLES.length));
  for (const sample of samples()) {
    expect(sample.textContent).toMatch(/^[a-z][\u4e00-\u9fff]$/);
    expect(sample.style.fontFamily).toBe(webTheme.fontFamilyBase);
  }
  const drawn = samples().map((s) => `${s.tagName} ${s.style.fontSize} ${s.style.fontWeight} ${s.style.fontStyle || 'normal'} ${s.style.fontVariantNumeric || 'normal'}`);
  // The body text, its semibold (a school's line), its italic (the note under a long list), a list's bullets, headings, the chart's labels.
  for (const font of [
    'SPAN 14px 400 normal normal',
    'SPAN 14px 600 normal normal',
    'SPAN 14px 400 italic normal',
    'SPAN 14px 400 normal tabular-nums',
    'SPAN 12px 400 normal normal',
    'SPAN 16px 600 normal normal',
    'SPAN 20px 600 normal normal',
    'SPAN 24px 600 normal normal',
    `text ${CHART_FONT}px 400 normal normal`,
  ]) {
    expect(drawn).toContain(font);
  }
});
