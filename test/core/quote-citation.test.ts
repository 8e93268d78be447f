import { expect, test } from 'vitest';
import { quoteAsMarkdown, quoteAsText, type QuoteSource } from '../../src/core/quote-citation.ts';

const source: QuoteSource = {
  en: 'Revenue grew 12% to $310 million.',
  zh: '營收成長 12%,達到 3.1 億美元。',
  speaker: 'Ana Ruiz',
  title: 'CFO',
  company: 'Northstar Devices',
  period: 'Q2 2025',
  callTitle: 'Northstar Devices Second Quarter 2025 Earnings Conference Call',
  url: 'https://duet.example/read/abc/t/3#s2',
};

test('a quote as text gives both languages, who said it, the call and the link', () => {
  expect(quoteAsText(source)).toBe(
    '“Revenue grew 12% to $310 million.”\n「營收成長 12%,達到 3.1 億美元。」\n— Ana Ruiz, CFO · Northstar Devices Q2 2025 earnings call\nhttps://duet.example/read/abc/t/3#s2',
  );
});

test('a quote as Markdown is a block quote with a linked citation, and the call text cannot inject Markdown', () => {
  expect(quoteAsMarkdown(source)).toBe(
    '> Revenue grew 12% to $310 million.\n>\n> 營收成長 12%,達到 3.1 億美元。\n\n— Ana Ruiz, CFO · [Northstar Devices Q2 2025 earnings call](https://duet.example/read/abc/t/3#s2)\n',
  );
  const tricky = quoteAsMarkdown({ ...source, en: '# [click](javascript:alert(1)) *now*', zh: null, company: null, period: null });
  expect(tricky).toContain('> \\# \\[click\\]\\(javascript:alert\\(1\\)\\) \\*now\\*');
  expect(tricky).toContain('[Northstar Devices Second Quarter 2025 Earnings Conference Call]');
});

test('a quote without a title or a Chinese side still reads well', () => {
  expect(quoteAsText({ ...source, title: '', zh: null })).toBe(
    '“Revenue grew 12% to $310 million.”\n— Ana Ruiz · Northstar Devices Q2 2025 earnings call\nhttps://duet.example/read/abc/t/3#s2',
  );
});
