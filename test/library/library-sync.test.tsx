/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, expect, test, vi } from 'vitest';
import { RouteError } from '../../src/app/route-error.tsx';
import { getTranscript } from '../../src/features/library/api/get-transcript.ts';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { LIBRARY_DB_VERSION } from '../../src/features/library/api/library-database.ts';
import { createLibraryStorage } from '../../src/features/library/api/library-storage.ts';
import {
  broadcastLibraryChange,
  resetLibrarySyncForTests,
  SYNC_CHANNEL,
  SYNC_STORAGE_KEY,
  type LibraryChange,
} from '../../src/features/library/api/library-sync.ts';
import { CallGoneNotice } from '../../src/features/library/components/call-gone-notice.tsx';
import { StorageNotice } from '../../src/features/library/components/storage-notice.tsx';
import { useLibrarySync } from '../../src/features/library/hooks/use-library-sync.ts';
import { LibraryError } from '../../src/features/library/library-error.ts';
import { updateSettings } from '../../src/lib/settings.ts';
import { transcriptKeys } from '../../src/lib/transcript-keys.ts';
import { freshDatabaseName, openRaw } from '../support/library-db.ts';

afterEach(() => {
  cleanup();
  updateSettings({ uiLanguage: 'en' });
  vi.unstubAllGlobals();
  resetLibrarySyncForTests();
});

const harbor = readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8');

/** Another tab: its own storage on the same database, posting its changes on its own channel object. */
function otherTab(name: string) {
  const channel = new BroadcastChannel(SYNC_CHANNEL);
  const storage = createLibraryStorage({ name, onChange: (change: LibraryChange) => channel.postMessage(change) });
  return { storage, close: () => channel.close() };
}

function Sync({ children }: { children: ReactNode }) {
  useLibrarySync();
  return <>{children}</>;
}

/** This tab: the sync hook mounted as the app mounts it, and a reader banner for one call. */
async function renderTab(id: string, name: string) {
  const storage = createLibraryStorage({ name, onChange: broadcastLibraryChange });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  // The reader opened the call: it is in the cache under its detail key.
  queryClient.setQueryData(transcriptKeys.detail(id), await getTranscript(id, storage));
  render(
    <QueryClientProvider client={queryClient}>
      <Sync>
        <main>
          <CallGoneNotice id={id} storage={storage} />
          <p>The reader shows the call here.</p>
        </main>
      </Sync>
    </QueryClientProvider>,
  );
  return { storage, queryClient };
}

test('a call deleted in another tab: the reader says so, keeps showing it, and “Keep this call” saves it back', async () => {
  const name = freshDatabaseName();
  const other = otherTab(name);
  const call = await importTranscript({ kind: 'file', file: new File([harbor], 'quill.txt') }, { storage: other.storage });
  const { storage, queryClient } = await renderTab(call.id, name);
  const user = userEvent.setup();
  // Normally: nothing.
  await waitFor(() => expect(queryClient.getQueryState(transcriptKeys.derived(call.id, 'stored'))?.data).toBe(true));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();

  await other.storage.deleteCall(call.id);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Quillfeather Robotics Q2 2026 was deleted from your library in another tab.');
  expect(alert.querySelector('bdi')).toHaveTextContent('Quillfeather Robotics Q2 2026');
  // What the reader shows stays in the cache.
  expect(queryClient.getQueryData(transcriptKeys.detail(call.id))).toMatchObject({ id: call.id, text: harbor });

  await user.click(within(alert).getByRole('button', { name: 'Keep this call' }));
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  expect(screen.getByRole('status')).toHaveTextContent('Quillfeather Robotics Q2 2026 is back in your library.');
  expect((await other.storage.listCalls()).calls.map((summary) => summary.id)).toEqual([call.id]);
  expect((await getTranscript(call.id, storage)).text).toBe(harbor);
  other.close();
});

test('the notice goes when another tab puts the call back (undo), and is worded in 繁體中文 too', async () => {
  updateSettings({ uiLanguage: 'zh-Hant' });
  const name = freshDatabaseName();
  const other = otherTab(name);
  const call = await importTranscript({ kind: 'file', file: new File([harbor], 'quill.txt') }, { storage: other.storage });
  await renderTab(call.id, name);
  const removed = await other.storage.deleteCall(call.id);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('已在另一個分頁從資料庫刪除');
  expect(within(alert).getByRole('button', { name: '保留這場會議' })).toBeInTheDocument();
  if (removed) await other.storage.restoreCall(removed, removed.positionRecord);
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  other.close();
});

test('without BroadcastChannel, the storage event carries the change', async () => {
  vi.stubGlobal('BroadcastChannel', undefined);
  resetLibrarySyncForTests();
  const name = freshDatabaseName();
  const writer = createLibraryStorage({ name });
  const call = await importTranscript({ kind: 'file', file: new File([harbor], 'quill.txt') }, { storage: writer });
  await renderTab(call.id, name);
  await writer.deleteCall(call.id);
  // What another tab's broadcastLibraryChange writes, as this tab's window hears it.
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', { key: SYNC_STORAGE_KEY, newValue: JSON.stringify({ type: 'deleted', id: call.id, at: 1 }) }),
    );
  });
  expect(await screen.findByRole('alert')).toHaveTextContent(/deleted from your library in another tab/);
  // And this tab writes the key for the others.
  broadcastLibraryChange({ type: 'changed' });
  expect(JSON.parse(localStorage.getItem(SYNC_STORAGE_KEY) ?? '{}')).toMatchObject({ type: 'changed' });
});

test('a newer Duet upgrading the library in another tab: an alert says reload, in both languages', async () => {
  const name = freshDatabaseName();
  const storage = createLibraryStorage({ name });
  await storage.listCalls();
  const queryClient = new QueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <StorageNotice storage={storage} />
    </QueryClientProvider>,
  );
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  const newer = await openRaw(name, LIBRARY_DB_VERSION + 1);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Duet was updated in another tab');
  expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  act(() => updateSettings({ uiLanguage: 'zh-Hant' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Duet 已在另一個分頁更新');
  expect(within(screen.getByRole('alert')).getByRole('button', { name: '重新載入' })).toBeInTheDocument();
  newer.close();
  view.unmount();
});

test('the route error page words the library’s errors in both languages and offers the way back', async () => {
  const renderFailing = (error: unknown) => {
    const router = createMemoryRouter(
      [
        { path: '/', element: <p>Library</p> },
        {
          path: '/read/:id',
          loader: () => {
            throw error;
          },
          element: <p>Reader</p>,
          ErrorBoundary: RouteError,
        },
      ],
      { initialEntries: ['/read/0123456789abcdef'] },
    );
    return render(<RouterProvider router={router} />);
  };
  const notFound = new LibraryError('not-found', 'This call is not in your library.');
  const first = renderFailing(notFound);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('This call is not in your library');
  expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/');
  first.unmount();

  updateSettings({ uiLanguage: 'zh-Hant' });
  for (const [error, words] of [
    [notFound, '這場會議不在你的資料庫中'],
    [new LibraryError('storage-unavailable', 'This browser is not letting Duet save anything.'), '私密瀏覽'],
    [new LibraryError('storage-outdated', 'Duet was updated in another tab.'), '重新載入頁面'],
  ] as const) {
    const view = renderFailing(error);
    const zh = await screen.findByRole('alert');
    expect(zh).toHaveTextContent(words);
    expect(zh.textContent).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
    expect(screen.getByRole('link', { name: '回到資料庫' })).toBeInTheDocument();
    view.unmount();
  }
});
