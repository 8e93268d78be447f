import type { Messages } from '../../lib/i18n.ts';

/** Interface strings of the glossary (the popover in the reader and the /glossary page). */
export const glossaryMessages: Messages<
  | 'title'
  | 'intro'
  | 'link'
  | 'taiwan'
  | 'wrong'
  | 'ownBadge'
  | 'builtIn'
  | 'search'
  | 'searchLabel'
  | 'count'
  | 'none'
  | 'yours'
  | 'yoursEmpty'
  | 'add'
  | 'english'
  | 'englishHint'
  | 'chinese'
  | 'chineseHint'
  | 'note'
  | 'noteHint'
  | 'wrongField'
  | 'wrongHint'
  | 'save'
  | 'saved'
  | 'remove'
  | 'removed'
  | 'errorEn'
  | 'errorZh'
  | 'errorSave'
  | 'back'
  | 'termHint'
> = {
  en: {
    title: 'Glossary',
    intro:
      'Finance terms of earnings calls and how they are usually said in Taiwan. Terms are marked in the English of the reader (dotted underline): point at one, tap it, or press t in a paragraph. A Chinese side that uses a wrong rendering is flagged by the translation checks.',
    link: 'Glossary',
    taiwan: 'In Taiwan',
    wrong: 'Not',
    ownBadge: 'Your term',
    builtIn: 'Finance glossary ({count})',
    search: 'Search terms',
    searchLabel: 'Search the glossary (English or Chinese)',
    count: '{shown} of {total} terms',
    none: 'No term matches.',
    yours: 'Your terms ({count})',
    yoursEmpty: 'You have not added a term yet.',
    add: 'Add a term',
    english: 'English',
    englishHint: 'As said in the calls, e.g. “lap the comparison”.',
    chinese: 'Taiwan rendering',
    chineseHint: 'One or more, separated by commas.',
    note: 'Note (optional)',
    noteHint: 'What it means, in a line.',
    wrongField: 'Wrong renderings (optional)',
    wrongHint: 'Renderings the translation checks should flag, separated by commas.',
    save: 'Add term',
    saved: 'Added “{term}”.',
    remove: 'Remove {term}',
    removed: 'Removed “{term}”.',
    errorEn: 'Type the English term (letters or digits).',
    errorZh: 'Type how the term is said in Taiwan.',
    errorSave: 'The term could not be saved in this browser. Nothing else was changed.',
    back: 'Back to the library',
    termHint: 'Glossary term: {term}',
  },
  'zh-Hant': {
    title: '術語表',
    intro:
      '財報電話會議常見的財經術語與台灣慣用譯法。閱讀時英文中的術語會以虛線底線標示：指向、點一下，或在段落中按 t 即可查看。中文若用了錯誤譯法，翻譯檢查會標示出來。',
    link: '術語表',
    taiwan: '台灣用法',
    wrong: '不是',
    ownBadge: '自訂術語',
    builtIn: '財經術語（{count}）',
    search: '搜尋術語',
    searchLabel: '搜尋術語表（英文或中文）',
    count: '共 {total} 個術語，顯示 {shown} 個',
    none: '沒有符合的術語。',
    yours: '自訂術語（{count}）',
    yoursEmpty: '尚未新增任何術語。',
    add: '新增術語',
    english: '英文',
    englishHint: '依電話會議中的說法，例如「lap the comparison」。',
    chinese: '台灣譯法',
    chineseHint: '可填多個，以逗號分隔。',
    note: '說明（選填）',
    noteHint: '一句話說明意思。',
    wrongField: '錯誤譯法（選填）',
    wrongHint: '翻譯檢查應標示的譯法，以逗號分隔。',
    save: '新增術語',
    saved: '已新增「{term}」。',
    remove: '移除 {term}',
    removed: '已移除「{term}」。',
    errorEn: '請輸入英文術語（字母或數字）。',
    errorZh: '請輸入台灣的譯法。',
    errorSave: '無法在這個瀏覽器儲存術語，其他資料都沒有變動。',
    back: '回到書庫',
    termHint: '術語：{term}',
  },
};
