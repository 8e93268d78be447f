import { expect, test } from 'vitest';
import { findSubstitute, matchIntroduction } from '../../src/core/detect-questions.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { fileText, header, pair, smallCall } from '../support/transcript-text.ts';

test.each([
  ['Your first question comes from the line of Lee Chang with Harbor Lane Capital.', 'Lee Chang', 'Harbor Lane Capital'],
  [
    '(Operator Instructions) Your first question comes from the line of Lee Chang with Harbor Lane Capital.',
    'Lee Chang',
    'Harbor Lane Capital',
  ],
  ['Your next question comes from the line of Mia Holt of Kestrel Securities.', 'Mia Holt', 'Kestrel Securities'],
  ['Your final question will come from the line of Ray Dunn of Osprey Partners.', 'Ray Dunn', 'Osprey Partners'],
  ['Our next question is from Jo Park with J.P. Morgan.', 'Jo Park', 'J.P. Morgan'],
  ['Your next question comes from the line of Ed Vale with Needham & Co.', 'Ed Vale', 'Needham & Co.'],
  ['The next question comes from Ann Lowe with Birch Bank, your line is open.', 'Ann Lowe', 'Birch Bank'],
  [
    'Thank you. Our next question comes from the line of Ian Moss from Larkspur Research. Please go ahead.',
    'Ian Moss',
    'Larkspur Research',
  ],
  ['We will take our next question from Dee Ford at Granite Peak Advisors.', 'Dee Ford', 'Granite Peak Advisors'],
])('introduction %#: %s', (text, name, firm) => {
  expect(matchIntroduction(text)).toEqual({ name, firm });
});

test.each([
  'Thank you. That concludes the question-and-answer session.',
  '(Operator Instructions) Please stand by while we compile the Q&A roster.',
  'I would now like to turn the call back over to Ana Ruiz for closing remarks.',
])('not an introduction: %s', (text) => {
  expect(matchIntroduction(text)).toBeNull();
});

test('a substitute analyst is found in the first words of their turn', () => {
  expect(findSubstitute('This is Quinn on for Jim Fisher. Maybe to start on pricing.')).toBe('Quinn');
  expect(findSubstitute('Hi, this is Sam on for Mia Holt. What about demand?')).toBe('Sam');
  expect(findSubstitute("Hey, it's Ravi Patel on for Karen Wu.")).toBe('Ravi Patel');
  expect(findSubstitute('Great. Maybe first a question on margins for Karen.')).toBeNull();
});

test('roles come from the structure: askers are analysts whatever their title, presenters and answerers are company', () => {
  const transcript = parseTranscript(smallCall());
  const roles = Object.fromEntries(transcript.turns.map((turn) => [turn.speaker, turn.role]));
  expect(roles).toEqual({
    Operator: 'operator',
    'Ana Ruiz': 'company',
    'Lee W. Chang': 'analyst',
    'Tom Reyes': 'company',
    'Unidentified Analyst': 'analyst',
  });
});

test('Q&A starts at the first introduction; each question records asker, firm, answerers and the exchange', () => {
  const transcript = parseTranscript(smallCall());
  expect(transcript.turns.map((turn) => turn.section)).toEqual([
    'presentation',
    'presentation',
    'qa',
    'qa',
    'qa',
    'qa',
    'qa',
    'qa',
    'qa',
    'qa',
    'qa',
    'qa',
  ]);
  expect(transcript.questions).toEqual([
    {
      n: 1,
      turn: 3,
      asker: 'Lee W. Chang',
      introducedAs: 'Lee Chang',
      firm: 'Harbor Lane Capital',
      answeredBy: ['Ana Ruiz', 'Tom Reyes'],
      turns: [3, 4, 5, 6, 7],
      introTurn: 2,
      substitute: null,
    },
    {
      n: 2,
      turn: 9,
      asker: 'Unidentified Analyst',
      introducedAs: 'Mia Holt',
      firm: 'Kestrel Securities',
      answeredBy: ['Ana Ruiz'],
      turns: [9, 10],
      introTurn: 8,
      substitute: 'Sam',
    },
  ]);
});

test('a presenter who speaks first after an introduction is not taken for the analyst', () => {
  const text = fileText(
    header('Operator'),
    pair('Welcome to the Northstar Devices Second Quarter 2025 Earnings Call.', '歡迎參加北辰設備 2025 年第二季財報電話會議。'),
    header('Ana Ruiz - CEO'),
    pair('Revenue grew.', '營收成長。'),
    header('Operator'),
    pair(
      'Your first question comes from the line of Lee Chang with Harbor Lane Capital.',
      '您的第一個問題來自 Harbor Lane Capital 的 Lee Chang。',
    ),
    header('Ana Ruiz - CEO'),
    pair('Operator, I think we lost Lee.', '接線員,我想我們失去了 Lee。'),
  );
  const transcript = parseTranscript(text);
  expect(transcript.turns[3]?.role).toBe('company');
  expect(transcript.questions[0]).toMatchObject({ asker: 'Lee Chang', turn: 2, answeredBy: ['Ana Ruiz'] });
});
