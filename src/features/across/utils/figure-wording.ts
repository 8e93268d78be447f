import type { MetricFigure } from '../../../core/metric-figures.ts';
import { format } from '../../../lib/i18n.ts';
import type { UiLanguage } from '../../../lib/settings.ts';
import type { acrossMessages } from '../messages.ts';
import type { FigureRow } from './company-figures.ts';

type Strings = (typeof acrossMessages)['en'];

/** A row's name in the interface language: "Revenue", "Revenue guidance", "Free cash flow, full year". */
export function rowLabel(row: Pick<FigureRow, 'metric' | 'guidance' | 'scope'>, m: Strings): string {
  const metric = m[`metric-${row.metric}`];
  if (row.guidance) return format(row.scope === 'year' ? m.guidanceYear : m.guidance, { metric });
  return row.scope === 'year' ? format(m.fullYear, { metric }) : metric;
}

/** "+5.0%", "−2.0 pts" in the interface language. */
export function changeText(change: { kind: 'percent' | 'points'; value: number }, language: UiLanguage, m: Strings): string {
  const number = new Intl.NumberFormat(language, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return change.kind === 'percent' ? `${number.format(change.value)}%` : format(m.points, { value: number.format(change.value) });
}

/** What qualifies a figure, in the interface language: its basis, "about", the period it is for when it names one. */
export function figureNotes(figure: MetricFigure, m: Strings): string[] {
  return [
    figure.basis === 'non-gaap' ? m.nonGaap : figure.basis === 'gaap' ? m.gaap : null,
    figure.approximate ? m.approximate : null,
    figure.period,
  ].filter((note): note is string => note !== null && note !== '');
}

/** A dollar amount or a percentage, short, for a chart's axis ("$612M", "$1.08B", "18%"). */
export function shortValue(value: number, unit: MetricFigure['unit'], language: UiLanguage): string {
  if (unit === 'percent') return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)}%`;
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 }).format(
    value,
  );
}
