#!/usr/bin/env node
/**
 * Renders the app's icons (public/icons/*.svg, drawn by hand for this project) to the PNG sizes the web app
 * manifest lists, with the system Chromium. Run after changing an icon: `node scripts/make-icons.mjs`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/e2e/browser.ts';

const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
];
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const [source, target, size] of jobs) {
  const svg = readFileSync(`public/icons/${source}`, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: `public/icons/${target}`, omitBackground: true });
}
await browser.close();
