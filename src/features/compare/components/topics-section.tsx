import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { TopicChange, TopicComparison, TopicInCall } from '../../../core/compare-calls.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import type { ComparedCall } from '../api/get-comparison.ts';
import { changeMessages, compareMessages } from '../messages.ts';
import { turnHref } from '../utils/compare-links.ts';

/** Topics listed before "n more" in each group. */
const SHOWN = 12;

const GROUPS: readonly TopicChange[] = ['new', 'gone', 'more', 'fewer'];

function Askers({ call, inCall, period }: { call: ComparedCall; inCall: TopicInCall; period: string }) {
  const m = useMessages(compareMessages);
  return (
    <p className="topic-askers">
      <span className="topic-period">{period}</span>
      {inCall.places.length === 0 ? (
        <span className="compare-muted">{m.notAsked}</span>
      ) : (
        inCall.places.map((place, index) => (
          <span key={place.question}>
            {index > 0 ? ', ' : null}
            <Link to={turnHref(call.id, place.turn, place.line)}>
              <span lang="en">{place.asker === 'Unidentified Analyst' && place.firm ? place.firm : place.asker}</span>
              {place.firm && place.asker !== 'Unidentified Analyst' ? (
                <span className="topic-firm" lang="en">
                  {' '}
                  ({place.firm})
                </span>
              ) : null}
              <span className="visually-hidden">
                {' '}
                · {period} Q{place.question}
              </span>
            </Link>
          </span>
        ))
      )}
    </p>
  );
}

function TopicItem({
  topic,
  current,
  other,
  periods,
}: {
  topic: TopicComparison;
  current: ComparedCall;
  other: ComparedCall;
  periods: [string, string];
}) {
  const m = useMessages(compareMessages);
  return (
    <li className="topic">
      <p className="topic-head">
        <strong className="topic-term" lang="en">
          {topic.term}
        </strong>
        {topic.zh && topic.zh.toLowerCase() !== topic.term.toLowerCase() ? (
          <span className="topic-zh" lang="zh-Hant">
            {topic.zh}
          </span>
        ) : null}
        <span className="topic-count">{format(m.questionsCount, { a: topic.a.questions, b: topic.b.questions })}</span>
      </p>
      {topic.change !== 'gone' ? <Askers call={current} inCall={topic.a} period={periods[0]} /> : null}
      {topic.change !== 'new' ? <Askers call={other} inCall={topic.b} period={periods[1]} /> : null}
    </li>
  );
}

/** The topics analysts asked about in each call: new, gone, asked about more or less, each with who asked where. */
export function TopicsSection({
  current,
  other,
  topics,
  periods,
}: {
  current: ComparedCall;
  other: ComparedCall;
  topics: readonly TopicComparison[];
  periods: [string, string];
}) {
  const m = useMessages(compareMessages);
  const changes = useMessages(changeMessages);
  const titleId = useId();
  return (
    <section className="compare-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{m.topics}</h2>
      <p className="compare-intro">{m.topicsIntro}</p>
      <div className="topic-groups">
        {GROUPS.map((change) => {
          const items = topics.filter((topic) => topic.change === change);
          const rest = items.slice(SHOWN);
          return (
            <section key={change} className={`topic-group topic-group-${change}`} aria-label={changes[change]}>
              <h3>
                {changes[change]} <span className="topic-group-count">({items.length})</span>
              </h3>
              {items.length === 0 ? <p className="compare-muted">{m.noTopics}</p> : null}
              <ul className="topic-list">
                {items.slice(0, SHOWN).map((topic) => (
                  <TopicItem key={topic.term} topic={topic} current={current} other={other} periods={periods} />
                ))}
              </ul>
              {rest.length > 0 ? (
                <details className="compare-more">
                  <summary>{format(m.moreTopics, { count: rest.length })}</summary>
                  <ul className="topic-list">
                    {rest.map((topic) => (
                      <TopicItem key={topic.term} topic={topic} current={current} other={other} periods={periods} />
                    ))}
                  </ul>
                </details>
              ) : null}
            </section>
          );
        })}
      </div>
    </section>
  );
}
