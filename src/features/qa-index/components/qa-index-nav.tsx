import { memo, useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { Question } from '../../../core/transcript-model.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { qaIndexMessages } from '../messages.ts';
import { actualAsker } from '../utils/question-label.ts';

export interface QaIndexNavProps {
  questions: readonly Question[];
  /** The question being read, or null. */
  activeQuestion: number | null;
  /** The reader URL of a question. */
  linkTo: (question: number) => string;
  /** Called when a question link is followed (e.g. to close the drawer on a phone). */
  onNavigate?: () => void;
}

/** One link per analyst question, in order; the question being read is marked with aria-current. */
export const QaIndexNav = memo(function QaIndexNav({ questions, activeQuestion, linkTo, onNavigate }: QaIndexNavProps) {
  const m = useMessages(qaIndexMessages);
  const listRef = useRef<HTMLOListElement>(null);

  // Keep the highlighted question visible inside the index as the reader scrolls the call.
  useEffect(() => {
    if (activeQuestion === null) return;
    // Scroll only the navigation's own scroll area, never the page (the page may be pinned to a target).
    const link = listRef.current?.querySelector<HTMLElement>(`[data-question="${activeQuestion}"]`);
    const area = link?.closest<HTMLElement>('[data-scroll-area]');
    if (!link || !area) return;
    const linkBox = link.getBoundingClientRect();
    const areaBox = area.getBoundingClientRect();
    if (linkBox.top < areaBox.top) area.scrollTop -= areaBox.top - linkBox.top + 8;
    else if (linkBox.bottom > areaBox.bottom) area.scrollTop += linkBox.bottom - areaBox.bottom + 8;
  }, [activeQuestion]);

  return (
    <nav aria-label={m.title} className="side-nav qa-index">
      <h2 className="side-nav-title">{m.title}</h2>
      {questions.length === 0 ? (
        <p className="side-nav-empty">{m.empty}</p>
      ) : (
        <ol className="qa-list" ref={listRef}>
          {questions.map((question) => {
            const asker = actualAsker(question);
            const current = question.n === activeQuestion;
            return (
              <li key={question.n}>
                <Link
                  to={linkTo(question.n)}
                  className="qa-link"
                  data-question={question.n}
                  aria-current={current ? 'location' : undefined}
                  onClick={onNavigate}
                >
                  <span className="qa-number" aria-hidden="true">
                    {question.n}
                  </span>
                  <span className="qa-body">
                    <span className="visually-hidden">{format(m.questionLabel, { n: question.n })}: </span>
                    <span className="qa-analyst" lang="en">
                      {question.introducedAs}
                    </span>
                    {question.firm ? (
                      <span className="qa-firm" lang="en">
                        {question.firm}
                      </span>
                    ) : null}
                    {asker ? (
                      <span className="qa-asker">
                        {asker.kind === 'substitute'
                          ? format(m.for, { name: asker.name, analyst: question.introducedAs })
                          : format(m.askedBy, { name: asker.name })}
                      </span>
                    ) : null}
                    {question.answeredBy.length > 0 ? (
                      <span className="qa-answered">{format(m.answeredBy, { names: question.answeredBy.join(', ') })}</span>
                    ) : null}
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
});
