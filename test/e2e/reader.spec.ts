import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { bigCall } from './big-call.ts';
import { readerPainted, shot } from './page-helpers.ts';
import { expect, test, type Page } from '@playwright/test';

/**
 * The reader in headless Chromium: the demo call (ours), and the real sample calls when ../shared/samples
 * exists (read at run time, opened through the library's file input; their text never enters the repo).
 * Screenshots go to /tmp/shots-reader; with UPDATE_SCREENSHOTS=1 the chosen ones also go to docs/screenshots.
 */

const SHOTS = '/tmp/shots-reader';
const SAMPLES = '../shared/samples';
mkdirSync(SHOTS, { recursive: true });

test.use({ viewport: { width: 1280, height: 800 } });

/** The top of an element relative to the bottom of the sticky reading bar. */
async function offsetBelowBar(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    const bar = document.querySelector('[data-reader-bar]');
    if (!element || !bar) return Number.NaN;
    return element.getBoundingClientRect().top - bar.getBoundingClientRect().bottom;
  }, selector);
}

/** Waits until an element has come to rest a few px below the reading bar. */
async function expectPinned(page: Page, selector: string) {
  await expect.poll(() => offsetBelowBar(page, selector), { timeout: 5000 }).toBeGreaterThanOrEqual(0);
  await expect.poll(() => offsetBelowBar(page, selector), { timeout: 5000 }).toBeLessThan(40);
}

function qaIndex(page: Page) {
  return page.getByRole('navigation', { name: 'Q&A index' });
}

test('the demo call appears at once; time to reader is measured', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const cold = await page.evaluate(() => performance.getEntriesByName('duet:reader-painted')[0]?.startTime ?? Number.NaN);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lumen Harbor');

  // From the start page: click → reader painted, in the same document.
  await page.goto('/');
  await page.getByRole('link', { name: /demo/i }).first().waitFor();
  const start = await page.evaluate(() => {
    performance.clearMarks('duet:reader-painted');
    return performance.now();
  });
  await page.getByRole('link', { name: /demo/i }).first().click();
  await readerPainted(page);
  const warm = await page.evaluate((t0) => (performance.getEntriesByName('duet:reader-painted')[0]?.startTime ?? Number.NaN) - t0, start);
  console.log(`time to reader (demo): cold load ${cold.toFixed(0)} ms from navigation start; from the start page ${warm.toFixed(0)} ms`);
  expect(warm).toBeLessThan(1500);
  await page.goto('/read/demo');
  await readerPainted(page);
  await shot(page, SHOTS, 'e2e-01-open');
  await page.goto('/read/demo/t/2');
  await readerPainted(page);
  await expectPinned(page, '#turn-2');
  await page.locator('[data-pair="2:1"] p[lang=en]').hover();
  await shot(page, SHOTS, 'e2e-01-side-by-side', 'reader-side-by-side');
});

test('every paragraph carries its language; turns show role badges', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const languages = await page
    .locator('[data-transcript] p.para')
    .evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute('lang')))]);
  expect(languages.sort()).toEqual(['en', 'zh-Hant']);
  await expect(page.locator('.role-badge', { hasText: 'Analyst' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Summary/ })).toBeVisible();
});

test('Q&A jump, next/previous keys, and the current question follows', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  await qaIndex(page)
    .getByRole('link', { name: /Question 3/ })
    .click();
  await expect(page).toHaveURL(/\/read\/demo\/q\/3\?view=side$/);
  await expectPinned(page, '#question-3');
  await expect(qaIndex(page).locator('[aria-current]')).toHaveAttribute('data-question', '3');
  await shot(page, SHOTS, 'e2e-02-qa-jump', 'reader-qa-jump');

  await page.keyboard.press('j');
  await expect(page).toHaveURL(/\/q\/4/);
  await expectPinned(page, '#question-4');
  await expect(qaIndex(page).locator('[aria-current]')).toHaveAttribute('data-question', '4');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/\/q\/2/);
  await expectPinned(page, '#question-2');
  await shot(page, SHOTS, 'e2e-03-keys');

  // Scrolling on updates the current question and, quietly, the URL.
  // With the wheel, as a reader does (it also ends any pinning left from the last jump).
  await page.mouse.move(800, 400);
  await expect
    .poll(
      async () => {
        const top = await page.evaluate(() => document.getElementById('question-6')?.getBoundingClientRect().top ?? 0);
        if (top > 200) await page.mouse.wheel(0, Math.min(top - 120, 1500));
        return top;
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(200);
  await expect(qaIndex(page).locator('[aria-current]')).toHaveAttribute('data-question', /^[56]$/);
  await expect(page).toHaveURL(/\/read\/demo\/(q|t)\/\d+/);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await shot(page, SHOTS, 'e2e-04-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a link clicked while the reader is settling is never undone by its own address-bar updates', async ({ browser }) => {
  // On a slow machine (CPU throttled 4×) the reader's first quiet URL update falls due about 400–550 ms after it
  // renders; a click whose navigation is under way at that moment must still win. Clicks across that window, each
  // in a fresh browser context:
  for (const delay of [415, 445, 475, 505]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('/read/demo');
    await page.waitForFunction(() => performance.getEntriesByName('duet:reader-render').length > 0);
    await page.waitForTimeout(delay);
    await qaIndex(page)
      .getByRole('link', { name: /Question 5/ })
      .click();
    await expect(page, `clicked ${delay} ms after the reader rendered`).toHaveURL(/\/read\/demo\/q\/5\?view=\w+$/, { timeout: 3000 });
    if (delay === 505) {
      await expectPinned(page, '#question-5');
      // Past the settle time of the quiet update the address bar still names question 5; Back leaves it.
      await page.waitForTimeout(2000);
      expect(new URL(page.url()).pathname).toBe('/read/demo/q/5');
      await page.goBack();
      await expect(page).toHaveURL(/\/read\/demo(\/t\/\d+)?\?view=\w+$/);
    }
    await context.close();
  }
});

test('a deep link survives reload, and the reading position is resumed', async ({ page }) => {
  await page.goto('/read/demo/q/6?view=side');
  await readerPainted(page);
  await expectPinned(page, '#question-6');
  await expect(qaIndex(page).locator('[aria-current]')).toHaveAttribute('data-question', '6');
  await page.reload();
  await readerPainted(page);
  await expectPinned(page, '#question-6');
  await expect(page).toHaveURL(/\/q\/6/);

  await page.goto('/read/demo/t/3');
  await readerPainted(page);
  await expectPinned(page, '#turn-3');
  await page.reload();
  await expectPinned(page, '#turn-3');

  // Opening the call without a place resumes where the reader was.
  await page.goto('/read/demo/q/7');
  await expectPinned(page, '#question-7');
  await page.waitForTimeout(700);
  await page.goto('/');
  await page.goto('/read/demo');
  await readerPainted(page);
  await expect(qaIndex(page).locator('[aria-current]')).toHaveAttribute('data-question', '7');
});

test('each view mode lays the languages out as named, and is kept in the URL', async ({ page }) => {
  await page.goto('/read/demo/t/2');
  await readerPainted(page);
  const pair = page.locator('[data-pair="2:0"]');
  const en = pair.locator('p[lang=en]');
  const zh = pair.locator('p[lang=zh-Hant]');
  const view = page.getByRole('radiogroup', { name: 'View' });

  let enBox = await en.boundingBox();
  let zhBox = await zh.boundingBox();
  expect(zhBox && enBox && zhBox.x > enBox.x + enBox.width - 1).toBe(true);
  expect(Math.abs((zhBox?.y ?? 0) - (enBox?.y ?? 0))).toBeLessThan(8);

  await view.getByRole('radio', { name: 'Interleaved' }).check();
  await expect(page).toHaveURL(/view=interleaved/);
  enBox = await en.boundingBox();
  zhBox = await zh.boundingBox();
  expect(zhBox && enBox && zhBox.y >= enBox.y + enBox.height - 1).toBe(true);
  await shot(page, SHOTS, 'e2e-05-interleaved');

  await view.getByRole('radio', { name: 'English only' }).check();
  await expect(page).toHaveURL(/view=en/);
  await expect(en).toBeVisible();
  await expect(zh).toBeHidden();
  await shot(page, SHOTS, 'e2e-06-english');

  await view.getByRole('radio', { name: 'Chinese only' }).check();
  await expect(page).toHaveURL(/view=zh/);
  await expect(en).toBeHidden();
  await expect(zh).toBeVisible();
  await shot(page, SHOTS, 'e2e-07-chinese', 'reader-chinese-only');

  // Remembered for the next call opened without a view in its URL.
  await page.goto('/read/demo/t/2');
  await expect(view.getByRole('radio', { name: 'Chinese only' })).toBeChecked();
  await view.getByRole('radio', { name: 'Side by side' }).check();
});

test('search finds both languages and Traditional/Simplified alike, with a counter and Enter to move', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  await page.keyboard.press('/');
  const search = page.getByRole('search');
  const box = search.getByRole('searchbox');
  await expect(box).toBeFocused();

  await box.fill('Lumen Route');
  await expect(search.getByText(/^1 of \d+$/)).toBeVisible();
  const enCount = await page.locator('mark.match').count();
  expect(enCount).toBeGreaterThan(4);
  const languages = await page
    .locator('mark.match')
    .evaluateAll((marks) => [...new Set(marks.map((m) => m.closest('[lang]')?.getAttribute('lang')))]);
  expect(languages.sort()).toEqual(['en', 'zh-Hant']);

  await box.fill('營收');
  await expect(search.getByText(/^1 of \d+$/)).toBeVisible();
  const traditional = await search.locator('output').textContent();
  await box.fill('营收');
  await expect(search.getByText(/^1 of \d+$/)).toBeVisible();
  expect(await search.locator('output').textContent()).toBe(traditional);

  await box.press('Enter');
  await box.press('Enter');
  await expect(search.getByText(/^3 of \d+$/)).toBeVisible();
  const current = page.locator('mark[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  await shot(page, SHOTS, 'e2e-08-search');
  await box.press('Shift+Enter');
  await expect(search.getByText(/^2 of \d+$/)).toBeVisible();
  await expect(current).toBeInViewport();
});

test('the Simplified toggle converts the Chinese, loading the converter on demand', async ({ page }) => {
  await page.goto('/read/demo/t/3');
  await readerPainted(page);
  await expect(page.locator('p[lang="zh-Hans"]')).toHaveCount(0);
  const toggle = page.getByRole('button', { name: /Simplified/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('p[lang="zh-Hans"]').first()).toBeVisible();
  await expect(page.locator('p[lang="zh-Hant"].para')).toHaveCount(0);
  const text = await page.locator('[data-pair="3:0"] p[lang="zh-Hans"]').textContent();
  expect(text).toContain('营收');
  await shot(page, SHOTS, 'e2e-09-simplified');
  await toggle.click();
  await expect(page.locator('p[lang="zh-Hans"]')).toHaveCount(0);
});

test('phone width: pairs stack and the navigation is a drawer', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto('/read/demo/q/2');
  await readerPainted(page);
  await expectPinned(page, '#question-2');
  await expect(qaIndex(page)).toBeHidden();
  const pair = page.locator('[data-pair="2:0"]');
  const enBox = await pair.locator('p[lang=en]').boundingBox();
  const zhBox = await pair.locator('p[lang=zh-Hant]').boundingBox();
  expect(zhBox && enBox && zhBox.y >= enBox.y + enBox.height - 1).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, SHOTS, 'e2e-10-phone', 'reader-phone');

  const contents = page.getByRole('button', { name: 'Contents', exact: true });
  await contents.click();
  await expect(contents).toHaveAttribute('aria-expanded', 'true');
  await expect(qaIndex(page)).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, SHOTS, 'e2e-11-phone-drawer');
  await qaIndex(page)
    .getByRole('link', { name: /Question 5/ })
    .click();
  await expect(page).toHaveURL(/\/q\/5/);
  await expect(qaIndex(page)).toBeHidden();
  await expectPinned(page, '#question-5');

  await contents.click();
  await page.keyboard.press('Escape');
  await expect(qaIndex(page)).toBeHidden();
  await expect(contents).toBeFocused();
  await page.close();
});

test('dark mode follows the system, and can be chosen', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
  await page.goto('/read/demo/q/3');
  await readerPainted(page);
  await expectPinned(page, '#question-3');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(18, 20, 23)');
  await page.getByRole('search').getByRole('searchbox').fill('margin');
  await expect(page.getByRole('search').getByText(/of/)).toBeVisible();
  await page.getByRole('search').getByRole('searchbox').press('Enter');
  await page.waitForTimeout(300);
  await shot(page, SHOTS, 'e2e-12-dark', 'reader-dark');

  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
  expect(await background()).toBe('rgb(251, 250, 247)');
  await page.getByRole('radiogroup', { name: 'Interface language' }).getByRole('radio', { name: '繁體中文' }).check();
  await expect(page.getByRole('radiogroup', { name: '檢視' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '問答索引' })).toBeVisible();
  await page.getByRole('button', { name: '放大文字' }).click();
  await page.keyboard.press('Escape');
  await shot(page, SHOTS, 'e2e-13-light-zh-ui');
  await page.close();
});

test('a file with an unpaired line: notice, link to the line, and the placeholder', async ({ page }) => {
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles({
    name: 'quillfeather-q2.txt',
    mimeType: 'text/plain',
    buffer: readFileSync('test/fixtures/harbor-edge-cases.txt'),
  });
  await readerPainted(page);
  await page.getByText('1 line could not be paired').click();
  await page.getByRole('link', { name: 'Line 71' }).click();
  await expect(page).toHaveURL(/\/t\/\d+\?view=\w+#L71$/);
  await expectPinned(page, '#L71');
  await expect(page.locator('#L71').getByText('No translation in the file')).toBeVisible();
  await shot(page, SHOTS, 'e2e-14-unpaired-line');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('no accessibility violations in the reader', async ({ page }) => {
      await page.goto('/read/demo/q/2');
      await readerPainted(page);
      await page.getByRole('search').getByRole('searchbox').fill('Lumen');
      await expect(page.getByRole('search').getByText(/of/)).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const found = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect(found).toEqual([]);
    });
  });
}

test('a 3 MB call opens without freezing, deep links into it land on target, search stays usable', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.evaluate(() => {
    const tasks: [number, number][] = [];
    Object.assign(window, { longTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask' });
  });
  const chosen = await page.evaluate(() => performance.now());
  await page.locator('input[type=file]').setInputFiles({ name: 'big-call.txt', mimeType: 'text/plain', buffer: Buffer.from(bigCall()) });
  await readerPainted(page);
  const timing = await page.evaluate(() => ({
    render: performance.getEntriesByName('duet:reader-render')[0]?.startTime ?? Number.NaN,
    painted: performance.getEntriesByName('duet:reader-painted')[0]?.startTime ?? Number.NaN,
  }));
  await page.waitForFunction(() => document.querySelectorAll('article[data-turn]').length > 2000, null, { timeout: 30_000 });
  const complete = await page.evaluate(() => performance.now());
  const readerTasks = await page.evaluate(
    (from) =>
      (window as unknown as { longTasks: [number, number][] }).longTasks.filter(([start]) => start >= from).map(([, d]) => Math.round(d)),
    timing.render,
  );
  console.log(
    `3 MB call: file chosen → reader painted ${Math.round(timing.painted - chosen)} ms (render starts at +${Math.round(timing.render - chosen)} ms), ` +
      `all turns rendered at +${Math.round(complete - chosen)} ms; reader long tasks (ms): ${JSON.stringify(readerTasks)}`,
  );
  expect(Math.max(0, ...readerTasks)).toBeLessThan(400);

  // Playwright's locator assertions walk (and on failure snapshot) the whole accessibility tree: on a call this
  // size that alone takes seconds, so this test reads the page with plain evaluations.
  const url = page.url().split('?')[0] ?? '';
  const read = (script: string) => page.evaluate(script);
  await page.goto(`${url}/q/400`);
  await readerPainted(page);
  await expectPinned(page, '#question-400');
  await expect.poll(() => read(`document.querySelector('.qa-link[aria-current]')?.dataset.question`)).toBe('400');
  await page.reload();
  await expectPinned(page, '#question-400');

  await page.keyboard.press('/');
  await page.keyboard.type('revenue', { delay: 30 });
  await expect.poll(() => read(`document.querySelector('[role=search] output')?.textContent`)).toMatch(/^\d+ of \d+$/);
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      read(
        `(() => { const r = document.querySelector('mark[aria-current="true"]')?.getBoundingClientRect(); return !!r && r.top >= 0 && r.bottom <= innerHeight; })()`,
      ),
    )
    .toBe(true);
});

const samples = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')) : [];

test.describe('sample calls', () => {
  test.skip(samples.length === 0, 'no ../shared/samples folder on this machine');

  // Without samples, one case that shows as skipped (a describe with no test would say nothing at all).
  for (const [index, name] of (samples.length > 0 ? samples : ['(no sample)']).entries()) {
    test(`sample ${index + 1}: opens, jumps, searches, survives reload`, async ({ page }) => {
      await page.goto('/');
      const chosen = await page.evaluate(() => performance.now());
      await page.locator('input[type=file]').setInputFiles({
        name: `sample-${index + 1}.txt`,
        mimeType: 'text/plain',
        buffer: readFileSync(join(SAMPLES, name)),
      });
      await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
      await readerPainted(page);
      const painted = await page.evaluate(() => performance.getEntriesByName('duet:reader-painted')[0]?.startTime ?? 0);
      console.log(`sample ${index + 1}: file chosen → reader painted ${Math.round(painted - chosen)} ms`);
      const links = qaIndex(page).getByRole('link');
      expect(await links.count()).toBeGreaterThan(3);
      await links.nth(2).click();
      await expect(page).toHaveURL(/\/q\/3/);
      await expectPinned(page, '#question-3');
      await page.reload();
      await readerPainted(page);
      await expectPinned(page, '#question-3');
      await page.keyboard.press('j');
      await expect(page).toHaveURL(/\/q\/4/);
      await page.getByRole('search').getByRole('searchbox').fill('revenue');
      await expect(page.getByRole('search').getByText(/^\d+ of \d+$/)).toBeVisible();
      await shot(page, SHOTS, `e2e-sample-${index + 1}`);
    });
  }
});
