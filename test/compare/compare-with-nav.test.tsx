/** @vitest-environment jsdom */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, expect, test } from 'vitest';
import { CompareWithNav, sameCompanyCalls, type CompareCandidate } from '../../src/features/compare/components/compare-with-nav.tsx';
import { updateSettings } from '../../src/lib/settings.ts';

afterEach(() => {
  cleanup();
  act(() => updateSettings({ uiLanguage: 'en' }));
});

const call = (id: string, company: string | null, period: string | null): CompareCandidate => ({
  id,
  company,
  period,
  title: `${company ?? 'Untitled'} ${period ?? ''} Earnings Call`.trim(),
});

const library = [
  call('q3', 'Lumen Harbor', 'Q3 2026'),
  call('q1', 'lumen harbor', 'Q1 2026'),
  call('q2', 'Lumen Harbor', 'Q2 2026'),
  call('other', 'Quillfeather Robotics', 'Q2 2026'),
  call('none', null, null),
];

test('other calls of the same company (any case), newest period first, never the call itself', () => {
  expect(sameCompanyCalls('q3', 'Lumen Harbor', library).map((entry) => entry.id)).toEqual(['q2', 'q1']);
  expect(sameCompanyCalls('q3', null, library)).toEqual([]);
});

test('lists them as links to the compare page, in both interface languages; nothing when there is no other call', () => {
  const { rerender } = render(
    <MemoryRouter>
      <CompareWithNav id="q3" company="Lumen Harbor" calls={library} />
    </MemoryRouter>,
  );
  const nav = screen.getByRole('navigation', { name: 'Compare with' });
  const links = within(nav).getAllByRole('link');
  expect(links.map((link) => link.getAttribute('href'))).toEqual(['/compare/q3/q2', '/compare/q3/q1']);
  expect(links[0]).toHaveTextContent('Q2 2026');
  act(() => updateSettings({ uiLanguage: 'zh-Hant' }));
  expect(screen.getByRole('navigation', { name: '與其他季比較' })).toBeInTheDocument();
  rerender(
    <MemoryRouter>
      <CompareWithNav id="other" company="Quillfeather Robotics" calls={library} />
    </MemoryRouter>,
  );
  expect(screen.queryByRole('navigation')).toBeNull();
});
