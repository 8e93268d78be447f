import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { encodeLegacy } from '../support/legacy-encode.ts';
import { readerPainted, shot } from './page-helpers.ts';
import { expect, test, type Page } from '@playwright/test';

/** Our own fixtures only (never the sample calls' text). */
const harbor = readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8');
const demo = readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8');

/** The fixture with its company renamed, so that several distinct calls can be opened. */
function variant(company: string): string {
  return harbor.replaceAll('Quillfeather Robotics', company);
}

function txt(name: string, text: string | Buffer) {
  return { name, mimeType: 'text/plain', buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text };
}

/** A ~3 MB transcript: the demo's summary, then its whole call repeated. */
function bigTranscript(): string {
  const lines = demo.split('\n');
  const start = lines.indexOf('Operator');
  const head = lines.slice(0, start).join('\n');
  const body = lines.slice(start).join('\n');
  const copies = Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(body));
  return [head, ...Array.from({ length: copies }, () => body)].join('\n');
}

const EN_LINE = 'Thank you, operator, and good morning, everyone.';
const ZH_LINE = '謝謝接線員,大家早安';

async function openFiles(page: Page, ...files: ReturnType<typeof txt>[]) {
  await page.locator('input[type=file]').setInputFiles(files);
}

async function expectReaderFor(page: Page, text: string) {
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
}

function libraryRows(page: Page) {
  return page.getByRole('region', { name: /Library/ }).getByRole('listitem');
}

test('the first visit offers the demo and lists it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Open transcript' })).toBeVisible();
  await expect(libraryRows(page)).toHaveCount(1);
  await expect(libraryRows(page).first()).toContainText('Lumen Harbor Q3 2026');
  await page.getByRole('link', { name: /Read the demo call/ }).click();
  await expect(page).toHaveURL(/\/read\/demo/);
});

test('open by file input goes to the reader; a file with unpaired lines opens with the notice', async ({ page }) => {
  await page.goto('/');
  await openFiles(page, txt('quillfeather-q2.txt', harbor));
  await expectReaderFor(page, EN_LINE);
  await expect(page.getByText(/could not be paired/).first()).toBeVisible();
  await page.goto('/');
  await expect(libraryRows(page).first()).toContainText('Quillfeather Robotics Q2 2026');
});

test('open by dropping a file anywhere, with a drop overlay', async ({ page }) => {
  await page.goto('/');
  await expect(libraryRows(page)).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-import-ready', 'true');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  }, variant('Alder Point Freight'));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toContainText('Drop to open');
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  await expectReaderFor(page, EN_LINE);
});

test('open by pasting: the dialog, and Ctrl+V on the start page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Paste transcript' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a transcript' });
  await dialog.getByRole('textbox', { name: 'Transcript text' }).fill(variant('Brightwater Tools'));
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expectReaderFor(page, EN_LINE);

  await page.goto('/');
  await expect(libraryRows(page)).toHaveCount(2);
  await page.evaluate((text) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, variant('Cobalt Bay Foods'));
  await expectReaderFor(page, EN_LINE);
  await page.goto('/');
  await expect(libraryRows(page)).toHaveCount(3);
  await expect(libraryRows(page).nth(0)).toContainText('Cobalt Bay Foods');
  await expect(libraryRows(page).nth(1)).toContainText('Brightwater Tools');
});

test('the same file opened twice is listed once; several files at once stay in the library', async ({ page }) => {
  await page.goto('/');
  await openFiles(page, txt('a.txt', variant('Alder Point Freight')), txt('b.txt', variant('Cobalt Bay Foods')));
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 calls' })).toBeVisible();
  await expect(libraryRows(page)).toHaveCount(3);
  await openFiles(page, txt('a-again.txt', variant('Alder Point Freight')));
  await expect(page).toHaveURL(/\/read\//);
  await page.goto('/');
  await expect(libraryRows(page)).toHaveCount(3);
  await expect(libraryRows(page).first()).toContainText('Alder Point Freight');
});

test('reload keeps the library and the place in the reader', async ({ page }) => {
  await page.goto('/');
  await openFiles(page, txt('quill.txt', harbor));
  await expectReaderFor(page, EN_LINE);
  // Scroll into the call: the reader records the place in the URL (/t/<turn>).
  await page.waitForFunction(() => performance.getEntriesByName('duet:reader-painted').length > 0);
  await page.mouse.move(640, 400);
  await expect
    .poll(
      async () => {
        if (await page.evaluate(() => window.scrollY < 2500)) await page.mouse.wheel(0, 1250);
        return page.url();
      },
      { timeout: 10_000 },
    )
    .toMatch(/\/read\/[0-9a-f]{16}\/t\/\d+/);
  // Let the wheel's scrolling come to rest (the same position over two painted frames), then let the reader name
  // the place it rests at: reading the address while the page still moves would race its last quiet update.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = Number.NaN;
        const frame = () => requestAnimationFrame(() => requestAnimationFrame(check));
        const check = () => (window.scrollY === last ? resolve() : ((last = window.scrollY), frame()));
        frame();
      }),
  );
  // The turn at the reading line (just under the bar) is the one the address names once the reader has caught up.
  const turnAtReadingLine = await page.evaluate(() => {
    const bar = document.querySelector('[data-reader-bar]')?.getBoundingClientRect().bottom ?? 0;
    const hit = document.elementsFromPoint(640, bar + 12).find((element) => element.closest('article[data-turn]'));
    return hit?.closest('article[data-turn]')?.getAttribute('data-turn') ?? '';
  });
  expect(turnAtReadingLine).not.toBe('');
  await expect.poll(() => page.evaluate(() => /\/t\/(\d+)/.exec(location.pathname)?.[1] ?? '')).toBe(turnAtReadingLine);
  const path = new URL(page.url()).pathname;
  const turn = /\/t\/(\d+)/.exec(path)?.[1];
  await page.reload();
  expect(new URL(page.url()).pathname).toBe(path);
  // The same turn is on screen again, well into the call.
  await expect(page.locator(`#turn-${turn}`)).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await page.goto('/');
  await page.reload();
  await expect(libraryRows(page)).toHaveCount(2);
});

test('empty, PNG and random-bytes files show an alert and keep what was there', async ({ page }) => {
  await page.goto('/');
  await openFiles(page, txt('quill.txt', harbor));
  await expectReaderFor(page, EN_LINE);
  const readerPath = new URL(page.url()).pathname;

  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2000)]);
  const cases = [
    { file: { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, words: /empty/ },
    { file: { name: 'chart.png', mimeType: 'image/png', buffer: png }, words: /PNG image/ },
    { file: { name: 'noise.txt', mimeType: 'text/plain', buffer: randomBytes(4096) }, words: /not text|could not be decoded/ },
  ];
  // On the reader, through a drop: the reader stays as it was.
  await expect(page.locator('html')).toHaveAttribute('data-import-ready', 'true');
  for (const { file, words } of cases) {
    const dataTransfer = await page.evaluateHandle(
      ({ name, bytes }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name));
        return transfer;
      },
      { name: file.name, bytes: [...file.buffer] },
    );
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    const alert = page.getByRole('alert').filter({ hasText: `Could not open ${file.name}` });
    await expect(alert).toContainText(words);
    await expect(alert).not.toContainText(/at \w+ \(|\.ts:\d+|Error:/);
    expect(new URL(page.url()).pathname).toBe(readerPath);
    await expect(page.getByText(EN_LINE, { exact: false }).first()).toBeVisible();
  }
  // On the start page, through the file input: the library stays as it was.
  await page.goto('/');
  await expect(libraryRows(page)).toHaveCount(2);
  for (const { file, words } of cases) {
    await openFiles(page, file);
    await expect(page.getByRole('alert').filter({ hasText: `Could not open ${file.name}` })).toContainText(words);
    await expect(page).toHaveURL(/\/$/);
    await expect(libraryRows(page)).toHaveCount(2);
  }
});

test('a text that is not a transcript, and a file over 50 MB, are refused in plain words', async ({ page }) => {
  await page.goto('/');
  await openFiles(page, txt('shopping.txt', 'eggs\nmilk\nbread\n'));
  await expect(page.getByRole('alert')).toContainText('Could not open shopping.txt');
  const huge = test.info().outputPath('huge.txt');
  writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 0x61));
  await page.locator('input[type=file]').setInputFiles(huge);
  await expect(page.getByRole('alert')).toContainText(/up to 50 MB/);
  await expect(libraryRows(page)).toHaveCount(1);
});

test('a UTF-16 file opens correctly', async ({ page }) => {
  await page.goto('/');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(variant('Harbor Sixteen'), 'utf16le')]);
  await openFiles(page, txt('utf16.txt', utf16));
  await expectReaderFor(page, ZH_LINE);
  await page.goto('/');
  await expect(libraryRows(page).first()).toContainText('Harbor Sixteen Q2 2026');
});

test('a Big5 file opens correctly', async ({ page }) => {
  const big5 = Buffer.from(encodeLegacy(variant('Harbor Big Five'), 'big5'));
  await page.goto('/');
  await openFiles(page, txt('big5.txt', big5));
  await expectReaderFor(page, ZH_LINE);
  await page.goto('/');
  await expect(libraryRows(page).first()).toContainText('Harbor Big Five Q2 2026');
});

test('a 3 MB file is read off the main thread with a progress bar', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const seen: number[] = [];
    const longTasks: number[] = [];
    Object.assign(window, { progressSeen: seen, longTasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      const bar = document.querySelector('[role=progressbar][aria-valuenow]');
      const value = Number(bar?.getAttribute('aria-valuenow'));
      if (bar && seen.at(-1) !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const text = bigTranscript();
  const started = Date.now();
  await openFiles(page, txt('big-call.txt', text));
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/, { timeout: 20_000 });
  const opened = Date.now() - started;
  const { seen, longTasks } = await page.evaluate(() => {
    const state = window as unknown as { progressSeen: number[]; longTasks: number[] };
    return { seen: state.progressSeen, longTasks: state.longTasks };
  });
  const megabytes = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  test.info().annotations.push({
    type: 'measure',
    description: `${megabytes} MB opened in ${opened} ms; progress ${seen.join(',')}; main-thread long tasks ${longTasks.join(',') || 'none'} ms`,
  });
  expect(workers.some((url) => /parse-worker/.test(url))).toBe(true);
  expect(seen.length).toBeGreaterThan(1);
  expect(Math.max(...seen)).toBeGreaterThanOrEqual(90);
});

test('?src= opens an address: Duet’s own at once, another site’s after asking; bad addresses and failed downloads are explained', async ({
  page,
}) => {
  await page.goto('/?src=javascript:alert(1)');
  await expect(page.getByRole('alert')).toContainText('Only addresses that start with https:// work');
  await expect(page).toHaveURL(/\/$/);

  await page.goto('/?src=http://198.51.100.7/call.txt');
  await expect(page.getByRole('alert')).toContainText('Duet downloads transcripts only from https:// addresses');

  await page.goto('/?src=https://127.0.0.1:9/missing.txt');
  const ask = page.getByRole('dialog', { name: 'Open the transcript at 127.0.0.1:9?' });
  await expect(ask).toContainText('https://127.0.0.1:9/missing.txt');
  await ask.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toContainText(/could not download it.*CORS/);
  await expect(libraryRows(page)).toHaveCount(1);

  const served = test.info().project.use.baseURL + '/demo/lumen-harbor-q3-2026.txt';
  await page.goto(`/?src=${encodeURIComponent(served)}`);
  await expect(page).toHaveURL(/\/read\/demo/);
});

test('a server that never answers holds up nothing: a file opened meanwhile opens, and Cancel stops the download', async ({ page }) => {
  const held: Array<() => void> = [];
  // The request is held, never answered (released when the test ends).
  await page.route(
    'https://slow.example.com/**',
    (route) => new Promise<void>((resolve) => held.push(() => void route.abort().then(resolve, resolve))),
  );
  await page.goto(`/?src=${encodeURIComponent('https://slow.example.com/calls/q2.txt')}`);
  const ask = page.getByRole('dialog', { name: 'Open the transcript at slow.example.com?' });
  await expect(ask).toContainText('https://slow.example.com/calls/q2.txt');
  expect((await new AxeBuilder({ page }).include('.lib-dialog').analyze()).violations).toEqual([]);
  await ask.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('progressbar', { name: /Downloading https:\/\/slow\.example\.com/ })).toBeVisible();
  await expect.poll(() => held.length).toBe(1);
  expect((await new AxeBuilder({ page }).include('.lib-tray').analyze()).violations).toEqual([]);

  // A file opened meanwhile opens at once.
  await openFiles(page, txt('quill.txt', harbor));
  await expectReaderFor(page, EN_LINE);
  // The download is still there, with its Cancel; cancelling says nothing alarming and changes nothing.
  await page.getByRole('button', { name: 'Cancel opening https://slow.example.com/calls/q2.txt' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  for (const release of held) release();
});

test('two tabs: a call opened in one is listed in the other, and a call deleted in one leaves the other’s list', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(libraryRows(page)).toHaveCount(1);
  const other = await context.newPage();
  await other.goto('/');
  await expect(libraryRows(other)).toHaveCount(1);

  await openFiles(other, txt('alder.txt', variant('Alder Point Freight')));
  await expect(other).toHaveURL(/\/read\//);
  await expect(libraryRows(page).first()).toContainText('Alder Point Freight Q2 2026');

  await other.goto('/');
  await other.getByRole('button', { name: 'Delete Alder Point Freight Q2 2026 from the library' }).click();
  await expect(page.getByRole('link', { name: 'Alder Point Freight Q2 2026' })).toHaveCount(0);
  await expect(libraryRows(page)).toHaveCount(1);
  // Undo in the tab that deleted it brings it back everywhere.
  await other.getByRole('button', { name: 'Undo: put Alder Point Freight Q2 2026 back' }).click();
  await expect(page.getByRole('link', { name: 'Alder Point Freight Q2 2026' })).toBeVisible();
  await other.close();
});

test('two tabs: a reader whose call is deleted in another tab says so, goes on, and can keep the call', async ({ page, context }) => {
  await page.goto('/');
  await openFiles(page, txt('birch.txt', variant('Birch Lane Logistics')));
  await expect(page).toHaveURL(/\/read\//);
  await readerPainted(page);
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'Delete Birch Lane Logistics Q2 2026 from the library' }).click();
  const gone = page.getByRole('alert').filter({ hasText: 'was deleted from your library in another tab' });
  await expect(gone).toBeVisible();
  // The call is still there to read.
  await expect(page.locator('[data-transcript] .pair').first()).toBeVisible();
  await gone.getByRole('button', { name: 'Keep this call' }).click();
  await expect(other.getByRole('link', { name: 'Birch Lane Logistics Q2 2026' })).toBeVisible();
  await other.close();
});

test('the same call as UTF-8, UTF-16 and Big5 is one library row', async ({ page }) => {
  const text = variant('Harbor Three Ways');
  const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  await page.goto('/');
  await openFiles(page, txt('utf8.txt', text), txt('utf16be.txt', utf16), txt('big5.txt', Buffer.from(encodeLegacy(text, 'big5'))));
  // One call: straight to the reader, as for one file.
  await expectReaderFor(page, ZH_LINE);
  await page.goto('/');
  await expect(libraryRows(page)).toHaveCount(2);
  await expect(libraryRows(page).first()).toContainText('Harbor Three Ways Q2 2026');
});

test('without IndexedDB (private mode) the call still opens and says it was not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await page.goto('/');
  await openFiles(page, txt('quill.txt', harbor));
  await expectReaderFor(page, EN_LINE);
  await expect(page.getByRole('alert')).toContainText('quill.txt is open but not saved');
  await expect(page.getByRole('alert')).toContainText(/private browsing/);
});

test('the built app carries the Content-Security-Policy and breaks none of it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  await openFiles(page, txt('quill.txt', harbor));
  await expectReaderFor(page, EN_LINE);
  expect(violations).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the start page, the paste dialog and an alert pass axe in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await openFiles(page, txt('a.txt', variant('Alder Point Freight')), txt('b.txt', variant('Cobalt Bay Foods')));
    await openFiles(page, txt('chart.png', 'not a transcript'));
    await expect(page.getByRole('alert')).toBeVisible();
    const axe = () => new AxeBuilder({ page }).include('main').include('.lib-tray').include('.lib-dialog').analyze();
    expect((await axe()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Paste transcript' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect((await axe()).violations).toEqual([]);
  });
}

/** Summary and text records of `count` stored calls of three fictional companies, as the library keeps them. */
function longLibrary(count: number): Array<[string, unknown]> {
  const companies = ['Tamsin Ridge Mills', 'Orrin Vale Textiles', 'Pellam Cove Energy'];
  return Array.from({ length: count }, (_, n) => {
    const company = companies[n % companies.length] ?? 'Tamsin Ridge Mills';
    const k = Math.floor(n / companies.length);
    const [year, quarter] = [2016 + Math.floor(k / 4), (k % 4) + 1];
    const id = (n + 1).toString(16).padStart(16, 'a');
    const title = `${company} Q${quarter} ${year} Earnings Call`;
    const summary = {
      ...{ format: 1, id, textId: id, sha256: id.repeat(4), source: 'file', name: `call-${n}.txt`, company, period: `Q${quarter} ${year}` },
      ...{ title, encoding: 'utf-8', size: 60_000 + n * 731, questions: 8 + (n % 5), turns: 40, notices: 0 },
      ...{ addedAt: 1_700_000_000_000 + n * 60_000, openedAt: 1_700_000_000_000 + n * 60_000, details: 1, quarter, year },
      ...{ date: `${year}-${String(quarter * 3).padStart(2, '0')}-1${quarter}`, analysts: [], speakers: [] },
    };
    return [
      [`summary:${id}`, summary],
      [`text:${id}`, `${title}\n`],
    ] as Array<[string, unknown]>;
  }).flat();
}

test('a long library: every row arrives after the first screen, the keyboard reaches the last, axe finds nothing, a phone has no sideways scroll', async ({
  page,
}) => {
  const count = 36;
  await page.goto('/');
  await expect(libraryRows(page)).toHaveCount(1);
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('duet-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('calls', 'readwrite');
          for (const [key, value] of records) transaction.objectStore('calls').put(value, key);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    longLibrary(count),
  );
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /Library/ })).toContainText(`${count + 1} calls`);
    await expect(libraryRows(page)).toHaveCount(count + 1);
    await page.locator('.lib-library').evaluate((library) => library.scrollIntoView());
    await shot(page, 'test-results/library-long', `library-long-${colorScheme}`);
    expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
  }
  // The last company's oldest call is the last row: Tab from its link reaches its delete button.
  const last = page.getByRole('link', { name: 'Tamsin Ridge Mills Q1 2016' });
  await last.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Delete Tamsin Ridge Mills Q1 2016 from the library' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo: put Tamsin Ridge Mills Q1 2016 back' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(last).toBeFocused();

  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/?group=none');
  await expect(libraryRows(page)).toHaveCount(count + 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.locator('.lib-list').evaluate((list) => list.scrollIntoView());
  await shot(page, 'test-results/library-long', 'library-long-phone');
});
