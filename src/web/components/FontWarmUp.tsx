/**
 * Chromium resolves the page's font list once for each size, weight and
 * variant, with a round trip to the browser process for each font not
 * installed (of Fluent's list most are not, on any one system). At 20 000
 * schools those round trips fell in the frames that draw the result, up to
 * 50 ms in one. While the worker reads and analyses, the page's thread is idle:
 * this draws, out of sight, a Latin letter and a Chinese character in each
 * font the result uses, one a frame, so its fonts are resolved by the time it is
 * drawn. It stays until all is drawn: once its text is gone, Chromium may drop
 * the fonts from its cache and look them up again.
 */
import { useEffect, useState, type CSSProperties } from 'react';
import { webTheme } from '../theme';
import { CHART_FONT } from './CvChart';
import { afterNextFrame } from './staged-draw';

/** A Latin letter and a Chinese character (均): one finds the Latin font, the other the Chinese one. */
const SAMPLE = 'a\u5747';

const { fontSizeBase200, fontSizeBase300, fontSizeBase400, fontSizeBase500, fontSizeBase600, fontSizeHero700, fontWeightRegular, fontWeightSemibold } = webTheme;

/** A font of the result's text: its size and weight, italic or tabular figures (a list's bullets, table numbers), or in the chart's SVG. */
export interface FontSample {
  fontSize: string;
  fontWeight: number;
  fontStyle?: 'italic';
  fontVariantNumeric?: 'tabular-nums';
  svg?: true;
}

/** Every font the result's text is drawn in (read from the page drawn at 20 000 schools). */
export const FONT_SAMPLES: FontSample[] = [
  ...[fontSizeBase200, fontSizeBase300, fontSizeBase400, fontSizeBase500, fontSizeBase600, fontSizeHero700].flatMap((fontSize) =>
    [fontWeightRegular, fontWeightSemibold].map((fontWeight) => ({ fontSize, fontWeight })),
  ),
  { fontSize: fontSizeBase300, fontWeight: fontWeightRegular, fontStyle: 'italic' },
  { fontSize: fontSizeBase300, fontWeight: fontWeightRegular, fontVariantNumeric: 'tabular-nums' },
  { fontSize: `${CHART_FONT}px`, fontWeight: fontWeightRegular, svg: true },
  { fontSize: fontSizeBase300, fontWeight: fontWeightRegular, svg: true },
];

function Sample({ sample }: { sample: FontSample }) {
  const { svg, ...font } = sample;
  const style: CSSProperties = { ...font, fontFamily: webTheme.fontFamilyBase };
  return svg ? (
    <svg width={0} height={0}>
      <text style={style}>{SAMPLE}</text>
    </svg>
  ) : (
    <span style={style}>{SAMPLE}</span>
  );
}

/** The samples in the page's fonts, one more each frame, laid out but not seen (no size, clipped) and not read out. */
export function FontWarmUp() {
  const [shown, setShown] = useState(1);
  useEffect(() => (shown < FONT_SAMPLES.length ? afterNextFrame(() => setShown((n) => n + 1)) : undefined), [shown]);
  return (
    <div aria-hidden="true" data-testid="font-warm-up" style={{ position: 'absolute', width: 0, height: 0, overflow: 'hidden' }}>
      {FONT_SAMPLES.slice(0, shown).map((sample, i) => (
        <Sample key={i} sample={sample} />
      ))}
    </div>
  );
}
