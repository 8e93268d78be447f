import { expect, test } from 'vitest';
import { firstSliceEnd } from '../../src/features/reader/utils/transcript-places.ts';

test('the first render fills the asked height from the top of the call', () => {
  const heights = [300, 300, 300, 300, 300, 300];
  expect(firstSliceEnd(heights, 0, 700)).toBe(3);
  expect(firstSliceEnd(heights, 0, 600)).toBe(2);
  expect(firstSliceEnd(heights, 0, 10_000)).toBe(6);
});

test('a deep link renders every turn up to its target, then fills the screen after it', () => {
  const heights = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
  expect(firstSliceEnd(heights, 6, 250)).toBe(9);
  expect(firstSliceEnd(heights, 9, 250)).toBe(10);
});

test('the target turn is always rendered, however tall, and an out-of-range target stays within the call', () => {
  expect(firstSliceEnd([5000, 100], 0, 800)).toBe(1);
  expect(firstSliceEnd([100, 100], 7, 800)).toBe(2);
  expect(firstSliceEnd([], 0, 800)).toBe(0);
});
