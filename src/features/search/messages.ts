import type { Messages } from '../../lib/i18n.ts';

/** Interface strings of the search box. */
export const searchMessages: Messages<
  'label' | 'placeholder' | 'count' | 'countMany' | 'none' | 'tooShort' | 'next' | 'previous' | 'clear' | 'loading'
> = {
  en: {
    label: 'Search the call',
    placeholder: 'Search English or 中文',
    count: '{current} of {total}',
    countMany: '{current} of {total}+',
    none: 'No matches',
    tooShort: 'Type one more letter',
    next: 'Next match',
    previous: 'Previous match',
    clear: 'Clear search',
    loading: 'Preparing search…',
  },
  'zh-Hant': {
    label: '搜尋本場會議',
    placeholder: '搜尋英文或中文',
    count: '第 {current} 筆，共 {total} 筆',
    countMany: '第 {current} 筆，超過 {total} 筆',
    none: '沒有符合的結果',
    tooShort: '請再輸入一個字母',
    next: '下一個符合項目',
    previous: '上一個符合項目',
    clear: '清除搜尋',
    loading: '正在準備搜尋…',
  },
};
