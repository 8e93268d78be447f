/** @vitest-environment jsdom */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import type { Transcript } from '../../src/core/transcript-model.ts';
import { edgeCaseCall, renderReader } from './render-reader.tsx';

afterEach(cleanup);

const call = edgeCaseCall();

function transcriptElement(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-transcript]');
  if (!element) throw new Error('the transcript is not rendered');
  return element;
}

test('the call renders turns with speaker, role and firm, and every paragraph carries its language', async () => {
  renderReader(call);
  expect(await screen.findByRole('heading', { level: 1, name: call.meta.title })).toBeInTheDocument();
  const victor = screen.getByRole('article', { name: 'Victor Hale' });
  expect(within(victor).getByText('Analyst')).toBeInTheDocument();
  expect(within(victor).getByText('Ironbridge Securities')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: /Summary/ })).toBeInTheDocument();
  // The first screens render at once, the rest of the call follows: every pair ends up on the page, both languages.
  const pairs = call.turns.reduce((sum, turn) => sum + turn.paragraphs.length, 0);
  await waitFor(() => expect(transcriptElement().querySelectorAll('p.para')).toHaveLength(pairs * 2));
  const paragraphs = transcriptElement().querySelectorAll('p.para');
  for (const paragraph of paragraphs) expect(['en', 'zh-Hant']).toContain(paragraph.getAttribute('lang'));
});

test('a paragraph without a translation shows a quiet placeholder in the interface language', async () => {
  renderReader(call);
  const placeholder = await screen.findByText('No translation in the file');
  expect(placeholder).toHaveAttribute('lang', 'en');
  const turn = placeholder.closest('article');
  expect(turn).toHaveAccessibleName('Imogen R. Frost');
});

test('a paragraph without English shows its own placeholder', async () => {
  const withOrphan: Transcript = {
    ...call,
    turns: call.turns.map((turn, index) =>
      index === 1 ? { ...turn, paragraphs: [{ en: null, zh: '只有中文的一段。', line: 9, zhLine: 9 }, ...turn.paragraphs] } : turn,
    ),
  };
  renderReader(withOrphan);
  expect(await screen.findByText('No English in the file')).toBeInTheDocument();
  expect(screen.getByText('只有中文的一段。').closest('[lang]')).toHaveAttribute('lang', 'zh-Hant');
});

test('the diagnostics notice counts unpaired lines and links to each place', async () => {
  const user = userEvent.setup();
  const { router } = renderReader(call);
  const summary = await screen.findByText('1 line could not be paired');
  await user.click(summary);
  const link = screen.getByRole('link', { name: 'Line 71' });
  expect(link).toHaveAttribute('href', '/read/edge/t/13?view=side#L71');
  await user.click(link);
  expect(router.state.location.pathname).toBe('/read/edge/t/13');
  expect(router.state.location.hash).toBe('#L71');
  // The address bar names the view as well, and keeps the line.
  await waitFor(() =>
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/read/edge/t/13?view=side#L71'),
  );
});

test('no diagnostics notice when every line paired', async () => {
  renderReader({ ...call, diagnostics: [] });
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByText(/could not be paired/)).not.toBeInTheDocument();
});

test('switching the view updates the layout, the URL and the remembered choice', async () => {
  const user = userEvent.setup();
  renderReader(call);
  const group = await screen.findByRole('radiogroup', { name: 'View' });
  const options = within(group).getAllByRole('radio');
  expect(options.map((option) => option.getAttribute('value'))).toEqual(['side', 'interleaved', 'en', 'zh']);
  expect(within(group).getByRole('radio', { name: 'Side by side' })).toBeChecked();

  await user.click(within(group).getByRole('radio', { name: 'Chinese only' }));
  expect(within(group).getByRole('radio', { name: 'Chinese only' })).toBeChecked();
  expect(transcriptElement()).toHaveAttribute('data-view', 'zh');
  expect(localStorage.getItem('duet:reader:view')).toBe('zh');
  // The address bar follows quietly (history.replaceState, outside the router).
  await waitFor(() => expect(window.location.search).toBe('?view=zh'));

  await user.click(within(group).getByRole('radio', { name: 'Interleaved' }));
  expect(transcriptElement()).toHaveAttribute('data-view', 'interleaved');
});

test('the view comes from the URL when it has one', async () => {
  renderReader(call, '/read/edge?view=en');
  const group = await screen.findByRole('radiogroup', { name: 'View' });
  expect(within(group).getByRole('radio', { name: 'English only' })).toBeChecked();
  expect(transcriptElement()).toHaveAttribute('data-view', 'en');
});

test('the Q&A index lists every question with analyst, firm, who actually asked and who answered', async () => {
  renderReader(call);
  const nav = await screen.findByRole('navigation', { name: 'Q&A index' });
  const links = within(nav).getAllByRole('link');
  expect(links).toHaveLength(5);
  expect(links.map((link) => link.getAttribute('href'))).toEqual([1, 2, 3, 4, 5].map((n) => `/read/edge/q/${n}?view=side`));
  expect(links[0]).toHaveTextContent('Victor Hale');
  expect(links[0]).toHaveTextContent('Ironbridge Securities');
  expect(links[0]).toHaveTextContent('Answered by Imogen R. Frost');
  expect(links[1]).toHaveTextContent('Jun, for Alicia Moreno');
  expect(links[2]).toHaveTextContent('Asked by Benjamin T. Okafor');
  expect(links[4]).toHaveTextContent('Answered by Imogen R. Frost, Walter Nakamura');
});

test('j/k (and n/p) move between questions; the current one is marked in the index', async () => {
  const user = userEvent.setup();
  const { router } = renderReader(call);
  const nav = await screen.findByRole('navigation', { name: 'Q&A index' });
  await user.keyboard('j');
  expect(router.state.location.pathname).toBe('/read/edge/q/1');
  await waitFor(() => expect(within(nav).getByRole('link', { current: 'location' })).toHaveTextContent('Victor Hale'));
  await user.keyboard('j');
  expect(router.state.location.pathname).toBe('/read/edge/q/2');
  await user.keyboard('n');
  expect(router.state.location.pathname).toBe('/read/edge/q/3');
  await waitFor(() => expect(within(nav).getByRole('link', { current: 'location' })).toHaveTextContent('Ben Okafor'));
  await user.keyboard('k');
  expect(router.state.location.pathname).toBe('/read/edge/q/2');
  await user.keyboard('p');
  expect(router.state.location.pathname).toBe('/read/edge/q/1');
});

test('a deep link opens at its question, marked current', async () => {
  renderReader(call, '/read/edge/q/4');
  const nav = await screen.findByRole('navigation', { name: 'Q&A index' });
  await waitFor(() => expect(within(nav).getByRole('link', { current: 'location' })).toHaveTextContent('Rachel Stein'));
});

test('keys are ignored while typing in the search box; / focuses it and ? opens the shortcuts', async () => {
  const user = userEvent.setup();
  const { router } = renderReader(call);
  await screen.findByRole('navigation', { name: 'Q&A index' });
  await user.keyboard('/');
  const searchbox = screen.getByRole('searchbox', { name: 'Search the call' });
  expect(searchbox).toHaveFocus();
  await user.keyboard('jk');
  expect(searchbox).toHaveValue('jk');
  expect(router.state.location.pathname).toBe('/read/edge');

  await user.clear(searchbox);
  searchbox.blur();
  await user.keyboard('?');
  const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
  expect(within(dialog).getByText('Next question')).toBeInTheDocument();
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
});

test('search highlights matches in both languages, counts them and moves with Enter / Shift+Enter', async () => {
  const user = userEvent.setup();
  renderReader(call);
  const search = await screen.findByRole('search');
  const box = within(search).getByRole('searchbox');
  await user.type(box, 'Tern 4');
  await waitFor(() => expect(within(search).getByText(/^1 of \d+$/)).toBeInTheDocument());
  const marks = transcriptElement().querySelectorAll('mark');
  const total = Number(/of (\d+)/.exec(within(search).getByText(/of/).textContent ?? '')?.[1]);
  expect(marks).toHaveLength(total);
  const languages = new Set([...marks].map((mark) => mark.closest('[lang]')?.getAttribute('lang')));
  expect(languages).toEqual(new Set(['en', 'zh-Hant']));
  expect(transcriptElement().querySelectorAll('mark[aria-current="true"]')).toHaveLength(1);
  expect(marks[0]).toHaveAttribute('aria-current', 'true');

  await user.keyboard('{Enter}');
  expect(within(search).getByText(`2 of ${total}`)).toBeInTheDocument();
  expect(marks[1]).toHaveAttribute('aria-current', 'true');
  await user.keyboard('{Shift>}{Enter}{/Shift}');
  expect(within(search).getByText(`1 of ${total}`)).toBeInTheDocument();
  await user.keyboard('{Shift>}{Enter}{/Shift}');
  expect(within(search).getByText(`${total} of ${total}`)).toBeInTheDocument();
});

test('search ignores Traditional vs Simplified: 营收 finds 營收', async () => {
  const user = userEvent.setup();
  renderReader(call);
  const search = await screen.findByRole('search');
  const box = within(search).getByRole('searchbox');
  await user.type(box, '營收');
  await waitFor(() => expect(within(search).getByText(/^1 of \d+$/)).toBeInTheDocument());
  const traditional = within(search).getByText(/of/).textContent;
  await user.clear(box);
  await user.type(box, '营收');
  await waitFor(() => expect(within(search).getByText(/^1 of \d+$/)).toBeInTheDocument());
  expect(within(search).getByText(/of/).textContent).toBe(traditional);
  const marked = [...transcriptElement().querySelectorAll('mark')].map((mark) => mark.textContent);
  expect(new Set(marked)).toEqual(new Set(['營收']));
});

test('search only counts the languages on screen', async () => {
  const user = userEvent.setup();
  renderReader(call, '/read/edge?view=en');
  const search = await screen.findByRole('search');
  await user.type(within(search).getByRole('searchbox'), 'Tern 4');
  await waitFor(() => expect(within(search).getByText(/^1 of \d+$/)).toBeInTheDocument());
  const marks = [...transcriptElement().querySelectorAll('mark')];
  expect(marks.every((mark) => mark.closest('[lang]')?.getAttribute('lang') === 'en')).toBe(true);
});

test('no matches says so', async () => {
  const user = userEvent.setup();
  renderReader(call);
  const search = await screen.findByRole('search');
  await user.type(within(search).getByRole('searchbox'), 'zzzz');
  expect(await within(search).findByText('No matches')).toBeInTheDocument();
});

test('the speakers navigation groups people by role with turns and share of words', async () => {
  renderReader(call);
  const nav = await screen.findByRole('navigation', { name: 'Speakers' });
  const company = within(nav).getByRole('region', { name: 'Company' });
  const analysts = within(nav).getByRole('region', { name: 'Analysts' });
  const operator = within(nav).getByRole('region', { name: 'Operator' });
  expect(within(company).getByText('Imogen R. Frost')).toBeInTheDocument();
  expect(within(company).getByText('Walter Nakamura')).toBeInTheDocument();
  expect(within(analysts).getByText('Victor Hale')).toBeInTheDocument();
  expect(within(analysts).getByText('Granite Peak Research')).toBeInTheDocument();
  expect(within(operator).getByRole('button', { name: /^Operator/ })).toBeInTheDocument();
  expect(within(company).queryByText('Victor Hale')).not.toBeInTheDocument();
  const imogenTurns = call.turns.filter((turn) => turn.speaker === 'Imogen R. Frost').length;
  expect(within(company).getByText(new RegExp(`^${imogenTurns} turns · \\d+% of words$`))).toBeInTheDocument();
});

test('choosing a speaker jumps to their next turn; "Only" shows only their turns', async () => {
  const user = userEvent.setup();
  const { router } = renderReader(call);
  const nav = await screen.findByRole('navigation', { name: 'Speakers' });
  await user.click(within(nav).getByRole('button', { name: /^Walter Nakamura/ }));
  const walterTurns = call.turns.flatMap((turn, index) => (turn.speaker === 'Walter Nakamura' ? [index] : []));
  expect(router.state.location.pathname).toBe(`/read/edge/t/${walterTurns[0]}`);

  const only = within(nav).getByRole('button', { name: 'Show only turns by Walter Nakamura' });
  await user.click(only);
  expect(only).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByText(/^Showing only/)).toHaveTextContent('Showing only Walter Nakamura');
  const visible = screen.getAllByRole('article');
  expect(visible).toHaveLength(walterTurns.length);
  for (const article of visible) expect(article).toHaveAccessibleName('Walter Nakamura');

  await user.click(screen.getByRole('button', { name: 'Show everyone' }));
  expect(screen.getAllByRole('article')).toHaveLength(call.turns.length);
});

test('a place that does not exist says so in plain words and still shows the call', async () => {
  renderReader(call, '/read/edge/q/99');
  expect(await screen.findByRole('alert')).toHaveTextContent('no place “q/99”');
  expect(screen.getByRole('heading', { level: 1, name: call.meta.title })).toBeInTheDocument();
});
