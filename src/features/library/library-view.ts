import { companySlug } from '../../core/people.ts';
import { compareCalls, type CallSummary } from './api/call-summary.ts';

/** How the library is shown and narrowed, as the address says (`?group=none&company=twilio&period=Q4+2023&analyst=…`). */
export interface LibraryView {
  /** 'company' (default): grouped by company, newest period first; 'opened': one list, last opened first. */
  view: 'company' | 'opened';
  company: string | null;
  period: string | null;
  analyst: string | null;
}

/** The view named by the address's search parameters. */
export function readLibraryView(params: URLSearchParams): LibraryView {
  const pick = (name: string) => params.get(name)?.trim() || null;
  return {
    view: params.get('group') === 'none' ? 'opened' : 'company',
    company: pick('company'),
    period: pick('period'),
    analyst: pick('analyst'),
  };
}

/** The search parameters with a view's settings written in (defaults left out), others kept. */
export function writeLibraryView(params: URLSearchParams, view: LibraryView): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of [
    ['group', view.view === 'opened' ? 'none' : null],
    ['company', view.company],
    ['period', view.period],
    ['analyst', view.analyst],
  ] as const) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

/** A call's company as an address part, or null when it names none. */
export function callCompanySlug(summary: Pick<CallSummary, 'company'>): string | null {
  const slug = summary.company ? companySlug(summary.company) : '';
  return slug === '' ? null : slug;
}

/** Whether a call passes the view's filters. */
export function matchesView(summary: CallSummary, view: LibraryView): boolean {
  if (view.company && callCompanySlug(summary) !== view.company) return false;
  if (view.period && summary.period !== view.period) return false;
  if (view.analyst && !(summary.analysts ?? []).some((analyst) => analyst.slug === view.analyst)) return false;
  return true;
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The choices of each filter, from the calls listed: companies by name, periods newest first, analysts by name. */
export function filterOptions(calls: readonly CallSummary[]): {
  companies: FilterOption[];
  periods: FilterOption[];
  analysts: FilterOption[];
} {
  const companies = new Map<string, string>();
  const periods = new Map<string, number>();
  const analysts = new Map<string, Map<string, number>>();
  for (const summary of calls) {
    const slug = callCompanySlug(summary);
    if (slug && summary.company && !companies.has(slug)) companies.set(slug, summary.company);
    if (summary.period) periods.set(summary.period, (summary.year ?? 0) * 10 + (summary.quarter ?? 0));
    for (const analyst of summary.analysts ?? []) {
      const names = analysts.get(analyst.slug) ?? new Map<string, number>();
      names.set(analyst.name, (names.get(analyst.name) ?? 0) + 1);
      analysts.set(analyst.slug, names);
    }
  }
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);
  return {
    companies: [...companies].map(([value, label]) => ({ value, label })).sort(byLabel),
    periods: [...periods].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => ({ value, label: value })),
    analysts: [...analysts].map(([value, names]) => ({ value, label: commonest(names) })).sort(byLabel),
  };
}

/** The name written most often (the first of those on a tie). */
export function commonest(names: ReadonlyMap<string, number>): string {
  let best = '';
  let count = -1;
  for (const [name, times] of names) {
    if (times > count) {
      best = name;
      count = times;
    }
  }
  return best;
}

export interface CompanyGroup {
  /** The company's address part, or null for calls that name no company. */
  slug: string | null;
  company: string | null;
  calls: CallSummary[];
}

/** Calls by company: companies in the order of their most recently opened call (the demo's last); calls without a company last. */
export function groupByCompany(calls: readonly CallSummary[]): CompanyGroup[] {
  const groups = new Map<string, CompanyGroup>();
  let unnamed: CompanyGroup | null = null;
  for (const summary of [...calls].sort(compareCalls)) {
    const slug = callCompanySlug(summary);
    if (slug === null) {
      unnamed ??= { slug: null, company: null, calls: [] };
      unnamed.calls.push(summary);
      continue;
    }
    const group = groups.get(slug) ?? { slug, company: summary.company, calls: [] };
    group.calls.push(summary);
    groups.set(slug, group);
  }
  return [...groups.values(), ...(unnamed ? [unnamed] : [])];
}
