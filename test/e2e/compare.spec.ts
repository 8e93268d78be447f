import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe.ts';
import { openFile, readerPainted, shot } from './page-helpers.ts';
import { expect, test, type Page } from '@playwright/test';

const SAMPLES = '../shared/samples';
const SHOTS = 'test-results/compare-shots';
/** Our own fictional call: a second quarter of Lumen Harbor, the company of the demo call (Q3 2026). */
const FIXTURE_Q2 = 'test/fixtures/lumen-harbor-q2-2026.txt';

/** The sample calls, read at run time (never copied into the repository). */
function sampleFiles(): { name: string; buffer: Buffer }[] {
  if (!existsSync(SAMPLES)) return [];
  return readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, buffer: readFileSync(join(SAMPLES, name)) }));
}

/** Opens a call through the start page's file input (it is added to the library) and returns its id. */
async function importCall(page: Page, name: string, buffer: Buffer): Promise<string> {
  await openFile(page, name, buffer);
  return /\/read\/([0-9a-f]{16})/.exec(page.url())?.[1] ?? '';
}

function compareNav(page: Page) {
  return page.getByRole('navigation', { name: 'Compare with' });
}

function topicGroup(page: Page, name: string) {
  return page.getByRole('region', { name });
}

test('Q4 2023 against Q4 2022 of the samples: remarks by role, who asked about what in each quarter', async ({ page }) => {
  const files = sampleFiles();
  test.info().skip(files.length < 2, 'the sample calls (../shared/samples) are not on this machine');
  // Open each call once (so both are in the library), noting which is which by the reader's title.
  const byTitle = new Map<string, string>();
  for (const file of files) {
    const id = await importCall(page, file.name, file.buffer);
    byTitle.set(await page.title(), id);
  }
  const olderId = [...byTitle].find(([title]) => title.includes('2022'))?.[1];
  expect(olderId).toBeTruthy();
  // Start from the older call: the page still puts the later quarter first.
  await page.goto(`/read/${olderId ?? ''}`);
  await readerPainted(page);

  // From the reader: "Compare with" lists the other Twilio call.
  const nav = compareNav(page);
  await expect(nav.getByRole('link', { name: /Q4 2023/ })).toBeVisible();
  await nav.getByRole('link', { name: /Q4 2023/ }).click();
  await expect(page).toHaveURL(/\/compare\/[0-9a-f]{16}\/[0-9a-f]{16}/);

  // The later call is this quarter, whichever call the comparison started from.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twilio: Q4 2023 against Q4 2022');
  // Key figures of both quarters in one table, each linked to its sentence.
  const figures = page.getByRole('table', { name: 'Key figures' });
  const revenue = figures.getByRole('row', { name: /^Revenue quarter/ });
  await expect(revenue.getByRole('cell').nth(0)).toContainText('$1.076 billion');
  const guide = figures.getByRole('row', { name: /^Operating income guidance · year/ });
  await expect(guide.getByRole('cell').nth(1)).toContainText('$250 million to $350 million');

  // Prepared remarks by role: the new CEO against the old one, side by side.
  const ceo = page.locator('.compare-role').filter({ has: page.getByRole('heading', { name: /Chief executive/ }) });
  await expect(ceo.locator('.compare-column').nth(0)).toContainText('Khozema Z. Shipchandler');
  await expect(ceo.locator('.compare-column').nth(1)).toContainText('Jeffrey Lawson');

  // Topics: crypto is new this quarter, with the analysts who asked; each name opens the question's place.
  const fresh = topicGroup(page, 'New this quarter');
  const crypto = fresh.getByRole('listitem').filter({ has: page.locator('.topic-term', { hasText: /^crypto$/ }) });
  await expect(crypto).toContainText('Mark Ronald Murphy');
  await expect(topicGroup(page, 'Not asked again').getByRole('listitem').first()).toContainText('Q4 2022');
  // A topic of both calls names who asked in each quarter.
  const both = page.locator('.topic-group-more, .topic-group-fewer').getByRole('listitem').first();
  await expect(both.locator('.topic-askers')).toHaveCount(2);
  await expect(both.locator('.topic-askers').nth(0)).toContainText('Q4 2023');
  await expect(both.locator('.topic-askers').nth(1)).toContainText('Q4 2022');
  await expect(both.locator('.topic-askers').nth(1).getByRole('link').first()).toHaveAttribute(
    'href',
    new RegExp(`^/read/${olderId ?? ''}/t/\\d+#L\\d+$`),
  );
  await shot(page, SHOTS, 'samples-light');
  await page.getByRole('table', { name: 'Key figures' }).scrollIntoViewIfNeeded();
  await shot(page, SHOTS, 'samples-figures');
  await page.getByRole('heading', { name: 'What analysts asked about' }).evaluate((element) => element.scrollIntoView());
  await shot(page, SHOTS, 'samples-topics');

  // A reload shows the same page (the address is the page).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twilio: Q4 2023 against Q4 2022');

  await crypto.getByRole('link', { name: /Mark Ronald Murphy/ }).click();
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}\/t\/\d+(\?[^#]*)?#L\d+$/);
  await readerPainted(page);
  const line = /#L(\d+)$/.exec(page.url())?.[1];
  await expect(page.locator(`#L${line ?? ''}`)).toContainText(/crypto/i);
});

test('our own calls: the demo (Q3 2026) against a second quarter of Lumen Harbor, from the reader, axe clean', async ({ page }) => {
  test.info().skip(!existsSync(FIXTURE_Q2), 'the second Lumen Harbor quarter is not in test/fixtures');
  await importCall(page, 'lumen-harbor-q2-2026.txt', readFileSync(FIXTURE_Q2));
  // The demo call is built in (importing its file opens the demo itself).
  await page.goto('/read/demo');
  await readerPainted(page);
  await expect(compareNav(page)).toBeVisible();
  await shot(page, SHOTS, 'reader-compare-with');
  await compareNav(page)
    .getByRole('link', { name: /Q2 2026/ })
    .click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lumen Harbor: Q3 2026 against Q2 2026');
  const revenue = page.getByRole('table', { name: 'Key figures' }).getByRole('row', { name: /^Revenue quarter/ });
  await expect(revenue.getByRole('cell').nth(0)).toContainText('$612 million');
  await expect(revenue.getByRole('cell').nth(1)).toContainText('$583 million');
  await expect(revenue.getByRole('cell').nth(2)).toHaveText('+5%');
  // A figure opens the sentence it came from.
  await expect(revenue.getByRole('link', { name: /\$612 million/ })).toHaveAttribute('href', /^\/read\/demo\/t\/\d+#s\d+$/);
  const cfo = page.locator('.compare-role').filter({ has: page.getByRole('heading', { name: /Chief financial officer/ }) });
  await expect(cfo.locator('.compare-column')).toHaveCount(2);
  await expect(cfo.locator('.compare-column').nth(0)).toContainText('Rafael Ortiz');
  await expect(cfo.locator('.compare-column').nth(1)).toContainText('Rafael Ortiz');
  await expect(topicGroup(page, 'New this quarter').getByRole('listitem').first()).toBeVisible();

  await shot(page, SHOTS, 'lumen-light', 'compare-light');

  // The text language: English only hides the Chinese, and the address keeps the choice.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page).toHaveURL(/[?&]text=en/);
  await expect(cfo.locator('.compare-column').nth(0).locator('p[lang="zh-Hant"]')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Both' }).check();
  await expect(cfo.locator('.compare-column').nth(0).locator('p[lang="zh-Hant"]').first()).toBeVisible();

  // Keyboard: the paragraphs beyond the first open from their disclosure.
  const more = cfo.locator('.compare-column').nth(0).locator('summary');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(cfo.locator('.compare-column').nth(0).locator('details')).toHaveAttribute('open', '');

  await expectNoAxeViolations(page);
});

/** Imports the second Lumen Harbor quarter and opens the compare page by its address alone. */
async function openLumenComparison(page: Page) {
  const id = await importCall(page, 'lumen-harbor-q2-2026.txt', readFileSync(FIXTURE_Q2));
  // The older call first in the address: the later one is still "this quarter".
  await page.goto(`/compare/${id}/demo`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lumen Harbor: Q3 2026 against Q2 2026');
}

test('the compare page by its address, in Chinese, axe clean', async ({ page }) => {
  test.info().skip(!existsSync(FIXTURE_Q2), 'the second Lumen Harbor quarter is not in test/fixtures');
  await openLumenComparison(page);

  // Interface in Chinese.
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: '繁體中文' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: '本季新出現' })).toBeVisible();
  await shot(page, SHOTS, 'lumen-zh');
  await expectNoAxeViolations(page);
});

test('the compare page in the dark theme, axe clean', async ({ page }) => {
  test.info().skip(!existsSync(FIXTURE_Q2), 'the second Lumen Harbor quarter is not in test/fixtures');
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLumenComparison(page);
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  await expectNoAxeViolations(page);
  await shot(page, SHOTS, 'lumen-dark', 'compare-dark');
});

test('the compare page on a 360 px phone: columns stack, nothing overflows, axe clean', async ({ page }) => {
  test.info().skip(!existsSync(FIXTURE_Q2), 'the second Lumen Harbor quarter is not in test/fixtures');
  await page.setViewportSize({ width: 360, height: 780 });
  await openLumenComparison(page);
  const cards = page.locator('.compare-call');
  const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
  expect(second?.y ?? 0).toBeGreaterThan((first?.y ?? 0) + (first?.height ?? 0) - 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await shot(page, SHOTS, 'lumen-phone', 'compare-phone');
  await page.getByRole('table', { name: 'Key figures' }).evaluate((element) => element.scrollIntoView());
  await shot(page, SHOTS, 'lumen-phone-figures');
  await page
    .locator('.compare-role')
    .first()
    .evaluate((element) => element.scrollIntoView());
  await shot(page, SHOTS, 'lumen-phone-remarks');
});

test('a compare address naming a call that is not in the library says so in plain words', async ({ page }) => {
  await page.goto('/compare/demo/0123456789abcdef');
  await expect(page.getByRole('alert')).toContainText('not in your library');
});
