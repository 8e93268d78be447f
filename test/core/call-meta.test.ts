import { expect, test } from 'vitest';
import { readCallIdentity } from '../../src/core/call-meta.ts';

test.each([
  [
    'Hello, and welcome to the Acme Fourth Quarter 2023 Earnings Conference Call.',
    'Acme',
    'Acme Fourth Quarter 2023 Earnings Conference Call',
    'Q4 2023',
  ],
  [
    'Good afternoon. I would like to welcome everyone to the Blue Finch Third Quarter 2022 Earnings Call.',
    'Blue Finch',
    'Blue Finch Third Quarter 2022 Earnings Call',
    'Q3 2022',
  ],
  [
    "Thank you for joining us for Orca Labs' First Quarter Fiscal 2025 Financial Results Conference Call.",
    'Orca Labs',
    "Orca Labs' First Quarter Fiscal 2025 Financial Results Conference Call",
    'Q1 2025',
  ],
  [
    'Welcome to the Kite Systems Fiscal 2026 Second Quarter Earnings Webcast.',
    'Kite Systems',
    'Kite Systems Fiscal 2026 Second Quarter Earnings Webcast',
    'Q2 2026',
  ],
  ['Welcome to the Q3 2024 Nimbus earnings call.', null, 'Q3 2024 Nimbus earnings call', 'Q3 2024'],
])('identity %#', (text, company, title, period) => {
  const identity = readCallIdentity([text]);
  expect(identity.period).toBe(period);
  expect(identity.company).toBe(company);
  expect(identity.title).toBe(title);
});

test('without a welcome line the period still comes from any "Q4 2023" mention; nothing found is null', () => {
  expect(readCallIdentity(['We grew in Q4 2023 again.'])).toEqual({ company: null, title: null, period: 'Q4 2023' });
  expect(readCallIdentity(['Hello.'])).toEqual({ company: null, title: null, period: null });
});
