/** @vitest-environment jsdom */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { updateSettings } from '../../src/lib/settings.ts';
import { renderReader } from '../reader/render-reader.tsx';
import { smallCall } from '../support/transcript-text.ts';

afterEach(() => {
  performance.clearMeasures();
  cleanup();
  act(() => updateSettings({ uiLanguage: 'en' }));
});

/**
 * Waits until the checks have run (the reader records a performance measure when their results arrive): they start
 * once the page is idle after the first paint, which on a busy machine may take a while. A state, not a delay.
 */
async function checksDone() {
  await waitFor(() => expect(performance.getEntriesByName('duet:translation-checks')).not.toHaveLength(0), { timeout: 30_000 });
}

/**
 * The one badge of the call, once shown, checked by its accessible name. (A role query walks the whole reader and
 * computes every name on each try: on a busy machine one try can take most of a second.)
 */
async function findBadge(name: string): Promise<HTMLElement> {
  const badge = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('[data-transcript] .check-badge');
    if (!found) throw new Error('no badge yet');
    return found;
  });
  expect(badge).toHaveAccessibleName(name);
  return badge;
}

/** The small call with one deliberate error: $310 million translated as 31 億美元 ($3.1 billion). */
function callWithError() {
  const text = smallCall().replace('達到 3.1 億美元', '達到 31 億美元');
  expect(text).toContain('31 億美元');
  return readTranscript(new TextEncoder().encode(text));
}

const call = callWithError();
const anaTurn = call.turns.findIndex((turn) => turn.paragraphs.some((pair) => pair.en?.includes('$310 million')));
const flaggedLine = call.turns[anaTurn]?.paragraphs[0]?.line ?? -1;

function transcriptElement(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-transcript]');
  if (!element) throw new Error('the transcript is not rendered');
  return element;
}

test('a flagged pair carries a badge whose explanation shows on keyboard focus and closes with Escape', async () => {
  const user = userEvent.setup();
  renderReader(call, '/read/small', 'small');
  await checksDone();
  const badge = await findBadge('Translation check: 1 issue');
  expect(document.querySelectorAll('.check-badge')).toHaveLength(1);
  expect(badge.closest('[data-pair]')).toHaveAttribute('data-pair', `${anaTurn}:0`);
  expect(badge).toHaveAccessibleDescription('Numbers: $310 million in the English, but 31 億美元 (= $3.1 billion) in the Chinese.');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

  // Tab from the top until the badge has focus: it is a real, focusable button.
  for (let presses = 0; presses < 40 && document.activeElement !== badge; presses += 1) await user.tab();
  expect(badge).toHaveFocus();
  const tip = screen.getByRole('tooltip');
  expect(tip).toBeVisible();
  expect(tip).toHaveTextContent('$310 million in the English, but 31 億美元 (= $3.1 billion) in the Chinese.');
  expect(within(tip).getByText('31 億美元')).toHaveAttribute('lang', 'zh-Hant');
  expect(within(tip).getByText('$310 million')).toHaveAttribute('lang', 'en');

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  expect(badge).toHaveFocus();
  // Up to 40 Tab presses through the whole reader: on a busy machine that takes longer than the default 5 s.
}, 20_000);

test('the explanation also shows while the pointer is on the badge', async () => {
  const user = userEvent.setup();
  renderReader(call, '/read/small', 'small');
  await checksDone();
  const badge = await findBadge('Translation check: 1 issue');
  await user.hover(badge);
  expect(screen.getByRole('tooltip')).toHaveTextContent('Numbers');
  await user.unhover(badge);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('the panel counts the flags and links each one to its pair', async () => {
  const user = userEvent.setup();
  const { router } = renderReader(call, '/read/small', 'small');
  await checksDone();
  const nav = await screen.findByRole('navigation', { name: 'Translation checks' });
  expect(await within(nav).findByRole('heading', { name: 'Translation checks (1)' })).toBeInTheDocument();
  const links = within(nav).getAllByRole('link');
  expect(links).toHaveLength(1);
  const link = links[0] as HTMLElement;
  expect(link).toHaveTextContent('Numbers');
  expect(link).toHaveTextContent('Ana Ruiz');
  expect(link).toHaveTextContent('$310 million in the English, but 31 億美元 (= $3.1 billion) in the Chinese.');
  expect(link).toHaveAttribute('href', `/read/small/t/${anaTurn}?view=side#L${flaggedLine}`);
  await user.click(link);
  expect(router.state.location.pathname).toBe(`/read/small/t/${anaTurn}`);
  expect(router.state.location.hash).toBe(`#L${flaggedLine}`);
  expect(document.getElementById(`L${flaggedLine}`)).toHaveAttribute('data-pair', `${anaTurn}:0`);
});

test('"Only flagged pairs" keeps only the flagged pair and its turn, and the notice brings everything back', async () => {
  const user = userEvent.setup();
  renderReader(call, '/read/small', 'small');
  await checksDone();
  const nav = await screen.findByRole('navigation', { name: 'Translation checks' });
  const only = await within(nav).findByRole('checkbox', { name: 'Only flagged pairs' });
  const pairs = () => [...transcriptElement().querySelectorAll('.pair[data-pair]')].map((pair) => pair.getAttribute('data-pair'));
  const turns = () => screen.getAllByRole('article').map((turn) => turn.getAttribute('data-turn'));
  const everyPair = pairs();
  expect(everyPair.length).toBeGreaterThan(10);

  await user.click(only);
  expect(only).toBeChecked();
  expect(screen.getByText('Showing only flagged pairs (1)')).toBeInTheDocument();
  // One pair, in one turn, is all the reader shows.
  await waitFor(() => expect(pairs()).toEqual([`${anaTurn}:0`]));
  expect(turns()).toEqual([String(anaTurn)]);

  await user.click(screen.getByRole('button', { name: 'Show all pairs' }));
  expect(only).not.toBeChecked();
  expect(screen.queryByText(/Showing only flagged pairs/)).not.toBeInTheDocument();
  await waitFor(() => expect(pairs()).toEqual(everyPair));
});

test('going to a place the filter hides (a question) shows every pair again, and says so', async () => {
  const user = userEvent.setup();
  const { router } = renderReader(call, '/read/small', 'small');
  await checksDone();
  const nav = await screen.findByRole('navigation', { name: 'Translation checks' });
  const only = await within(nav).findByRole('checkbox', { name: 'Only flagged pairs' });
  await user.click(only);
  await waitFor(() => expect(transcriptElement().querySelectorAll('.pair[data-pair]')).toHaveLength(1));
  await user.click(within(screen.getByRole('navigation', { name: 'Q&A index' })).getAllByRole('link')[1] as HTMLElement);
  expect(router.state.location.pathname).toBe('/read/small/q/2');
  expect(await screen.findByText(/every pair is shown again/)).toBeInTheDocument();
  expect(only).not.toBeChecked();
  expect(transcriptElement().querySelectorAll('.pair[data-pair]').length).toBeGreaterThan(10);
  expect(document.getElementById('question-2')).toBeInTheDocument();
});

test('key figures list every amount, percentage and basis-point figure with its speaker, filterable by kind', async () => {
  const user = userEvent.setup();
  renderReader(call, '/read/small', 'small');
  await checksDone();
  const nav = await screen.findByRole('navigation', { name: 'Key figures' });
  expect(await within(nav).findByRole('heading', { name: 'Key figures (3)' })).toBeInTheDocument();
  const items = within(nav).getAllByRole('link');
  expect(items.map((item) => item.querySelector('.figures-value')?.textContent)).toEqual(['12%', '$310 million', '150 basis points']);
  for (const item of items) expect(item).toHaveTextContent('Ana Ruiz');
  expect(items[1]).toHaveAttribute('href', `/read/small/t/${anaTurn}?view=side#L${flaggedLine}`);

  const kinds = within(nav).getByRole('radiogroup', { name: 'Kind of figure' });
  await user.click(within(kinds).getByRole('radio', { name: /Basis points/ }));
  expect(
    within(nav)
      .getAllByRole('link')
      .map((item) => item.querySelector('.figures-value')?.textContent),
  ).toEqual(['150 basis points']);
  await user.click(within(kinds).getByRole('radio', { name: /Money/ }));
  expect(
    within(nav)
      .getAllByRole('link')
      .map((item) => item.querySelector('.figures-value')?.textContent),
  ).toEqual(['$310 million']);
});

test('a clean call says so, with no badge and no filter', async () => {
  renderReader(readTranscript(new TextEncoder().encode(smallCall())), '/read/clean', 'clean');
  await checksDone();
  const nav = await screen.findByRole('navigation', { name: 'Translation checks' });
  expect(
    await within(nav).findByText(
      'No problems found: figures, years, directions, terms and sentences agree, and every paragraph is translated.',
    ),
  ).toBeInTheDocument();
  expect(within(nav).getByRole('heading', { name: 'Translation checks (0)' })).toBeInTheDocument();
  expect(within(nav).queryByRole('checkbox')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Translation check/ })).not.toBeInTheDocument();
});

test('in the Chinese interface, the badge, the panel and the explanation are in Chinese', async () => {
  const user = userEvent.setup();
  act(() => updateSettings({ uiLanguage: 'zh-Hant' }));
  renderReader(call, '/read/small', 'small');
  await checksDone();
  const badge = await findBadge('翻譯檢查：1 個問題');
  await user.hover(badge);
  expect(screen.getByRole('tooltip')).toHaveTextContent('英文是 $310 million，中文卻是 31 億美元 (= $3.1 billion)。');
  const nav = screen.getByRole('navigation', { name: '翻譯檢查' });
  expect(within(nav).getByRole('heading', { name: '翻譯檢查（1）' })).toBeInTheDocument();
  expect(within(nav).getByRole('checkbox', { name: '只顯示有問題的段落' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: '關鍵數字' })).toBeInTheDocument();
});
