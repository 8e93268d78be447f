import { readFileSync } from 'node:fs';

/**
 * The one generator of large synthetic calls, for `npm run bench`, `npm run perf` and the browser tests. Every
 * shape is made from our own demo call (fictional), so the text reads like a call:
 *  - `normal`: the prepared remarks once, then the Q&A repeated with renumbered analysts;
 *  - `many-turns`: a great many tiny turns (one short pair each), the shape that breaks per-turn rendering;
 *  - `one-turn`: one speaker turn holding every paragraph pair, the shape that breaks per-turn virtualisation.
 */
export type CallShape = 'normal' | 'many-turns' | 'one-turn';

function demoLines(): string[] {
  return readFileSync(new URL('../public/demo/lumen-harbor-q3-2026.txt', import.meta.url), 'utf8')
    .trimEnd()
    .split('\n');
}

/** The English/Chinese pairs of the demo call (paragraphs, not headers), in order. */
function demoPairs(lines: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const start = lines.indexOf('Operator');
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const next = lines[index + 1] ?? '';
    if (line === next) {
      index += 1;
      continue;
    }
    if (/[A-Za-z]/.test(line) && /[\u4e00-\u9fff]/.test(next) && line !== '') {
      pairs.push([line, next]);
      index += 1;
    }
  }
  return pairs;
}

const TINY_PAIRS: ReadonlyArray<[string, string]> = [
  ['Okay.', '好的。'],
  ['Thank you.', '謝謝。'],
  ['Got it.', '明白了。'],
  ['Sure.', '當然。'],
  ['Yes, 4%.', '是的，4%。'],
];

/** A call of at least `targetBytes` UTF-8 bytes in the given shape. */
export function generateLargeCall(targetBytes: number, shape: CallShape = 'normal'): string {
  const lines = demoLines();
  if (shape === 'normal') {
    const qaStart = lines.findIndex((line) => /question comes from the line of/.test(line)) - 2;
    const closing = lines.length - 4;
    const out = lines.slice(0, qaStart);
    let size = Buffer.byteLength(out.join('\n'));
    for (let round = 1; size < targetBytes; round += 1) {
      for (const line of lines.slice(qaStart, closing)) {
        const text = line.replace(/line of ([A-Z][a-z]+) /, `line of $1 ${round} `);
        out.push(text);
        size += Buffer.byteLength(text) + 1;
      }
    }
    out.push(...lines.slice(closing));
    return `${out.join('\n')}\n`;
  }
  const head = lines.slice(0, lines.indexOf('Operator'));
  const pairs = demoPairs(lines);
  const out = [...head];
  let size = Buffer.byteLength(out.join('\n'));
  const push = (line: string) => {
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  };
  if (shape === 'one-turn') {
    push('Dana K. Whitfield - CEO & Director');
    push('Dana K. Whitfield - CEO & Director');
    for (let index = 0; size < targetBytes; index += 1) {
      const [en, zh] = pairs[index % pairs.length] ?? ['', ''];
      push(en);
      push(zh);
    }
    return `${out.join('\n')}\n`;
  }
  // many-turns: a new turn for every tiny pair (about 34 bytes a turn: 3 MB is some 95,000 turns).
  const speakers = ['Operator', 'Dana Whitfield', 'Tom Becker'];
  for (let index = 0; size < targetBytes; index += 1) {
    const speaker = speakers[index % speakers.length] ?? 'Operator';
    const [en, zh] = TINY_PAIRS[index % TINY_PAIRS.length] ?? ['Okay.', '好的。'];
    push(speaker);
    push(speaker);
    push(en);
    push(zh);
  }
  return `${out.join('\n')}\n`;
}

/** Fictional companies for a generated library (none is a real company). */
const LIBRARY_COMPANIES = [
  'Lumen Harbor',
  'Corvid Analytics',
  'Tessellate Labs',
  'Bramble Freight',
  'Quillon Systems',
  'Orchard Pay',
  'Meridian Loop',
  'Saltmarsh Energy',
  'Kitewing Robotics',
  'Pallas Health',
  'Northvale Cloud',
  'Ember Lattice',
  'Copperline Media',
  'Juniper Vault',
  'Halcyon Grid',
  'Rookery Games',
  'Fennel Foods',
  'Aster Mobility',
  'Driftwood Retail',
  'Sparrowhawk Security',
  'Tidemark Logistics',
  'Verdigris Bio',
  'Oakum Networks',
  'Wrenfield Insurance',
  'Basalt Semiconductor',
] as const;

const ORDINALS = ['First', 'Second', 'Third', 'Fourth'] as const;
const CHINESE_QUARTERS = ['一', '二', '三', '四'] as const;

/**
 * Topical pairs mixed into generated library calls, one or two per call by its number, so that rare terms
 * ("crypto", "加密貨幣") are in some calls only, as in a real library.
 */
const TOPIC_PAIRS: ReadonlyArray<[string, string]> = [
  [
    'We also saw crypto customers slow their spending this quarter, and we expect that to continue.',
    '本季我們也看到加密貨幣客戶放緩支出,我們預計這種情況將持續下去。',
  ],
  ['Our net expansion rate was 112%, up from 109% a year ago.', '我們的淨擴張率為 112%,高於一年前的 109%。'],
  ['Tariffs added roughly 40 basis points of pressure on gross margin in the quarter.', '關稅在本季對毛利率造成約 40 個基點的壓力。'],
  ['We repurchased 2.1 million shares and have $300 million left on the authorization.', '我們回購了 210 萬股股票,授權剩餘 3 億美元。'],
  ['Headcount ended the quarter at about 4,100, flat sequentially.', '本季末員工人數約為 4,100 人,與上一季持平。'],
  ['The semiconductor supply situation has normalized for our hardware partners.', '我們硬體合作夥伴的半導體供應情況已恢復正常。'],
  ['Our stablecoin settlement pilot now runs with three banks in Singapore.', '我們的穩定幣結算試點計畫目前與新加坡的三家銀行合作進行。'],
];

/**
 * The n-th call (from 0) of a generated library: the demo call made into another fictional company and quarter
 * (25 companies × 20 quarters for n < 500), with its Q&A rounds in another order, figures changed and a topical
 * pair or two, at least `targetBytes` long. Every call has its own text (its own id in the library).
 */
export function generateLibraryCall(n: number, targetBytes = 80_000): string {
  const company = LIBRARY_COMPANIES[n % LIBRARY_COMPANIES.length] ?? 'Lumen Harbor';
  const quarterIndex = Math.floor(n / LIBRARY_COMPANIES.length);
  const quarter = quarterIndex % 4;
  const year = 2026 - Math.floor(quarterIndex / 4);
  const lines = demoLines().map((line) =>
    line
      .replaceAll('Lumen Harbor', company)
      .replaceAll('lumenharbor', company.toLowerCase().replaceAll(' ', ''))
      .replaceAll('Third Quarter 2026', `${ORDINALS[quarter] ?? 'Third'} Quarter ${year}`)
      .replaceAll('2026 年第三季', `${year} 年第${CHINESE_QUARTERS[quarter] ?? '三'}季`)
      // Figures move with the call's number (same digits in English and Chinese, as the translation keeps them).
      .replace(/\b(\d{2,3})%/g, (_, digits: string) => `${(Number(digits) + (n % 7)) % 1000}%`),
  );
  const qaStart = lines.findIndex((line) => /question comes from the line of/.test(line)) - 2;
  const closing = lines.length - 4;
  // The Q&A as blocks, each starting at the operator's header before an introduction.
  const blocks: string[][] = [];
  for (let index = qaStart; index < closing; index += 1) {
    const line = lines[index] ?? '';
    if (index === qaStart || (line === 'Operator' && /question comes from/.test(lines[index + 2] ?? ''))) blocks.push([]);
    blocks[blocks.length - 1]?.push(line);
  }
  const out = lines.slice(0, qaStart);
  // Topical pairs go at the end of the CFO's prepared remarks (before the Q&A starts).
  const topics = [TOPIC_PAIRS[n % TOPIC_PAIRS.length], n % 3 === 0 ? TOPIC_PAIRS[(n * 5 + 2) % TOPIC_PAIRS.length] : undefined];
  for (const topic of topics) if (topic) out.push(...topic);
  let size = Buffer.byteLength(out.join('\n'));
  for (let round = 0; size < targetBytes; round += 1) {
    for (let k = 0; k < blocks.length && size < targetBytes; k += 1) {
      const block = blocks[(k * (n + 3) + round) % blocks.length] ?? [];
      for (const line of block) {
        const text = round === 0 ? line : line.replace(/line of ([A-Z][a-z]+) /, `line of $1 ${round} `);
        out.push(text);
        size += Buffer.byteLength(text) + 1;
      }
    }
  }
  out.push(...lines.slice(closing));
  return `${out.join('\n')}\n`;
}
