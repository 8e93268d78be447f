import { SegmentedRadios, type SegmentOption } from '../../../components/segmented-radios.tsx';
import { Link } from 'react-router-dom';
import type { CallComparison } from '../../../core/compare-calls.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import type { ComparedCall } from '../api/get-comparison.ts';
import type { CompareText } from '../hooks/use-compare-text.ts';
import { compareMessages } from '../messages.ts';
import { callHref } from '../utils/compare-links.ts';
import { FiguresSection } from './figures-section.tsx';
import { RemarksSection } from './remarks-section.tsx';
import { TopicsSection } from './topics-section.tsx';
import '../compare.css';

export interface ComparePageProps {
  /** This quarter (the later call). */
  current: ComparedCall;
  /** The call it is compared with. */
  other: ComparedCall;
  comparison: CallComparison;
  text: CompareText;
  onTextChange: (text: CompareText) => void;
}

/** "Q4 2023", or the call's title when it names no period. */
export function periodLabel(call: ComparedCall, unknown: string): string {
  return call.transcript.meta.period ?? (call.transcript.meta.title || unknown);
}

function CallCard({ call, kicker, period }: { call: ComparedCall; kicker: string; period: string }) {
  const m = useMessages(compareMessages);
  const { company, title } = call.transcript.meta;
  return (
    <section className="compare-call" aria-label={`${kicker}: ${period}`}>
      <p className="compare-call-kicker">{kicker}</p>
      <p className="compare-call-period">
        {company ? <span lang="en">{company} </span> : null}
        <span lang="en">{period}</span>
      </p>
      <p className="compare-call-title" lang="en">
        {title}
      </p>
      <Link className="compare-call-link" to={callHref(call.id)}>
        {m.openInReader}
      </Link>
    </section>
  );
}

function TextSwitch({ text, onChange }: { text: CompareText; onChange: (text: CompareText) => void }) {
  const m = useMessages(compareMessages);
  const options: SegmentOption<CompareText>[] = [
    { value: 'en', label: m.english, lang: 'en' },
    { value: 'zh', label: m.chinese, lang: 'zh-Hant' },
    { value: 'both', label: m.both },
  ];
  return (
    <div role="radiogroup" aria-label={m.text} className="segmented compare-text-switch">
      <SegmentedRadios name="compare-text" options={options} value={text} onChange={onChange} />
    </div>
  );
}

/** This quarter against another call of the company: headings, key figures, prepared remarks by role, topics. */
export function ComparePage({ current, other, comparison, text, onTextChange }: ComparePageProps) {
  const m = useMessages(compareMessages);
  const a = periodLabel(current, m.unknownPeriod);
  const b = periodLabel(other, m.unknownPeriod);
  const companyA = current.transcript.meta.company;
  const companyB = other.transcript.meta.company;
  const company = companyA ?? companyB ?? '';
  const differentCompanies = companyA !== null && companyB !== null && companyA.toLowerCase() !== companyB.toLowerCase();
  return (
    <main id="main" className="compare-page">
      <header className="compare-head">
        <h1 className="compare-title">{company ? format(m.heading, { company, a, b }) : format(m.pageTitle, { a, b })}</h1>
        <div className="compare-calls">
          <CallCard call={current} kicker={m.thisQuarter} period={a} />
          <CallCard call={other} kicker={m.otherQuarter} period={b} />
        </div>
        {current.id === other.id ? (
          <p className="inline-alert" role="alert">
            {m.sameCall}
          </p>
        ) : null}
        {differentCompanies ? (
          <p className="inline-alert" role="alert">
            {format(m.otherCompany, { a: companyA, b: companyB })}
          </p>
        ) : null}
        <TextSwitch text={text} onChange={onTextChange} />
      </header>
      <FiguresSection current={current} other={other} rows={comparison.figures} periods={[a, b]} />
      <RemarksSection current={current} other={other} rows={comparison.remarks} text={text} periods={[a, b]} />
      <TopicsSection current={current} other={other} topics={comparison.topics} periods={[a, b]} />
    </main>
  );
}
