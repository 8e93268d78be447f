import { Link } from 'react-router-dom';
import { periodIndex } from '../../../core/compare-calls.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { compareMessages } from '../messages.ts';
import { compareHref } from '../utils/compare-links.ts';
import '../compare-with.css';

/** A call of the library, as the "Compare with" list needs it. */
export interface CompareCandidate {
  id: string;
  company: string | null;
  period: string | null;
  title: string;
}

/** Other calls of the same company (by name, ignoring case), newest period first. */
export function sameCompanyCalls(id: string, company: string | null, calls: readonly CompareCandidate[]): CompareCandidate[] {
  if (!company) return [];
  const key = company.trim().toLowerCase();
  return calls
    .filter((call) => call.id !== id && call.company?.trim().toLowerCase() === key)
    .sort((a, b) => (periodIndex(b.period) ?? -1) - (periodIndex(a.period) ?? -1) || a.title.localeCompare(b.title));
}

/**
 * "Compare with": the other calls of this call's company in the library, each opening the compare page. Renders
 * nothing when the library holds no other call of the company.
 */
export function CompareWithNav({
  id,
  company,
  calls,
  onNavigate,
}: {
  id: string;
  company: string | null;
  calls: readonly CompareCandidate[];
  onNavigate?: () => void;
}) {
  const m = useMessages(compareMessages);
  const others = sameCompanyCalls(id, company, calls);
  if (!company || others.length === 0) return null;
  return (
    <nav aria-label={m.compareWith} className="side-nav compare-with-nav">
      <h2 className="side-nav-title">{m.compareWith}</h2>
      <p className="compare-with-hint">{format(m.compareWithHint, { company })}</p>
      <ul className="compare-with-list">
        {others.map((call) => (
          <li key={call.id}>
            <Link className="compare-with-link" to={compareHref(id, call.id)} onClick={onNavigate}>
              <span className="compare-with-period" lang="en">
                {call.period ?? call.title}
              </span>
              {call.period ? (
                <span className="compare-with-title" lang="en">
                  {call.title}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
