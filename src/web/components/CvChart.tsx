import { tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { sectionLabel } from '../../core/present';
import { formatCv } from '../../core/format';
import { chartMax, type ReportChart } from '../../core/report';
import type { Lang } from '../../core/types';
import { t } from '../strings';

/** Drawn at its natural size (text at the page's size), narrower when the column is. */
const WIDTH = 440;
const FONT = 13;
const LABEL_HEIGHT = 19;
const BAR_HEIGHT = 14;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 9;
const TOP = 22;
/** Room right of the axis for the CV printed after a bar. */
const VALUE_ROOM = 48;

function barColor(passes: boolean | null, judged: boolean): string {
  if (!judged) return tokens.colorNeutralForeground3;
  return passes === false ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground;
}

export interface CvChartProps {
  chart: ReportChart;
  lang: Lang;
}

/**
 * One section's CVs as horizontal bars against the limit (a dashed line). The
 * table next to it holds the same numbers for screen readers; the SVG has a
 * title and a description too.
 */
export function CvChart({ chart, lang }: CvChartProps) {
  const id = useId();
  const max = chartMax(chart);
  const axis = WIDTH - VALUE_ROOM;
  const x = (value: number) => (Math.max(0, value) / max) * axis;
  const height = TOP + chart.bars.length * ROW_HEIGHT;
  const limitText = chart.limit === null ? '—' : formatCv(chart.limit);
  const title = t('chartLabel', lang, { section: sectionLabel(chart.section, lang), limit: limitText });
  const description = chart.bars.map((bar) => `${bar.label}: ${formatCv(bar.cv)}`).join('; ');
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
        const judged = (bar.limit ?? null) !== null;
        return (
          <g key={bar.indicator}>
            <text x={0} y={y + LABEL_HEIGHT - 5} fontSize={FONT} fill={tokens.colorNeutralForeground1}>
              {bar.label}
            </text>
            <rect x={0} y={y + LABEL_HEIGHT} width={axis} height={BAR_HEIGHT} fill={tokens.colorNeutralBackground3} />
            {bar.cv !== null && (
              <rect x={0} y={y + LABEL_HEIGHT} width={x(bar.cv)} height={BAR_HEIGHT} fill={barColor(bar.passes, judged)} />
            )}
            <text
              x={bar.cv === null ? 4 : Math.min(axis, x(bar.cv)) + 4}
              y={y + LABEL_HEIGHT + BAR_HEIGHT - 2}
              fontSize={FONT}
              fontWeight={bar.passes === false ? 700 : 400}
              fill={bar.passes === false ? tokens.colorPaletteRedForeground1 : tokens.colorNeutralForeground1}
            >
              {formatCv(bar.cv)}
            </text>
          </g>
        );
      })}
      {chart.limit !== null && (
        <g>
          <line
            x1={x(chart.limit)}
            x2={x(chart.limit)}
            y1={TOP - 4}
            y2={height}
            stroke={tokens.colorPaletteRedBorder2}
            strokeWidth={2}
            strokeDasharray="5 3"
          />
          <text x={x(chart.limit)} y={12} fontSize={FONT} textAnchor="middle" fill={tokens.colorPaletteRedForeground1}>
            {t('limitLine', lang, { limit: limitText })}
          </text>
        </g>
      )}
    </svg>
  );
}
