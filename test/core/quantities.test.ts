import fc from 'fast-check';
import { expect, test } from 'vitest';
import { chineseNumeralValue, chineseQuantities, englishQuantities } from '../../src/core/quantities.ts';

const brief = (list: ReturnType<typeof englishQuantities>) => list.map(({ kind, value }) => [kind, value]);

test.each([
  ['nearly $1.1 billion in revenue', [['currency', 1.1e9]]],
  [
    '$173 million and $0.42 per share',
    [
      ['currency', 173e6],
      ['currency', 0.42],
    ],
  ],
  [
    'up 11% and 450 basis points',
    [
      ['percent', 11],
      ['bps', 450],
    ],
  ],
  [
    '42 million call minutes and 850,000 devices',
    [
      ['count', 42e6],
      ['count', 850000],
    ],
  ],
  [
    'in Q4 and the third quarter of fiscal 2027',
    [
      ['quarter', 4],
      ['quarter', 3],
      ['year', 2027],
    ],
  ],
  [
    'a 9-figure, 3-year deal at 1.5x',
    [
      ['figure', 9],
      ['duration', 3],
      ['multiple', 1.5],
    ],
  ],
  ['our 10-Q, 10DLC and #1 position', []],
  ['42 cents', [['currency', 0.42]]],
])('English: %s', (text, expected) => {
  expect(brief(englishQuantities(text))).toEqual(expected);
});

test.each([
  ['近 11 億美元的收入', [['currency', 1.1e9]]],
  [
    '1.73 億美元和每股 0.42 美元',
    [
      ['currency', 1.73e8],
      ['currency', 0.42],
    ],
  ],
  [
    '成長 11%,增加 450 個基點',
    [
      ['percent', 11],
      ['bps', 450],
    ],
  ],
  [
    '4200 萬分鐘與 4,200 萬',
    [
      ['count', 42e6],
      ['count', 42e6],
    ],
  ],
  ['百分之十一', [['percent', 11]]],
  ['兩千名員工', [['count', 2000]]],
  [
    '第四季和 2027 財年',
    [
      ['quarter', 4],
      ['year', 2027],
    ],
  ],
  [
    '9 位數的交易,為期 3 年,1.5 倍',
    [
      ['figure', 9],
      ['duration', 3],
      ['multiple', 1.5],
    ],
  ],
  ['數十萬客戶與一個產品', []],
  ['42 美分', [['currency', 0.42]]],
])('Chinese: %s', (text, expected) => {
  expect(brief(chineseQuantities(text))).toEqual(expected);
});

test('Chinese numerals read like a person reads them', () => {
  expect(chineseNumeralValue('十一')).toBe(11);
  expect(chineseNumeralValue('兩千')).toBe(2000);
  expect(chineseNumeralValue('三百萬')).toBe(3_000_000);
  expect(chineseNumeralValue('十億')).toBe(1e9);
  expect(chineseNumeralValue('一萬兩千')).toBe(12000);
  expect(chineseNumeralValue('二十三')).toBe(23);
});

test('an amount in millions is found at the same value on both sides whatever the scale words', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 99_999 }), (hundredThousands) => {
      const value = hundredThousands * 1e5;
      const millions = value / 1e6;
      const yi = value / 1e8;
      const en = englishQuantities(`revenue of $${millions} million`);
      const zh = chineseQuantities(value >= 1e8 ? `${yi} 億美元的收入` : `${value / 1e4} 萬美元的收入`);
      expect(en.map((q) => q.value)).toEqual([value]);
      expect(zh.map((q) => q.value)).toEqual([value]);
    }),
  );
});
