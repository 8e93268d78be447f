import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { PreparedRemarks, RemarksParagraph, RemarksRow } from '../../../core/compare-calls.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import type { ComparedCall } from '../api/get-comparison.ts';
import type { CompareText } from '../hooks/use-compare-text.ts';
import { compareMessages, roleMessages } from '../messages.ts';
import { turnHref } from '../utils/compare-links.ts';

/** Paragraphs shown before "All n paragraphs". */
const SHOWN = 2;

function Paragraph({ paragraph, text }: { paragraph: RemarksParagraph; text: CompareText }) {
  const m = useMessages(compareMessages);
  return (
    <div className="compare-paragraph">
      {text !== 'zh' && paragraph.en ? <p lang="en">{paragraph.en}</p> : null}
      {text !== 'en' ? paragraph.zh ? <p lang="zh-Hant">{paragraph.zh}</p> : <p className="compare-muted">{m.noTranslation}</p> : null}
    </div>
  );
}

function RemarksColumn({
  call,
  remarks,
  period,
  text,
}: {
  call: ComparedCall;
  remarks: PreparedRemarks | null;
  period: string;
  text: CompareText;
}) {
  const m = useMessages(compareMessages);
  if (!remarks) {
    return (
      <div className="compare-column compare-column-empty">
        <p className="compare-column-period">{period}</p>
        <p className="compare-muted">{m.noRemarks}</p>
      </div>
    );
  }
  const first = remarks.paragraphs[0];
  const rest = remarks.paragraphs.slice(SHOWN);
  return (
    <div className="compare-column">
      <p className="compare-column-period">{period}</p>
      <p className="compare-speaker">
        <strong lang="en">{remarks.speaker}</strong>
        {remarks.title ? (
          <span className="compare-speaker-title" lang="en">
            {remarks.title}
          </span>
        ) : null}
        <span className="compare-muted">{format(m.words, { count: remarks.words.toLocaleString('en') })}</span>
      </p>
      {remarks.paragraphs.slice(0, SHOWN).map((paragraph) => (
        <Paragraph key={paragraph.line} paragraph={paragraph} text={text} />
      ))}
      {rest.length > 0 ? (
        <details className="compare-more">
          <summary>{format(m.moreParagraphs, { count: remarks.paragraphs.length })}</summary>
          {rest.map((paragraph) => (
            <Paragraph key={paragraph.line} paragraph={paragraph} text={text} />
          ))}
        </details>
      ) : null}
      {first ? (
        <Link className="compare-jump" to={turnHref(call.id, first.turn, first.line)}>
          {m.readInCall}
          <span className="visually-hidden">
            {' '}
            ({remarks.speaker}, {period})
          </span>
        </Link>
      ) : null}
    </div>
  );
}

/** Prepared remarks by role: one row per role, this quarter on the left, the other call on the right. */
export function RemarksSection({
  current,
  other,
  rows,
  text,
  periods,
}: {
  current: ComparedCall;
  other: ComparedCall;
  rows: readonly RemarksRow[];
  text: CompareText;
  periods: [string, string];
}) {
  const m = useMessages(compareMessages);
  const roles = useMessages(roleMessages);
  const titleId = useId();
  return (
    <section className="compare-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{m.remarks}</h2>
      <p className="compare-intro">{m.remarksIntro}</p>
      {rows.length === 0 ? <p className="compare-muted">{m.noRemarksAll}</p> : null}
      {rows.map((row) => (
        <section className="compare-role" key={`${row.a?.speaker ?? ''}|${row.b?.speaker ?? ''}`}>
          <h3>
            {roles[row.role]}
            {row.matchedBy ? <span className="compare-matched"> · {row.matchedBy === 'name' ? m.samePerson : m.sameRole}</span> : null}
          </h3>
          <div className="compare-columns">
            <RemarksColumn call={current} remarks={row.a} period={periods[0]} text={text} />
            <RemarksColumn call={other} remarks={row.b} period={periods[1]} text={text} />
          </div>
        </section>
      ))}
    </section>
  );
}
