import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { AnalystQuestion, SpeakerAnswer } from '../../../core/people.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { acrossMessages } from '../messages.ts';
import { newestFirst } from '../utils/company-figures.ts';
import type { AcrossLinks } from './company-page.tsx';
import { PageState } from './page-state.tsx';
import '../across.css';

/** One call in which the person spoke, with what they said in it. */
export interface PersonCall {
  id: string;
  /** "Q4 2023", or the call's name. */
  label: string;
  company: string | null;
  companySlug: string | null;
  quarter: number | null;
  year: number | null;
  /** The firm (analyst) or title (company speaker) the call gives them. */
  role: string;
  questions: AnalystQuestion[];
  answers: SpeakerAnswer[];
  /** The turn of their prepared remarks, or null. */
  remarksTurn: number | null;
}

/**
 * A person across the library: an analyst's every question (by company and quarter, with the firm, the question's
 * first sentence, who answered, substitutes marked), or a company speaker's every answer and prepared remarks.
 */
export function PersonPage({
  kind,
  name,
  calls,
  pending,
  failed,
  links,
}: {
  kind: 'analyst' | 'speaker';
  name: string;
  calls: PersonCall[];
  pending: boolean;
  failed: string[];
  links: AcrossLinks;
}) {
  const m = useMessages(acrossMessages);
  const titleId = useId();
  const roles = [...new Set(calls.map((call) => call.role).filter(Boolean))];
  const companies = new Map<string, { company: string | null; slug: string | null; calls: PersonCall[] }>();
  for (const call of newestFirst(calls)) {
    const key = call.companySlug ?? '';
    const group = companies.get(key) ?? { company: call.company, slug: call.companySlug, calls: [] };
    group.calls.push(call);
    companies.set(key, group);
  }

  return (
    <main id="main" className="across-page" aria-labelledby={titleId}>
      <p className="across-crumbs">
        <Link to="/">{m.backToLibrary}</Link>
      </p>
      <p className="across-eyebrow">{kind === 'analyst' ? m.analystTitle : m.speakerTitle}</p>
      <h1 id={titleId} className="across-title">
        <bdi lang="en">{name}</bdi>
      </h1>
      {roles.length > 0 ? (
        <p className="across-lead">
          {kind === 'analyst' ? m.firmsLabel : m.titlesLabel}: <bdi lang="en">{roles.join(' · ')}</bdi>
        </p>
      ) : null}
      <PageState pending={pending} failed={failed} m={m} />
      <h2 className="visually-hidden">{kind === 'analyst' ? m.questionsOfAnalyst : m.answersOfSpeaker}</h2>
      {[...companies.values()].map((group) => (
        <section key={group.slug ?? ''} className="across-section" aria-label={group.company ?? undefined}>
          <h2 className="across-company">
            {group.slug && group.company ? (
              <Link to={`/company/${group.slug}`}>
                <bdi lang="en">{group.company}</bdi>
              </Link>
            ) : (
              <bdi lang="en">{group.company ?? ''}</bdi>
            )}
          </h2>
          {group.calls.map((call) => (
            <div key={call.id} className="across-person-call">
              <h3 className="across-period">
                <Link to={links.call(call.id)}>
                  <bdi lang="en">{call.label}</bdi>
                </Link>
                {call.role ? (
                  <span className="across-muted">
                    {' · '}
                    <bdi lang="en">{call.role}</bdi>
                  </span>
                ) : null}
              </h3>
              {kind === 'analyst' ? <Questions call={call} links={links} m={m} /> : <Answers call={call} links={links} m={m} />}
            </div>
          ))}
        </section>
      ))}
    </main>
  );
}

type Strings = (typeof acrossMessages)['en'];

function Questions({ call, links, m }: { call: PersonCall; links: AcrossLinks; m: Strings }) {
  if (call.questions.length === 0) return <p className="across-muted">{m.noQuestions}</p>;
  return (
    <ul className="across-items">
      {call.questions.map((question) => (
        <li key={question.n} className="across-item">
          <Link to={links.question(call.id, question.n)} className="across-item-link">
            {format(m.questionN, { n: question.n })}
          </Link>
          {question.substitute ? <span className="across-badge">{format(m.substitute, { name: question.askedBy })}</span> : null}
          <q lang="en" className="across-quote">
            {question.opening}
          </q>
          {question.answeredBy.length > 0 ? (
            <span className="across-muted">
              {m.answeredBy}:{' '}
              {question.answeredBy.map((speaker, index) => (
                <span key={speaker.slug}>
                  {index > 0 ? ', ' : ''}
                  <Link to={links.speaker(speaker.slug)}>
                    <bdi lang="en">{speaker.name}</bdi>
                  </Link>
                </span>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Answers({ call, links, m }: { call: PersonCall; links: AcrossLinks; m: Strings }) {
  return (
    <ul className="across-items">
      {call.remarksTurn !== null ? (
        <li className="across-item">
          <Link to={links.turn(call.id, call.remarksTurn)} className="across-item-link">
            {m.preparedRemarks}
          </Link>
        </li>
      ) : null}
      {call.answers.length === 0 && call.remarksTurn === null ? <li className="across-muted">{m.noAnswers}</li> : null}
      {call.answers.map((answer) => (
        <li key={answer.n} className="across-item">
          <Link to={links.turn(call.id, answer.turn)} className="across-item-link">
            {format(m.questionN, { n: answer.n })}
          </Link>
          <span className="across-muted">
            {format(m.answerTo, { name: '' }).trim()}{' '}
            <Link to={links.analyst(answer.analyst.slug)}>
              <bdi lang="en">{answer.analyst.name}</bdi>
            </Link>{' '}
            (<bdi lang="en">{answer.analyst.firm}</bdi>)
          </span>
          <q lang="en" className="across-quote across-quote-question">
            {answer.question}
          </q>
          <q lang="en" className="across-quote">
            {answer.opening}
          </q>
        </li>
      ))}
    </ul>
  );
}
