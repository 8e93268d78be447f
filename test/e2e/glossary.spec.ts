import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expectPinned, readerPainted, shot } from './page-helpers.ts';

/**
 * The glossary in the reader (the demo call, ours): terms marked in the English, their popover by mouse, keyboard
 * and tap, axe with it open; the /glossary page adding and removing a term of one's own, which the reader then
 * marks and the translation checks use. With SHOTS=1 screenshots go to /tmp/shots-glossary (UPDATE_SCREENSHOTS=1: docs/screenshots).
 */

const SHOTS = '/tmp/shots-glossary';

test.use({ viewport: { width: 1280, height: 800 } });

/** Opens the demo at the pair of line 46 (turn 3), which holds "guidance", and waits for it to rest under the bar. */
async function openAtGuidance(page: Page) {
  await page.goto('/read/demo/t/3?view=side#L46');
  await readerPainted(page);
  await expectPinned(page, '#L46');
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

test('a term shows its Taiwan rendering on hover, and the pointer may move onto the popover', async ({ page }) => {
  await openAtGuidance(page);
  const term = page.locator('#L46 .para-en [data-term]', { hasText: /^guidance$/ });
  await expect(term).toHaveCount(1);
  // Marked quietly: a dotted underline, no colour of its own.
  expect(await term.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('dotted');
  // Only the English is marked.
  await expect(page.locator('#L46 .para-zh [data-term]')).toHaveCount(0);

  const tip = page.getByRole('tooltip');
  await expect(tip).toHaveCount(0);
  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('guidance');
  await expect(tip).toContainText('In Taiwan');
  await expect(tip.locator('[lang="zh-Hant"]').first()).toContainText('財測');
  await tip.hover();
  await expect(tip).toBeVisible();
  await shot(page, SHOTS, 'glossary-01-hover', 'reader-glossary');
  await page.mouse.move(640, 790);
  await expect(tip).toHaveCount(0);
});

test('by keyboard: t reaches the terms of the focused paragraph, the popover describes each, Escape closes it', async ({ page }) => {
  await openAtGuidance(page);
  const pair = page.locator('#L46');
  await pair.focus();
  await page.keyboard.press('t');
  const first = page.locator('#L46 [data-term]').first();
  await expect(first).toBeFocused();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  const firstName = (await first.textContent()) ?? '';
  await expect(first).toHaveAccessibleDescription(/In Taiwan/);

  await page.keyboard.press('t');
  const second = page.locator('#L46 [data-term]').nth(1);
  await expect(second).toBeFocused();
  await expect(tip).toBeVisible();
  expect(await second.textContent()).not.toBe(firstName);
  await page.keyboard.press('Shift+T');
  await expect(first).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(first).toBeFocused();

  // In 繁體中文 the popover's labels follow the interface.
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radiogroup', { name: 'Interface language' }).getByRole('radio', { name: '繁體中文' }).check();
  await page.keyboard.press('Escape');
  await pair.focus();
  await page.keyboard.press('t');
  await expect(tip).toContainText('台灣用法');
  await shot(page, SHOTS, 'glossary-02-keyboard-zh');
});

test('a tap shows the popover and a tap elsewhere closes it (touch)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  await openAtGuidance(page);
  const term = page.locator('#L46 .para-en [data-term]', { hasText: /^guidance$/ });
  await term.tap();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('財測');
  const box = await tip.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 1280).toBe(true);
  await page.locator('#L46 .para-zh').tap();
  await expect(tip).toHaveCount(0);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no accessibility violations with a glossary popover open, and on /glossary (${scheme})`, async ({ browser }) => {
    // axe over a reader page and the whole glossary takes a while on a busy machine.
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    await openAtGuidance(page);
    await page.locator('#L46 .para-en [data-term]', { hasText: /^guidance$/ }).hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await shot(page, SHOTS, `glossary-03-popover-${scheme}`);
    // The popover and the paragraph it belongs to (the whole reader is scanned in each scheme by reader.spec.ts).
    await expectNoAxeViolations(page, { include: ['.glossary-tip', '#L46'] });

    await page.goto('/glossary');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await shot(page, SHOTS, `glossary-04-page-${scheme}`, scheme === 'light' ? 'glossary-page' : undefined);
    await expectNoAxeViolations(page);
    await context.close();
  });
}

test('/glossary: search, add a term of your own, see it marked in the reader and used by the checks, remove it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary$/);
  const search = page.getByRole('searchbox', { name: 'Search the glossary (English or Chinese)' });
  await search.fill('基點');
  await expect(page.getByText('basis points', { exact: true })).toBeVisible();
  await search.fill('');

  // A bad entry: a clear message, nothing stored.
  const form = page.getByRole('form', { name: 'Add a term' });
  await form.getByRole('button', { name: 'Add term' }).click();
  await expect(form.getByRole('alert')).toHaveText('Type the English term (letters or digits).');

  await form.getByLabel('English', { exact: true }).fill('visibility tools');
  await form.getByLabel('Taiwan rendering').fill('追蹤工具');
  await form.getByLabel('Note (optional)').fill('貨運追蹤軟體，不是資料視覺化。');
  await form.getByLabel('Wrong renderings (optional)').fill('可視化工具');
  await form.getByRole('button', { name: 'Add term' }).click();
  await expect(form.getByRole('status')).toHaveText('Added “visibility tools”.');
  const mine = page.getByRole('list', { name: /^Your terms/ });
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await expect(mine).toContainText('追蹤工具');

  // Another tab with the reader open sees it at once (BroadcastChannel), marked and in the checks.
  const reader = await context.newPage();
  await reader.goto('/read/demo/t/25?view=side#L162');
  await readerPainted(reader);
  await expectPinned(reader, '#L162');
  const term = reader.locator('#L162 .para-en [data-term]', { hasText: 'visibility tools' });
  await expect(term).toHaveClass(/term-own/);
  await term.hover();
  await expect(reader.getByRole('tooltip')).toContainText('Your term');
  await expect(reader.getByRole('tooltip')).toContainText('追蹤工具');
  const checks = reader.getByRole('navigation', { name: 'Translation checks' });
  await expect(checks.getByRole('heading', { name: 'Translation checks (3)' })).toBeVisible();
  await expect(checks.getByRole('link').filter({ hasText: 'visibility tools' })).toContainText('可視化工具');

  await mine.getByRole('button', { name: 'Remove visibility tools' }).click();
  await expect(mine).toHaveCount(0);
  await expect(page.getByText('Removed “visibility tools”.')).toBeVisible();
  await expect(reader.locator('#L162 .para-en [data-term]', { hasText: 'visibility tools' })).toHaveCount(0);
  await expect(checks.getByRole('heading', { name: 'Translation checks (2)' })).toBeVisible();
  await context.close();
});

test('phone: the glossary page fits 360 px and a tapped term popover stays on screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/glossary');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await shot(page, SHOTS, 'glossary-05-phone-page', 'glossary-phone');

  await openAtGuidance(page);
  // On a phone the Chinese comes first; the pair's English opens under it.
  await page
    .locator('#L46')
    .getByRole('button', { name: /English/ })
    .tap();
  const term = page.locator('#L46 .para-en [data-term]', { hasText: /^guidance$/ });
  await term.tap();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  const box = await tip.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  await shot(page, SHOTS, 'glossary-06-phone-tap');
  await context.close();
});
