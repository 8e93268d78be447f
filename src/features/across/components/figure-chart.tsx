import type { MetricFigure } from '../../../core/metric-figures.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { useSettings } from '../../../lib/settings.ts';
import { acrossMessages } from '../messages.ts';
import { shortValue } from '../utils/figure-wording.ts';

const WIDTH = 320;
const HEIGHT = 150;
const TOP = 22;
const BOTTOM = 24;

/**
 * A small bar chart of one metric by quarter (oldest left), hand-made SVG. It is an image with a text alternative
 * that says every value; the table next to it has the same figures with links to their sentences.
 */
export function FigureChart({ metric, points }: { metric: string; points: Array<{ label: string; value: number; figure: MetricFigure }> }) {
  const m = useMessages(acrossMessages);
  const { uiLanguage } = useSettings();
  const unit = points[0]?.figure.unit ?? 'usd';
  const max = Math.max(...points.map((point) => Math.abs(point.value)), 1);
  const slot = WIDTH / Math.max(points.length, 1);
  const barWidth = Math.min(56, slot * 0.6);
  const alt = format(m.chartAlt, {
    metric,
    points: points.map((point) => `${point.label} ${shortValue(point.value, unit, uiLanguage)}`).join(', '),
  });
  return (
    <figure className="across-chart">
      <figcaption className="across-chart-title">{format(m.chartTitle, { metric })}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={alt} className="across-chart-svg">
        <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="across-chart-axis" />
        {points.map((point, index) => {
          const height = (Math.abs(point.value) / max) * (HEIGHT - TOP - BOTTOM);
          const x = slot * index + (slot - barWidth) / 2;
          const y = HEIGHT - BOTTOM - height;
          return (
            <g key={`${point.label}-${index}`}>
              <rect x={x} y={y} width={barWidth} height={Math.max(height, 1)} rx={3} className="across-chart-bar" />
              <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="across-chart-value">
                {shortValue(point.value, unit, uiLanguage)}
              </text>
              <text x={x + barWidth / 2} y={HEIGHT - 7} textAnchor="middle" className="across-chart-label">
                {point.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
