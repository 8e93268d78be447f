import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { FigureRow } from '../../../core/compare-calls.ts';
import { metricLabel, type MetricFigure } from '../../../core/metric-figures.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { useSettings } from '../../../lib/settings.ts';
import type { ComparedCall } from '../api/get-comparison.ts';
import { compareMessages, metricMessages } from '../messages.ts';
import { sentenceHref } from '../utils/compare-links.ts';

function FigureCell({ call, figure, period }: { call: ComparedCall; figure: MetricFigure | null; period: string }) {
  const m = useMessages(compareMessages);
  if (!figure) return <td className="compare-muted">{m.notStated}</td>;
  return (
    <td>
      <Link to={sentenceHref(call.id, figure.turn, figure.sentenceInTurn)} title={figure.quote} lang="en">
        {figure.text}
        <span className="visually-hidden">
          {' '}
          ({period}, {figure.speaker})
        </span>
      </Link>
      {figure.period && !/^Q[1-4]$/.test(figure.period) ? (
        <span className="figure-period" lang="en">
          {' '}
          {figure.period}
        </span>
      ) : null}
    </td>
  );
}

/** "+5%", "−0.7 pts": the change from the other call to this one. */
function ChangeCell({ change }: { change: FigureRow['change'] }) {
  const m = useMessages(compareMessages);
  if (!change) return <td className="compare-muted">—</td>;
  const sign = change.value > 0 ? '+' : change.value < 0 ? '−' : '±';
  const value = `${sign}${Math.abs(change.value).toLocaleString('en', { maximumFractionDigits: 1 })}`;
  const text = format(change.kind === 'percent' ? m.percentChange : m.pointsChange, { value });
  return <td className={change.value > 0 ? 'figure-up' : change.value < 0 ? 'figure-down' : undefined}>{text}</td>;
}

/** Key figures of both quarters in one table, each linked to its sentence, with the change where both state it. */
export function FiguresSection({
  current,
  other,
  rows,
  periods,
}: {
  current: ComparedCall;
  other: ComparedCall;
  rows: readonly FigureRow[];
  periods: [string, string];
}) {
  const m = useMessages(compareMessages);
  const { uiLanguage } = useSettings();
  const metrics = metricMessages[uiLanguage];
  const titleId = useId();
  return (
    <section className="compare-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{m.figures}</h2>
      <p className="compare-intro">{m.figuresIntro}</p>
      {rows.length === 0 ? (
        <p className="compare-muted">{m.noFigures}</p>
      ) : (
        <div className="figures-table-wrap">
          <table className="figures-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{m.metric}</th>
                <th scope="col">{periods[0]}</th>
                <th scope="col">{periods[1]}</th>
                <th scope="col">{m.change}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {metrics[row.metric] ?? metricLabel(row.metric)}
                    <span className="figure-scope">
                      {' '}
                      {row.guidance ? `${m.guidance} · ` : ''}
                      {row.scope === 'year' ? m.forYear : m.forQuarter}
                    </span>
                  </th>
                  <FigureCell call={current} figure={row.a} period={periods[0]} />
                  <FigureCell call={other} figure={row.b} period={periods[1]} />
                  <ChangeCell change={row.change} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
