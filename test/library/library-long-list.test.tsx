/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, expect, test, vi } from 'vitest';
import { CALL_DETAILS_VERSION, type CallSummary } from '../../src/features/library/api/call-summary.ts';
import { libraryStorage } from '../../src/features/library/api/library-storage.ts';
import { StartPage } from '../../src/features/library/components/start-page.tsx';
import { FIRST_ROWS } from '../../src/features/library/hooks/use-revealed-rows.ts';
import { clearAppLibrary, openRaw, writeRaw } from '../support/library-db.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Fictional companies: each has 24 quarters of calls; the one named last was opened last, so it is listed first. */
const COMPANIES = ['Tamsin Ridge Mills', 'Orrin Vale Textiles', 'Pellam Cove Energy'];
const QUARTERS = 24;

function summary(n: number, company: string, year: number, quarter: number): CallSummary {
  const id = (n + 1).toString(16).padStart(16, '0');
  return {
    format: 1,
    id,
    textId: id,
    sha256: id.repeat(4),
    source: 'file',
    name: `call-${n}.txt`,
    company,
    period: `Q${quarter} ${year}`,
    title: `${company} Q${quarter} ${year} Earnings Call`,
    encoding: 'utf-8',
    size: 2048,
    questions: 3,
    turns: 12,
    notices: 0,
    addedAt: 1_700_000_000_000 + n,
    openedAt: 1_700_000_000_000 + n,
    details: CALL_DETAILS_VERSION,
    quarter,
    year,
    date: null,
    // The first company's oldest call is the only one this analyst asked in: the last row of the list.
    analysts: n === 0 ? [{ name: 'Ines Okafor', slug: 'ines-okafor', firm: 'Fictional Partners' }] : [],
    speakers: [],
  };
}

/** 72 stored calls (summary and text records, as the library keeps them), written straight into the app's database. */
async function seedLongLibrary(): Promise<number> {
  await clearAppLibrary();
  const records: Array<[string, unknown]> = [];
  let n = 0;
  for (const company of COMPANIES) {
    for (let k = 0; k < QUARTERS; k += 1) {
      const call = summary(n, company, 2015 + Math.floor(k / 4), (k % 4) + 1);
      records.push([`summary:${call.id}`, call], [`text:${call.id}`, `${call.title}\n`]);
      n += 1;
    }
  }
  const db = await openRaw('duet-library');
  await writeRaw(db, records);
  db.close();
  return n;
}

/** Frames are held until the test lets them run: only the first screen of rows is rendered meanwhile. */
function holdFrames() {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  return {
    async runAll() {
      while (frames.length > 0) {
        await act(async () => {
          for (const frame of frames.splice(0)) frame(performance.now());
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
      }
    },
  };
}

async function renderStartPage(initialEntry = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/', element: <StartPage /> }], { initialEntries: [initialEntry] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await libraryStorage.listCalls();
  return { user: userEvent.setup(), router };
}

const rowNames = () => screen.getAllByRole('listitem').map((row) => within(row).getByRole('link').textContent);

test('a long library shows its count and first screen of rows at once, then every row in order as frames are painted', async () => {
  const total = await seedLongLibrary();
  const frames = holdFrames();
  await renderStartPage();
  expect(await screen.findByRole('heading', { name: /Library/ })).toHaveTextContent(`${total} calls`);
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_ROWS));
  // The first screen: the company opened last, its newest period first.
  expect(rowNames().slice(0, 2)).toEqual(['Pellam Cove Energy Q4 2020', 'Pellam Cove Energy Q3 2020']);
  expect(screen.queryByRole('link', { name: 'Tamsin Ridge Mills Q1 2015' })).not.toBeInTheDocument();

  await frames.runAll();
  const names = rowNames();
  expect(names).toHaveLength(total);
  expect(new Set(names).size).toBe(total);
  expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([...COMPANIES].reverse());
  // Rows beyond the first screen work as the first ones do: the oldest call of the last company, last.
  expect(names.at(-1)).toBe('Tamsin Ridge Mills Q1 2015');
  expect(screen.getByRole('button', { name: 'Delete Tamsin Ridge Mills Q1 2015 from the library' })).toBeInTheDocument();
});

test('filters and the filter box find calls whose rows were not rendered yet', async () => {
  await seedLongLibrary();
  holdFrames();
  const { user, router } = await renderStartPage();
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_ROWS));

  await user.selectOptions(screen.getByRole('combobox', { name: 'Analyst' }), 'Ines Okafor');
  expect(router.state.location.search).toBe('?analyst=ines-okafor');
  expect(rowNames()).toEqual(['Tamsin Ridge Mills Q1 2015']);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Analyst' }), '');
  // A company whose rows were not on the first screen: all of its calls, down to the oldest.
  await user.selectOptions(screen.getByRole('combobox', { name: 'Company' }), 'Orrin Vale Textiles');
  expect(rowNames()).toHaveLength(QUARTERS);
  expect(rowNames().at(-1)).toBe('Orrin Vale Textiles Q1 2015');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Q2 2016');
  expect(rowNames()).toEqual(['Orrin Vale Textiles Q2 2016']);

  await router.navigate('/');
  await user.type(screen.getByRole('searchbox', { name: 'Filter the library' }), 'tamsin q3 2015');
  expect(rowNames()).toEqual(['Tamsin Ridge Mills Q3 2015']);
});

test('before printing, and in the flat list, every row is there', async () => {
  const total = await seedLongLibrary();
  holdFrames();
  await renderStartPage('/?group=none');
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_ROWS));
  // The flat list: last opened first.
  expect(rowNames()[0]).toBe('Pellam Cove Energy Q4 2020');
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(screen.getAllByRole('listitem')).toHaveLength(total);
  expect(rowNames().at(-1)).toBe('Tamsin Ridge Mills Q1 2015');
  // After printing, every row stays.
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(screen.getAllByRole('listitem')).toHaveLength(total);
});
