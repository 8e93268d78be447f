import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/browser.ts';

const port = Number(process.env.DUET_E2E_PORT ?? 4319);

/** Browser tests: the built app served by `vite preview`, driven in Debian's headless Chromium. */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // One retry absorbs a rare timing flake on a loaded 2-core machine; `npm test` reports any flaky test by name.
  retries: 1,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
    screenshot: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
