import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { FINANCE_GLOSSARY } from '../../src/core/finance-glossary.ts';
import { findGlossaryTerms } from '../../src/core/find-glossary-terms.ts';
import { checkPair } from '../../src/core/translation-checks.ts';
import { deleteOwnTerm, listOwnTerms, restoreOwnTerms, saveOwnTerm } from '../../src/features/glossary/api/own-terms-database.ts';
import { cleanOwnTerm, mergedGlossary, ownTermsKey, splitRenderings } from '../../src/features/glossary/utils/own-terms.ts';
import { freshDatabaseName } from '../support/library-db.ts';

test('renderings typed with commas or 、 are split, trimmed and kept once', () => {
  expect(splitRenderings(' 追蹤工具, 貨運追蹤、追蹤工具 ;')).toEqual(['追蹤工具', '貨運追蹤']);
});

test('a form without English or without a rendering is refused, plainly', () => {
  expect(cleanOwnTerm({ en: '  ', zh: '追蹤', note: '', wrong: [] })).toEqual({ error: 'en' });
  expect(cleanOwnTerm({ en: 'visibility tools', zh: ' ', note: '', wrong: [] })).toEqual({ error: 'zh' });
  expect(cleanOwnTerm({ en: ' visibility   tools ', zh: '追蹤工具', note: ' 說明 ', wrong: ['可視化工具', '追蹤工具'] })).toEqual({
    term: { en: 'visibility tools', zh: '追蹤工具', note: '說明', wrong: ['可視化工具'] },
  });
});

test('own terms are stored in their own database, listed oldest first, replaced by id, removed and put back', async () => {
  const name = freshDatabaseName('duet-glossary-test');
  expect(await listOwnTerms(name)).toEqual([]);
  const first = await saveOwnTerm({ en: 'visibility tools', zh: '追蹤工具', note: '', wrong: ['可視化工具'] }, name, 1000);
  const second = await saveOwnTerm({ en: 'control tower', zh: '控制塔', note: '產品名', wrong: [] }, name, 2000);
  expect((await listOwnTerms(name)).map((term) => term.en)).toEqual(['visibility tools', 'control tower']);
  await saveOwnTerm({ ...first, zh: '貨運追蹤工具' }, name, 3000);
  expect((await listOwnTerms(name)).find((term) => term.id === first.id)?.zh).toBe('貨運追蹤工具');
  await deleteOwnTerm(second.id, name);
  expect((await listOwnTerms(name)).map((term) => term.id)).toEqual([first.id]);
  await restoreOwnTerms([second], name);
  expect(await listOwnTerms(name)).toHaveLength(2);
});

test('own terms come first in the glossary, are found in the English and their wrong renderings are flagged', () => {
  const own = [{ id: 'a', en: 'visibility tools', zh: '追蹤工具', note: '', wrong: ['可視化工具'], added: 1 }];
  expect(mergedGlossary([])).toBe(FINANCE_GLOSSARY);
  const glossary = mergedGlossary(own);
  expect(glossary).toHaveLength(FINANCE_GLOSSARY.length + 1);
  const en = 'On the free visibility tools from brokers, those help us.';
  const hits = findGlossaryTerms(en, glossary);
  expect(hits.map((hit) => en.slice(hit.start, hit.end))).toContain('visibility tools');
  const pair = { en, zh: '至於經紀商提供的免費可視化工具,這些工具對我們有幫助。' };
  expect(checkPair(pair, 1).some((finding) => finding.kind === 'glossary')).toBe(false);
  const flagged = checkPair(pair, 1, undefined, glossary).filter((finding) => finding.kind === 'glossary');
  expect(flagged).toHaveLength(1);
  expect(flagged[0]).toMatchObject({ term: 'visibility tools', zh: { text: '可視化工具' } });
  // The key changes with the terms.
  expect(ownTermsKey(own)).not.toBe(ownTermsKey([{ ...own[0]!, zh: '貨運追蹤' }]));
});
