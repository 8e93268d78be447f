import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { questionTopic } from '../../src/features/qa-index/utils/question-topic.ts';

const demo = readTranscript(new Uint8Array(readFileSync('public/demo/lumen-harbor-q3-2026.txt')));

test('a question is summed up by its first real sentence, past greetings and thanks, in the language read', () => {
  for (const question of demo.questions) {
    const english = questionTopic(demo, question, 'en');
    const chinese = questionTopic(demo, question, 'zh');
    expect(english, `question ${question.n}`).not.toBeNull();
    expect(english).not.toMatch(/^(?:thanks|thank you|hi|great)\b/i);
    expect(english?.length).toBeLessThanOrEqual(140);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    // The sentence is the asker's own words, from their first turn.
    const words = demo.turns[question.turn]?.paragraphs.map((pair) => pair.en ?? '').join(' ') ?? '';
    expect(words).toContain((english ?? '').replace(/…$/, ''));
  }
});

test('a question whose analyst never spoke has no topic', () => {
  const question = demo.questions[0];
  if (!question) throw new Error('the demo has questions');
  expect(questionTopic(demo, { ...question, asker: 'Nobody Here' }, 'en')).toBeNull();
});
