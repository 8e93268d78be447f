// Testing Library and its matchers for the component tests (jsdom) only: the pure tests (environment node, most
// files) need neither, and loading them into each of those files was a tenth of the unit run.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { configure } = await import('@testing-library/dom');
  // A busy machine makes everything slower, never different: Testing Library's findBy/waitFor wait for state up to
  // 15 s (not the default 1 s), and each test has 60 s (vite.config.ts). No test asserts on speed (`npm run bench`).
  configure({ asyncUtilTimeout: 15_000 });
}

export {};
