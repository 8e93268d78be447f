import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MAX_TRANSCRIPT_BYTES, PROGRESS_THRESHOLD_BYTES, WORKER_THRESHOLD_BYTES } from '../../src/features/library/api/size-limit.ts';

const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');

test('the README states the limits the code uses', () => {
  expect(readme).toContain(`Files up to ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB`);
  expect(readme).toContain(`files of ${WORKER_THRESHOLD_BYTES / 1024} KB or more are read in a Web Worker`);
  expect(readme).toContain(`files of ${PROGRESS_THRESHOLD_BYTES / 1024 / 1024} MB or more (and every download) show a progress bar`);
});
