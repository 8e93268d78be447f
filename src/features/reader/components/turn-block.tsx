import { memo, useMemo } from 'react';
import type { Role, Turn } from '../../../core/transcript-model.ts';
import type { TextMatch } from '../../../core/transcript-search.ts';
import { format } from '../../../lib/i18n.ts';
import type { UiLanguage } from '../../../lib/settings.ts';
import { CheckBadge, type PairFlag } from './check-badge.tsx';
import { groupMatches, highlightText } from './highlighted-text.tsx';

/** Interface words a turn needs, passed in so turns re-render only when the language changes. */
export interface TurnLabels {
  roles: Record<Role, string>;
  noTranslation: string;
  noEnglish: string;
  /** Accessible names of a flagged pair's badge: "Translation check: 1 issue", "… {count} issues". */
  checkOne: string;
  checkMany: string;
  uiLanguage: UiLanguage;
}

export interface TurnBlockProps {
  turn: Turn;
  index: number;
  /** The Chinese to display per paragraph when converted to Simplified; null shows the file's Traditional. */
  zh: readonly (string | null)[] | null;
  zhLang: 'zh-Hant' | 'zh-Hans';
  /** The analyst's firm, for analysts. */
  firm: string | null;
  /** This turn's search matches (a shared empty array when none, so untouched turns skip re-rendering). */
  matches: readonly TextMatch[];
  /** Index of the current match when it is in this turn, else null. */
  currentMatch: number | null;
  hidden: boolean;
  /** Estimated height for `contain-intrinsic-size` until the real one is known. */
  estimatedHeight: number;
  labels: TurnLabels;
  /** Translation problems of this turn's pairs, by paragraph index; null when there are none. */
  flags: ReadonlyMap<number, readonly PairFlag[]> | null;
}

/** One speaker turn: a header (name, title, role, firm) and one grid row per aligned paragraph pair. */
export const TurnBlock = memo(function TurnBlock({
  turn,
  index,
  zh,
  zhLang,
  firm,
  matches,
  currentMatch,
  hidden,
  estimatedHeight,
  labels,
  flags,
}: TurnBlockProps) {
  const groups = useMemo(() => groupMatches(matches), [matches]);
  const headingId = `turn-${index}-speaker`;
  // The pair holding the current search match stays shown when only flagged pairs are (class `pair-current`).
  const currentParagraph = currentMatch === null ? null : (matches.find((match) => match.index === currentMatch)?.paragraph ?? null);
  const turnClasses = ['turn', `turn-${turn.role}`];
  if (flags) turnClasses.push('turn-flagged');
  if (currentParagraph !== null) turnClasses.push('turn-current');
  return (
    <article
      className={turnClasses.join(' ')}
      id={`turn-${index}`}
      data-turn={index}
      aria-labelledby={headingId}
      tabIndex={-1}
      hidden={hidden}
      style={{ containIntrinsicSize: `auto ${estimatedHeight}px` }}
    >
      <header className="turn-head">
        <h3 className="turn-speaker" id={headingId} lang="en">
          {turn.speaker}
        </h3>
        {turn.title ? (
          <span className="turn-title" lang="en">
            {turn.title}
          </span>
        ) : null}
        {firm && turn.role === 'analyst' ? (
          <span className="turn-firm" lang="en">
            {firm}
          </span>
        ) : null}
        <span className={`role-badge role-${turn.role}`}>{labels.roles[turn.role]}</span>
      </header>
      {turn.paragraphs.map((pair, paragraph) => {
        const zhText = zh ? (zh[paragraph] ?? null) : pair.zh;
        const pairFlags = flags?.get(paragraph);
        return (
          <div
            className={`pair${pairFlags ? ' pair-flagged' : ''}${paragraph === currentParagraph ? ' pair-current' : ''}`}
            key={paragraph}
            id={`L${pair.line}`}
            data-pair={`${index}:${paragraph}`}
          >
            {pair.en !== null ? (
              <p className="para para-en" lang="en" tabIndex={-1}>
                {highlightText(pair.en, groups.get(`${paragraph}:en`), currentMatch)}
              </p>
            ) : (
              <p className="para para-en para-missing" lang={labels.uiLanguage}>
                {labels.noEnglish}
              </p>
            )}
            {zhText !== null ? (
              <p className="para para-zh" lang={zhLang} tabIndex={-1}>
                {highlightText(zhText, groups.get(`${paragraph}:zh`), currentMatch)}
              </p>
            ) : (
              <p className="para para-zh para-missing" lang={labels.uiLanguage}>
                {labels.noTranslation}
              </p>
            )}
            {pairFlags ? (
              <CheckBadge
                flags={pairFlags}
                label={pairFlags.length === 1 ? labels.checkOne : format(labels.checkMany, { count: pairFlags.length })}
              />
            ) : null}
          </div>
        );
      })}
    </article>
  );
});
