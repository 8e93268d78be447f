import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readerPainted, shot } from './page-helpers.ts';

/** Our own calls: the built-in demo (Lumen Harbor) and a second fictional company written for this test. */
const orchard = readFileSync('test/fixtures/orchard-pay-q2-2025.txt');
const SAMPLES = '../shared/samples';
const OUT = 'test-results/library-search';

/** Opens each file in turn through the start page's file input, waiting for the reader each time. */
async function openFiles(page: Page, files: Array<{ name: string; buffer: Buffer }>) {
  for (const file of files) {
    await page.goto('/');
    await page.locator('input[type=file]').setInputFiles({ ...file, mimeType: 'text/plain' });
    await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
    await readerPainted(page);
  }
}

function callGroups(page: Page) {
  return page.getByRole('list', { name: 'Results by call' }).locator(':scope > li');
}

function group(page: Page, name: string | RegExp) {
  return callGroups(page).filter({ has: page.getByRole('heading', { name }) });
}

/** Searches from the search page's box and waits until the results (or the empty state) are for this query. */
async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Search every call in the library' });
  await box.fill(query);
  const expected = new URLSearchParams({ q: query }).toString();
  await expect.poll(() => new URL(page.url()).search.slice(1).split('&')).toContain(expected);
}

/** The text of the match a hit link opens the reader at: its English sentence's first mark, else its Chinese one's. */
async function markOf(hit: Locator): Promise<string> {
  const en = hit.locator('[lang="en"] mark');
  return ((await en.count()) > 0 ? await en.first().textContent() : await hit.locator('[lang="zh-Hant"] mark').first().textContent()) ?? '';
}

/** The reader opened from a hit: at its turn and sentence (#s<n>), with the match marked as the current one. */
async function expectOpenedAt(page: Page, match: string) {
  await expect(page).toHaveURL(/\/read\/[^/]+\/t\/\d+\?find=[^#]+#s\d+$/);
  await readerPainted(page);
  // The reader is at the hit's turn, showing the match marked as its current one (#s<n> names the sentence).
  await expect(page.locator('mark.match-current')).toBeVisible();
  await expect(page.locator('mark.match-current')).toHaveText(match);
  // …and the sentence is lit (with its partner), the one holding the match, and stays lit once the call's own
  // sentence model arrives (it may change the alignment after the first paint).
  const lit = page.locator('.para-en .s-lit');
  await expect(lit).toHaveCount(1);
  await expect(page.locator('.s-lit mark.match-current')).toHaveText(match);
  await expect(page.locator('.para-zh .s-lit').first()).toBeVisible();
}

test('one search over our calls: both languages, phrases, filters, keyboard, deep links, deletion', async ({ page }) => {
  await openFiles(page, [{ name: 'orchard-pay-q2-2025.txt', buffer: orchard }]);
  await page.goto('/');
  // `/` on the library goes to the search box; Enter opens the search page with the query in the address.
  const box = page.getByRole('searchbox', { name: 'Search every call' });
  await expect(box).toBeVisible();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await box.fill('營收');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E7%87%9F%E6%94%B6$/);
  // Both calls say 營收: each is a group, with the sentence in both languages and the speaker.
  await expect(group(page, /Orchard Pay · Q2 2025/)).toHaveCount(1);
  await expect(group(page, /Lumen Harbor · Q3 2026/)).toHaveCount(1);
  const firstHit = group(page, /Orchard Pay/)
    .locator('.ls-hit')
    .filter({ has: page.locator('[lang="en"]') })
    .first();
  await expect(firstHit.locator('[lang="zh-Hant"] mark').first()).toHaveText('營收');
  await expect(firstHit.locator('.ls-speaker')).not.toBeEmpty();

  // Simplified, full width and case are folded as in the reader.
  await search(page, '加密货币');
  await expect(callGroups(page)).toHaveCount(1);
  await expect(group(page, /Orchard Pay/)).toHaveCount(1);
  await search(page, 'ＣＲＹＰＴＯ');
  // The call's own words first; the summary (Chinese only) says 加密貨幣, the glossary's rendering of crypto: it comes last.
  await expect(
    group(page, /Orchard Pay/)
      .locator('.ls-hit')
      .first()
      .locator('[lang="en"] mark')
      .first(),
  ).toHaveText(/^crypto/i);

  // A phrase in quotes needs the words together; without quotes each word is enough.
  await search(page, '"rate expansion"');
  await expect(page.getByText(/No call in the library mentions/)).toBeVisible();
  await search(page, '"net expansion rate"');
  await expect(callGroups(page)).toHaveCount(1);
  await expect(
    group(page, /Orchard Pay/)
      .locator('[lang="en"] mark')
      .first(),
  ).toHaveText(/net expansion rate/i);

  // Filters: company, period, speaker role, all in the address (a reload keeps them).
  await search(page, 'revenue');
  await expect(callGroups(page)).toHaveCount(2);
  await page.getByLabel('Company').selectOption('Lumen Harbor');
  await expect(callGroups(page)).toHaveCount(1);
  await expect(group(page, /Lumen Harbor/)).toHaveCount(1);
  await page.getByLabel('Company').selectOption('');
  await page.getByLabel('Period').selectOption('Q2 2025');
  await expect(callGroups(page)).toHaveCount(1);
  await expect(group(page, /Orchard Pay/)).toHaveCount(1);
  await page.getByLabel('Speaker').selectOption('analyst');
  await expect(page).toHaveURL(/period=Q2\+2025/);
  await expect(page).toHaveURL(/role=analyst/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search every call in the library' })).toHaveValue('revenue');
  await expect(page.getByLabel('Speaker')).toHaveValue('analyst');
  const analystHits = group(page, /Orchard Pay/).locator('.ls-hit');
  await expect(analystHits.first()).toBeVisible();
  for (const speaker of await analystHits.locator('.ls-speaker').allTextContents()) expect(speaker).toContain('Analyst');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(callGroups(page)).toHaveCount(2);

  // Keyboard: ↓ from the box to the first result, ↓ to the next ones, ↑ back, Enter opens the reader at that sentence.
  await search(page, 'crypto');
  const hits = group(page, /Orchard Pay/).locator('.ls-hit');
  await expect(hits.nth(2)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search every call in the library' }).press('ArrowDown');
  await expect(hits.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(hits.nth(1)).toBeFocused();
  const marked = await markOf(hits.nth(1));
  expect(marked).toMatch(/^crypto/i);
  // The pointer rests off the text (in the reader, a sentence under the mouse lights up instead, as hovering does).
  await page.mouse.move(0, 0);
  await page.keyboard.press('Enter');
  await expectOpenedAt(page, marked);

  // Back to the search, which the address kept; deleting the call drops it from the index.
  await page.goBack();
  await expect(group(page, /Orchard Pay/)).toHaveCount(1);
  await page.goto('/');
  await page.getByRole('button', { name: /^Delete Orchard Pay/ }).click();
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeVisible();
  await page.goto('/search?q=crypto');
  await expect(page.getByText(/No call in the library mentions/)).toBeVisible();
});

test('the search page passes axe in light and dark, and fits a phone', async ({ page }) => {
  await openFiles(page, [{ name: 'orchard-pay-q2-2025.txt', buffer: orchard }]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/search?q=revenue');
  await expect(callGroups(page)).toHaveCount(2);
  await shot(page, OUT, 'light', 'library-search');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  await shot(page, OUT, 'dark', 'library-search-dark');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/search?q=%22net%20expansion%20rate%22');
  await expect(callGroups(page)).toHaveCount(1);
  await shot(page, OUT, 'phone', 'library-search-phone');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // The empty states say what to do, in the interface language too.
  await page.goto('/search');
  await expect(page.getByText(/Search every call in your library at once/)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('with both sample calls: "crypto" and "加密貨幣" find both, and each opens the right sentence with the match marked', async ({
  page,
}) => {
  const files = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')) : [];
  test.info().skip(files.length < 2, `needs the two sample calls in ${SAMPLES}`);
  await openFiles(
    page,
    files.slice(0, 2).map((name) => ({ name, buffer: readFileSync(join(SAMPLES, name)) })),
  );
  // Both calls, whichever language says it (the Chinese of one call renders crypto as 加密, and 加密貨幣 is the
  // glossary's rendering of crypto, so the English finds it there).
  for (const query of ['crypto', '加密貨幣']) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(callGroups(page)).toHaveCount(2);
    for (const index of [0, 1]) {
      const hit = callGroups(page)
        .nth(index)
        .locator('.ls-hit')
        .filter({ has: page.locator('[lang="en"]') })
        .first();
      const marked = await markOf(hit);
      expect(marked).toMatch(/crypto|加密貨幣/i);
      // Enter on the result, the pointer off the text (a sentence under the mouse lights up in the reader, as hovering does).
      await page.mouse.move(0, 0);
      await hit.focus();
      await page.keyboard.press('Enter');
      await expectOpenedAt(page, marked);
      await page.goBack();
      await expect(callGroups(page)).toHaveCount(2);
    }
  }
});
