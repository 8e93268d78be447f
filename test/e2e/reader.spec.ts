import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateLargeCall } from '../../bench/generate-call.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expectPinned, offsetBelowBar, openFile, qaIndex, readerPainted, shot, storedPosition, wheelUntil } from './page-helpers.ts';

/**
 * The reader in headless Chromium: the demo call (ours), generated calls of every shape, and the real sample calls
 * when ../shared/samples exists (read at run time, opened through the file input; their text never enters the repo).
 * With SHOTS=1 screenshots go to /tmp/shots-reader; with UPDATE_SCREENSHOTS=1 the chosen ones also go to docs/screenshots.
 */

const SHOTS = '/tmp/shots-reader';
const SAMPLES = '../shared/samples';
mkdirSync(SHOTS, { recursive: true });

test.use({ viewport: { width: 1280, height: 800 } });

/** The question the Q&A index marks as current. */
function currentQuestion(page: Page) {
  return qaIndex(page).locator('[aria-current]');
}

/** The path of the page's address (no view, no hash). */
function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

test('the demo call opens with both languages side by side, speakers and their roles', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lumen Harbor');
  await expect(page.getByRole('heading', { name: /Summary/ })).toBeVisible();
  const languages = await page
    .locator('[data-transcript] p.para')
    .evaluateAll((nodes) => [...new Set(nodes.map((node) => node.getAttribute('lang')))]);
  expect(languages.sort()).toEqual(['en', 'zh-Hant']);
  await expect(page).toHaveURL(/\/read\/demo\?view=side$/);
  await shot(page, SHOTS, 'e2e-01-open');

  await page.goto('/read/demo/t/2');
  await expectPinned(page, '#turn-2');
  const pair = page.locator('[data-pair="2:1"]');
  const enBox = await pair.locator('p[lang=en]').boundingBox();
  const zhBox = await pair.locator('p[lang=zh-Hant]').boundingBox();
  expect(zhBox && enBox && zhBox.x > enBox.x + enBox.width - 1).toBe(true);
  await expect(page.locator('.role-badge', { hasText: 'Company' }).first()).toBeVisible();
  await pair.locator('p[lang=en]').hover();
  await shot(page, SHOTS, 'e2e-01-side-by-side', 'reader-side-by-side');
});

test('Q&A links and j/k move between questions, the index follows, and Back and Forward move the page', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  await qaIndex(page)
    .getByRole('link', { name: /Question 3/ })
    .click();
  await expect(page).toHaveURL(/\/read\/demo\/q\/3\?view=side$/);
  await expectPinned(page, '#question-3');
  await expect(currentQuestion(page)).toHaveAttribute('data-question', '3');
  await shot(page, SHOTS, 'e2e-02-qa-jump', 'reader-qa-jump');

  await page.keyboard.press('j');
  await expect(page).toHaveURL(/\/q\/4\?/);
  await expectPinned(page, '#question-4');
  await expect(currentQuestion(page)).toHaveAttribute('data-question', '4');
  // Two presses in a row go two questions back, even before the first has arrived.
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/\/q\/2\?/);
  await expectPinned(page, '#question-2');

  await page.goBack();
  await expect(page).toHaveURL(/\/q\/3\?/);
  await expectPinned(page, '#question-3');
  await expect(currentQuestion(page)).toHaveAttribute('data-question', '3');
  await page.goForward();
  await expect(page).toHaveURL(/\/q\/2\?/);
  await expectPinned(page, '#question-2');
  await expect(currentQuestion(page)).toHaveAttribute('data-question', '2');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await shot(page, SHOTS, 'e2e-04-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('scrolling names the place in the address quietly; Back after a jump returns there', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  // Scroll with the wheel until question 6 is at the top: the address and the index follow.
  await wheelUntil(page, async () => (await offsetBelowBar(page, '#question-6')) < 60);
  await expect(page).toHaveURL(/\/read\/demo\/(q|t)\/\d+\?view=side$/);
  await expect(currentQuestion(page)).toHaveAttribute('data-question', /^[56]$/);
  const scrolledTo = pathOf(page);
  const scrolledY = await page.evaluate(() => window.scrollY);

  await qaIndex(page)
    .getByRole('link', { name: /Question 2/ })
    .click();
  await expectPinned(page, '#question-2');
  await page.goBack();
  await expect.poll(() => pathOf(page)).toBe(scrolledTo);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledY - 400);
  await expect(currentQuestion(page)).toHaveAttribute('data-question', /^[56]$/);
});

test('a link clicked the moment the reader appears, on a 4× slower CPU, lands and stays', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (const question of [5, 7, 3]) {
    await page.goto('/read/demo');
    await qaIndex(page)
      .getByRole('link', { name: new RegExp(`Question ${question}\\b`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/read/demo/q/${question}\\?view=\\w+$`));
    await expectPinned(page, `#question-${question}`);
    await expect(currentQuestion(page)).toHaveAttribute('data-question', String(question));
  }
  await context.close();
});

test('a deep link survives reload, and a call opened without a place resumes where the reader was', async ({ page }) => {
  await page.goto('/read/demo/q/6?view=side');
  await readerPainted(page);
  await expectPinned(page, '#question-6');
  await expect(currentQuestion(page)).toHaveAttribute('data-question', '6');
  await page.reload();
  await readerPainted(page);
  await expectPinned(page, '#question-6');
  await expect(page).toHaveURL(/\/q\/6\?/);

  await page.goto('/read/demo/t/3');
  await expectPinned(page, '#turn-3');
  await page.reload();
  await expectPinned(page, '#turn-3');

  await page.goto('/read/demo/q/7');
  await expectPinned(page, '#question-7');
  await expect.poll(async () => (await storedPosition(page, 'demo'))?.question).toBe(7);
  await page.goto('/');
  await page.goto('/read/demo');
  await readerPainted(page);
  await expectPinned(page, '#question-7');
  await expect(currentQuestion(page)).toHaveAttribute('data-question', '7');
});

test('each view mode lays the languages out as named, keeps the place, and is kept in the address', async ({ page }) => {
  await page.goto('/read/demo/t/2');
  await expectPinned(page, '#turn-2');
  const pair = page.locator('[data-pair="2:0"]');
  const en = pair.locator('p[lang=en]');
  const zh = pair.locator('p[lang=zh-Hant]');
  const view = page.getByRole('radiogroup', { name: 'View' });

  await view.getByRole('radio', { name: 'Interleaved' }).check();
  await expect(page).toHaveURL(/\/t\/2\?view=interleaved$/);
  await expectPinned(page, '#turn-2');
  const enBox = await en.boundingBox();
  const zhBox = await zh.boundingBox();
  expect(zhBox && enBox && zhBox.y >= enBox.y + enBox.height - 1).toBe(true);
  await shot(page, SHOTS, 'e2e-05-interleaved');

  await view.getByRole('radio', { name: 'English only' }).check();
  await expect(page).toHaveURL(/view=en$/);
  await expect(en).toBeVisible();
  await expect(zh).toBeHidden();
  await shot(page, SHOTS, 'e2e-06-english');

  await view.getByRole('radio', { name: 'Chinese only' }).check();
  await expect(page).toHaveURL(/view=zh$/);
  await expect(en).toBeHidden();
  await expect(zh).toBeVisible();
  await expectPinned(page, '#turn-2');
  await shot(page, SHOTS, 'e2e-07-chinese', 'reader-chinese-only');

  // Remembered for the next call opened without a view in its address.
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
  await expect(page.locator('mark[aria-current="true"]')).toBeInViewport();
  // The name is in both languages of its pairs: moving on reaches a pair with a match on each side.
  const bothSides = () =>
    page.evaluate(() => {
      const pair = document.querySelector('mark[aria-current="true"]')?.closest('[data-pair]');
      return !!pair?.querySelector('[lang="en"] mark') && !!pair.querySelector('[lang="zh-Hant"] mark');
    });
  for (let presses = 0; presses < 10 && !(await bothSides()); presses += 1) await box.press('Enter');
  expect(await bothSides()).toBe(true);

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
  // Ctrl+F from the page reaches the same box (the browser's own find sees only what is near the screen).
  await page.locator('h1').click();
  await page.keyboard.press('Control+f');
  await expect(box).toBeFocused();
});

test('Simplified converts phrases, the disclaimer too, and is remembered on reload', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const toggle = page.getByRole('button', { name: /Simplified/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.disclaimer [lang="zh-Hans"]')).toContainText('使用警语');
  await page.goto('/read/demo/t/2');
  const simplified = page.locator('[data-transcript] p.para-zh');
  await expect(simplified.first()).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('[data-transcript]')).toContainText('人工智能');
  await expect(page.locator('[data-transcript]')).toContainText('软件');
  await expect(page.locator('[data-transcript]')).not.toContainText('人工智慧');
  await shot(page, SHOTS, 'e2e-09-simplified');
  await page.reload();
  await expect(page.getByRole('button', { name: /Simplified/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(simplified.first()).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('button', { name: /Simplified/ }).click();
  await expect(simplified.first()).toHaveAttribute('lang', 'zh-Hant');
});

test('phone: one bar row, the search opens over it, pairs stack and the navigation is a drawer', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto('/read/demo/q/2');
  await readerPainted(page);
  await expectPinned(page, '#question-2');
  await expect(qaIndex(page)).toBeHidden();
  const barHeight = await page.locator('[data-reader-bar]').evaluate((bar) => bar.getBoundingClientRect().height);
  expect(barHeight).toBeLessThanOrEqual(64);
  // The first pair on screen: its Chinese is under its English.
  const stacked = await page.evaluate(() => {
    const pair = [...document.querySelectorAll('.pair')].find((element) => element.getBoundingClientRect().top > 60);
    const en = pair?.querySelector('p[lang=en]')?.getBoundingClientRect();
    const zh = pair?.querySelector('p[lang=zh-Hant]')?.getBoundingClientRect();
    return !!en && !!zh && zh.top >= en.bottom - 1;
  });
  expect(stacked).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await shot(page, SHOTS, 'e2e-10-phone', 'reader-phone');

  // The way home and the display settings stay on screen while reading.
  await page.mouse.wheel(0, 2000);
  await expect(page.getByRole('link', { name: 'Duet home' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Display' })).toBeInViewport();

  const box = page.getByRole('search').getByRole('searchbox');
  await box.click();
  await page.keyboard.type('margin');
  await expect(page.getByRole('search').getByText(/^\d+ of \d+$/)).toBeVisible();
  await shot(page, SHOTS, 'e2e-10-phone-search');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(box).not.toBeFocused();

  const contents = page.getByRole('button', { name: 'Contents', exact: true });
  await contents.click();
  await expect(contents).toHaveAttribute('aria-expanded', 'true');
  await expect(qaIndex(page)).toBeInViewport();
  await shot(page, SHOTS, 'e2e-11-phone-drawer');
  await qaIndex(page)
    .getByRole('link', { name: /Question 5/ })
    .click();
  await expect(page).toHaveURL(/\/q\/5\?/);
  await expect(qaIndex(page)).toBeHidden();
  await expectPinned(page, '#question-5');

  await contents.click();
  await page.keyboard.press('Escape');
  await expect(qaIndex(page)).toBeHidden();
  await expect(contents).toBeFocused();

  // A window made wide while the drawer is open closes it: the navigation is then beside the text.
  await contents.click();
  await expect(contents).toHaveAttribute('aria-expanded', 'true');
  await page.setViewportSize({ width: 1280, height: 844 });
  await expect(page.locator('.reader')).toHaveAttribute('data-drawer', 'closed');
  await expect(qaIndex(page)).toBeVisible();
  await page.close();
});

test('dark mode follows the system and can be chosen; the interface speaks 繁體中文', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
  await page.goto('/read/demo/q/3');
  await expectPinned(page, '#question-3');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(18, 20, 23)');
  // "System" follows the system while the page is open.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  await page.getByRole('search').getByRole('searchbox').fill('margin');
  await expect(page.getByRole('search').getByText(/^\d+ of \d+$/)).toBeVisible();
  await page.getByRole('search').getByRole('searchbox').press('Enter');
  await expect(page.locator('mark[aria-current="true"]')).toBeInViewport();
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
  await openFile(page, 'quillfeather-q2.txt', readFileSync('test/fixtures/harbor-edge-cases.txt'));
  await page.getByText('1 line could not be paired').click();
  await page.getByRole('link', { name: 'Line 71' }).click();
  await expect(page).toHaveURL(/\/t\/\d+\?view=\w+#L71$/);
  await expectPinned(page, '#L71');
  await expect(page.locator('#L71').getByText('No translation in the file')).toBeVisible();
  await shot(page, SHOTS, 'e2e-14-unpaired-line');
});

test('"Only" one speaker: questions still say who asked, links and j move the page, and a hidden target shows everyone again', async ({
  page,
}) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const speakers = page.getByRole('navigation', { name: 'Speakers' });
  await speakers.getByRole('button', { name: 'Show only turns by Helen Park' }).click();
  await expect(page.getByText(/^Showing only/)).toHaveText('Showing only Helen Park');
  const shown = await page
    .locator('[data-transcript] article')
    .evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label')));
  expect(new Set(shown)).toEqual(new Set(['Helen Park']));
  // Question 4 is answered by Helen Park: its heading stays above her answer, and the link lands there.
  await qaIndex(page)
    .getByRole('link', { name: /Question 4\b/ })
    .click();
  await expect(page).toHaveURL(/\/q\/4\?/);
  await expectPinned(page, '#question-4');
  await expect(page.locator('#question-4')).toContainText('Gabriel Osei');
  await expect(page.getByText(/^Showing only/)).toBeVisible();
  // Question 5 has no turn of hers: j goes there, shows everyone again, and says so.
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/\/q\/5\?/);
  await expect(page.getByRole('status').filter({ hasText: 'everyone is shown again' })).toBeVisible();
  await expectPinned(page, '#question-5');
  await expect(page.getByText(/^Showing only/)).toHaveCount(0);
  await shot(page, SHOTS, 'e2e-16-revealed');
});

test('a speaker name with an unterminated right-to-left override does not reverse the interface after it', async ({ page }) => {
  const demo = readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8');
  const tricky = demo.replaceAll('Helen Park', 'Helen \u202EPark');
  await openFile(page, 'rtl-name.txt', Buffer.from(tricky));
  const speakers = page.getByRole('navigation', { name: 'Speakers' });
  const button = speakers.getByRole('button', { name: /Helen/ }).first();
  await expect(button).toBeVisible();
  // Every place the name appears inside interface text isolates it.
  const unisolated = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const bad: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes('\u202E')) continue;
      let element = node.parentElement;
      let isolated = false;
      while (element && !isolated) {
        const bidi = getComputedStyle(element).unicodeBidi;
        isolated =
          bidi === 'isolate' || bidi === 'isolate-override' || bidi === 'plaintext' || element.tagName === 'P' || element.tagName === 'H3';
        if (element.tagName === 'BUTTON' || element.tagName === 'A' || element.tagName === 'LI') break;
        element = element.parentElement;
      }
      if (!isolated) bad.push(node.parentElement?.outerHTML.slice(0, 120) ?? '');
    }
    return bad;
  });
  expect(unisolated).toEqual([]);
  await shot(page, SHOTS, 'e2e-15-rtl-name');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('no accessibility violations in the reader', async ({ page }) => {
      await page.goto('/read/demo/q/2');
      await expectPinned(page, '#question-2');
      await page.getByRole('search').getByRole('searchbox').fill('Lumen');
      await expect(page.getByRole('search').getByText(/of/)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

for (const shape of ['normal', 'many-turns', 'one-turn'] as const) {
  test(`a 3 MB call of shape "${shape}" opens with only what is near the screen in the page; deep links, search and the end work`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openFile(page, `${shape}.txt`, Buffer.from(generateLargeCall(3 * 1024 * 1024, shape)));
    const elements = () => page.evaluate(() => document.getElementsByTagName('*').length);
    // The reader, its navigation and the rows near the screen: a bounded page whatever the file's shape.
    expect(await elements()).toBeLessThan(6000);
    const read = (script: string) => page.evaluate(script);
    const base = pathOf(page);
    const questions = Number(await read(`document.querySelectorAll('.qa-link').length`));
    if (questions > 10) {
      await page.goto(`${base}/q/${questions - 3}`);
      await expectPinned(page, `#question-${questions - 3}`);
    }
    // The end of the call can be reached (sizes settle as rows are measured: End again until nothing moves).
    await expect
      .poll(async () => {
        await page.keyboard.press('End');
        return read(`Math.ceil(window.scrollY + innerHeight) >= document.documentElement.scrollHeight - 2`);
      })
      .toBe(true);
    const last = await read(`document.querySelector('[data-transcript] [data-pair]:last-of-type') !== null`);
    expect(last).toBe(true);
    expect(await elements()).toBeLessThan(6000);
    await page.keyboard.press('/');
    await page.keyboard.type('4%');
    await expect.poll(() => read(`document.querySelector('[role=search] output')?.textContent`)).toMatch(/^\d+ of \d+\+?$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        read(
          `(() => { const r = document.querySelector('mark[aria-current="true"]')?.getBoundingClientRect(); return !!r && r.top >= 0 && r.bottom <= innerHeight; })()`,
        ),
      )
      .toBe(true);
  });
}

const samples = existsSync(SAMPLES)
  ? readdirSync(SAMPLES)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];

test.describe('sample calls', () => {
  test.beforeEach(() => test.info().skip(samples.length === 0, 'no ../shared/samples folder on this machine'));

  // Without samples, one case that shows as skipped (a describe with no test would say nothing at all).
  for (const [index, name] of (samples.length > 0 ? samples : ['(no sample)']).entries()) {
    test(`sample ${index + 1}: opens, jumps, searches, survives reload`, async ({ page }) => {
      await openFile(page, `sample-${index + 1}.txt`, readFileSync(join(SAMPLES, name)));
      const links = qaIndex(page).getByRole('link');
      expect(await links.count()).toBeGreaterThan(3);
      await links.nth(2).click();
      await expect(page).toHaveURL(/\/q\/3\?/);
      await expectPinned(page, '#question-3');
      await page.keyboard.press('j');
      await expect(page).toHaveURL(/\/q\/4\?/);
      await expectPinned(page, '#question-4');
      await page.reload();
      await expectPinned(page, '#question-4');
      await page.keyboard.press('/');
      await page.keyboard.type('revenue');
      await expect(page.getByRole('search').getByText(/^\d+ of \d+$/)).toBeVisible();
      await shot(page, SHOTS, `e2e-sample-${index + 1}`);
    });
  }

  test('sample 1: Back after scrolling 4000 px and a jump to question 5 returns to the place scrolled to', async ({ page }) => {
    await openFile(page, 'sample-1.txt', readFileSync(join(SAMPLES, samples[0] ?? '')));
    await page.mouse.move(800, 420);
    for (let scrolled = 0; scrolled < 4000; scrolled += 500) await page.mouse.wheel(0, 500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
    await expect(page).toHaveURL(/\/(t|q)\/\d+\?/);
    const scrolledTo = pathOf(page);
    await qaIndex(page)
      .getByRole('link', { name: /Question 5\b/ })
      .click();
    await expectPinned(page, '#question-5');
    await page.goBack();
    await expect.poll(() => pathOf(page)).toBe(scrolledTo);
    // The page is back at the place the address names, and the index no longer marks question 5.
    const [, kind, n] = /\/(t|q)\/(\d+)$/.exec(scrolledTo) ?? [];
    await expectPinned(page, kind === 'q' ? `#question-${n}` : `#turn-${n}`);
    await expect(qaIndex(page).locator('[aria-current][data-question="5"]')).toHaveCount(0);
  });

  test('sample 2: with "Only" one company speaker, j and Q&A links move the page and questions stay labelled', async ({ page }) => {
    await openFile(page, 'sample-2.txt', readFileSync(join(SAMPLES, samples[1] ?? samples[0] ?? '')));
    const speakers = page.getByRole('navigation', { name: 'Speakers' });
    const company = speakers.getByRole('list').first();
    await company
      .getByRole('button', { name: /^Show only turns by/ })
      .first()
      .click();
    await expect(page.getByText(/^Showing only/)).toBeVisible();
    await qaIndex(page)
      .getByRole('link', { name: /Question 6\b/ })
      .click();
    await expect(page).toHaveURL(/\/q\/6\?/);
    await expectPinned(page, '#question-6');
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/\/q\/7\?/);
    await expectPinned(page, '#question-7');
    await expect(page.locator('.question-marker').first()).toBeVisible();
  });
});

test('the Display panel opens inside the window, on a phone as on a desktop', async ({ browser }) => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto('/read/demo');
    await readerPainted(page);
    await page.getByRole('button', { name: 'Display' }).click();
    const panel = page.locator('.settings-panel');
    await expect(panel.getByRole('button', { name: 'Back up library' })).toBeVisible();
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
    await context.close();
  }
});
