import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe.ts';
import { bigCall } from './big-call.ts';
import { readerPainted, shot } from './page-helpers.ts';
import { expect, test, type Page } from '@playwright/test';
import { DISCLAIMER, fileText, header, pair } from '../support/transcript-text.ts';

/**
 * Translation checks in the reader, in headless Chromium: the demo call (ours, 2 flags), a generated call with a
 * deliberate "$1.1 billion → 1.1 億美元" error opened through the file input, and a ~3 MB call (functional only:
 * the reader renders only the rows near the screen, so counts come from the panel, and speed is `npm run perf`'s).
 * With SHOTS=1 screenshots go to /tmp/shots-checks; with UPDATE_SCREENSHOTS=1 the chosen one also goes to docs/screenshots.
 */

const SHOTS = '/tmp/shots-checks';
mkdirSync(SHOTS, { recursive: true });

test.use({ viewport: { width: 1280, height: 800 } });

/** Waits until the checks have run (the reader records a performance measure when they are done). */
async function checksDone(page: Page, timeout = 10_000) {
  await page.waitForFunction(() => performance.getEntriesByName('duet:translation-checks').length > 0, null, { timeout });
}

/** The top of an element relative to the bottom of the sticky reading bar and of any sticky notice under it. */
async function offsetBelowBar(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    const bars = [...document.querySelectorAll('[data-reader-bar], [data-reader-sticky]')];
    if (!element || bars.length === 0) return Number.NaN;
    return element.getBoundingClientRect().top - Math.max(...bars.map((bar) => bar.getBoundingClientRect().bottom));
  }, selector);
}

async function expectPinned(page: Page, selector: string) {
  await expect.poll(() => offsetBelowBar(page, selector), { timeout: 5000 }).toBeGreaterThanOrEqual(0);
  await expect.poll(() => offsetBelowBar(page, selector), { timeout: 5000 }).toBeLessThan(40);
}

/** The element is really painted where it is (not inside a turn that content-visibility skips): what is drawn there is it. */
async function expectPainted(page: Page, selector: string) {
  await expect
    .poll(() =>
      page.evaluate((css) => {
        const element = document.querySelector(css);
        if (!element || !element.checkVisibility({ contentVisibilityAuto: true })) return false;
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + 12, Math.max(box.top, 0) + 12);
        return hit !== null && element.contains(hit);
      }, selector),
    )
    .toBe(true);
}

/** Waits until nothing animates (a jump's tint of its pair has faded), so a screenshot shows the page at rest. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/** The `data-pair` of every paragraph pair that takes up room on the page. */
function visiblePairs(page: Page): Promise<string[]> {
  return page
    .locator('[data-transcript] .pair')
    .evaluateAll((pairs) =>
      pairs.filter((element) => element.getClientRects().length > 0).map((element) => element.getAttribute('data-pair') ?? ''),
    );
}

function checksNav(page: Page) {
  return page.getByRole('navigation', { name: 'Translation checks' });
}

/** Scrolls the navigation column so that a panel's heading is near its top. */
async function scrollNavTo(page: Page, panel: string) {
  await page.evaluate((name) => {
    const nav = document.querySelector(`nav[aria-label="${name}"]`);
    const area = nav?.closest('[data-scroll-area]');
    if (nav && area) area.scrollTop += nav.getBoundingClientRect().top - area.getBoundingClientRect().top - 16;
  }, panel);
}

/** A short call of our own with one deliberate scale error: $1.1 billion translated as 1.1 億美元 ($110 million). */
function callWithScaleError(): string {
  return fileText(
    ['雪松儀器公布第一季營收。'],
    [DISCLAIMER],
    header('Operator'),
    pair(
      'Good afternoon, and welcome to the Cedar Point Instruments First Quarter 2026 Earnings Call. I will now turn the call over to Ruth Alder, Chief Financial Officer.',
      '午安,歡迎參加雪松儀器 2026 年第一季財報電話會議。我現在將電話轉給財務長 Ruth Alder。',
    ),
    header('Ruth Alder - CFO'),
    pair('Thank you. Revenue for the quarter was $1.1 billion, up 9% year-over-year.', '謝謝。本季營收為 1.1 億美元,年增 9%。'),
    pair('Gross margin was 61%, up 80 basis points.', '毛利率為 61%,增加 80 個基點。'),
    pair('With that, we will take questions.', '接下來,我們將回答問題。'),
    header('Operator'),
    pair(
      'Your first question comes from the line of Omar Reyes with Larch Street Capital.',
      '您的第一個問題來自 Larch Street Capital 的 Omar Reyes。',
    ),
    header('Omar Reyes - Analyst'),
    pair('How should we think about pricing next year?', '我們該如何看待明年的定價?'),
    header('Ruth Alder - CFO'),
    pair('We expect pricing to add about 2% to growth.', '我們預計定價將為成長貢獻約 2%。'),
    header('Operator'),
    pair("That concludes today's call. You may now disconnect.", '今天的電話會議到此結束。現在您可以斷開連線。'),
  );
}

test('a flagged pair shows a badge; its explanation shows on hover and on keyboard focus, and Escape closes it', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  await checksDone(page);
  // Only the rows near the screen are in the page: the panel counts the flags of the whole call.
  await expect(checksNav(page).getByRole('heading', { name: 'Translation checks (2)' })).toBeVisible();
  await checksNav(page).getByRole('link').nth(0).click();
  await expectPinned(page, '#L46');
  await settled(page);
  const pairRow = page.locator('[data-pair="3:5"]');
  const badge = pairRow.getByRole('button', { name: 'Translation check: 1 issue' });
  await expect(page.locator('[data-transcript]').getByRole('button', { name: /^Translation check: / })).toHaveCount(1);
  await page.evaluate(() => window.scrollBy(0, (document.querySelector('[data-pair="3:5"]')?.getBoundingClientRect().top ?? 240) - 240));
  await expect(badge).toBeInViewport();
  // At the Chinese side: in the gutter between the columns, level with the Chinese paragraph's first line.
  const badgeBox = await badge.boundingBox();
  const zhBox = await pairRow.locator('p[lang="zh-Hant"]').boundingBox();
  const enBox = await pairRow.locator('p[lang="en"]').boundingBox();
  expect(badgeBox && zhBox && enBox && badgeBox.x >= enBox.x + enBox.width && badgeBox.x + badgeBox.width <= zhBox.x + 1).toBe(true);
  expect(Math.abs((badgeBox?.y ?? 0) - (zhBox?.y ?? 0))).toBeLessThan(16);

  const tip = page.getByRole('tooltip');
  await expect(tip).toHaveCount(0);
  await badge.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('15% in the Chinese is not in the English.');
  // The pointer may move onto the explanation without losing it (WCAG 1.4.13).
  await tip.hover();
  await expect(tip).toBeVisible();
  await shot(page, SHOTS, 'checks-01-hover');
  await page.mouse.move(640, 780);
  await expect(tip).toHaveCount(0);

  // Keyboard: from the English paragraph, Tab reaches the badge, and its explanation shows.
  await pairRow.locator('p[lang="en"]').click();
  await page.keyboard.press('Tab');
  await expect(badge).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(badge).toHaveAccessibleDescription(/^Numbers ?: 15% in the Chinese is not in the English\.$/);
  await shot(page, SHOTS, 'checks-02-focus');
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(badge).toBeFocused();
});

test('the panel counts the flags and each link lands on its pair', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const nav = checksNav(page);
  await expect(nav.getByRole('heading', { name: 'Translation checks (2)' })).toBeVisible();
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toContainText('Numbers');
  await expect(links.nth(0)).toContainText('Rafael Ortiz');
  await expect(links.nth(1)).toContainText('Natalie Brennan');
  await expect(links.nth(1)).toContainText('20% in the Chinese is not in the English.');
  await links.nth(1).click();
  await expect(page).toHaveURL(/\/read\/demo\/t\/33\?view=side#L196$/);
  await expectPinned(page, '#L196');
  await expectPainted(page, '#L196 p[lang=en]');
  await expect(page.locator('#L196').getByRole('button', { name: 'Translation check: 1 issue' })).toBeInViewport();

  await links.nth(0).click();
  await expect(page).toHaveURL(/\/read\/demo\/t\/3\?view=side#L46$/);
  await expectPinned(page, '#L46');
  await expectPainted(page, '#L46 p[lang=en]');
});

test('"Only flagged pairs" hides the rest in every view, keeps the current search match, and comes off again', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const only = checksNav(page).getByRole('checkbox', { name: 'Only flagged pairs' });
  await only.check();
  await expect(page.getByText('Showing only flagged pairs (2)')).toBeVisible();
  await expect.poll(() => visiblePairs(page)).toEqual(['3:5', '33:0']);
  const visibleTurns = await page
    .locator('[data-transcript] article')
    .evaluateAll((turns) => turns.filter((turn) => turn.getClientRects().length > 0).map((turn) => turn.getAttribute('data-turn')));
  expect(visibleTurns).toEqual(['3', '33']);
  // A question's marker stays only where its exchange holds a flagged pair (turn 33 answers question 8).
  await expect
    .poll(() =>
      page
        .locator('[data-transcript] .question-marker')
        .evaluateAll((markers) => markers.filter((marker) => marker.getClientRects().length > 0).map((marker) => marker.id)),
    )
    .toEqual(['question-8']);
  await expect(page.getByRole('heading', { name: 'Rafael Ortiz' })).toBeVisible();
  await expectPinned(page, '#turn-3');
  await shot(page, SHOTS, 'checks-03-only-flagged');

  const view = page.getByRole('radiogroup', { name: 'View' });
  for (const mode of ['Interleaved', 'English only', 'Chinese only', 'Side by side']) {
    await view.getByRole('radio', { name: mode }).check();
    await expect.poll(() => visiblePairs(page)).toEqual(['3:5', '33:0']);
    await expect(page.locator('[data-pair="33:0"]').getByRole('button', { name: /^Translation check/ })).toBeVisible();
  }

  // Search still covers the whole call: the current match's pair is shown too.
  const search = page.getByRole('search');
  await search.getByRole('searchbox').fill('tariff environment');
  await expect(search.getByText(/^1 of 1$/)).toBeVisible();
  // A match that crosses a glossary term ("tariff") is cut into a mark on each side of the term's edge.
  await expect(page.locator('mark[aria-current="true"]').first()).toBeInViewport();
  await expect.poll(() => visiblePairs(page)).toEqual(['3:4', '3:5', '33:0']);
  await search.getByRole('searchbox').fill('');
  await expect.poll(() => visiblePairs(page)).toEqual(['3:5', '33:0']);

  await page.getByRole('button', { name: 'Show all pairs' }).click();
  await expect(only).not.toBeChecked();
  // Every pair again, but only those near the screen are in the page.
  await expect.poll(async () => (await visiblePairs(page)).length).toBeGreaterThan(2);
  await expect(page.getByText('Showing only flagged pairs (2)')).toHaveCount(0);
});

test('key figures list the amounts and percentages with speakers, by kind, and jump to them', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const nav = page.getByRole('navigation', { name: 'Key figures' });
  await expect(nav.getByRole('heading', { name: 'Key figures (86)' })).toBeVisible();
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(25);
  await expect(links.first()).toContainText('$612 million');
  await expect(links.first()).toContainText('Dana K. Whitfield');
  await nav.getByRole('button', { name: 'Show 61 more' }).click();
  await expect(links).toHaveCount(86);

  await nav
    .getByRole('radiogroup', { name: 'Kind of figure' })
    .getByRole('radio', { name: /^Basis points/ })
    .check();
  await expect(links).toHaveCount(8);
  for (const text of await links.allTextContents()) expect(text).toMatch(/basis points/);
  await scrollNavTo(page, 'Key figures');
  await shot(page, SHOTS, 'checks-04-key-figures');
  await links.first().click();
  await expect(page).toHaveURL(/\/read\/demo\/t\/\d+\?view=side#L\d+$/);
  const line = new URL(page.url()).hash.slice(1);
  await expectPinned(page, `#${line}`);
});

test('a generated call with "$1.1 billion → 1.1 億美元" is flagged, opened through the file input', async ({ page }) => {
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles({
    name: 'cedar-point-q1-2026.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(callWithScaleError(), 'utf8'),
  });
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  await readerPainted(page);
  const badge = page.getByRole('button', { name: 'Translation check: 1 issue' });
  await expect(badge).toBeVisible();
  await expect(page.getByRole('button', { name: /^Translation check/ })).toHaveCount(1);
  await badge.hover();
  await expect(page.getByRole('tooltip')).toHaveText(
    'Numbers: $1.1 billion in the English, but 1.1 億美元 (= $110 million) in the Chinese.',
  );
  await expect(page.getByRole('tooltip').getByText('1.1 億美元')).toHaveAttribute('lang', 'zh-Hant');
  const nav = checksNav(page);
  await expect(nav.getByRole('heading', { name: 'Translation checks (1)' })).toBeVisible();
  await expect(nav.getByRole('link')).toContainText('Ruth Alder');
  await shot(page, SHOTS, 'checks-05-generated-call', 'reader-checks');
  const figures = page.getByRole('navigation', { name: 'Key figures' });
  await expect(figures.getByRole('link')).toHaveCount(5);
  await expect(figures.getByRole('link').first()).toContainText('$1.1 billion');
});

test('screenshots: desktop light and dark, phone', async ({ browser }) => {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    // The pair's deep link (as the panel makes it), then a little context above it once the jump has settled.
    await page.goto('/read/demo/t/3?view=side#L46');
    await readerPainted(page);
    await checksDone(page);
    await expectPinned(page, '#L46');
    await settled(page);
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, -220);
    await expect.poll(() => offsetBelowBar(page, '#L46')).toBeGreaterThan(150);
    await scrollNavTo(page, 'Translation checks');
    await page.locator('[data-pair="3:5"] .check-badge').hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await shot(page, SHOTS, `checks-06-desktop-${scheme}`);
    await page.close();
  }

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto('/read/demo/t/3?view=side#L46');
  await readerPainted(phone);
  await checksDone(phone);
  await expectPinned(phone, '#L46');
  await settled(phone);
  const badge = phone.locator('[data-pair="3:5"]').getByRole('button', { name: 'Translation check: 1 issue' });
  await expect(badge).toBeInViewport();
  await badge.click();
  await expect(phone.getByRole('tooltip')).toBeVisible();
  const tipBox = await phone.getByRole('tooltip').boundingBox();
  expect(tipBox && tipBox.x >= 0 && tipBox.x + tipBox.width <= 390).toBe(true);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await shot(phone, SHOTS, 'checks-07-phone-tip');
  // A tap elsewhere closes it.
  await phone.locator('[data-pair="3:4"] p[lang="zh-Hant"]').click();
  await expect(phone.getByRole('tooltip')).toHaveCount(0);

  await phone.getByRole('button', { name: 'Contents', exact: true }).click();
  await expect(checksNav(phone)).toBeVisible();
  await scrollNavTo(phone, 'Translation checks');
  await settled(phone);
  await shot(phone, SHOTS, 'checks-08-phone-drawer');
  // The first flag is deep in a long turn: the jump must land on the pair as painted, not on an estimate.
  await phone.evaluate(() => window.scrollTo(0, 0));
  await checksNav(phone).getByRole('link').nth(0).click();
  await expect(checksNav(phone)).toBeHidden();
  await expect(phone).toHaveURL(/\/t\/3\?view=side#L46$/);
  await expectPinned(phone, '#L46');
  // On a phone the Chinese comes first (the English opens under it on a tap).
  await expectPainted(phone, '#L46 p[lang="zh-Hant"]');
  await phone.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no accessibility violations with an explanation open and only flagged pairs shown (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/read/demo');
    await readerPainted(page);
    await checksNav(page).getByRole('checkbox', { name: 'Only flagged pairs' }).check();
    await page.locator('[data-pair="3:5"] .check-badge').hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });
}

test('on a 3 MB call the checks run after the first paint; the panel counts them and "Only flagged pairs" shows only flagged pairs', async ({
  page,
}) => {
  // Functional only: how long the checks take is measured by `npm run perf`, not asserted here.
  test.setTimeout(90_000);
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles({ name: 'big-call.txt', mimeType: 'text/plain', buffer: Buffer.from(bigCall()) });
  await readerPainted(page);
  await checksDone(page, 60_000);
  // Playwright's locator assertions walk the whole accessibility tree, slow on a call this size: plain evaluations here.
  const result = await page.evaluate(() => {
    const entry = performance.getEntriesByName('duet:translation-checks')[0] as PerformanceMeasure | undefined;
    const painted = performance.getEntriesByName('duet:reader-painted')[0]?.startTime ?? Number.NaN;
    const detail = (entry?.detail ?? {}) as { firstSlice: number; checks: number };
    return { painted, firstSlice: detail.firstSlice, checks: detail.checks };
  });
  expect(result.firstSlice).toBeGreaterThanOrEqual(result.painted);
  expect(result.checks).toBeGreaterThan(100);
  await expect
    .poll(() => page.evaluate(() => document.querySelector('nav[aria-label="Translation checks"] h2')?.textContent))
    .toBe(`Translation checks (${result.checks})`);

  // The filter: every pair in the page is then a flagged one, wherever the reader is.
  const shownPairs = () =>
    page.evaluate(() => {
      const pairs = [...document.querySelectorAll('[data-transcript] .pair')].filter((element) => element.getClientRects().length > 0);
      return { pairs: pairs.length, flagged: pairs.filter((element) => element.querySelector('.check-badge')).length };
    });
  await page.evaluate(() => document.querySelector<HTMLInputElement>('nav[aria-label="Translation checks"] input[type=checkbox]')?.click());
  await expect.poll(() => page.evaluate(() => document.querySelector('[data-transcript] .pair') !== null)).toBe(true);
  await expect
    .poll(async () => {
      const { pairs, flagged } = await shownPairs();
      return pairs > 0 && pairs === flagged;
    })
    .toBe(true);
  await page.evaluate(() => window.scrollBy(0, 20 * window.innerHeight));
  await expect
    .poll(async () => {
      const { pairs, flagged } = await shownPairs();
      return pairs > 0 && pairs === flagged;
    })
    .toBe(true);
  await page.evaluate(() => document.querySelector<HTMLInputElement>('nav[aria-label="Translation checks"] input[type=checkbox]')?.click());
  await expect
    .poll(async () => {
      const { pairs, flagged } = await shownPairs();
      return pairs > flagged;
    })
    .toBe(true);
});

/** A short call of our own whose Chinese renders "lapped" as 承受 (to bear), a meaning the glossary lists as wrong. */
function callWithGlossaryBreak(): string {
  return fileText(
    ['雪松儀器公布第二季營收。'],
    [DISCLAIMER],
    header('Operator'),
    pair(
      'Welcome to the Cedar Point Instruments Second Quarter 2026 Earnings Call. I will now turn the call over to Ruth Alder.',
      '歡迎參加雪松儀器 2026 年第二季財報電話會議。我現在將電話轉給 Ruth Alder。',
    ),
    header('Ruth Alder - CFO'),
    pair(
      'By the fourth quarter we will have lapped the sensor recall, so comparisons get easier.',
      '到了第四季,我們將承受感測器召回的影響,因此比較會變得容易。',
    ),
    pair('Gross margin was 61%, up 80 basis points.', '毛利率為 61%,增加 80 個基點。'),
    header('Operator'),
    pair("That concludes today's call. You may now disconnect.", '今天的電話會議到此結束。現在您可以斷開連線。'),
  );
}

test('a glossary break ("lapped" → 承受) is flagged with its explanation in both interface languages', async ({ page }) => {
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles({
    name: 'cedar-point-q2-2026.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(callWithGlossaryBreak(), 'utf8'),
  });
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  await readerPainted(page);
  const nav = checksNav(page);
  await expect(nav.getByRole('heading', { name: 'Translation checks (1)' })).toBeVisible();
  await expect(nav.getByRole('link')).toContainText('Terms');
  await expect(nav.getByRole('link')).toContainText('“lapped” in the English is rendered 承受 in the Chinese');
  // The term is marked in the English, and its popover says what it means.
  await expect(page.locator('[data-transcript] [data-term]', { hasText: 'lapped' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Translation check: 1 issue' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Usual in Taiwan');

  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radiogroup', { name: 'Interface language' }).getByRole('radio', { name: '繁體中文' }).check();
  await page.keyboard.press('Escape');
  const zhNav = page.getByRole('navigation', { name: '翻譯檢查' });
  await expect(zhNav.getByRole('link')).toContainText('術語');
  await expect(zhNav.getByRole('link')).toContainText('英文的「lapped」在中文譯成「承受」');
  await shot(page, SHOTS, 'checks-09-glossary-break-zh');
});

/** The first real sample call, read at run time (never copied into the repository), or null where it is absent. */
function sampleCall(): { name: string; text: Buffer } | null {
  const folder = join('..', 'shared', 'samples');
  if (!existsSync(folder)) return null;
  const name = readdirSync(folder).find((file) => file.startsWith('000_') && file.endsWith('.txt'));
  return name ? { name, text: readFileSync(join(folder, name)) } : null;
}

test('sample 000: the half-English paragraph and the century and range errors are flagged, in both languages; no flag on a trap', async ({
  page,
}) => {
  const sample = sampleCall();
  test.info().skip(sample === null, 'the real sample calls (../shared/samples) are not on this machine');
  if (!sample) return;
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles({ name: sample.name, mimeType: 'text/plain', buffer: sample.text });
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  await readerPainted(page);
  await checksDone(page, 30_000);
  const nav = checksNav(page);
  // Labelled in test/fixtures/translation-check-real-labels.json: line 206 partly English, 46 a year range, 316 a century.
  const partial = nav.locator('a[href$="#L206"]').filter({ hasText: 'Partly English' });
  await expect(partial).toHaveCount(1);
  await expect(nav.locator('a[href$="#L46"]').filter({ hasText: 'the range of years was changed' })).toHaveCount(1);
  await expect(nav.locator('a[href$="#L316"]').filter({ hasText: /century/ })).toHaveCount(1);
  // A trap: the company's name kept in Latin letters (line 8) is not a problem.
  await expect(nav.locator('a[href$="#L8"]')).toHaveCount(0);

  await partial.click();
  await expectPinned(page, '#L206');
  const badge = page.locator('#L206').getByRole('button', { name: /^Translation check/ });
  await badge.hover();
  await expect(page.getByRole('tooltip')).toContainText('Partly English');
  await shot(page, SHOTS, 'checks-10-sample-partial');

  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radiogroup', { name: 'Interface language' }).getByRole('radio', { name: '繁體中文' }).check();
  await page.keyboard.press('Escape');
  const zhNav = page.getByRole('navigation', { name: '翻譯檢查' });
  await expect(zhNav.locator('a[href$="#L206"]').filter({ hasText: '部分未譯' })).toHaveCount(1);
  await expect(zhNav.locator('a[href$="#L46"]').filter({ hasText: '年份區間被改動了' })).toHaveCount(1);
  await expect(zhNav.locator('a[href$="#L316"]').filter({ hasText: /世紀/ })).toHaveCount(1);
});
