/**
 * Chromium resolves the page's font list once for each size and weight, with a
 * round trip to the browser process for each font not installed (of Fluent's
 * list most are not, on any one system). At 20 000 schools those round trips
 * fell in the frames that draw the result, up to 50 ms in one. While the worker
 * reads and analyses, the page's thread is idle: this draws, out of sight, a
 * Latin letter and a Chinese character in each size and weight the result
 * uses, so its fonts are resolved by the time it is drawn.
 */
import { webTheme } from '../theme';
import { CHART_FONT } from './CvChart';

/** A Latin letter and a Chinese character (均): one finds the Latin font, the other the Chinese one. */
const SAMPLE = 'a\u5747';

/** The sizes (px) and weights of the result's text: Fluent's text sizes, the chart's labels. */
const SIZES = [webTheme.fontSizeBase200, webTheme.fontSizeBase300, webTheme.fontSizeBase400, webTheme.fontSizeBase500, webTheme.fontSizeBase600, webTheme.fontSizeHero700, `${CHART_FONT}px`];
const WEIGHTS = [webTheme.fontWeightRegular, webTheme.fontWeightSemibold];

/** Every size and weight, and the italic of the body size (the note under a long list). */
export const FONT_SAMPLES: { fontSize: string; fontWeight: number; fontStyle: 'normal' | 'italic' }[] = [
  ...SIZES.flatMap((fontSize) => WEIGHTS.map((fontWeight) => ({ fontSize, fontWeight, fontStyle: 'normal' as const }))),
  { fontSize: webTheme.fontSizeBase300, fontWeight: webTheme.fontWeightRegular, fontStyle: 'italic' },
];

/** The samples in the page's font, laid out but not seen (no size, clipped) and not read out. */
export function FontWarmUp() {
  return (
    <div aria-hidden="true" data-testid="font-warm-up" style={{ position: 'absolute', width: 0, height: 0, overflow: 'hidden' }}>
      {FONT_SAMPLES.map((sample, i) => (
        <span key={i} style={{ ...sample, fontFamily: webTheme.fontFamilyBase }}>
          {SAMPLE}
        </span>
      ))}
    </div>
  );
}
