import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Formatted, Quoted } from '../../../components/formatted.tsx';
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
  /** What each question is about (the asker's first sentence), by question number, and its language: asked only for
   * the entries rendered, so a lazy lookup works out only those. */
  topics?: Pick<ReadonlyMap<number, string>, 'get'>;
  topicLang?: string;
}

/** Names joined for display, each isolated as transcript text. */
function names(list: readonly string[]) {
  return list.map((name, index) => (
    <span key={name}>
      {index > 0 ? ', ' : ''}
      <Quoted>{name}</Quoted>
    </span>
  ));
}

/** One entry: number, analyst as introduced, firm, who actually asked, who answered. */
const QuestionEntry = memo(function QuestionEntry({
  question,
  current,
  href,
  onNavigate,
  topic,
  topicLang,
}: {
  question: Question;
  current: boolean;
  href: string;
  onNavigate?: (() => void) | undefined;
  topic: string | undefined;
  topicLang: string;
}) {
  const m = useMessages(qaIndexMessages);
  const asker = actualAsker(question);
  return (
    <Link to={href} className="qa-link" data-question={question.n} aria-current={current ? 'location' : undefined} onClick={onNavigate}>
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
            <Formatted
              template={asker.kind === 'substitute' ? m.for : m.askedBy}
              values={{ name: <Quoted>{asker.name}</Quoted>, analyst: <Quoted>{question.introducedAs}</Quoted> }}
            />
          </span>
        ) : null}
        {topic ? (
          <span className="qa-topic" lang={topicLang}>
            {topic}
          </span>
        ) : null}
        {question.answeredBy.length > 0 ? (
          <span className="qa-answered">
            <Formatted template={m.answeredBy} values={{ names: names(question.answeredBy) }} />
          </span>
        ) : null}
      </span>
    </Link>
  );
});

/**
 * One link per analyst question, in order; the question being read is marked with aria-current and kept in
 * view. A long call has hundreds of questions: only those near the navigation's visible part are in the page.
 */
export const QaIndexNav = memo(function QaIndexNav({
  questions,
  activeQuestion,
  linkTo,
  onNavigate,
  topics,
  topicLang = 'en',
}: QaIndexNavProps) {
  const m = useMessages(qaIndexMessages);
  const listRef = useRef<HTMLOListElement>(null);
  const [margin, setMargin] = useState(0);
  const virtualizer = useVirtualizer({
    count: questions.length,
    getScrollElement: () => listRef.current?.closest<HTMLElement>('[data-scroll-area]') ?? null,
    estimateSize: () => (topics ? 130 : 88),
    overscan: 8,
    // Until the navigation has been measured, a window's worth of entries (the first paint shows them).
    initialRect: { width: 300, height: 900 },
    scrollMargin: margin,
  });

  // Where the list starts inside the navigation's scroll area (the index is its first section).
  useLayoutEffect(() => {
    const list = listRef.current;
    const area = list?.closest<HTMLElement>('[data-scroll-area]');
    if (!list || !area) return;
    const top = Math.round(list.getBoundingClientRect().top - area.getBoundingClientRect().top + area.scrollTop);
    setMargin((previous) => (previous === top ? previous : top));
  }, [questions.length]);

  // Keep the question being read in view inside the index (only the index scrolls, never the page). The scroll area
  // is moved by the least that shows the entry, from the entry's offset in the list: the virtualizer's own
  // scrollToIndex could leave the area scrolled past the whole index while the phone's drawer was closed.
  useLayoutEffect(() => {
    if (activeQuestion === null) return;
    const index = questions.findIndex((question) => question.n === activeQuestion);
    const area = listRef.current?.closest<HTMLElement>('[data-scroll-area]');
    const item = index >= 0 ? virtualizer.measurementsCache[index] : undefined;
    if (!area || !item || area.clientHeight === 0) return;
    const top = item.start;
    const bottom = Math.min(item.end, top + area.clientHeight);
    if (top < area.scrollTop) area.scrollTop = Math.max(0, top - 8);
    else if (bottom > area.scrollTop + area.clientHeight) area.scrollTop = bottom - area.clientHeight + 8;
  }, [activeQuestion, questions, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const offset = items[0] ? items[0].start - margin : 0;
  return (
    <nav aria-label={m.title} className="side-nav qa-index">
      <h2 className="side-nav-title">{m.title}</h2>
      {questions.length === 0 ? (
        <p className="side-nav-empty">{m.empty}</p>
      ) : (
        <ol className="qa-list" ref={listRef} style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const question = questions[item.index];
            if (!question) return null;
            return (
              <li
                key={question.n}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={questions.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${offset}px)` }}
              >
                <QuestionEntry
                  question={question}
                  current={question.n === activeQuestion}
                  href={linkTo(question.n)}
                  onNavigate={onNavigate}
                  topic={topics?.get(question.n)}
                  topicLang={topicLang}
                />
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
});
