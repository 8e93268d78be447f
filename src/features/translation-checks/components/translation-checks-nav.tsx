import { memo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Transcript } from '../../../core/transcript-model.ts';
import type { TranslationCheck } from '../../../core/translation-checks.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { translationChecksMessages } from '../messages.ts';
import { checkKindLabel, checkWording } from '../utils/check-wording.ts';
import { TextParts } from '../../../components/text-parts.tsx';
import '../translation-checks.css';

/** Flags listed at first; the rest follow a "Show more" press (a long, badly translated call may have hundreds). */
const FIRST = 50;

export interface TranslationChecksNavProps {
  status: 'pending' | 'ready';
  checks: readonly TranslationCheck[];
  transcript: Pick<Transcript, 'turns'>;
  /** The reader URL of a line of the file. */
  linkForLine: (line: number) => string | null;
  onlyFlagged: boolean;
  onOnlyFlaggedChange: (only: boolean) => void;
  /** Called when a link is followed (e.g. to close the drawer on a phone). */
  onNavigate?: () => void;
}

/** Every translation problem found in the call, each a link to its pair, and the "Only flagged pairs" filter. */
export const TranslationChecksNav = memo(function TranslationChecksNav({
  status,
  checks,
  transcript,
  linkForLine,
  onlyFlagged,
  onOnlyFlaggedChange,
  onNavigate,
}: TranslationChecksNavProps) {
  const m = useMessages(translationChecksMessages);
  const [shown, setShown] = useState(FIRST);
  const ready = status === 'ready';
  const visible = checks.slice(0, shown);
  const left = checks.length - visible.length;

  return (
    <nav aria-label={m.title} className="side-nav checks-nav">
      <h2 className="side-nav-title">{ready ? format(m.titleCount, { count: checks.length }) : m.title}</h2>
      {!ready ? (
        <p className="side-nav-empty checks-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          {m.checking}
        </p>
      ) : checks.length === 0 ? (
        <p className="side-nav-empty">{m.empty}</p>
      ) : (
        <>
          <label className="checks-filter">
            <input type="checkbox" checked={onlyFlagged} onChange={(event) => onOnlyFlaggedChange(event.target.checked)} />
            <span>{m.onlyFlagged}</span>
          </label>
          <ol className="checks-list">
            {visible.map((check, index) => {
              const to = linkForLine(check.line);
              const speaker = transcript.turns[check.turn]?.speaker;
              const body = (
                <>
                  <span className="checks-head">
                    <span className={`checks-kind checks-kind-${check.kind}`}>{checkKindLabel(check.kind, m)}</span>
                    {speaker ? (
                      <span className="checks-speaker" lang="en">
                        {speaker}
                      </span>
                    ) : null}
                  </span>
                  <span className="checks-message">
                    <TextParts parts={checkWording(check, m)} />
                  </span>
                </>
              );
              return (
                <li key={`${check.turn}:${check.paragraph}:${index}`}>
                  {to ? (
                    <Link to={to} className="checks-link" onClick={onNavigate}>
                      {body}
                    </Link>
                  ) : (
                    <span className="checks-link">{body}</span>
                  )}
                </li>
              );
            })}
          </ol>
          {left > 0 ? (
            <button type="button" className="link-button checks-more" onClick={() => setShown((count) => count + FIRST * 4)}>
              {format(m.showMore, { count: Math.min(left, FIRST * 4) })}
            </button>
          ) : null}
        </>
      )}
    </nav>
  );
});
