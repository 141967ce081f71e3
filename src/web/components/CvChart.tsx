import { tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { formatCv, formatLimit } from '../../core/format';
import { sectionLabel } from '../../core/present';
import { chartMax, type ReportChart } from '../../core/report';
import type { Lang } from '../../core/types';
import { t } from '../strings';

/** Drawn at its natural size (text at the page's size), narrower when the column is. */
const WIDTH = 440;
/** The chart's font size (px). */
export const CHART_FONT = 13;
const LABEL_HEIGHT = 19;
const BAR_HEIGHT = 14;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 9;
const TOP = 6;
/** Room right of the axis for the CV printed after a bar. */
const VALUE_ROOM = 48;

function barColor(passes: boolean | null, judged: boolean): string {
  if (!judged || passes === null) return tokens.colorNeutralForeground3;
  return passes ? tokens.colorBrandBackground : tokens.colorPaletteRedBackground3;
}

export interface CvChartProps {
  chart: ReportChart;
  lang: Lang;
}

/**
 * One section's CVs as horizontal bars, each against its own limit (a dashed
 * mark on its bar): under a composite ruleset only the composite has a limit,
 * so single CVs are drawn without one. The table next to it holds the same
 * numbers for screen readers; the SVG has a title and a description too.
 */
export function CvChart({ chart, lang }: CvChartProps) {
  const id = useId();
  const max = chartMax(chart);
  const axis = WIDTH - VALUE_ROOM;
  const x = (value: number) => (Math.max(0, value) / max) * axis;
  const height = TOP + chart.bars.length * ROW_HEIGHT;
  const title = t('chartLabel', lang, { section: sectionLabel(chart.section, lang) });
  const description = chart.bars
    .map((bar) => `${bar.label}: ${formatCv(bar.cv)}${bar.limit === null ? t('noLimit', lang) : ` (${t('limitMark', lang, { limit: formatLimit(bar.limit) })})`}`)
    .join('; ');
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      style={{ maxWidth: '100%', height: 'auto', fontFamily: 'inherit' }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {chart.bars.map((bar, i) => {
        const y = TOP + i * ROW_HEIGHT;
        const judged = bar.limit !== null;
        return (
          <g key={bar.indicator} data-indicator={bar.indicator}>
            <text x={0} y={y + LABEL_HEIGHT - 5} fontSize={CHART_FONT} fill={tokens.colorNeutralForeground1}>
              {bar.label}
              {bar.limit !== null && ` · ${t('limitMark', lang, { limit: formatLimit(bar.limit) })}`}
            </text>
            <rect x={0} y={y + LABEL_HEIGHT} width={axis} height={BAR_HEIGHT} fill={tokens.colorNeutralBackground3} />
            {bar.cv !== null && (
              <rect x={0} y={y + LABEL_HEIGHT} width={x(bar.cv)} height={BAR_HEIGHT} fill={barColor(bar.passes, judged)} />
            )}
            {bar.limit !== null && (
              <line
                x1={x(bar.limit)}
                x2={x(bar.limit)}
                y1={y + LABEL_HEIGHT - 3}
                y2={y + LABEL_HEIGHT + BAR_HEIGHT + 3}
                stroke={tokens.colorPaletteRedBorder2}
                strokeWidth={2}
                strokeDasharray="3 2"
              />
            )}
            <text
              x={bar.cv === null ? 4 : Math.min(axis, x(bar.cv)) + 4}
              y={y + LABEL_HEIGHT + BAR_HEIGHT - 2}
              fontSize={CHART_FONT}
              fontWeight={judged && bar.passes === false ? 700 : 400}
              fill={judged && bar.passes === false ? tokens.colorPaletteRedForeground1 : tokens.colorNeutralForeground1}
            >
              {formatCv(bar.cv)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
