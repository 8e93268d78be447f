/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildFirstScreen, firstScreenLabels, textBudget, type FirstScreenInput } from '../../src/app/first-screen/first-screen-view.ts';
import { FIRST_SCREEN_MAX_CHARS, paintFirstScreen } from '../../src/app/first-screen/first-screen.ts';
import { analystFirms } from '../../src/core/analyst-firms.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import type { Transcript } from '../../src/core/transcript-model.ts';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { createLibraryStorage } from '../../src/features/library/api/library-storage.ts';
import { saveReadingPosition } from '../../src/features/library/api/reading-position.ts';
import { readerMessages } from '../../src/features/reader/messages.ts';
import { parsePlace } from '../../src/features/reader/utils/reader-place.ts';
import { buildRows, rowOfPlace } from '../../src/features/reader/utils/reader-rows.ts';
import { NARROW_SCREEN } from '../../src/features/reader/utils/view-mode.ts';
import { endFirstScreen, FIRST_SCREEN_EVENT, FIRST_SCREEN_ID, firstScreenSettled } from '../../src/lib/first-screen-handoff.ts';

const q2 = readFileSync('test/fixtures/lumen-harbor-q2-2026.txt', 'utf8');
const labels = firstScreenLabels('en');

function input(transcript: Transcript, rest: string, overrides: Partial<FirstScreenInput> = {}): FirstScreenInput {
  const table = buildRows(transcript);
  const start = rowOfPlace(table, transcript, parsePlace(transcript, rest, '')) ?? 0;
  return {
    transcript,
    table,
    start,
    view: 'side',
    narrow: false,
    firms: analystFirms(transcript),
    labels,
    barHeight: null,
    budget: textBudget(1280, 800),
    ...overrides,
  };
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);

let narrow = false;
beforeEach(() => {
  narrow = false;
  vi.stubGlobal('matchMedia', (query: string) => ({ media: query, matches: query === NARROW_SCREEN && narrow }));
  localStorage.clear();
  delete document.documentElement.dataset.firstScreen;
});
afterEach(() => {
  document.getElementById(FIRST_SCREEN_ID)?.remove();
  history.replaceState(null, '', '/');
});

test('the first screen at a question starts with its marker, then the operator’s introduction and the question', () => {
  const transcript = parseTranscript(q2);
  const screen = buildFirstScreen(document, input(transcript, 'q/2'), FIRST_SCREEN_ID);
  const first = screen.querySelector('.rows > *');
  expect(first?.className).toBe('row row-question');
  expect(first?.textContent).toBe('Question 2Priya Natarajan, Kestrel Securities');
  expect(texts(screen, '.turn-speaker').slice(0, 2)).toEqual(['Operator', 'Priya Natarajan']);
  expect(texts(screen, '.para-en')[0]).toBe('Your next question comes from the line of Priya Natarajan with Kestrel Securities.');
  expect(texts(screen, '.para-zh')[0]).toBe('您的下一個問題來自 Kestrel Securities 的 Priya Natarajan。');
  // Hidden from assistive technology and out of the focus order: the reader replaces it in a moment.
  expect(screen.getAttribute('aria-hidden')).toBe('true');
  expect(screen.hasAttribute('inert')).toBe(true);
  expect(screen.classList.contains('first-screen-place')).toBe(true);
});

test('the first screen at the top shows the call’s head: title, translation note and summary', () => {
  const transcript = parseTranscript(q2);
  const screen = buildFirstScreen(document, input(transcript, ''), FIRST_SCREEN_ID);
  expect(screen.querySelector('.call-title')?.textContent).toBe(transcript.meta.title);
  expect(screen.querySelector('.disclaimer-label')?.textContent).toBe('Translation note');
  expect(texts(screen, '.summary-line')).toEqual(transcript.summary.map((line) => line.zh));
  expect(screen.classList.contains('first-screen-place')).toBe(false);
});

test('transcript text is shown as text: markup in a name or a paragraph builds no element', () => {
  const text = [
    'Operator',
    'Operator',
    'Welcome to the <img src=x onerror="alert(1)"> call.',
    '歡迎參加 <script>alert(2)</script> 電話會議。',
    '<b>Dana</b> - CEO',
    '<b>Dana</b> - CEO',
    'Thanks & welcome.',
    '謝謝。',
  ].join('\n');
  const screen = buildFirstScreen(document, input(parseTranscript(text), ''), FIRST_SCREEN_ID);
  expect(screen.querySelector('img, script, b')).toBeNull();
  expect(screen.textContent).toContain('Welcome to the <img src=x onerror="alert(1)"> call.');
  expect(screen.textContent).toContain('<b>Dana</b>');
});

test('on a phone, side by side shows an English button under each pair, as the reader does; other views do not', () => {
  const transcript = parseTranscript(q2);
  const phone = buildFirstScreen(document, input(transcript, 'q/1', { narrow: true }), FIRST_SCREEN_ID);
  expect(phone.querySelectorAll('.pair').length).toBeGreaterThan(0);
  expect(phone.querySelectorAll('.pair-toggle').length).toBe(phone.querySelectorAll('.pair').length);
  const interleaved = buildFirstScreen(document, input(transcript, 'q/1', { narrow: true, view: 'interleaved' }), FIRST_SCREEN_ID);
  expect(interleaved.querySelectorAll('.pair-toggle').length).toBe(0);
  expect(interleaved.querySelector('.transcript')?.getAttribute('data-view')).toBe('interleaved');
});

test('a pair without a translation says so in the interface language', () => {
  const text = ['Operator', 'Operator', 'Welcome, everyone.', 'Dana Whitfield - CEO', 'Dana Whitfield - CEO', 'Thanks.', '謝謝。'].join(
    '\n',
  );
  const transcript = parseTranscript(text);
  const zh = readerMessages['zh-Hant'];
  const screen = buildFirstScreen(document, input(transcript, '', { labels: firstScreenLabels('zh-Hant') }), FIRST_SCREEN_ID);
  const missing = screen.querySelector('.para-missing');
  expect(missing?.textContent).toBe(zh.noTranslation);
  expect(missing?.getAttribute('lang')).toBe('zh-Hant');
});

test('a long call paints a screenful, not the whole call', () => {
  const turns = Array.from({ length: 400 }, (_, index) =>
    [`Speaker ${index} - CFO`, `Speaker ${index} - CFO`, `Paragraph ${index} in English.`, `第 ${index} 段。`].join('\n'),
  );
  const transcript = parseTranscript(['Operator', 'Operator', 'Welcome.', '歡迎。', ...turns].join('\n'));
  const screen = buildFirstScreen(document, input(transcript, 't/5'), FIRST_SCREEN_ID);
  const rows = screen.querySelectorAll('.row').length;
  expect(rows).toBeGreaterThan(10);
  expect(rows).toBeLessThanOrEqual(60);
  // A phone lays out less than a desktop, never less than a screenful.
  const phone = buildFirstScreen(document, input(transcript, 't/5', { budget: textBudget(390, 844) }), FIRST_SCREEN_ID);
  expect(phone.querySelectorAll('.row').length).toBeLessThan(rows);
  expect(phone.querySelectorAll('.pair').length).toBeGreaterThan(8);
  expect(screen.querySelector('.turn-speaker')?.textContent).toBe('Speaker 4');
});

async function storedCall(text = q2): Promise<string> {
  const storage = createLibraryStorage();
  const { summary } = await importTranscript({ kind: 'file', file: new File([text], 'call.txt') }, { storage });
  return summary.id;
}

test('at a reader address, the stored call’s place is painted from IndexedDB, and the app is told when', async () => {
  const id = await storedCall();
  history.replaceState(null, '', `/read/${id}/q/2?view=interleaved`);
  const told = vi.fn();
  document.addEventListener(FIRST_SCREEN_EVENT, told, { once: true });
  const painting = paintFirstScreen();
  expect(document.documentElement.dataset.firstScreen).toBe('pending');
  const settled = firstScreenSettled();
  await painting;
  await settled;
  expect(told).toHaveBeenCalledTimes(1);
  const screen = document.getElementById(FIRST_SCREEN_ID);
  expect(screen?.querySelector('.question-marker')?.textContent).toContain('Priya Natarajan');
  expect(screen?.querySelector('.transcript')?.getAttribute('data-view')).toBe('interleaved');
  expect(performance.getEntriesByName('duet:first-screen-painted')).toHaveLength(1);
  // The reader takes over: the first screen goes, and none is painted after that.
  endFirstScreen();
  expect(document.getElementById(FIRST_SCREEN_ID)).toBeNull();
  await paintFirstScreen();
  expect(document.getElementById(FIRST_SCREEN_ID)).toBeNull();
});

test('at the call’s own address, it opens where the reader left off, as the reader will', async () => {
  const id = await storedCall();
  const transcript = parseTranscript(q2);
  const turn = transcript.questions[1]?.turn ?? -1;
  await saveReadingPosition(id, { turn, question: 2, view: 'side' }, createLibraryStorage());
  history.replaceState(null, '', `/read/${id}`);
  await paintFirstScreen();
  expect(document.getElementById(FIRST_SCREEN_ID)?.querySelector('.turn-speaker')?.textContent).toBe(transcript.turns[turn]?.speaker);
});

test('what it cannot paint as the reader would, it leaves to the app, and still tells it to go on', async () => {
  const id = await storedCall();
  const cases: Array<[string, () => void]> = [
    [`/read/${id}/q/2?speaker=Operator`, () => {}],
    [`/read/${id}/q/99`, () => {}],
    ['/read/no-such-call/q/2', () => {}],
    [`/read/${id}/q/2`, () => localStorage.setItem('duet:reader:script', 'hans')],
    ['/', () => {}],
  ];
  for (const [address, arrange] of cases) {
    localStorage.clear();
    arrange();
    history.replaceState(null, '', address);
    const told = vi.fn();
    document.addEventListener(FIRST_SCREEN_EVENT, told, { once: true });
    await paintFirstScreen();
    expect(document.getElementById(FIRST_SCREEN_ID), address).toBeNull();
    expect(told, address).toHaveBeenCalledTimes(1);
    await firstScreenSettled();
  }
});

test('a call too big to parse before the app would have started is left to the app', async () => {
  const paragraph = 'Revenue grew in every region, and margins held. '.repeat(40);
  const pairs = Array.from(
    { length: Math.ceil(FIRST_SCREEN_MAX_CHARS / paragraph.length) + 1 },
    () => `${paragraph}\n營收在各地區都有成長。`,
  );
  const id = await storedCall(['Operator', 'Operator', ...pairs].join('\n'));
  history.replaceState(null, '', `/read/${id}/t/0`);
  await paintFirstScreen();
  expect(document.getElementById(FIRST_SCREEN_ID)).toBeNull();
});

test('with no first screen under way the app starts at once; with one, once it is done', async () => {
  await firstScreenSettled();
  document.documentElement.dataset.firstScreen = 'pending';
  let started = false;
  const settled = firstScreenSettled().then(() => (started = true));
  await Promise.resolve();
  expect(started).toBe(false);
  document.dispatchEvent(new Event(FIRST_SCREEN_EVENT));
  await settled;
  expect(started).toBe(true);
});
