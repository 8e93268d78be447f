import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Turn } from '../../src/core/transcript-model.ts';
import { joinTurnBatches, turnBatches } from '../../src/workers/parse-protocol.ts';

function turn(index: number, paragraphs: number): Turn {
  return {
    speaker: `Speaker ${index}`,
    title: '',
    role: 'company',
    section: 'presentation',
    line: index,
    headerLines: [index, index],
    paragraphs: Array.from({ length: paragraphs }, (_, p) => ({ en: `e${index}.${p}`, zh: `中${index}.${p}`, line: p, zhLine: p })),
  };
}

test('a call cut into bounded messages comes back whole, whatever the shape of its turns', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 60 }), fc.integer({ min: 2, max: 30 }), (sizes, budget) => {
      const turns = sizes.map((size, index) => turn(index, size));
      const batches = turnBatches(turns, budget);
      for (const batch of batches) {
        const weight = batch.turns.length + batch.turns.reduce((sum, value) => sum + value.paragraphs.length, 0);
        expect(weight).toBeLessThanOrEqual(budget);
      }
      // As the page receives them: copies, joined in order.
      const joined: Turn[] = [];
      for (const batch of batches) joinTurnBatches(joined, structuredClone(batch));
      expect(joined).toEqual(turns);
    }),
  );
});

test('one turn of 60,000 pairs, or 100,000 tiny turns, never goes in one message', () => {
  expect(turnBatches([turn(0, 60_000)]).length).toBeGreaterThan(20);
  expect(turnBatches(Array.from({ length: 100_000 }, (_, index) => turn(index, 1))).length).toBeGreaterThan(70);
});
