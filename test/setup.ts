import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// A busy machine makes everything slower, never different: Testing Library's findBy/waitFor wait for state up to
// 15 s (not the default 1 s), and each test has 60 s (vite.config.ts). No test asserts on speed (`npm run bench`).
configure({ asyncUtilTimeout: 15_000 });
