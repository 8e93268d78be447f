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
    'closing',
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

/** A short call whose Q&A ends as calls usually end: the operator hands back, the company closes, the operator signs off. */
function callWithClosing(...ending: string[][]): string {
  return fileText(
    header('Operator'),
    pair('Welcome to the Northstar Devices Second Quarter 2025 Earnings Call.', '歡迎參加北辰設備 2025 年第二季財報電話會議。'),
    header('Ana Ruiz - CEO'),
    pair('Revenue grew 12%.', '營收成長 12%。'),
    header('Operator'),
    pair(
      'Your final question comes from the line of Lee Chang with Harbor Lane Capital.',
      '您的最後一個問題來自 Harbor Lane Capital 的 Lee Chang。',
    ),
    ...ending,
  );
}

const CLOSING = [
  header('Operator'),
  pair(
    "There are no further questions at this time. I'll now turn the call back over to Ana Ruiz for closing remarks.",
    '目前沒有其他問題。現在我將把電話轉回給 Ana Ruiz 做總結發言。',
  ),
  header('Ana Ruiz - CEO'),
  pair('Thank you all for joining us. We look forward to speaking with you next quarter.', '感謝大家的參與。我們期待下一季再與您交流。'),
  header('Tom Reyes - CFO'),
  pair('And thanks to our teams around the world.', '也感謝我們世界各地的團隊。'),
  header('Operator'),
  pair("That concludes today's call. You may now disconnect.", '今天的電話會議到此結束。現在您可以斷開連線。'),
].flat();

test('the end of Q&A is marked: the hand-back, the company closing turns and the sign-off are the closing, outside any question', () => {
  const transcript = parseTranscript(
    callWithClosing(
      header('Lee W. Chang - VP'),
      pair('How should we think about margins?', '我們該如何看待利潤率?'),
      header('Ana Ruiz - CEO'),
      pair('Margins expanded 150 basis points.', '利潤率擴大了 150 個基點。'),
      CLOSING,
    ),
  );
  expect(transcript.turns.map((turn) => [turn.speaker, turn.section])).toEqual([
    ['Operator', 'presentation'],
    ['Ana Ruiz', 'presentation'],
    ['Operator', 'qa'],
    ['Lee W. Chang', 'qa'],
    ['Ana Ruiz', 'qa'],
    ['Operator', 'closing'],
    ['Ana Ruiz', 'closing'],
    ['Tom Reyes', 'closing'],
    ['Operator', 'closing'],
  ]);
  expect(transcript.questions).toEqual([expect.objectContaining({ n: 1, turns: [3, 4], answeredBy: ['Ana Ruiz'] })]);
  expect(transcript.turns[7]?.role).toBe('company');
});

test('when the last analyst never speaks, the closing remarks do not become their question or its answer', () => {
  const transcript = parseTranscript(
    callWithClosing(header('Operator'), pair('It appears Lee has dropped from the queue.', '看來 Lee 已經離開了佇列。'), CLOSING),
  );
  expect(transcript.turns.map((turn) => turn.section)).toEqual([
    'presentation',
    'presentation',
    'qa',
    'qa',
    'closing',
    'closing',
    'closing',
    'closing',
  ]);
  expect(transcript.questions).toEqual([expect.objectContaining({ n: 1, asker: 'Lee Chang', turn: 2, turns: [], answeredBy: [] })]);
  // Tom Reyes only spoke in the closing: he is company, not the analyst who "asked".
  expect(transcript.turns.find((turn) => turn.speaker === 'Tom Reyes')?.role).toBe('company');
});

test('"no further questions" before another introduction does not end the Q&A', () => {
  const transcript = parseTranscript(
    callWithClosing(
      header('Lee W. Chang - VP'),
      pair('How should we think about margins?', '我們該如何看待利潤率?'),
      header('Ana Ruiz - CEO'),
      pair('Margins expanded.', '利潤率擴大了。'),
      header('Operator'),
      pair('We have no further questions on the phone lines.', '電話線上沒有其他問題了。'),
      header('Operator'),
      pair('We have one more question from Mia Holt with Kestrel Securities.', '我們還有一個來自 Kestrel Securities 的 Mia Holt 的問題。'),
      header('Mia Holt - Analyst'),
      pair('What about demand?', '需求怎麼樣?'),
      header('Ana Ruiz - CEO'),
      pair('Demand is healthy.', '需求健康。'),
      CLOSING,
    ),
  );
  expect(transcript.turns.map((turn) => turn.section).join(' ')).toBe(
    `presentation presentation ${'qa '.repeat(7)}closing closing closing closing`,
  );
  expect(transcript.questions.map((question) => [question.introducedAs, question.turns])).toEqual([
    ['Lee Chang', [3, 4]],
    ['Mia Holt', [7, 8]],
  ]);
});

test('a call without Q&A has no closing section', () => {
  const transcript = parseTranscript(
    fileText(
      header('Operator'),
      pair('Welcome to the Northstar Devices Investor Day.', '歡迎參加北辰設備投資人日。'),
      header('Ana Ruiz - CEO'),
      pair('Thank you for joining.', '感謝您的參與。'),
      header('Operator'),
      pair("That concludes today's call. You may now disconnect.", '今天的電話會議到此結束。現在您可以斷開連線。'),
    ),
  );
  expect(transcript.turns.map((turn) => turn.section)).toEqual(['presentation', 'presentation', 'presentation']);
});
