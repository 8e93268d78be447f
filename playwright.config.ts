import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/browser.ts';

const port = Number(process.env.DUET_E2E_PORT ?? 4319);
/** The built app to serve; `npm test` builds it there (several checkouts on one machine can each use their own). */
const dist = process.env.DUET_DIST ?? 'dist';

/** Browser tests: the built app served by `vite preview`, driven in Debian's headless Chromium. */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  // No retries: a test that fails once on a busy machine is a bug to fix (wait for state, never for time).
  retries: 0,
  // Generous, and no test asserts on speed (that is `npm run perf`): a busy machine only makes tests slower.
  // (Pages checked with axe in several states take a minute at a load of 15 on two cores.)
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
    // The built app registers a service worker (offline use); specs run without it, as on a first visit, except
    // test/e2e/offline.spec.ts, which allows it.
    serviceWorkers: 'block',
    screenshot: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
