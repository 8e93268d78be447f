import { figureChange, figureValue, headlineFigures, METRIC_ORDER, type Metric, type MetricFigure } from '../../../core/metric-figures.ts';

/** One call of a company with the figures it states. */
export interface CallFigures {
  id: string;
  /** How the call is named in the table ("Q4 2023", or its title when it names no period). */
  label: string;
  quarter: number | null;
  year: number | null;
  figures: MetricFigure[];
}

export interface FigureCell {
  callId: string;
  figure: MetricFigure | null;
  /** The change from the same row in the next older call that states it, or null. */
  change: { kind: 'percent' | 'points'; value: number } | null;
  /** That older call's label. */
  changeFrom: string | null;
}

export interface FigureRow {
  key: string;
  metric: Metric;
  guidance: boolean;
  scope: 'quarter' | 'year';
  cells: FigureCell[];
}

/** Newest first: by fiscal year and quarter; calls without a period after. */
export function newestFirst<T extends Pick<CallFigures, 'quarter' | 'year'>>(calls: readonly T[]): T[] {
  const rank = (call: T) => (call.year ?? 0) * 10 + (call.quarter ?? 0);
  return [...calls].sort((a, b) => rank(b) - rank(a));
}

/**
 * The key-figures table of a company: one row per metric (actual or guidance, for a quarter or a year), one cell
 * per call (newest first) holding the call's headline figure for it, and the change from the next older call
 * that states the same row in the same unit and on the same basis.
 */
export function figureTable(calls: readonly CallFigures[]): FigureRow[] {
  const ordered = newestFirst(calls);
  const heads = ordered.map((call) => headlineFigures(call.figures, { quarter: call.quarter, year: call.year }));
  const keys = new Set<string>();
  for (const head of heads) for (const key of head.keys()) keys.add(key);
  const rows: FigureRow[] = [...keys].map((key) => {
    const [metric, kind, scope] = key.split('|') as [Metric, string, 'quarter' | 'year'];
    const cells = ordered.map((call, index): FigureCell => {
      const figure = heads[index]?.get(key) ?? null;
      let change: FigureCell['change'] = null;
      let changeFrom: string | null = null;
      if (figure) {
        for (let older = index + 1; older < ordered.length; older += 1) {
          const earlier = heads[older]?.get(key);
          if (!earlier) continue;
          if (earlier.unit === figure.unit && (earlier.basis === figure.basis || earlier.basis === null || figure.basis === null)) {
            change = figureChange(figure, earlier);
            changeFrom = change ? (ordered[older]?.label ?? null) : null;
          }
          break;
        }
      }
      return { callId: call.id, figure, change, changeFrom };
    });
    return { key, metric, guidance: kind === 'guidance', scope, cells };
  });
  const order = (row: FigureRow) => METRIC_ORDER.indexOf(row.metric) * 4 + (row.guidance ? 2 : 0) + (row.scope === 'year' ? 1 : 0);
  return rows.sort((a, b) => order(a) - order(b));
}

/** The points of a chart of one row, oldest first: the calls that state it, with the figure's value (a range's midpoint). */
export function chartPoints(row: FigureRow, calls: readonly CallFigures[]): Array<{ label: string; value: number; figure: MetricFigure }> {
  const labels = new Map(calls.map((call) => [call.id, call.label]));
  return row.cells
    .filter((cell): cell is FigureCell & { figure: MetricFigure } => cell.figure !== null)
    .map((cell) => ({ label: labels.get(cell.callId) ?? '', value: figureValue(cell.figure), figure: cell.figure }))
    .reverse();
}

/** The row worth a chart: revenue of the quarter when two calls or more state it, else the first such row in dollars. */
export function chartRow(rows: readonly FigureRow[]): FigureRow | null {
  const stated = (row: FigureRow) => row.cells.filter((cell) => cell.figure !== null).length;
  const candidates = rows.filter((row) => !row.guidance && row.scope === 'quarter' && stated(row) >= 2);
  return (
    candidates.find((row) => row.metric === 'revenue') ??
    candidates.find((row) => row.cells.some((cell) => cell.figure?.unit === 'usd')) ??
    null
  );
}
