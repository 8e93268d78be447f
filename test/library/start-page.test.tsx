/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider, useParams } from 'react-router-dom';
import { afterEach, expect, test, vi } from 'vitest';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { ImportLayer } from '../../src/features/library/components/import-layer.tsx';
import { StartPage } from '../../src/features/library/components/start-page.tsx';
import { importStatus } from '../../src/features/library/import-status.ts';
import { updateSettings } from '../../src/lib/settings.ts';
import { encodeLegacy } from '../support/legacy-encode.ts';
import { clearAppLibrary } from '../support/library-db.ts';

// Vitest runs without globals, so Testing Library cannot unmount by itself.
afterEach(() => {
  cleanup();
  updateSettings({ uiLanguage: 'en' });
  vi.unstubAllGlobals();
});

const harbor = readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8');

function variant(company: string): string {
  return harbor.replaceAll('Quillfeather Robotics', company);
}

function ReaderStub() {
  const { id } = useParams();
  return <main>Reading {id}</main>;
}

/** The start page as the app mounts it (with the page-wide import layer), on an empty library. */
async function renderStartPage(seed: string[] = [], initialEntry = '/') {
  await clearAppLibrary();
  importStatus.clearNotices();
  let time = Date.now() - seed.length * 60_000;
  for (const [index, text] of seed.entries()) {
    await importTranscript({ kind: 'file', file: new File([text], `call-${index}.txt`) }, { now: () => (time += 60_000) });
  }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            <Outlet />
            <ImportLayer />
          </>
        ),
        children: [
          { index: true, element: <StartPage /> },
          { path: 'read/:id', element: <ReaderStub /> },
        ],
      },
    ],
    { initialEntries: [initialEntry] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  // applyAccept off: the picker's "All files" option (and drops) let any file through.
  return { user: userEvent.setup({ applyAccept: false }), router };
}

test('lists the opened calls by company, the company last opened first, with their details', async () => {
  await renderStartPage([variant('Alder Point Freight'), variant('Cobalt Bay Foods')]);
  const groups = await screen.findAllByRole('list');
  expect(groups).toHaveLength(2);
  expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
    'Cobalt Bay Foods',
    'Alder Point Freight',
  ]);
  expect(screen.getByRole('link', { name: 'Cobalt Bay Foods' })).toHaveAttribute('href', '/company/cobalt-bay-foods');
  const rows = screen.getAllByRole('listitem');
  expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Cobalt Bay Foods Q2 2026', 'Alder Point Freight Q2 2026']);
  const first = rows[0] as HTMLElement;
  // Grouped, a row says when the call was, not that every call was opened just now.
  expect(within(first).queryByText(/Opened/)).not.toBeInTheDocument();
  expect(within(first).getByText(/\d+ questions/)).toBeInTheDocument();
  expect(within(first).getByText(/KB$/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Library/ })).toHaveTextContent('2 calls');
});

test('the flat list, last opened first, is one choice away and kept in the address', async () => {
  const { user, router } = await renderStartPage([variant('Alder Point Freight'), variant('Cobalt Bay Foods')]);
  await screen.findAllByRole('list');
  await user.click(screen.getByRole('radio', { name: 'Last opened first' }));
  expect(router.state.location.search).toBe('?group=none');
  const list = screen.getByRole('list');
  expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  expect(within(list).getAllByText(/Opened/)).toHaveLength(2);
  expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'By company' }));
  expect(router.state.location.search).toBe('');
});

test('filters by company and period, in the address; nothing matching says so', async () => {
  const { user, router } = await renderStartPage([variant('Alder Point Freight'), variant('Cobalt Bay Foods')]);
  await screen.findAllByRole('list');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Company' }), 'Alder Point Freight');
  expect(router.state.location.search).toBe('?company=alder-point-freight');
  expect(screen.getAllByRole('listitem').map((row) => within(row).getByRole('link').textContent)).toEqual(['Alder Point Freight Q2 2026']);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Q2 2026');
  expect(screen.getAllByRole('listitem')).toHaveLength(1);
  await router.navigate('/?company=nobody-at-all');
  expect(await screen.findByText('No call matches these filters.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Show every call' }));
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
});

test('the filter narrows the list and says when nothing matches', async () => {
  const { user } = await renderStartPage([variant('Alder Point Freight'), variant('Cobalt Bay Foods')]);
  const filter = await screen.findByRole('searchbox', { name: 'Filter the library' });
  await user.type(filter, 'cobalt');
  expect(screen.getAllByRole('listitem').map((row) => within(row).getByRole('link').textContent)).toEqual(['Cobalt Bay Foods Q2 2026']);
  await user.clear(filter);
  await user.type(filter, 'nothing like this');
  expect(screen.queryByRole('list')).not.toBeInTheDocument();
  expect(
    screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === 'No call matches “nothing like this”.'),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Clear filter' }));
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
});

test('delete offers an undo that puts the call back', async () => {
  const { user } = await renderStartPage([variant('Alder Point Freight'), variant('Cobalt Bay Foods')]);
  await user.click(await screen.findByRole('button', { name: 'Delete Cobalt Bay Foods Q2 2026 from the library' }));

  const undo = await screen.findByRole('button', { name: 'Undo: put Cobalt Bay Foods Q2 2026 back' });
  expect(undo).toHaveFocus();
  expect(screen.queryByRole('link', { name: 'Cobalt Bay Foods Q2 2026' })).not.toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Removed Cobalt Bay Foods Q2 2026 from the library.');

  await user.click(undo);
  const restored = await screen.findByRole('link', { name: 'Cobalt Bay Foods Q2 2026' });
  await waitFor(() => expect(restored).toHaveFocus());
  expect(screen.queryByRole('button', { name: /Undo/ })).not.toBeInTheDocument();
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
});

test('a bad file shows an alert in plain words and the library stays as it was', async () => {
  const { user, router } = await renderStartPage([variant('Alder Point Freight')]);
  await screen.findByRole('link', { name: 'Alder Point Freight Q2 2026' });
  const png = new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])], 'chart.png', {
    type: 'image/png',
  });
  await user.upload(screen.getByLabelText('Open transcript'), png);

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Could not open chart.png');
  expect(alert).toHaveTextContent(/PNG image, not a text transcript/);
  expect(router.state.location.pathname).toBe('/');
  expect(screen.getByRole('link', { name: 'Alder Point Freight Q2 2026' })).toBeInTheDocument();

  await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('opening a good file goes straight to the reader for it', async () => {
  const { user, router } = await renderStartPage();
  expect(await screen.findByText(/Your library is empty/)).toBeInTheDocument();
  await user.upload(screen.getByLabelText('Open transcript'), new File([harbor], 'quill.txt', { type: 'text/plain' }));
  await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/read\/[0-9a-f]{16}$/));
  expect(await screen.findByText(/Reading [0-9a-f]{16}/)).toBeInTheDocument();
});

test('pasted text opens from the paste dialog', async () => {
  const { user, router } = await renderStartPage();
  await user.click(screen.getByRole('button', { name: 'Paste transcript' }));
  const dialog = screen.getByRole('dialog', { name: 'Paste a transcript' });
  const open = within(dialog).getByRole('button', { name: 'Open' });
  expect(open).toBeDisabled();
  const field = within(dialog).getByRole('textbox', { name: 'Transcript text' });
  await user.click(field);
  await user.paste(variant('Tidewater Labs'));
  await user.click(open);
  await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/read\//));
});

test('a refused paste keeps the text in the dialog, with the reason under it, so that it can be fixed', async () => {
  const { user, router } = await renderStartPage();
  await user.click(screen.getByRole('button', { name: 'Paste transcript' }));
  const dialog = screen.getByRole('dialog', { name: 'Paste a transcript' });
  const field = within(dialog).getByRole('textbox', { name: 'Transcript text' });
  await user.click(field);
  await user.paste('eggs\nmilk\nbread');
  await user.click(within(dialog).getByRole('button', { name: 'Open' }));

  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveTextContent('Could not open the pasted text');
  expect(alert).toHaveTextContent(/no speaker lines were found/);
  expect(screen.getByRole('dialog', { name: 'Paste a transcript' })).toBeVisible();
  expect(field).toHaveValue('eggs\nmilk\nbread');
  expect(field).toHaveAccessibleDescription(/no speaker lines/);
  expect(router.state.location.pathname).toBe('/');

  // Fixed in place, it opens.
  await user.clear(field);
  await user.click(field);
  await user.paste(variant('Tidewater Labs'));
  await user.click(within(dialog).getByRole('button', { name: 'Open' }));
  await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/read\//));
});

test('in the 繁體中文 interface an import error is Chinese from title to body', async () => {
  updateSettings({ uiLanguage: 'zh-Hant' });
  const { user } = await renderStartPage();
  const cases: Array<[File, RegExp]> = [
    [new File(['eggs\nmilk\nbread\n'], 'shopping.txt'), /找不到發言者的行/],
    [new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])], 'chart.png'), /PNG 圖片/],
    [new File([''], 'empty.txt'), /檔案是空的/],
  ];
  for (const [file, words] of cases) {
    await user.upload(screen.getByLabelText('開啟逐字稿'), file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`無法開啟 ${file.name}`);
    expect(alert).toHaveTextContent(words);
    // Nothing of the core's English sentence: no English words beyond the file's name and the format's.
    const words_ = (alert.textContent ?? '').replace(file.name, '').match(/[A-Za-z]{3,}/g) ?? [];
    expect(words_.filter((word) => !['PNG', 'Duet', 'txt'].includes(word))).toEqual([]);
  }
});

test('a call whose title carries an unterminated right-to-left override cannot reverse the interface text after it', async () => {
  const evil = harbor.replaceAll('Quillfeather Robotics', 'Quill\u202eRobotics');
  const { user } = await renderStartPage([evil, variant('Cobalt Bay Foods')]);
  const link = await screen.findByRole('link', { name: /Quill.*Q2 2026/ });
  const isolate = link.querySelector('bdi');
  expect(isolate?.textContent).toContain('\u202e');
  // The row's other text (date, size, questions) is outside the isolate.
  const row = link.closest('li') as HTMLElement;
  for (const text of [within(row).getByText(/KB$/), within(row).getByText(/questions/)]) expect(isolate?.contains(text)).toBe(false);

  // The same in the "Removed … Undo" row.
  await user.click(screen.getByRole('button', { name: /^Delete Quill/ }));
  const removedRow = (await screen.findByRole('button', { name: /^Undo/ })).closest('li') as HTMLElement;
  const removedName = removedRow.querySelector('bdi');
  expect(removedName?.textContent).toContain('\u202e');
  expect(removedName?.nextSibling?.textContent).toBe('.');

  // And in an alert naming a file.
  await user.upload(screen.getByLabelText('Open transcript'), new File(['eggs\n'], 'list\u202e.txt'));
  const alert = await screen.findByRole('alert');
  const title = within(alert).getByText((_, element) => element?.className === 'lib-card-title');
  expect(title.querySelector('bdi')?.textContent).toBe('list\u202e.txt');
  expect(title.firstChild?.textContent).toBe('Could not open ');
});

/** A fetch for ?src= tests: the demo is missing, and every other address is a server that never answers. */
function hangingFetch() {
  const requested: string[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.includes('/demo/')) return Promise.resolve(new Response('missing', { status: 404 }));
    requested.push(url);
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  });
  vi.stubGlobal('fetch', fetch);
  return requested;
}

test('?src= on another site asks first, showing the host and the full address; Cancel fetches nothing', async () => {
  const requested = hangingFetch();
  const address = 'https://transcripts.example.com/calls/q2.txt?x=1';
  const { user, router } = await renderStartPage([], `/?src=${encodeURIComponent(address)}`);
  const dialog = await screen.findByRole('dialog', { name: 'Open the transcript at transcripts.example.com?' });
  expect(dialog).toHaveTextContent(address);
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  // The answer drops ?src= from the address (replace: Back does not ask again), and nothing was fetched.
  expect(router.state.location.search).toBe('');
  expect(requested).toEqual([]);
});

test('a download that never answers holds up nothing: a file opened meanwhile opens, and Cancel stops the download', async () => {
  const requested = hangingFetch();
  const { user, router } = await renderStartPage([], `/?src=${encodeURIComponent('https://slow.example/call.txt')}`);
  const dialog = await screen.findByRole('dialog', { name: 'Open the transcript at slow.example?' });
  await user.click(within(dialog).getByRole('button', { name: 'Open' }));
  await waitFor(() => expect(requested).toEqual(['https://slow.example/call.txt']));
  const cancel = await screen.findByRole('button', { name: 'Cancel opening https://slow.example/call.txt' });
  expect(screen.getByRole('progressbar', { name: 'Downloading https://slow.example/call.txt' })).toBeInTheDocument();

  await user.upload(screen.getByLabelText('Open transcript'), new File([variant('Alder Point Freight')], 'alder.txt'));
  await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/read\/[0-9a-f]{16}$/));

  await user.click(cancel);
  await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(router.state.location.pathname).toMatch(/^\/read\/[0-9a-f]{16}$/);
});

test('the same call in UTF-8 and Big5 is one row in the list', async () => {
  const { user, router } = await renderStartPage([variant('Alder Point Freight')]);
  await screen.findByRole('link', { name: 'Alder Point Freight Q2 2026' });
  await user.upload(
    screen.getByLabelText('Open transcript'),
    new File([encodeLegacy(variant('Alder Point Freight'), 'big5') as BlobPart], 'big5.txt'),
  );
  await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/read\//));
  await router.navigate('/');
  await waitFor(() =>
    expect(screen.getAllByRole('listitem').map((row) => within(row).getByRole('link').textContent)).toEqual([
      'Alder Point Freight Q2 2026',
    ]),
  );
});
