/**
 * The kinds of check added for the machine translation's real mistakes (issue 14): each result says what the
 * English says and what the Chinese says, with spans into the pair's strings, and reads as a plain sentence.
 * Fixtures are our own, about fictional companies.
 */
import { expect, test } from 'vitest';
import { describeCheck } from '../../src/core/describe-check.ts';
import { chineseQuantities } from '../../src/core/quantities.ts';
import { checkPair, type CheckFinding, type CheckKind } from '../../src/core/translation-checks.ts';

/** The findings of one kind, each with its quotes checked against the pair's text. */
function found(en: string, zh: string, kind: CheckKind): CheckFinding[] {
  const findings = checkPair({ en, zh }, 0.33).filter((finding) => finding.kind === kind);
  for (const finding of findings) {
    for (const [side, text] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      const quote = side in finding ? (finding as Record<string, unknown>)[side] : null;
      if (quote && typeof quote === 'object' && 'start' in quote && 'text' in quote) {
        const { start, end, text: quoted } = quote as { start: number; end: number; text: string };
        expect(text.slice(start, end), `${kind} ${side}`).toBe(quoted);
      }
    }
  }
  return findings;
}

test('direction: a fall rendered as growth, for the figure both sides share', () => {
  const [finding, ...rest] = found('Operating expenses fell 4% as we paused hiring.', '由於我們暫停招募，營運費用增加了 4%。', 'direction');
  expect(rest).toEqual([]);
  expect(finding).toMatchObject({ enSense: 'down', zhSense: 'up', en: { text: 'fell' }, zh: { text: '增加' }, quantity: { text: '4%' } });
  expect(finding && describeCheck(finding)).toBe(
    '“fell” (down) on the left, but 增加 (up) on the right, for 4%: the change goes the other way.',
  );
});

test('direction: better and worse are compared with each other, not with up and down', () => {
  expect(found('Churn improved to 2.1% from 2.6%.', '流失率從 2.6% 惡化至 2.1%。', 'direction')).toHaveLength(1);
  // Fewer days outstanding is an improvement: 改善 and 降至 are both right.
  expect(found('Days outstanding improved by three days, to 38.', '週轉天數改善了三天，降至 38 天。', 'direction')).toEqual([]);
});

test('direction: the word that governs each figure, in its own clause', () => {
  expect(
    found('Cloud revenue rose 14%, while device revenue fell 6%.', '雲端營收成長 14%，而裝置營收成長 6%。', 'direction'),
  ).toMatchObject([{ en: { text: 'fell' }, zh: { text: '成長' }, quantity: { text: '6%' } }]);
  // "Faster" says nothing; "lower" governs the other figure.
  expect(found('The new engine runs 3x faster at 20% lower cost.', '新引擎的速度提高 3 倍，成本降低 20%。', 'direction')).toEqual([]);
  // A negated word says nothing.
  expect(found('Margins did not decline 2% as feared.', '利潤率並未如擔心的那樣下降 2%。', 'direction')).toEqual([]);
});

test('direction: a headwind said as a tailwind needs no figure; both winds on both sides are fine', () => {
  expect(found('Freight costs remain a headwind for Marlow Foods.', '運費對 Marlow Foods 來說仍是順風。', 'direction')).toMatchObject([
    { en: { text: 'headwind' }, zh: { text: '順風' }, quantity: null },
  ]);
  expect(found('Pricing moved from a headwind to a tailwind.', '定價從逆風轉為順風。', 'direction')).toEqual([]);
});

test('year: an abbreviated year read as a century, with the year it was', () => {
  const [finding] = found("We expect the Brightline plant to open in '28.", '我們預計 Brightline 工廠將在 28 世紀開幕。', 'year');
  expect(finding).toMatchObject({ problem: 'century', en: { text: "'28" }, zh: { text: '28 世紀' }, year: 2028 });
  expect(finding && describeCheck(finding)).toBe("'28 (2028) on the left, but 28 世紀 on the right: the year was read as a century.");
  // The English speaks of a century: nothing to say. An abbreviated year kept as a year is fine.
  expect(found('A 21st-century balance sheet.', '21 世紀的資產負債表。', 'year')).toEqual([]);
  expect(found("Targets for '27 are unchanged.", '2027 年的目標維持不變。', 'year')).toEqual([]);
});

test('year: a range with a changed end, and the year inside it is not also a number problem', () => {
  const en = 'The program runs from 2024 through 2026.';
  const zh = '該計畫從 2024 年至 2024 年執行。';
  expect(found(en, zh, 'year')).toMatchObject([
    { problem: 'range', en: { text: '2024 through 2026' }, enYears: [2024, 2026], zhYears: [2024, 2024] },
  ]);
  expect(found(en, zh, 'number')).toEqual([]);
  expect(found('The 2023 to 2025 plan is on track.', '2023 年至 2025 年的計畫按計畫進行。', 'year')).toEqual([]);
});

test('year: a fiscal year said as another year', () => {
  expect(found('Fiscal 2027 bookings were a record.', '2026 財年的訂單創下紀錄。', 'year')).toMatchObject([
    { problem: 'fiscal', en: { text: '2027' }, zh: { value: 2026 } },
  ]);
});

test('partial: a stretch of English left in the Chinese, or an English last word; names and addresses are fine', () => {
  expect(
    found(
      'We see healthy demand, and the backlog keeps growing in every region.',
      '我們看到健康的需求,and the backlog keeps growing in every region.',
      'partial',
    ),
  ).toMatchObject([{ problem: 'english-run', words: 8 }]);
  expect(found('Demand should stabilize by spring.', '需求應該會在春季前stabilize。', 'partial')).toMatchObject([
    { problem: 'ends-in-english', zh: { text: 'stabilize' } },
  ]);
  expect(
    found('Thanks, Ines. Our next question comes from Bay & Ridge Capital.', '謝謝,Ines。下一個問題來自 Bay & Ridge Capital。', 'partial'),
  ).toEqual([]);
  expect(found('Slides are at ir.fernway.example.com.', '投影片在 ir.fernway.example.com。', 'partial')).toEqual([]);
  expect(found('Sales of Orbit Max and Orbit Mini grew.', 'Orbit Max 和 Orbit Mini 的銷售額成長了。', 'partial')).toEqual([]);
});

test('code: a product code read as a count; kept as written it is fine', () => {
  const [finding] = found('We moved most traffic to 5G cores.', '我們將大部分流量轉移到 5 個 G 核心。', 'code');
  expect(finding).toMatchObject({ en: { text: '5G' }, zh: { text: '5 個 G' } });
  expect(finding && describeCheck(finding)).toBe('5G on the left is a name or code, but the right reads it as a count: 5 個 G.');
  expect(found('The T400 line sold out.', '400 台 T 產品線已售罄。', 'code')).toHaveLength(1);
  expect(found('We filed our 10-Q on time.', '我們按時提交了 10-Q。', 'code')).toEqual([]);
  expect(found('Revenue in Q4 and FY25 grew.', '第四季和 25 財年的營收成長了。', 'code')).toEqual([]);
  expect(found('We added 4 partners on our 4G network.', '我們在 4G 網路上新增了 4 家合作夥伴。', 'code')).toEqual([]);
});

test('glossary: a wrong rendering of a term, not a right one that contains its characters', () => {
  const en = 'Can you give us some color on the Lakeview ramp?';
  const zh = '您能給我們一些關於 Lakeview 產能爬坡的顏色嗎?';
  const [finding] = found(en, zh, 'glossary');
  expect(finding).toMatchObject({ term: 'color', en: { text: 'some color' }, zh: { text: '顏色' } });
  expect(finding?.kind === 'glossary' && finding.right.length > 0 && /[\u3400-\u9fff]/.test(finding.note)).toBe(true);
  // 宏觀 is a right rendering of "macro"; 宏 alone is wrong.
  expect(found('The macro picture is stable.', '宏觀情勢穩定。', 'glossary')).toEqual([]);
  expect(found('Macro is the biggest unknown.', '宏是最大的未知數。', 'glossary')).toHaveLength(1);
});

test('glossary: a term in its literal sense keeps its literal rendering', () => {
  expect(found('Drivers on our delivery app earned more this year.', '我們外送應用程式上的司機今年收入更多。', 'glossary')).toEqual([]);
  expect(found('The key driver was pricing.', '主要的司機是定價。', 'glossary')).toHaveLength(1);
  expect(found('We recognize that the quarter was hard.', '我們認識到這一季很艱難。', 'glossary')).toEqual([]);
  expect(found('We recognized $9 million of deferred revenue.', '我們認識到 900 萬美元的遞延收入。', 'glossary')).toHaveLength(1);
});

test('"20% plus, one" read as 20%加一 is a different percentage', () => {
  expect(chineseQuantities('達到 20%加一;第二')).toMatchObject([{ kind: 'percent', value: 21, text: '20%加一' }]);
  expect(found('Margins could reach 20% plus, one; and two, growth.', '利潤率可達 20%加一;第二,成長。', 'number')).toMatchObject([
    { problem: 'mismatch', en: { text: '20%' }, zh: { text: '20%加一' } },
  ]);
  expect(found('Margins could reach 20% plus.', '利潤率可達 20% 以上。', 'number')).toEqual([]);
});

test('sentence: an English sentence left out of the Chinese, or a Chinese sentence the English lacks', () => {
  const en = 'Bookings were strong in every region. We also closed the Tidewell acquisition on schedule. Hiring stays on plan.';
  const [missing] = found(en, '各地區的訂單都很強勁。招募依計畫進行。', 'sentence');
  expect(missing).toMatchObject({ problem: 'missing', en: { text: 'We also closed the Tidewell acquisition on schedule.' } });
  expect(missing && describeCheck(missing)).toBe(
    'A sentence on the left is missing on the right: “We also closed the Tidewell acquisition on schedule.”',
  );
  expect(
    found(
      'Our partners are restocking ahead of the holidays.',
      '我們的合作夥伴正在為假期補貨。我們預計第四季的出貨量將創下新高。',
      'sentence',
    ),
  ).toMatchObject([{ problem: 'added', zh: { text: '我們預計第四季的出貨量將創下新高。' } }]);
  // Two short English sentences said as one Chinese sentence, or one split in two: nothing is missing.
  expect(found('Great. Thanks for the question.', '太好了,謝謝你的提問。', 'sentence')).toEqual([]);
  expect(
    found(
      'We grew revenue 9% and generated record cash flow, all while investing in Lumen Route.',
      '我們的營收成長了 9%,並創造了創紀錄的現金流。同時,我們也持續投資 Lumen Route。',
      'sentence',
    ),
  ).toEqual([]);
});
