import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { MetricFigure } from '../../../core/metric-figures.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { useSettings } from '../../../lib/settings.ts';
import { acrossMessages } from '../messages.ts';
import { chartPoints, chartRow, figureTable, newestFirst, type CallFigures } from '../utils/company-figures.ts';
import { changeText, figureNotes, rowLabel } from '../utils/figure-wording.ts';
import { FigureChart } from './figure-chart.tsx';
import { PageState } from './page-state.tsx';
import '../across.css';

/** One call of the company, as the library lists it. */
export interface CompanyCall {
  id: string;
  /** "Q4 2023", or the call's name when it has no period. */
  label: string;
  title: string;
  date: string | null;
  questions: number;
  quarter: number | null;
  year: number | null;
}

/** Addresses the page links to, made by the route (the reader's address format belongs to the reader). */
export interface AcrossLinks {
  call: (id: string) => string;
  question: (id: string, n: number) => string;
  turn: (id: string, turn: number) => string;
  sentence: (id: string, turn: number, sentenceInTurn: number) => string;
  analyst: (slug: string) => string;
  speaker: (slug: string) => string;
}

/**
 * A company's page: its calls by period, and its key figures by quarter (each linked to the sentence that states
 * it, with the change where two quarters state the same metric), a small chart, and every figure call by call.
 */
export function CompanyPage({
  company,
  calls,
  figures,
  pending,
  failed,
  links,
}: {
  company: string;
  calls: CompanyCall[];
  /** Figures of each call read so far, by call id. */
  figures: ReadonlyMap<string, MetricFigure[]>;
  pending: boolean;
  /** Labels of calls that could not be read again. */
  failed: string[];
  links: AcrossLinks;
}) {
  const m = useMessages(acrossMessages);
  const { uiLanguage } = useSettings();
  const titleId = useId();
  const callsId = useId();
  const figuresId = useId();
  const allId = useId();
  const ordered = newestFirst(calls);
  const read: CallFigures[] = ordered
    .filter((call) => figures.has(call.id))
    .map((call) => ({ id: call.id, label: call.label, quarter: call.quarter, year: call.year, figures: figures.get(call.id) ?? [] }));
  const rows = figureTable(read);
  const chart = chartRow(rows);
  const labelOf = new Map(read.map((call) => [call.id, call.label]));
  const dates = new Intl.DateTimeFormat(uiLanguage, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

  return (
    <main id="main" className="across-page" aria-labelledby={titleId}>
      <p className="across-crumbs">
        <Link to="/">{m.backToLibrary}</Link>
      </p>
      <h1 id={titleId} className="across-title">
        <bdi lang="en">{company}</bdi>
      </h1>
      <p className="across-lead">{calls.length === 1 ? m.callsOne : format(m.callsMany, { count: calls.length })}</p>
      <PageState pending={pending} failed={failed} m={m} />

      <section aria-labelledby={callsId} className="across-section">
        <h2 id={callsId}>{m.callsTitle}</h2>
        <ul className="across-calls">
          {ordered.map((call) => (
            <li key={call.id} className="across-call">
              <Link to={links.call(call.id)} className="across-call-link">
                <bdi lang="en">{call.label}</bdi>
              </Link>
              <bdi lang="en" className="across-muted">
                {call.title}
              </bdi>
              <span className="across-muted">
                {[
                  call.date ? format(m.heldOn, { date: dates.format(Date.parse(`${call.date}T00:00:00Z`)) }) : null,
                  call.questions === 1 ? m.questionsOne : format(m.questionsMany, { count: call.questions }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={figuresId} className="across-section">
        <h2 id={figuresId}>{m.figuresTitle}</h2>
        <p className="across-muted">{m.figuresLead}</p>
        {chart ? <FigureChart metric={rowLabel(chart, m)} points={chartPoints(chart, read)} /> : null}
        {rows.length === 0 && !pending ? <p>{m.figuresNone}</p> : null}
        {rows.length > 0 ? (
          <div className="across-table-wrap">
            <table className="across-table">
              <caption className="visually-hidden">{m.figuresTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.metricColumn}</th>
                  {read.map((call) => (
                    <th key={call.id} scope="col">
                      <bdi lang="en">{call.label}</bdi>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{rowLabel(row, m)}</th>
                    {row.cells.map((cell) => (
                      <td key={cell.callId}>
                        {cell.figure ? (
                          <FigureCell
                            figure={cell.figure}
                            href={links.sentence(cell.callId, cell.figure.turn, cell.figure.sentenceInTurn)}
                            notes={figureNotes(cell.figure, m)}
                            change={
                              cell.change && cell.changeFrom
                                ? format(m.changeFrom, { change: changeText(cell.change, uiLanguage, m), period: cell.changeFrom })
                                : null
                            }
                            label={format(m.openSentence, { figure: cell.figure.text, call: labelOf.get(cell.callId) ?? '' })}
                          />
                        ) : (
                          <span className="across-muted" aria-hidden="true">
                            —
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      {read.some((call) => call.figures.length > 0) ? (
        <section aria-labelledby={allId} className="across-section">
          <h2 id={allId}>{m.allFiguresTitle}</h2>
          {read.map((call) =>
            call.figures.length === 0 ? null : (
              <details key={call.id} className="across-details">
                <summary>{format(m.allFiguresOf, { call: call.label, count: call.figures.length })}</summary>
                <ul className="across-figures">
                  {call.figures.map((figure, index) => (
                    <li key={`${figure.turn}-${figure.sentenceInTurn}-${index}`}>
                      <span className="across-figure-metric">
                        {rowLabel({ metric: figure.metric, guidance: figure.guidance, scope: 'quarter' }, m)}
                      </span>{' '}
                      <Link to={links.sentence(call.id, figure.turn, figure.sentenceInTurn)} lang="en">
                        {figure.text}
                      </Link>
                      {figure.segment ? (
                        <>
                          {' '}
                          <bdi lang="en" className="across-muted">
                            ({figure.segment})
                          </bdi>
                        </>
                      ) : null}
                      <q lang="en" className="across-quote">
                        {figure.quote}
                      </q>
                      <span className="across-muted">
                        <bdi lang="en">{figure.speaker}</bdi>
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            ),
          )}
        </section>
      ) : null}
    </main>
  );
}

function FigureCell({
  figure,
  href,
  notes,
  change,
  label,
}: {
  figure: MetricFigure;
  href: string;
  notes: string[];
  change: string | null;
  label: string;
}) {
  return (
    <span className="across-cell">
      <Link to={href} lang="en" className="across-figure" aria-label={label} title={figure.quote}>
        {figure.text}
      </Link>
      {notes.length > 0 ? <span className="across-notes">{notes.join(' · ')}</span> : null}
      {change ? <span className="across-change">{change}</span> : null}
    </span>
  );
}
