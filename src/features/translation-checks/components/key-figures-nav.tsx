import { memo, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { KeyFigure } from '../../../core/key-figures.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { translationChecksMessages } from '../messages.ts';
import '../translation-checks.css';

/** Figures listed at first, and per "Show more" press: a 3 MB call has thousands. */
const PAGE = 25;

type FigureFilter = 'all' | KeyFigure['kind'];
const FILTERS: readonly FigureFilter[] = ['all', 'currency', 'percent', 'bps'];

export interface KeyFiguresNavProps {
  status: 'pending' | 'ready';
  figures: readonly KeyFigure[];
  /** The reader URL of a line of the file. */
  linkForLine: (line: number) => string | null;
  /** Called when a link is followed, with the figure's place. */
  onNavigate?: (figure: KeyFigure) => void;
}

/** The words around a figure, with the figure itself in bold. */
function FigureInContext({ context, text }: { context: string; text: string }) {
  const at = context.indexOf(text);
  if (at === -1) return context;
  return (
    <>
      {context.slice(0, at)}
      <strong>{text}</strong>
      {context.slice(at + text.length)}
    </>
  );
}

/** Every amount, percentage and basis-point figure said in the call, with who said it; filter by kind, jump to it. */
export const KeyFiguresNav = memo(function KeyFiguresNav({ status, figures, linkForLine, onNavigate }: KeyFiguresNavProps) {
  const m = useMessages(translationChecksMessages);
  const [filter, setFilter] = useState<FigureFilter>('all');
  const [shown, setShown] = useState(PAGE);
  const counts = useMemo(() => {
    const byKind: Record<FigureFilter, number> = { all: figures.length, currency: 0, percent: 0, bps: 0 };
    for (const figure of figures) byKind[figure.kind] += 1;
    return byKind;
  }, [figures]);
  const matching = useMemo(() => (filter === 'all' ? figures : figures.filter((figure) => figure.kind === filter)), [figures, filter]);
  const visible = matching.slice(0, shown);
  const left = matching.length - visible.length;
  const labels: Record<FigureFilter, string> = {
    all: m.figure_all,
    currency: m.figure_currency,
    percent: m.figure_percent,
    bps: m.figure_bps,
  };
  const ready = status === 'ready';

  return (
    <nav aria-label={m.figures} className="side-nav figures-nav">
      <h2 className="side-nav-title">{ready ? format(m.figuresCount, { count: figures.length }) : m.figures}</h2>
      {!ready ? (
        <p className="side-nav-empty checks-pending">
          <span className="spinner" aria-hidden="true" />
          {m.checking}
        </p>
      ) : figures.length === 0 ? (
        <p className="side-nav-empty">{m.figuresEmpty}</p>
      ) : (
        <>
          <div role="radiogroup" aria-label={m.figuresKind} className="figures-filter">
            {FILTERS.map((kind) => (
              <label key={kind} className="figures-chip">
                <input
                  type="radio"
                  name="key-figure-kind"
                  className="segment-input"
                  checked={filter === kind}
                  disabled={counts[kind] === 0}
                  onChange={() => {
                    setFilter(kind);
                    setShown(PAGE);
                  }}
                />
                <span className="figures-chip-face">
                  {labels[kind]} <span className="figures-chip-count">{counts[kind]}</span>
                </span>
              </label>
            ))}
          </div>
          <ol className="figures-list">
            {visible.map((figure, index) => {
              const to = linkForLine(figure.line);
              const body = (
                <>
                  <span className="figures-head">
                    <span className={`figures-value figures-value-${figure.kind}`} lang="en">
                      {figure.text}
                    </span>
                    <span className="figures-speaker" lang="en">
                      {figure.speaker}
                    </span>
                  </span>
                  <span className="figures-context" lang="en">
                    <FigureInContext context={figure.context} text={figure.text} />
                  </span>
                </>
              );
              return (
                <li key={`${figure.line}:${figure.text}:${index}`}>
                  {to ? (
                    <Link to={to} className="figures-link" onClick={() => onNavigate?.(figure)}>
                      {body}
                    </Link>
                  ) : (
                    <span className="figures-link">{body}</span>
                  )}
                </li>
              );
            })}
          </ol>
          {left > 0 ? (
            <button type="button" className="link-button checks-more" onClick={() => setShown((count) => count + PAGE * 4)}>
              {format(m.showMore, { count: Math.min(left, PAGE * 4) })}
            </button>
          ) : null}
        </>
      )}
    </nav>
  );
});
