import { useCallback } from 'react';
import { useParams } from 'react-router-dom';
import { analystQuestions, companySlug, speakerAnswers } from '../../core/people.ts';
import { NotFound } from '../../features/across/components/not-found.tsx';
import { PersonPage, type PersonCall } from '../../features/across/components/person-page.tsx';
import type { CallSummary } from '../../features/library/api/call-summary.ts';
import { acrossLinks, callLabel, useLibraryCalls } from './across-data.ts';

/** The name written most often among the calls (the first of those on a tie). */
function commonest(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const [name, count] of counts) if (count > (counts.get(best) ?? 0)) best = name;
  return best;
}

/**
 * `/analyst/<slug>` and `/speaker/<slug>`: one person across the library, read from the calls whose summary
 * names them (only those are parsed).
 */
export function PersonRoute({ kind }: { kind: 'analyst' | 'speaker' }) {
  const { slug = '' } = useParams();
  const pick = useCallback(
    (summary: CallSummary) => (kind === 'analyst' ? summary.analysts : summary.speakers)?.some((person) => person.slug === slug) ?? false,
    [kind, slug],
  );
  const { listed, calls, transcripts, pending, failed } = useLibraryCalls(pick);
  const names = calls.flatMap((summary) =>
    kind === 'analyst'
      ? (summary.analysts ?? []).filter((person) => person.slug === slug).map((person) => person.name)
      : (summary.speakers ?? []).filter((person) => person.slug === slug).map((person) => person.name),
  );
  if (listed && calls.length === 0) return <NotFound kind="person" />;
  const entries: PersonCall[] = calls.map((summary) => {
    const transcript = transcripts.get(summary.id);
    const questions = transcript ? analystQuestions(transcript).filter((question) => question.analyst.slug === slug) : [];
    const spoken = transcript && kind === 'speaker' ? speakerAnswers(transcript, slug) : null;
    const role =
      kind === 'analyst'
        ? (summary.analysts?.find((person) => person.slug === slug)?.firm ?? '')
        : (summary.speakers?.find((person) => person.slug === slug)?.title ?? '');
    return {
      id: summary.id,
      label: callLabel(summary),
      company: summary.company,
      companySlug: summary.company ? companySlug(summary.company) || null : null,
      quarter: summary.quarter ?? null,
      year: summary.year ?? null,
      role,
      questions: kind === 'analyst' ? questions : [],
      answers: spoken?.answers ?? [],
      remarksTurn: spoken?.remarksTurn ?? null,
    };
  });
  return <PersonPage kind={kind} name={commonest(names) || slug} calls={entries} pending={pending} failed={failed} links={acrossLinks} />;
}

/** `/analyst/<slug>`. */
export function AnalystRoute() {
  return <PersonRoute kind="analyst" />;
}

/** `/speaker/<slug>`. */
export function SpeakerRoute() {
  return <PersonRoute kind="speaker" />;
}
