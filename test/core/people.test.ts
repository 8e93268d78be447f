import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { analystQuestions, callPeople, companySlug, personKey, personSlug, speakerAnswers } from '../../src/core/people.ts';

const q3 = parseTranscript(readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8'));
const q2 = parseTranscript(readFileSync('test/fixtures/lumen-harbor-q2-2026.txt', 'utf8'));

test.each([
  ['Meta Marshall', 'Meta A. Marshall'],
  ['Will Power', 'William Verity Power'],
  ['Alex Zukin', 'Aleksandr J. Zukin'],
  ['Tom Becker', 'Thomas J. Becker'],
  ['José Núñez', 'Jose Nunez Jr.'],
])('%s and %s are one person', (a, b) => {
  expect(personKey(a)).toBe(personKey(b));
  expect(personSlug(a)).toBe(personSlug(b));
});

test('different people stay apart; slugs are address-safe', () => {
  expect(personKey('Meta Marshall')).not.toBe(personKey('Mark Marshall'));
  expect(personSlug('Meta A. Marshall')).toBe('meta-marshall');
  expect(companySlug('Lumen Harbor, Inc.')).toBe('lumen-harbor');
  expect(companySlug("Orca Labs'")).toBe('orca-labs');
  fc.assert(
    fc.property(fc.string(), (name) => {
      expect(personSlug(name)).toMatch(/^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?$/u);
      expect(companySlug(name)).toMatch(/^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?$/u);
    }),
  );
});

test('a call’s people: analysts as introduced with their firm, company speakers with their title', () => {
  const people = callPeople(q2);
  expect(people.analysts).toEqual([
    { name: 'Tom Becker', slug: 'thomas-becker', firm: 'Northgate Partners' },
    { name: 'Priya Natarajan', slug: 'priya-natarajan', firm: 'Kestrel Securities' },
  ]);
  expect(people.speakers.map((speaker) => [speaker.slug, speaker.title])).toEqual([
    ['marcus-lee', ''],
    ['dana-whitfield', 'CEO & Director'],
    ['rafael-ortiz', 'CFO'],
  ]);
});

test('a substitute is listed under the analyst they stood in for, and marked', () => {
  const question = analystQuestions(q3).find((entry) => entry.substitute);
  expect(question).toMatchObject({
    analyst: { name: 'Priya Natarajan', slug: 'priya-natarajan', firm: 'Kestrel Securities' },
    askedBy: 'Owen',
  });
  const own = analystQuestions(q2).find((entry) => entry.analyst.slug === 'priya-natarajan');
  expect(own).toMatchObject({
    substitute: false,
    askedBy: 'Priya Natarajan',
    opening: 'Dana, are tariffs lengthening sales cycles in any of your verticals?',
  });
});

test('the question’s opening skips pleasantries; who answered, by slug', () => {
  const [first] = analystQuestions(q2);
  expect(first?.opening).toBe('Rafael, how much of the net retention improvement came from Lumen Route consumption?');
  expect(first?.answeredBy).toEqual([{ name: 'Rafael Ortiz', slug: 'rafael-ortiz' }]);
});

test('a speaker’s answers in a call, and their prepared remarks', () => {
  const rafael = speakerAnswers(q2, 'rafael-ortiz');
  expect(rafael.speaker?.title).toBe('CFO');
  expect(rafael.remarksTurn).toBe(3);
  expect(rafael.answers.map((answer) => [answer.n, answer.analyst.name, answer.opening])).toEqual([
    [1, 'Tom Becker', 'About half of it came from Lumen Route, and the rest from customers adding Dockside.'],
  ]);
  expect(speakerAnswers(q2, 'nobody-here')).toEqual({ speaker: null, remarksTurn: null, answers: [] });
});
