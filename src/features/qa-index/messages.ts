import type { Messages } from '../../lib/i18n.ts';

/** Interface strings of the Q&A index. */
export const qaIndexMessages: Messages<'title' | 'empty' | 'for' | 'askedBy' | 'answeredBy' | 'questionLabel'> = {
  en: {
    title: 'Q&A index',
    empty: 'No analyst questions were found in this call.',
    for: '{name}, for {analyst}',
    askedBy: 'Asked by {name}',
    answeredBy: 'Answered by {names}',
    questionLabel: 'Question {n}',
  },
  'zh-Hant': {
    title: '問答索引',
    empty: '本場會議中沒有找到分析師提問。',
    for: '{name}（代 {analyst} 提問）',
    askedBy: '提問者：{name}',
    answeredBy: '回答：{names}',
    questionLabel: '第 {n} 題',
  },
};
