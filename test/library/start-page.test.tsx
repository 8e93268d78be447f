/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { createMemoryRouter, Outlet, RouterProvider, useParams } from 'react-router-dom';
import { afterEach, expect, test } from 'vitest';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { ImportLayer } from '../../src/features/library/components/import-layer.tsx';
import { StartPage } from '../../src/features/library/components/start-page.tsx';
import { importStatus } from '../../src/features/library/import-status.ts';

// Vitest runs without globals, so Testing Library cannot unmount by itself.
afterEach(cleanup);

const harbor = readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8');

function variant(company: string): string {
  return harbor.replaceAll('Quillfeather Robotics', company);
}

function ReaderStub() {
  const { id } = useParams();
  return <main>Reading {id}</main>;
}

/** The start page as the app mounts it (with the page-wide import layer), on an empty library. */
async function renderStartPage(seed: string[] = []) {
  await clear(createStore('duet-library', 'calls'));
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
    { initialEntries: ['/'] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  // applyAccept off: the picker's "All files" option (and drops) let any file through.
  return { user: userEvent.setup({ applyAccept: false }), router };
}

test('lists the opened calls newest first, with their details', async () => {
  await renderStartPage([variant('Alder Point Freight'), variant('Cobalt Bay Foods')]);
  const list = await screen.findByRole('list');
  const rows = within(list).getAllByRole('listitem');
  expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Cobalt Bay Foods Q2 2026', 'Alder Point Freight Q2 2026']);
  const first = rows[0] as HTMLElement;
  expect(within(first).getByText(/Opened/)).toBeInTheDocument();
  expect(within(first).getByText(/\d+ questions/)).toBeInTheDocument();
  expect(within(first).getByText(/KB$/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Library/ })).toHaveTextContent('2 calls');
});

test('the filter narrows the list and says when nothing matches', async () => {
  const { user } = await renderStartPage([variant('Alder Point Freight'), variant('Cobalt Bay Foods')]);
  const filter = await screen.findByRole('searchbox', { name: 'Filter the library' });
  await user.type(filter, 'cobalt');
  expect(screen.getAllByRole('listitem').map((row) => within(row).getByRole('link').textContent)).toEqual(['Cobalt Bay Foods Q2 2026']);
  await user.clear(filter);
  await user.type(filter, 'nothing like this');
  expect(screen.queryByRole('list')).not.toBeInTheDocument();
  expect(screen.getByText('No call matches “nothing like this”.')).toBeInTheDocument();
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
  expect(screen.getByRole('main')).toHaveTextContent(/Reading [0-9a-f]{16}/);
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
