import { memo } from 'react';
import type { Question, Role, Transcript } from '../../../core/transcript-model.ts';
import { format } from '../../../lib/i18n.ts';
import type { UiLanguage } from '../../../lib/settings.ts';
import { CheckBadge, type PairFlag } from './check-badge.tsx';
import { MarkedText, type SentenceSpan, type TextMark } from './marked-text.tsx';

/** Interface words the rows need, passed in so rows re-render only when the language changes. */
export interface RowLabels {
  roles: Record<Role, string>;
  sections: Record<string, string>;
  question: string;
  noTranslation: string;
  noEnglish: string;
  /** Accessible names of a flagged pair's badge: "Translation check: 1 issue", "… {count} issues". */
  checkOne: string;
  checkMany: string;
  uiLanguage: UiLanguage;
}

export const SectionRow = memo(function SectionRow({ section, label }: { section: string; label: string }) {
  return (
    <h2 className="section-title" id={`section-${section}`}>
      {label}
    </h2>
  );
});

export const QuestionRow = memo(function QuestionRow({ question, label }: { question: Question; label: string }) {
  return (
    <p className="question-marker" id={`question-${question.n}`} data-question={question.n} tabIndex={-1}>
      <span className="question-number">{format(label, { n: question.n })}</span>
      <span className="question-who" lang="en">
        <bdi>{question.introducedAs}</bdi>
        {question.firm ? (
          <>
            , <bdi>{question.firm}</bdi>
          </>
        ) : null}
      </span>
    </p>
  );
});

export const TurnRow = memo(function TurnRow({
  transcript,
  turn,
  firm,
  labels,
}: {
  transcript: Transcript;
  turn: number;
  firm: string | null;
  labels: RowLabels;
}) {
  const value = transcript.turns[turn];
  if (!value) return null;
  return (
    <header className={`turn-head turn-${value.role}`} id={`turn-${turn}`} data-turn-head={turn} tabIndex={-1}>
      <h3 className="turn-speaker" lang="en">
        <bdi>{value.speaker}</bdi>
      </h3>
      {value.title ? (
        <span className="turn-title" lang="en">
          <bdi>{value.title}</bdi>
        </span>
      ) : null}
      {firm && value.role === 'analyst' ? (
        <span className="turn-firm" lang="en">
          <bdi>{firm}</bdi>
        </span>
      ) : null}
      <span className={`role-badge role-${value.role}`}>{labels.roles[value.role]}</span>
    </header>
  );
});

export interface PairRowProps {
  transcript: Transcript;
  turn: number;
  paragraph: number;
  /** The Chinese to show when converted to Simplified; undefined shows the file's text. */
  zh: string | null | undefined;
  zhLang: 'zh-Hant' | 'zh-Hans';
  /** What features mark in each language (search matches, highlights, terms); shared empty arrays when none. */
  enMarks: readonly TextMark[];
  zhMarks: readonly TextMark[];
  /** The pair holds the current search match. */
  current: boolean;
  flags: readonly PairFlag[] | undefined;
  labels: RowLabels;
  /** Sentences of each side, when aligned. */
  enSentences?: readonly SentenceSpan[] | undefined;
  zhSentences?: readonly SentenceSpan[] | undefined;
}

/** One aligned paragraph pair: the English and its Chinese, side by side or one under the other (by CSS). */
export const PairRow = memo(function PairRow({
  transcript,
  turn,
  paragraph,
  zh,
  zhLang,
  enMarks,
  zhMarks,
  current,
  flags,
  labels,
  enSentences,
  zhSentences,
}: PairRowProps) {
  const value = transcript.turns[turn];
  const pair = value?.paragraphs[paragraph];
  if (!value || !pair) return null;
  const zhText = zh === undefined ? pair.zh : zh;
  const classes = ['pair', `pair-${value.role}`];
  if (flags) classes.push('pair-flagged');
  if (current) classes.push('pair-current');
  return (
    <div className={classes.join(' ')} id={`L${pair.line}`} data-pair={`${turn}:${paragraph}`} data-turn-of={turn} tabIndex={-1}>
      {pair.en !== null ? (
        <p className="para para-en" lang="en">
          <MarkedText text={pair.en} sentences={enSentences} marks={enMarks} />
        </p>
      ) : (
        <p className="para para-en para-missing" lang={labels.uiLanguage}>
          {labels.noEnglish}
        </p>
      )}
      {zhText !== null ? (
        <p className="para para-zh" lang={zhLang}>
          <MarkedText text={zhText} sentences={zhSentences} marks={zhMarks} />
        </p>
      ) : (
        <p className="para para-zh para-missing" lang={labels.uiLanguage}>
          {labels.noTranslation}
        </p>
      )}
      {flags ? (
        <CheckBadge flags={flags} label={flags.length === 1 ? labels.checkOne : format(labels.checkMany, { count: flags.length })} />
      ) : null}
    </div>
  );
});
