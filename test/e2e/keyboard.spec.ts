import { expect, test, type Page } from '@playwright/test';

/**
 * A keyboard-only walkthrough, no mouse: from the start page open the demo call, move to question 3 with
 * the question keys, search, and switch the view.
 */

test.use({ viewport: { width: 1280, height: 800 } });

/** Presses Tab until the focused element matches, like a person tabbing through the page. */
async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
    if (found) return;
  }
  throw new Error('the element was never reached with Tab');
}

test('open the demo call, go to question 3, search and switch view with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Lumen Harbor Q3 2026/ }).first()).toBeVisible();

  await tabTo(page, (element) => element.getAttribute('href') === '/read/demo');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => performance.getEntriesByName('duet:reader-painted').length > 0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lumen Harbor');

  // One question at a time, as a reader does: each press moves to the next question.
  for (let question = 1; question <= 3; question += 1) {
    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`/read/demo/q/${question}\\b`));
  }
  const index = page.getByRole('navigation', { name: 'Q&A index' });
  await expect(index.getByRole('link', { name: /Question 3/ })).toHaveAttribute('aria-current', /.+/);
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/\/q\/2/);
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/q\/3/);

  await page.keyboard.press('/');
  const search = page.getByRole('search').getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.type('營收');
  // The search starts at the first match from where you are reading (question 3), in both languages.
  const counter = page.getByRole('search').getByText(/^\d+ of \d+$/);
  await expect(counter).toBeVisible();
  const [current = 0, total = 0] = ((await counter.textContent()) ?? '').split(' of ').map(Number);
  expect(total).toBeGreaterThan(2);
  await page.keyboard.press('Enter');
  await expect(counter).toHaveText(`${(current % total) + 1} of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await expect(counter).toHaveText(`${current} of ${total}`);
  await expect(page.locator('mark').first()).toBeVisible();

  // Back through the toolbar to the View group, then arrow keys choose a mode.
  const view = page.getByRole('radiogroup', { name: 'View' });
  for (let presses = 0; presses < 6 && !(await view.evaluate((group) => group.contains(document.activeElement))); presses += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(view.getByRole('radio', { name: 'Side by side' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('radio', { name: 'Interleaved' })).toBeChecked();
  await expect(page).toHaveURL(/view=interleaved/);
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('radio', { name: 'English only' })).toBeChecked();
  await expect(page.locator('[data-pair] [lang="zh-Hant"]:visible')).toHaveCount(0);
  await expect(page.locator('[data-pair] p[lang="en"]:visible').first()).toBeVisible();

  await page.keyboard.press('Shift+Slash');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // Into the text: a pair is a Tab stop; → lights its first sentence, Enter shows the Chinese partner (English
  // only view), ↓ moves to the next pair.
  await tabTo(page, (element) => element.classList.contains('pair'), 120);
  const pair = page.locator('.pair:focus');
  await page.keyboard.press('ArrowRight');
  await expect(pair.locator('.para-en .s-lit')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('note')).toContainText('Chinese');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('note')).toHaveCount(0);
  const before = await pair.getAttribute('data-pair');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.pair:focus')).not.toHaveAttribute('data-pair', before ?? '');
});
