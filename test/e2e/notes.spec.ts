import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { readerPainted, shot } from './page-helpers.ts';

/**
 * Highlights, notes and their export (issue 12): made with the pointer and with the keyboard, in English and in
 * Chinese; kept across reloads, views and the Simplified switch; exported as Markdown whose links open the place.
 * The same flow runs on the built-in demo (always there) and on sample 000 when ../shared/samples exists (read at
 * run time; its text never enters the repository).
 */
const SHOTS = 'test-results/notes';
const SAMPLES = '../shared/samples';
const sample000 = existsSync(SAMPLES) ? readdirSync(SAMPLES).find((name) => name.startsWith('000')) : undefined;

/** Selects the first sentence (up to its first full stop) of one language of a pair, as a reader drags over it. */
async function selectFirstSentence(page: Page, pair: string, lang: 'en' | 'zh'): Promise<string> {
  await page.locator(`${pair} .para-${lang}`).scrollIntoViewIfNeeded();
  const quote = await page.evaluate(
    ([selector, side]) => {
      const para = document.querySelector(`${selector} .para-${side}`);
      if (!para) throw new Error(`no ${side} paragraph in ${selector}`);
      const text = para.textContent;
      const stop = side === 'en' ? /[.?!](\s|$)/.exec(text) : /[。?!]/.exec(text);
      const end = stop ? stop.index + 1 : text.length;
      // Walk the text nodes to the offsets.
      const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (!started) {
          range.setStart(node, 0);
          started = true;
        }
        if (seen + length >= end) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return text.slice(0, end);
    },
    [pair, lang] as const,
  );
  // The selection is done (as after Shift+arrows): the toolbar appears.
  await page.keyboard.press('Shift');
  return quote;
}

async function notesPanel(page: Page) {
  return page.getByRole('navigation', { name: 'Notes' });
}

/** Runs the whole flow on one call, opened at `path`. */
async function highlightFlow(page: Page, path: string, label: string) {
  await page.goto(path);
  await readerPainted(page);
  const id = /\/read\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1] ?? '';
  // A pair of a presentation turn, and one further on (any call has them).
  const pairs = page.locator('[data-transcript] .pair');
  await expect(pairs.nth(3)).toBeVisible();
  const first = (await pairs.nth(1).getAttribute('data-pair')) ?? '';
  const second = (await pairs.nth(3).getAttribute('data-pair')) ?? '';

  // Pointer: select an English sentence, highlight it in green.
  const enQuote = (await selectFirstSentence(page, `[data-pair="${first}"]`, 'en')).trim();
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selected text' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight in Green' }).click();
  const enMark = page.locator(`[data-pair="${first}"] .para-en mark.highlight-green`);
  await expect(enMark).toHaveText(enQuote);

  // Keyboard only: focus the next pair, light its first sentence, Shift+H for the Chinese, then a note.
  await page.locator(`[data-pair="${second}"]`).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+H');
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Highlight in Yellow' })).toBeFocused();
  await toolbar.getByRole('button', { name: 'Add note' }).focus();
  await page.keyboard.press('Enter');
  const noteField = page.getByRole('textbox', { name: 'Note' });
  await expect(noteField).toBeFocused();
  await page.keyboard.type('Margin guide: check against last quarter.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const zhMark = page.locator(`[data-pair="${second}"] .para-zh mark.highlight-yellow`);
  await expect(zhMark).toHaveCount(1);
  const zhQuote = (await zhMark.textContent()) ?? '';
  expect(zhQuote.length).toBeGreaterThan(1);
  // The focus went back to the pair.
  await expect(page.locator(`[data-pair="${second}"]`)).toBeFocused();

  const panel = await notesPanel(page);
  await expect(panel.locator('.note-item')).toHaveCount(2);
  await expect(panel).toContainText('Margin guide: check against last quarter.');

  // Reload, other views, Simplified: every highlight is still there.
  await page.reload();
  await readerPainted(page);
  await page.goto(`/read/${id}/t/${first.split(':')[0]}`);
  await expect(enMark).toHaveText(enQuote);
  const view = page.getByRole('radiogroup', { name: 'View' });
  await view.getByRole('radio', { name: 'Interleaved' }).check();
  await expect(enMark).toHaveText(enQuote);
  await page.goto(`/read/${id}/t/${second.split(':')[0]}?view=zh`);
  await expect(zhMark).toHaveText(zhQuote);
  const toggle = page.getByRole('button', { name: /Simplified/ });
  await toggle.click();
  await expect(page.locator(`[data-pair="${second}"] .para-zh`)).toHaveAttribute('lang', 'zh-Hans');
  await expect(zhMark).toHaveCount(1);
  await toggle.click();
  await expect(zhMark).toHaveText(zhQuote);
  await shot(page, SHOTS, `${label}-highlights`);

  // Export Markdown: both quotes, who said them, the call, and links that open the place.
  const downloading = page.waitForEvent('download');
  await (await notesPanel(page)).getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloading;
  const markdown = readFileSync((await download.path()) ?? '', 'utf8');
  const plain = markdown.replace(/\\(.)/g, '$1');
  expect(plain).toContain(enQuote.replace(/\s+/g, ' '));
  expect(plain).toContain(zhQuote);
  expect(plain).toContain('Margin guide: check against last quarter.');
  const speaker =
    (await page.locator(`[data-pair="${second}"]`).evaluate((pair) => pair.closest('article')?.getAttribute('aria-label'))) ?? '';
  expect(plain).toContain(speaker);
  // The panel passes axe, in both schemes.
  await page.goto(`/read/${id}/t/${second.split(':')[0]}`);
  await expect((await notesPanel(page)).locator('.note-item')).toHaveCount(2);
  await expectNoAxeViolations(page, { include: ['.notes-nav'] });

  const links = [...markdown.matchAll(/\]\((http[^)]+)\)/g)].map((match) => match[1] ?? '');
  expect(links).toHaveLength(2);
  for (const link of links) {
    expect(link).toMatch(new RegExp(`/read/${id}/t/\\d+#L\\d+$`));
    await page.goto(link);
    await readerPainted(page);
    const line = /#L(\d+)$/.exec(link)?.[1];
    await expect(page.locator(`#L${line}`)).toBeInViewport();
    await expect(page.locator(`#L${line} mark.highlight`)).toHaveCount(1);
  }
  return { id, enQuote, zhQuote };
}

// One flow, not two: the highlights made on the demo are the ones All notes then lists.
test('highlights and a note on the built-in demo: pointer and keyboard, kept across reloads, views and Simplified; Markdown export links back; All notes lists every highlight by call, filters by company and colour, links to the place, passes axe', async ({
  page,
}) => {
  const { id, enQuote, zhQuote } = await highlightFlow(page, '/read/demo', 'demo');
  await page.goto('/');
  await page.getByRole('link', { name: 'All notes' }).click();
  await expect(page).toHaveURL(/\/notes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'All notes' })).toBeVisible();
  const items = page.locator('.notes-page .note-item');
  await expect(items).toHaveCount(2);
  await page.getByLabel('Colour').selectOption('green');
  await expect(page).toHaveURL(/color=green/);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(enQuote.replace(/\s+/g, ' ').slice(0, 30));
  await page.getByLabel('Colour').selectOption('');
  await page.getByLabel('Company').selectOption('Lumen Harbor');
  await expect(items).toHaveCount(2);
  await expect(page.locator('.notes-page')).toContainText(zhQuote);
  await expectNoAxeViolations(page);
  await shot(page, SHOTS, 'all-notes');
  // Keyboard: Tab to the first note's link and follow it.
  await page.locator('.notes-page .note-link').first().focus();
  await page.keyboard.press('Enter');
  // The reader then names its view in the address (it always does), so the view may be there by the time we look.
  await expect(page).toHaveURL(new RegExp(`/read/${id}/t/\\d+(\\?view=[a-z]+)?#L\\d+$`));
  await readerPainted(page);
});

test('highlights and a note on sample 000', async ({ page }) => {
  test.info().skip(!sample000, 'no ../shared/samples/000… on this machine');
  if (!sample000) return;
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(`${SAMPLES}/${sample000}`);
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  await readerPainted(page);
  const path = new URL(page.url()).pathname;
  await highlightFlow(page, path, 'sample-000');
});

test('a highlight that cannot be saved says so at once, and what was stored stays', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const pairs = page.locator('[data-transcript] .pair');
  const first = (await pairs.nth(1).getAttribute('data-pair')) ?? '';
  await selectFirstSentence(page, `[data-pair="${first}"]`, 'en');
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selected text' });
  await toolbar.getByRole('button', { name: 'Highlight in Blue' }).click();
  await expect(page.locator(`[data-pair="${first}"] mark.highlight-blue`)).toHaveCount(1);

  // The browser's storage refuses every write from now on (full, as in private mode).
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await selectFirstSentence(page, `[data-pair="${first}"]`, 'zh');
  await toolbar.getByRole('button', { name: 'Highlight in Pink' }).click();
  await expect(page.getByRole('alert')).toContainText('This highlight could not be saved');
  await expect(page.getByRole('alert')).toContainText('storage for Duet is full');
  await expect(page.locator(`[data-pair="${first}"] mark.highlight-pink`)).toHaveCount(0);
  await page.reload();
  await readerPainted(page);
  await expect(page.locator(`[data-pair="${first}"] mark.highlight-blue`)).toHaveCount(1);
  await expect((await notesPanel(page)).locator('.note-item')).toHaveCount(1);
});

/** Opens the Display menu and returns its panel. */
async function displayMenu(page: Page) {
  await page.getByRole('button', { name: 'Display' }).click();
  return page.locator('.settings-panel');
}

/** Everything the library stores, read straight from IndexedDB (calls, positions, notes), for comparing. */
async function storedLibrary(page: Page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('duet-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const transaction = database.transaction(['calls', 'notes']);
          const keys = transaction.objectStore('calls').getAllKeys();
          const values = transaction.objectStore('calls').getAll();
          const notes = transaction.objectStore('notes').getAll();
          transaction.oncomplete = () => {
            database.close();
            resolve({ keys: keys.result, values: values.result, notes: notes.result });
          };
        };
      }),
  );
}

test('back up, clear the site data, restore: calls, positions, highlights and notes identical; a bad file is refused in plain words', async ({
  page,
  context,
}) => {
  // A library: the demo with highlights and a note, and one of our own fixtures opened at a place.
  await highlightFlow(page, '/read/demo', 'backup');
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles({
    name: 'fernhollow.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8').replaceAll('Quillfeather Robotics', 'Fernhollow Metals'),
    ),
  });
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  await readerPainted(page);
  await page.goto(`${new URL(page.url()).pathname}/t/6`);
  await readerPainted(page);
  await page.goto('/');
  await expect(page.getByText('Fernhollow Metals').filter({ visible: true }).first()).toBeVisible();
  const before = await storedLibrary(page);

  const menu = await displayMenu(page);
  await expect(menu.getByText(/Duet uses .* in this browser/)).toBeVisible();
  await expectNoAxeViolations(page, { include: ['.settings-panel'] });
  const downloading = page.waitForEvent('download');
  await menu.getByRole('button', { name: 'Back up library' }).click();
  const backupPath = (await (await downloading).path()) ?? '';
  await expect(menu.getByRole('status')).toContainText('Backup saved');

  // Clear the site data (IndexedDB and localStorage), as "Clear site data" does.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        localStorage.clear();
        const request = indexedDB.deleteDatabase('duet-library');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await context.clearCookies();
  await page.reload();
  await expect(page.getByText('Fernhollow Metals')).toHaveCount(0);

  // A file that is not a backup: a clear alert, nothing changed.
  let again = await displayMenu(page);
  await again
    .locator('input[type=file]')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(again.getByRole('alert')).toContainText('not a Duet library backup');
  await expect(again.getByRole('alert')).toContainText('Nothing in your library was changed');

  await again.locator('input[type=file]').setInputFiles(backupPath);
  await expect(again.getByRole('status')).toContainText('Restored: 1 calls added');
  await expect(page.getByText('Fernhollow Metals').filter({ visible: true }).first()).toBeVisible();
  expect(await storedLibrary(page)).toEqual(before);
  await page.getByRole('button', { name: 'Display' }).click();

  // The restored notes are in the reader.
  await page.goto('/read/demo');
  await readerPainted(page);
  await expect((await notesPanel(page)).locator('.note-item')).toHaveCount(2);
  // In Chinese, the interface says the same.
  again = await displayMenu(page);
  await again.getByRole('radio', { name: '繁體中文' }).check();
  await again.locator('input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await expect(again.getByRole('alert')).toContainText('不是 Duet 備份');
});

test('a highlight made in one tab appears in the other; an edit there reaches the first', async ({ page, context }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const other = await context.newPage();
  await other.goto('/read/demo');
  await readerPainted(other);
  const first = (await page.locator('[data-transcript] .pair').nth(1).getAttribute('data-pair')) ?? '';
  await selectFirstSentence(page, `[data-pair="${first}"]`, 'en');
  await page.getByRole('toolbar', { name: 'Highlight the selected text' }).getByRole('button', { name: 'Highlight in Pink' }).click();
  await expect(other.locator(`[data-pair="${first}"] mark.highlight-pink`)).toHaveCount(1);

  // The other tab adds a note to it from its panel; the first tab shows it.
  const panel = other.getByRole('navigation', { name: 'Notes' });
  await panel.getByRole('button', { name: 'Add note' }).click();
  await other.getByRole('textbox', { name: 'Note' }).fill('Written in the second tab');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('navigation', { name: 'Notes' })).toContainText('Written in the second tab');
  await other.close();
});

test('screenshots: notes in light, dark and on a phone; All notes; the backup controls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await highlightFlow(page, '/read/demo', 'shots');
  const second = page.locator('[data-transcript] .pair').nth(3);
  await page.goto('/read/demo/t/1');
  await readerPainted(page);
  await page.locator('.notes-nav').scrollIntoViewIfNeeded();
  await expect(page.locator('mark.highlight').first()).toBeVisible();
  await shot(page, SHOTS, 'notes-reader', 'notes-reader');
  // An open highlight, in dark.
  await page.evaluate(() => {
    document.documentElement.dataset.scheme = 'dark';
  });
  await page.locator('mark.highlight-yellow').first().click();
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeVisible();
  await shot(page, SHOTS, 'notes-dark', 'notes-dark');
  await expectNoAxeViolations(page, { include: ['.highlight-toolbar', '.notes-nav'] });
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    document.documentElement.dataset.scheme = 'light';
  });
  await page.goto('/notes');
  await expect(page.locator('.notes-page .note-item')).toHaveCount(2);
  await shot(page, SHOTS, 'notes-all', 'notes-all');
  await page.getByRole('button', { name: 'Display' }).click();
  await expect(page.getByText(/Duet uses .* in this browser/)).toBeVisible();
  await shot(page, SHOTS, 'notes-backup', 'notes-backup');

  await page.setViewportSize({ width: 360, height: 760 });
  await page.goto('/read/demo/t/1');
  await readerPainted(page);
  await expect(second).toBeAttached();
  await page.locator('mark.highlight').first().scrollIntoViewIfNeeded();
  await page.locator('mark.highlight').first().click();
  await expect(page.getByRole('button', { name: 'Copy quote' })).toBeVisible();
  await shot(page, SHOTS, 'notes-phone', 'notes-phone');
});
