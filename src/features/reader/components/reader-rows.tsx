import { memo } from 'react';
import type { Question, Role, Transcript } from '../../../core/transcript-model.ts';
import { format } from '../../../lib/i18n.ts';
import type { UiLanguage } from '../../../lib/settings.ts';

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
  copyQuote: string;
  copySentence: string;
  copyMarkdown: string;
  showEnglish: string;
  inEnglish: string;
  inChinese: string;
  sentenceAlone: string;
  sentenceDoubt: string;
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
