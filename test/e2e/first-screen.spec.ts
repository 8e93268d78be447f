import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openFile, readerPainted, shot } from './page-helpers.ts';

/**
 * The first screen of a deep link (docs/decisions/012): a stored call opened at its address shows the place's text
 * before the app's code has run, where the reader will show it, and the reader then takes over.
 */
const q2 = readFileSync('test/fixtures/lumen-harbor-q2-2026.txt');
const SHOTS = 'test-results/first-screen';

/** Holds the app's entry chunk back until `release` is called: what is on screen until then is the first screen's. */
async function holdApp(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Tops (in the window) of question 2's marker and of its analyst's header inside `root`. */
function tops(page: Page, root: string) {
  return page.evaluate((css) => {
    const top = (selector: string, text: string) =>
      [...document.querySelectorAll(`${css} ${selector}`)].find((element) => element.textContent?.includes(text))?.getBoundingClientRect()
        .top ?? Number.NaN;
    return [top('.question-marker', 'Question 2'), top('.turn-head', 'Priya Natarajan')];
  }, root);
}

for (const { label, width, height } of [
  { label: 'desktop', width: 1280, height: 800 },
  { label: 'phone', width: 390, height: 844 },
]) {
  test(`a deep link shows the place’s text before the app runs, where the reader then shows it (${label})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await openFile(page, 'lumen-q2.txt', q2);
    const id = /\/read\/([0-9a-f]{16})/.exec(page.url())?.[1] ?? '';

    const release = await holdApp(page);
    await page.goto(`/read/${id}/q/2`, { waitUntil: 'commit' });
    const first = page.locator('#first-screen');
    await expect(first.locator('.question-marker')).toHaveText(/Priya Natarajan, Kestrel Securities/);
    await expect(first.locator('.turn-speaker').nth(1)).toHaveText('Priya Natarajan');
    await expect(first.locator('.para-zh').first()).toHaveText('您的下一個問題來自 Kestrel Securities 的 Priya Natarajan。');
    // Not yet the app: no controls, nothing to focus, nothing an assistive technology reads twice.
    await expect(page.getByRole('radiogroup', { name: 'View' })).toHaveCount(0);
    await expect(first).toHaveAttribute('aria-hidden', 'true');
    await shot(page, SHOTS, `${label}-first-screen`);
    const before = await tops(page, '#first-screen');

    release();
    await readerPainted(page);
    await expect(first).toHaveCount(0);
    await expect(page.getByRole('radiogroup', { name: 'View' })).toBeVisible();
    await shot(page, SHOTS, `${label}-reader`);
    const after = await tops(page, '.transcript');
    // The text stays where it was when the reader takes over (within a few pixels).
    expect(before.every(Number.isFinite) && after.every(Number.isFinite)).toBe(true);
    expect(Math.abs((after[0] ?? 0) - (before[0] ?? 0))).toBeLessThan(4);
    expect(Math.abs((after[1] ?? 0) - (before[1] ?? 0))).toBeLessThan(4);
    expect(violations).toEqual([]);
  });
}

test('the first screen keeps the chosen dark theme, and the start page never loads it', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (/first-screen-[^/]+\.js$/.test(request.url())) loaded.push(new URL(request.url()).pathname);
  });
  await openFile(page, 'lumen-q2.txt', q2);
  const id = /\/read\/([0-9a-f]{16})/.exec(page.url())?.[1] ?? '';
  expect(loaded).toHaveLength(0);
  await page.evaluate(() => localStorage.setItem('duet:settings', JSON.stringify({ theme: 'dark', uiLanguage: 'zh-Hant', fontScale: 1 })));
  const release = await holdApp(page);
  await page.goto(`/read/${id}/q/1`, { waitUntil: 'commit' });
  const first = page.locator('#first-screen');
  await expect(first.locator('.question-number').first()).toHaveText('第 1 題');
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  const background = await first.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe('rgb(18, 20, 23)');
  expect(loaded).toHaveLength(1);
  release();
  await readerPainted(page);
  await expect(first).toHaveCount(0);
});

test('a link the first screen cannot show (a search in the address) is left to the reader, which opens as before', async ({ page }) => {
  await openFile(page, 'lumen-q2.txt', q2);
  const id = /\/read\/([0-9a-f]{16})/.exec(page.url())?.[1] ?? '';
  await page.addInitScript(() => {
    document.addEventListener('duet:first-screen', () => document.documentElement.setAttribute('data-test-first-screen', 'told'));
  });
  const release = await holdApp(page);
  await page.goto(`/read/${id}/q/2?find=retention`, { waitUntil: 'commit' });
  // The first screen has looked, painted nothing, and told the page to go on.
  await expect(page.locator('html')).toHaveAttribute('data-test-first-screen', 'told');
  await expect(page.locator('#first-screen')).toHaveCount(0);
  release();
  await readerPainted(page);
  await expect(page.locator('.question-marker').first()).toBeVisible();
});
