import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe.ts';
import { readerPainted, screenshotsWanted } from './page-helpers.ts';
import { expect, test, type Page } from '@playwright/test';

/** Our fictional pair: the built-in demo (Lumen Harbor Q3 2026) and its previous quarter, a fixture written for this project. */
const q2 = readFileSync('test/fixtures/lumen-harbor-q2-2026.txt');
const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');
/** The real sample calls, read at run time only (never copied into the repository). */
const samples = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')) : [];
const SHOTS = 'test-results/across';

function txt(name: string, buffer: Buffer) {
  return { name, mimeType: 'text/plain', buffer };
}

/** Opens files through the start page's file input and waits until the library lists `count` calls. */
async function importFiles(page: Page, files: ReturnType<typeof txt>[], count: number) {
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(files);
  // One file opens in the reader; several are added to the library.
  if (files.length === 1) {
    await expect(page).toHaveURL(/\/read\//);
    await readerPainted(page);
    await page.goto('/');
  }
  await expect(libraryRows(page)).toHaveCount(count);
}

function libraryRows(page: Page) {
  return page.getByRole('region', { name: /Library/ }).getByRole('listitem');
}

/** With SHOTS=1 a whole-page screenshot (to look at); with UPDATE_SCREENSHOTS=1 also into docs/screenshots. */
async function shot(page: Page, folder: string, name: string, docsName?: string) {
  if (!screenshotsWanted()) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
  if (docsName && process.env.UPDATE_SCREENSHOTS === '1')
    await page.screenshot({ path: join('docs/screenshots', `${docsName}.png`), fullPage: true });
}

async function expectAxeClean(page: Page) {
  await expectNoAxeViolations(page, { include: ['main'] });
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('two quarters of one company: grouped in the library, key figures with their change, each linked to its sentence', async ({
  page,
}) => {
  await importFiles(page, [txt('lumen-harbor-q2-2026.txt', q2)], 2);
  const group = page.getByRole('region', { name: 'Lumen Harbor' });
  await expect(group.getByRole('listitem').nth(0)).toContainText('Lumen Harbor Q3 2026');
  await expect(group.getByRole('listitem').nth(1)).toContainText('Lumen Harbor Q2 2026');
  await expect(group.getByRole('listitem').nth(1)).toContainText('Call of Aug 6, 2026');
  await expect(page.getByText('Opened just now')).toHaveCount(0);
  await shot(page, SHOTS, 'library-light', 'library-by-company');
  await expectAxeClean(page);

  await group.getByRole('link', { name: 'Lumen Harbor', exact: true }).click();
  await expect(page).toHaveURL(/\/company\/lumen-harbor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lumen Harbor' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Key figures by quarter' });
  const revenue = table.getByRole('row', { name: /^Revenue\b/ }).first();
  await expect(revenue.getByRole('link', { name: /\$612 million in Q3 2026/ })).toHaveAttribute('href', /^\/read\/demo\/t\/\d+#s\d+$/);
  await expect(revenue.getByRole('link', { name: /\$583 million in Q2 2026/ })).toBeVisible();
  await expect(revenue).toContainText('+5.0% from Q2 2026');
  await expect(table.getByRole('row', { name: /Net expansion rate/ })).toContainText('+2.0 pts from Q2 2026');
  await expect(table.getByRole('row', { name: /^Revenue guidance/ }).first()).toContainText('$640 million to $648 million');
  await expect(page.getByRole('img', { name: /Revenue by quarter: Q2 2026 \$583M, Q3 2026 \$612M/ })).toBeVisible();
  await shot(page, SHOTS, 'company-light', 'company-page');
  await expectAxeClean(page);

  // The page is a deep link: a reload shows it again.
  await page.reload();
  await expect(revenue.getByRole('link', { name: /\$612 million in Q3 2026/ })).toBeVisible();

  // By keyboard: to the figure, Enter opens the reader at its sentence, lit.
  await revenue.getByRole('link', { name: /\$583 million in Q2 2026/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}\/t\/\d+(?:\?view=\w+)?#s\d+$/);
  await readerPainted(page);
  await expect(page.locator('.para-en .s-lit')).toContainText('$583 million');
});

test('people across calls: an analyst’s questions (a substitute marked), a company speaker’s answers; deep links survive a reload', async ({
  page,
}) => {
  await importFiles(page, [txt('lumen-harbor-q2-2026.txt', q2)], 2);
  await page.getByRole('combobox', { name: 'Analyst' }).selectOption({ label: 'Priya Natarajan' });
  await expect(page).toHaveURL(/\?analyst=priya-natarajan$/);
  await expect(libraryRows(page)).toHaveCount(2);
  await page.getByRole('link', { name: 'Questions of Priya Natarajan' }).click();

  await expect(page).toHaveURL(/\/analyst\/priya-natarajan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Natarajan' })).toBeVisible();
  await expect(page.getByText('Firm: Kestrel Securities')).toBeVisible();
  const q3 = page.getByRole('heading', { level: 3, name: /Q3 2026/ });
  await expect(q3).toBeVisible();
  await expect(page.getByText('Asked by Owen, standing in')).toHaveCount(1);
  await expect(page.getByText('Dana, are tariffs lengthening sales cycles in any of your verticals?')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Asked by Owen, standing in')).toBeVisible();
  await shot(page, SHOTS, 'analyst-light', 'analyst-page');
  await expectAxeClean(page);

  await page.getByRole('link', { name: 'Dana K. Whitfield' }).first().click();
  await expect(page).toHaveURL(/\/speaker\/dana-whitfield$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana K. Whitfield' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Prepared remarks' })).toHaveCount(2);
  await expect(page.getByText('We have not seen it yet, but we are watching consumer electronics closely.')).toBeVisible();
  await expectAxeClean(page);

  await page.goto('/speaker/rafael-ortiz');
  await expect(page.getByText('About half of it came from Lumen Route, and the rest from customers adding Dockside.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('About half of it came from Lumen Route, and the rest from customers adding Dockside.')).toBeVisible();
  await shot(page, SHOTS, 'speaker-light', 'speaker-page');
  await page.getByRole('link', { name: 'Tom Becker' }).first().click();
  await expect(page).toHaveURL(/\/analyst\/thomas-becker$/);
  await expect(page.getByRole('link', { name: /^Question \d+$/ })).toHaveCount(2);
  await page
    .getByRole('link', { name: /^Question \d+$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/read\/demo\/q\/\d+(?:\?view=\w+)?$/);

  await page.goto('/analyst/nobody-like-this');
  await expect(page.getByRole('heading', { name: 'No call in your library names this person.' })).toBeVisible();
});

for (const colorScheme of ['dark', 'light'] as const) {
  test(`company and people pages on a 360 px phone in ${colorScheme}: no sideways scroll, axe clean`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
    const page = await context.newPage();
    await importFiles(page, [txt('lumen-harbor-q2-2026.txt', q2)], 2);
    await noSidewaysScroll(page);
    await shot(page, SHOTS, `library-phone-${colorScheme}`, colorScheme === 'light' ? 'library-by-company-phone' : undefined);
    await page.goto('/company/lumen-harbor');
    await expect(page.getByRole('link', { name: /\$612 million in Q3 2026/ })).toBeVisible();
    await noSidewaysScroll(page);
    await shot(page, SHOTS, `company-phone-${colorScheme}`, colorScheme === 'light' ? 'company-page-phone' : undefined);
    await expectAxeClean(page);
    await page.goto('/speaker/dana-whitfield');
    await expect(page.getByRole('heading', { level: 1, name: 'Dana K. Whitfield' })).toBeVisible();
    await noSidewaysScroll(page);
    await expectAxeClean(page);
    if (colorScheme === 'dark') {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/company/lumen-harbor');
      await expect(page.getByRole('link', { name: /\$612 million in Q3 2026/ })).toBeVisible();
      await shot(page, SHOTS, 'company-dark', 'company-page-dark');
      await expectAxeClean(page);
    }
    await context.close();
  });
}

test('the sample calls: grouped under Twilio, Q4 2023 first; key figures of both linked to their sentences; one analyst page for both questions', async ({
  page,
}) => {
  test.info().skip(samples.length < 2, 'the sample calls (../shared/samples) are not on this machine');
  await importFiles(
    page,
    samples.map((name) => txt(name, readFileSync(join(SAMPLES, name)))),
    samples.length + 1,
  );
  const twilio = page.getByRole('region', { name: 'Twilio' });
  await expect(twilio.getByRole('listitem').nth(0)).toContainText('Twilio Q4 2023');
  await expect(twilio.getByRole('listitem').nth(1)).toContainText('Twilio Q4 2022');
  await shot(page, SHOTS, 'library-samples');

  await twilio.getByRole('link', { name: 'Twilio', exact: true }).click();
  await expect(page).toHaveURL(/\/company\/twilio$/);
  const table = page.getByRole('table', { name: 'Key figures by quarter' });
  const revenue = table.getByRole('link', { name: /\$1\.076 billion in Q4 2023/ });
  await expect(revenue).toHaveAttribute('href', /^\/read\/[0-9a-f]{16}\/t\/\d+#s\d+$/);
  const guide = table
    .getByRole('row', { name: /Operating income guidance/ })
    .getByRole('link', { name: /\$250 million to \$350 million in Q4 2022/ });
  await expect(guide).toHaveAttribute('href', /^\/read\/[0-9a-f]{16}\/t\/\d+#s\d+$/);
  await expectAxeClean(page);
  // By keyboard (a pointer resting over the reader would light the sentence under it instead).
  await guide.focus();
  await page.keyboard.press('Enter');
  await readerPainted(page);
  await expect(page.locator('.para-en .s-lit')).toContainText('$250 million to $350 million of non-GAAP operating profit');
  await page.goBack();
  await revenue.focus();
  await page.keyboard.press('Enter');
  await readerPainted(page);
  await expect(page.locator('.para-en .s-lit')).toContainText('Fourth quarter revenue was $1.076 billion');

  await page.goto('/analyst/meta-marshall');
  await expect(page.getByRole('heading', { level: 1, name: 'Meta Marshall' })).toBeVisible();
  await expect(page.getByText('Firm: Morgan Stanley')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([/Q4 2023/, /Q4 2022/]);
  await expect(page.getByRole('link', { name: /^Question \d+$/ })).toHaveCount(2);
  await expectAxeClean(page);
});
