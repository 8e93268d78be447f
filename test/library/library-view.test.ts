import { expect, test } from 'vitest';
import type { CallSummary } from '../../src/features/library/api/call-summary.ts';
import { filterOptions, groupByCompany, matchesView, readLibraryView, writeLibraryView } from '../../src/features/library/library-view.ts';

const call = (id: string, company: string | null, quarter: number, year: number, openedAt: number, analysts: string[] = []) =>
  ({
    id,
    company,
    period: `Q${quarter} ${year}`,
    quarter,
    year,
    openedAt,
    addedAt: 0,
    source: id === 'demo' ? 'demo' : 'file',
    analysts: analysts.map((name) => ({ name, slug: name.toLowerCase().replace(/\W+/g, '-'), firm: 'F' })),
  }) as CallSummary;

const calls = [
  call('a', 'Twilio', 4, 2022, 5, ['Meta Marshall']),
  call('b', 'Twilio', 4, 2023, 1, ['Meta Marshall', 'Mark Murphy']),
  call('demo', 'Lumen Harbor', 3, 2026, 0),
  call('c', 'Lumen Harbor', 2, 2026, 3),
  call('d', null, 1, 2020, 9),
];

test('the view reads from and writes to the address, defaults left out, other parameters kept', () => {
  expect(readLibraryView(new URLSearchParams(''))).toEqual({ view: 'company', company: null, period: null, analyst: null });
  const view = readLibraryView(new URLSearchParams('group=none&company=twilio&period=Q4+2023&analyst=meta-marshall'));
  expect(view).toEqual({ view: 'opened', company: 'twilio', period: 'Q4 2023', analyst: 'meta-marshall' });
  expect(writeLibraryView(new URLSearchParams('src=x'), { ...view, view: 'company', period: null }).toString()).toBe(
    'src=x&company=twilio&analyst=meta-marshall',
  );
});

test('groups: companies by their last opened call (the demo counts last), calls without a company at the end', () => {
  expect(groupByCompany(calls).map((group) => [group.slug, group.calls.map((summary) => summary.id)])).toEqual([
    ['twilio', ['a', 'b']],
    ['lumen-harbor', ['c', 'demo']],
    [null, ['d']],
  ]);
});

test('filters by company, period and analyst; the choices come from the calls', () => {
  const match = (company: string | null, period: string | null, analyst: string | null) =>
    calls.filter((summary) => matchesView(summary, { view: 'company', company, period, analyst })).map((summary) => summary.id);
  expect(match('twilio', null, null)).toEqual(['a', 'b']);
  expect(match(null, 'Q4 2023', null)).toEqual(['b']);
  expect(match(null, null, 'meta-marshall')).toEqual(['a', 'b']);
  expect(match('lumen-harbor', null, 'meta-marshall')).toEqual([]);
  const options = filterOptions(calls);
  expect(options.companies.map((option) => option.label)).toEqual(['Lumen Harbor', 'Twilio']);
  expect(options.periods.map((option) => option.value)).toEqual(['Q3 2026', 'Q2 2026', 'Q4 2023', 'Q4 2022', 'Q1 2020']);
  expect(options.analysts).toEqual([
    { value: 'mark-murphy', label: 'Mark Murphy' },
    { value: 'meta-marshall', label: 'Meta Marshall' },
  ]);
});
