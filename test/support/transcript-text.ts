/** Builders for small transcripts written inline in tests (our own text, in the files' format). */

/** A speaker header, written twice as in the files. */
export function header(name: string): string[] {
  return [name, name];
}

/** A paragraph pair: English line, then its Chinese line. */
export function pair(en: string, zh: string): string[] {
  return [en, zh];
}

/** Joins lines into file text with LF endings. */
export function fileText(...groups: string[][]): string {
  return groups.flat().join('\n');
}

export const DISCLAIMER = '使用警語:中文譯文來源為 Google 翻譯,僅供參考,實際內容請以英文原文為主';

/** A small but complete call: welcome, one presenter, two questions (one by a substitute). */
export function smallCall(): string {
  return fileText(
    ['北辰科技公布第二季營收成長。', '公司預計下半年持續改善。'],
    [DISCLAIMER],
    header('Operator'),
    pair(
      'Good day, and welcome to the Northstar Devices Second Quarter 2025 Earnings Conference Call. (Operator Instructions) I will now turn the call over to Ana Ruiz, Chief Executive Officer.',
      '美好的一天,歡迎參加北辰設備 2025 年第二季財報電話會議。 (操作員說明)我現在將電話轉給執行長 Ana Ruiz。',
    ),
    header('Ana Ruiz - CEO'),
    pair('Thank you. Revenue grew 12% to $310 million.', '謝謝。營收成長 12%,達到 3.1 億美元。'),
    pair('With that, we will take questions.', '接下來,我們將回答問題。'),
    header('Operator'),
    pair(
      '(Operator Instructions) Your first question comes from the line of Lee Chang with Harbor Lane Capital.',
      '(操作員說明)您的第一個問題來自 Harbor Lane Capital 的 Lee Chang。',
    ),
    header('Lee W. Chang - VP'),
    pair('How should we think about margins?', '我們該如何看待利潤率?'),
    header('Ana Ruiz - CEO'),
    pair('Margins expanded 150 basis points.', '利潤率擴大了 150 個基點。'),
    header('Tom Reyes - CFO'),
    pair('And we expect more in the second half.', '我們預計下半年會有更多。'),
    header('Lee W. Chang - VP'),
    pair('Thanks. A quick follow-up on pricing?', '謝謝。關於定價的快速跟進?'),
    header('Tom Reyes - CFO'),
    pair('Pricing is stable.', '定價穩定。'),
    header('Operator'),
    pair(
      'Your next question comes from the line of Mia Holt of Kestrel Securities.',
      '您的下一個問題來自 Kestrel Securities 的 Mia Holt。',
    ),
    header('Unidentified Analyst'),
    pair('Hi, this is Sam on for Mia Holt. What about demand?', '嗨,我是代替 Mia Holt 的 Sam。需求怎麼樣?'),
    header('Ana Ruiz - CEO'),
    pair('Demand is healthy.', '需求健康。'),
    header('Operator'),
    pair("That concludes today's call. You may now disconnect.", '今天的電話會議到此結束。現在您可以斷開連線。'),
  );
}
