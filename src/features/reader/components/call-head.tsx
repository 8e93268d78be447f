import { memo, useMemo } from 'react';
import type { Transcript } from '../../../core/transcript-model.ts';
import { SUMMARY_TURN, type TextMatch } from '../../../core/transcript-search.ts';
import { useMessages } from '../../../lib/i18n.ts';
import { readerMessages } from '../messages.ts';
import { DiagnosticsNotice } from './diagnostics-notice.tsx';
import { MarkedText } from './marked-text.tsx';
import { matchMarks } from './match-marks.tsx';

export interface CallHeadProps {
  transcript: Transcript;
  /** The disclaimer and summary as displayed (converted to Simplified, or as in the file). */
  disclaimer: string | null;
  summary: readonly string[];
  zhLang: 'zh-Hant' | 'zh-Hans';
  /** Hide the summary (while only one speaker is shown). */
  showSummary: boolean;
  summaryMatches: readonly TextMatch[];
  currentMatch: number | null;
  linkForLine: (line: number) => string | null;
}

/** The top of the call: company and period, title, the translation disclaimer, parser notices and the summary. */
export const CallHead = memo(function CallHead({
  transcript,
  disclaimer,
  summary,
  zhLang,
  showSummary,
  summaryMatches,
  currentMatch,
  linkForLine,
}: CallHeadProps) {
  const m = useMessages(readerMessages);
  const meta = transcript.meta;
  const kicker = [meta.company, meta.period].filter((part): part is string => Boolean(part)).join(' · ');
  const marksByLine = useMemo(() => {
    const byLine = new Map<number, TextMatch[]>();
    for (const match of summaryMatches) byLine.set(match.paragraph, [...(byLine.get(match.paragraph) ?? []), match]);
    return byLine;
  }, [summaryMatches]);
  return (
    <div className="call-head-row">
      <header className="call-head">
        {kicker ? (
          <p className="call-kicker" lang="en">
            <bdi>{kicker}</bdi>
          </p>
        ) : null}
        <h1 className="call-title" lang="en" id="call-title">
          {meta.title}
        </h1>
        {disclaimer !== null ? (
          <p className="disclaimer">
            <span className="disclaimer-label">{m.translationNote}</span>{' '}
            <span lang={zhLang}>
              <bdi>{disclaimer}</bdi>
            </span>
          </p>
        ) : null}
      </header>
      <DiagnosticsNotice diagnostics={transcript.diagnostics} linkForLine={linkForLine} />
      {showSummary && summary.length > 0 ? (
        <section
          className={currentMatch === null ? 'summary' : 'summary summary-current'}
          aria-labelledby="summary-title"
          data-turn={SUMMARY_TURN}
        >
          <h2 id="summary-title" className="summary-title">
            <span lang="en">Summary</span> <span aria-hidden="true">/</span> <span lang="zh-Hant">摘要</span>
          </h2>
          {summary.map((line, paragraph) => (
            <p key={paragraph} className="summary-line" lang={zhLang} data-pair={`${SUMMARY_TURN}:${paragraph}`}>
              <MarkedText text={line} marks={matchMarks(marksByLine.get(paragraph) ?? [], currentMatch)} />
            </p>
          ))}
        </section>
      ) : null}
    </div>
  );
});
