import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expectPinned, openFile, qaIndex, readerPainted, shot } from './page-helpers.ts';

/**
 * Sentence by sentence (issue 13): each English sentence and its Chinese partner light together (hover, keyboard,
 * tap), the partner shows in a popover in one-language views, the phone opens the English under the Chinese, and
 * a quote copies both languages with its citation and a sentence link that opens there.
 */

const SHOTS = '/tmp/shots-sentences';
const SAMPLES = '../shared/samples';

test.use({ viewport: { width: 1280, height: 800 } });

/** The text of the lit sentences, by language. */
async function lit(page: Page) {
  return page.evaluate(() => ({
    en: [...document.querySelectorAll('.para-en .s-lit')].map((element) => element.textContent?.trim() ?? ''),
    zh: [...document.querySelectorAll('.para-zh .s-lit')].map((element) => element.textContent?.trim() ?? ''),
  }));
}

const pairOf = (page: Page, key: string) => page.locator(`[data-pair="${key}"]`);

test('pointing at an English sentence lights exactly its Chinese sentence, and the keyboard does the same', async ({ page }) => {
  await page.goto('/read/demo/t/7');
  await expectPinned(page, '#turn-7');
  const pair = pairOf(page, '7:0');
  await pair.locator('.para-en .s').nth(1).hover();
  const pointed = await lit(page);
  expect(pointed.en).toHaveLength(1);
  expect(pointed.en[0]).toMatch(/^Sarah, it will be modestly dilutive/);
  expect(pointed.zh).toEqual([expect.stringMatching(/^莎拉,它在前幾個季度將對毛利率產生輕微的稀釋作用/)]);
  await shot(page, SHOTS, 'sentence-hover', 'reader-sentence');

  // Keyboard: the pair is a stop; → and ← move sentence by sentence, lighting each partner.
  await page.mouse.move(5, 5);
  await pair.focus();
  await page.keyboard.press('ArrowRight');
  expect((await lit(page)).en).toEqual(['Sure.']);
  expect((await lit(page)).zh).toEqual(['當然。']);
  await page.keyboard.press('ArrowRight');
  expect((await lit(page)).zh).toEqual([expect.stringMatching(/^莎拉/)]);
  await page.keyboard.press('ArrowLeft');
  expect((await lit(page)).en).toEqual(['Sure.']);
  // ↓ goes on to the next pair.
  await page.keyboard.press('ArrowDown');
  await expect(pairOf(page, '7:1')).toBeFocused();
  await page.keyboard.press('Escape');
});

test('a tap lights the sentence pair; on a phone the English opens under the Chinese without moving what is read', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/read/demo/t/7');
  await expectPinned(page, '#turn-7');
  const pair = pairOf(page, '7:0');
  await expect(pair.locator('.para-en')).toBeHidden();
  const top = await pair.evaluate((element) => element.getBoundingClientRect().top);
  await pair.locator('.para-zh .s').nth(1).tap();
  await expect(pair.locator('.para-en')).toBeVisible();
  expect(await pair.evaluate((element) => element.getBoundingClientRect().top)).toBeCloseTo(top, 0);
  const tapped = await lit(page);
  expect(tapped.en).toEqual([expect.stringMatching(/^Sarah, it will be modestly dilutive/)]);
  expect(tapped.zh).toHaveLength(1);
  await shot(page, SHOTS, 'phone-accordion', 'reader-phone-accordion');
  await pair.getByRole('button', { name: 'English' }).tap();
  await expect(pair.locator('.para-en')).toBeHidden();
  await context.close();
});

for (const [view, shown, other] of [
  ['en', 'para-en', 'Chinese'],
  ['zh', 'para-zh', 'English'],
] as const) {
  test(`in ${view === 'en' ? 'English' : 'Chinese'} only, a sentence shows its partner in a popover; Escape closes it`, async ({
    page,
  }) => {
    await page.goto(`/read/demo/t/7?view=${view}`);
    await expectPinned(page, '#turn-7');
    await pairOf(page, '7:0').locator(`.${shown} .s`).nth(1).click();
    const note = page.getByRole('note');
    await expect(note).toBeVisible();
    await expect(note).toContainText(other);
    await expect(note).toContainText(view === 'en' ? '莎拉,它在前幾個季度' : 'Sarah, it will be modestly dilutive');
    await shot(page, SHOTS, `popover-${view}`);
    await expectNoAxeViolations(page, { include: ['.sentence-popover'] });
    await page.keyboard.press('Escape');
    await expect(note).toHaveCount(0);
    // By keyboard: → to a sentence, Enter for its partner.
    await pairOf(page, '7:0').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('note')).toContainText(view === 'en' ? '當然。' : 'Sure.');
  });
}

test('Copy quote takes both languages with speaker, call and a sentence link that opens there, after a reload too', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/read/demo/t/7');
  await expectPinned(page, '#turn-7');
  const pair = pairOf(page, '7:0');
  await pair.locator('.para-en .s').nth(1).hover();
  await pair.getByRole('button', { name: 'Copy sentence', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quote copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('“Sarah, it will be modestly dilutive to gross margin');
  expect(copied).toContain('「莎拉,它在前幾個季度將對毛利率產生輕微的稀釋作用');
  expect(copied).toContain('— Rafael Ortiz, CFO · Lumen Harbor Q3 2026 earnings call');
  const link = /https?:\/\/\S+/.exec(copied)?.[0] ?? '';
  expect(link).toMatch(/\/read\/demo\/t\/7\?view=side#s2$/);

  await page.goto(link);
  await readerPainted(page);
  await expect(page.locator('.para-en .s-lit')).toHaveText(/^Sarah, it will be modestly dilutive/);
  await page.reload();
  await expect(page.locator('.para-en .s-lit')).toHaveText(/^Sarah, it will be modestly dilutive/);
  await expect(page.locator('.para-zh .s-lit')).toHaveText(/^莎拉/);

  // The whole pair, as Markdown: a block quote with a linked citation (Escape lets go of the lit sentence).
  await pair.focus();
  await page.keyboard.press('Escape');
  await pair.getByRole('button', { name: 'Copy quote (Markdown)' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^> Sure\. Sarah, it will be modestly dilutive/);
  expect(markdown).toContain('\n>\n> 當然。莎拉');
  expect(markdown).toMatch(
    /— Rafael Ortiz, CFO · \[Lumen Harbor Q3 2026 earnings call\]\(http:\/\/[^)]+\/read\/demo\/t\/7\?view=side#L\d+\)/,
  );

  // A selection that runs from the English into the Chinese copies the English only (no buttons, no badges).
  await page.evaluate(() => {
    const pairElement = document.querySelector('[data-pair="7:0"]');
    const en = pairElement?.querySelector('.para-en');
    const zh = pairElement?.querySelector('.para-zh');
    if (!en || !zh) throw new Error('no pair');
    const range = document.createRange();
    range.setStart(en.firstChild?.firstChild ?? en, 0);
    range.setEnd(zh.lastChild ?? zh, 0);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await page.keyboard.press('Control+c');
  const selected = await page.evaluate(() => navigator.clipboard.readText());
  expect(selected).toMatch(/^Sure\. Sarah, it will be modestly dilutive[^\u4e00-\u9fff]*margin\.$/);
  await context.close();
});

test('the Q&A index says what each question is about, in the language read', async ({ page }) => {
  await page.goto('/read/demo');
  await readerPainted(page);
  const second = qaIndex(page).getByRole('link', { name: /Question 2\b/ });
  await expect(second.locator('.qa-topic')).toHaveText(/^Rafael, I wanted to dig into the net retention number\.$/);
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Chinese only' }).check();
  await expect(second.locator('.qa-topic')).toHaveText(/^拉斐爾,我想深入研究一下淨留存率。/);
  await expect(second.locator('.qa-topic')).toHaveAttribute('lang', 'zh-Hant');
});

test('a link with ?find= opens with that search, its match current and on screen; the call ends with its closing remarks', async ({
  page,
}) => {
  await page.goto('/read/demo/t/9?view=side&find=retention#L60');
  await readerPainted(page);
  await expect(page.getByRole('search').getByRole('searchbox')).toHaveValue('retention');
  await expect(page.getByRole('search').getByText(/^\d+ of \d+$/)).toBeVisible();
  await expect(page.locator('mark[aria-current="true"]')).toBeInViewport();
  await page.keyboard.press('Escape');
  await page.locator('h1, [data-transcript]').first().click();
  await expect
    .poll(async () => {
      await page.keyboard.press('End');
      return page.evaluate(() => Math.ceil(window.scrollY + innerHeight) >= document.documentElement.scrollHeight - 2);
    })
    .toBe(true);
  await expect(page.getByRole('heading', { level: 2, name: 'Closing remarks' })).toBeVisible();
});

const samples = existsSync(SAMPLES)
  ? readdirSync(SAMPLES)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];

test.describe('sample calls', () => {
  test.beforeEach(() => test.info().skip(samples.length === 0, 'no ../shared/samples folder on this machine'));

  test('sample 1: hovering "Maybe just to touch on what you saw in 4Q" lights exactly its Chinese sentence', async ({ page }) => {
    await openFile(page, 'sample-1.txt', readFileSync(join(SAMPLES, samples[0] ?? '')));
    await page.keyboard.press('/');
    await page.keyboard.type('Maybe just to touch on what you saw in 4Q');
    await expect(page.getByRole('search').getByText(/^1 of 1$/)).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const sentence = page.locator('.para-en .s', { hasText: 'Maybe just to touch on what you saw in 4Q' });
    await sentence.hover();
    const pointed = await lit(page);
    expect(pointed.en).toHaveLength(1);
    expect(pointed.en[0]).toMatch(/^Maybe just to touch on what you saw in 4Q/);
    expect(pointed.zh).toHaveLength(1);
    // Its partner is the Chinese sentence at the same place among the pair's sentences.
    const partner = await sentence.evaluate((element) => {
      const link = element.getAttribute('data-link');
      return element.closest('.pair')?.querySelectorAll(`.para-zh [data-link="${link}"]`).length;
    });
    expect(partner).toBe(1);
    await shot(page, SHOTS, 'sample-1-sentence');
  });
});
