import { describe, expect, test } from 'vitest';
import { FINANCE_GLOSSARY, glossaryMatches, wrongRenderingsIn, type GlossaryTerm } from '../../src/core/finance-glossary.ts';

const HAN = /[\u3400-\u9fff]/;
/** Characters that exist only in Simplified Chinese; none belongs in Taiwan text. */
const SIMPLIFIED_ONLY = '们这为说个发经会时来对与没产业计价资实现长亿万级门务导营额场关应动开论国销费数据报税润软网络讯调请单';

function term(en: string): GlossaryTerm {
  const found = FINANCE_GLOSSARY.find((entry) => entry.en === en);
  if (!found) throw new Error(`no glossary term ${en}`);
  return found;
}

describe('the glossary data', () => {
  test('holds at least 200 terms with unique canonical English', () => {
    expect(FINANCE_GLOSSARY.length).toBeGreaterThanOrEqual(200);
    const seen = new Set<string>();
    const twice = FINANCE_GLOSSARY.map((entry) => entry.en).filter((en) => (seen.has(en) ? true : (seen.add(en), false)));
    expect(twice).toEqual([]);
  });

  test('every term is lower case and has a Taiwan rendering and a Chinese note', () => {
    const problems: string[] = [];
    for (const entry of FINANCE_GLOSSARY) {
      if (entry.en !== entry.en.toLowerCase() || entry.en.trim() !== entry.en || entry.en === '') problems.push(`${entry.en}: en`);
      if (entry.forms.some((form) => form !== form.toLowerCase() || form.trim() === '')) problems.push(`${entry.en}: forms`);
      if (entry.zh.length === 0 || entry.zh.some((rendering) => !HAN.test(rendering) && !/^[A-Za-z0-9 ]+$/.test(rendering)))
        problems.push(`${entry.en}: zh`);
      if (!entry.zh.some((rendering) => HAN.test(rendering))) problems.push(`${entry.en}: no Chinese rendering`);
      if (!HAN.test(entry.note) || entry.note.length < 4 || entry.note.includes('\n')) problems.push(`${entry.en}: note`);
      const text = [entry.note, ...entry.zh, ...entry.wrong].join('');
      for (const char of SIMPLIFIED_ONLY) if (text.includes(char)) problems.push(`${entry.en}: simplified ${char}`);
    }
    expect(problems).toEqual([]);
  });

  test('a wrong rendering is never one of the right ones, nor contains one', () => {
    const overlaps = FINANCE_GLOSSARY.flatMap((entry) =>
      entry.wrong
        .filter((wrong) => entry.zh.some((right) => wrong === right || wrong.includes(right)))
        .map((wrong) => `${entry.en}: ${wrong}`),
    );
    expect(overlaps).toEqual([]);
  });

  test('forms are unique across terms and never another term’s canonical English', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of FINANCE_GLOSSARY) owner.set(entry.en, entry.en);
    for (const entry of FINANCE_GLOSSARY) {
      for (const form of entry.forms) {
        const other = owner.get(form);
        if (other !== undefined) clashes.push(`${form}: ${other} and ${entry.en}`);
        owner.set(form, entry.en);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('holds the terms the issue names, with their Taiwan renderings', () => {
    expect(term('guidance').zh).toEqual(expect.arrayContaining(['財測', '財務指引']));
    expect(term('basis points').zh).toContain('基點');
    expect(term('headwind').zh).toContain('逆風');
    expect(term('lap').zh).toContain('基期比較');
    expect(term('lap').wrong).toContain('承受');
    expect(term('net expansion rate').zh).toContain('淨擴張率');
    expect(term('non-gaap').zh).toContain('非一般公認會計原則');
    expect(term('free cash flow').zh).toContain('自由現金流');
    for (const en of ['arr', 'churn', 'isv', '10dlc', 'revenue', 'ebitda', 'rpo', 'crpo', 'tam', 'mid-teens', 'high single digits'])
      expect(FINANCE_GLOSSARY.some((entry) => entry.en === en)).toBe(true);
  });
});

describe('looking terms up', () => {
  test('finds terms and their forms as whole words, whatever the case', () => {
    const found = glossaryMatches('After Q1 we will have Lapped most of the impact; gross margin and FCF were strong.');
    expect(found.map((match) => [match.term.en, match.text])).toEqual([
      ['lap', 'Lapped'],
      ['gross margin', 'gross margin'],
      ['free cash flow', 'FCF'],
    ]);
    expect(glossaryMatches('The two ranges overlap a little.').map((match) => match.term.en)).not.toContain('lap');
  });

  test('the longer of two overlapping terms wins', () => {
    const found = glossaryMatches('Free cash flow margin was 21%.');
    expect(found.map((match) => match.term.en)).toEqual(['free cash flow margin']);
  });

  test('a form that starts with a sign still matches after a figure', () => {
    expect(glossaryMatches('We see 20% plus growth.').map((match) => match.text)).toEqual(['% plus']);
  });

  test('a wrong rendering is found outside the right ones only', () => {
    expect(wrongRenderingsIn(term('lap'), '之後我們將承受絕大多數的影響。')).toEqual(['承受']);
    expect(wrongRenderingsIn(term('lap'), '等到我們完成基期比較之後。')).toEqual([]);
    expect(wrongRenderingsIn(term('macro'), '總體而言,宏觀經濟仍然疲軟。')).toEqual([]);
    expect(wrongRenderingsIn(term('macro'), '是宏嗎?還是宏觀經濟?')).toEqual(['宏']);
    expect(wrongRenderingsIn(term('color'), '關於定價有什麼顏色嗎?')).toEqual(['顏色']);
  });
});
