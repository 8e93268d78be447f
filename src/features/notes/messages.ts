import type { Messages } from '../../lib/i18n.ts';

type Key =
  | 'toolbar'
  | 'color_yellow'
  | 'color_green'
  | 'color_blue'
  | 'color_pink'
  | 'highlightIn'
  | 'addNote'
  | 'notePlaceholder'
  | 'noteLabel'
  | 'save'
  | 'cancel'
  | 'close'
  | 'delete'
  | 'edit'
  | 'copyQuote'
  | 'copied'
  | 'copyFailed'
  | 'panelTitle'
  | 'panelCount'
  | 'panelEmpty'
  | 'panelHint'
  | 'exportMarkdown'
  | 'exportCsv'
  | 'saveFailed'
  | 'deleteFailed'
  | 'dismiss'
  | 'conflict'
  | 'lost'
  | 'english'
  | 'chinese'
  | 'allNotes'
  | 'allNotesIntro'
  | 'filterCompany'
  | 'filterColor'
  | 'everyCompany'
  | 'everyColor'
  | 'noNotes'
  | 'noMatch'
  | 'unreadable'
  | 'loadFailed'
  | 'noteCount'
  | 'highlightLabel'
  | 'unnamedCall'
  | 'reason_full'
  | 'reason_unavailable'
  | 'reason_outdated'
  | 'reason_other';

export const notesMessages: Messages<Key> = {
  en: {
    toolbar: 'Highlight the selected text',
    color_yellow: 'Yellow',
    color_green: 'Green',
    color_blue: 'Blue',
    color_pink: 'Pink',
    highlightIn: 'Highlight in {color}',
    addNote: 'Add note',
    notePlaceholder: 'Your note',
    noteLabel: 'Note',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    edit: 'Edit note',
    copyQuote: 'Copy quote',
    copied: 'Quote copied with its citation.',
    copyFailed: 'The browser did not let Duet copy. Select the quote and copy it yourself.',
    panelTitle: 'Notes',
    panelCount: 'Notes ({count})',
    panelEmpty: 'No highlights yet.',
    panelHint: 'Select text in either language, or light a sentence with ← → and press H, to highlight it.',
    exportMarkdown: 'Export Markdown',
    exportCsv: 'Export CSV',
    saveFailed: 'This highlight could not be saved: {reason} Nothing stored before was changed.',
    deleteFailed: 'This highlight could not be deleted: {reason}',
    dismiss: 'Dismiss',
    conflict: 'This note was also changed in another tab. Both texts are kept; edit it to tidy them up.',
    lost: 'The text this highlight pointed to is no longer in the call.',
    english: 'English',
    chinese: 'Chinese',
    allNotes: 'All notes',
    allNotesIntro: 'Every highlight and note in your library, call by call.',
    filterCompany: 'Company',
    filterColor: 'Colour',
    everyCompany: 'Every company',
    everyColor: 'Every colour',
    noNotes: 'No highlights yet. Open a call and select text to highlight it.',
    noMatch: 'No notes match these filters.',
    unreadable: '{count} damaged notes could not be read and are not listed.',
    loadFailed: 'Duet could not read your notes from this browser’s storage.',
    noteCount: '{count} notes',
    highlightLabel: 'Highlight: {quote}',
    unnamedCall: 'Untitled call',
    reason_full: 'the browser’s storage for Duet is full.',
    reason_unavailable: 'this browser is not letting Duet save anything (private browsing or storage turned off).',
    reason_outdated: 'Duet was updated in another tab; reload this page.',
    reason_other: 'the browser could not write to Duet’s library just now.',
  },
  'zh-Hant': {
    toolbar: '標示所選文字',
    color_yellow: '黃色',
    color_green: '綠色',
    color_blue: '藍色',
    color_pink: '粉紅色',
    highlightIn: '以{color}標示',
    addNote: '加上筆記',
    notePlaceholder: '你的筆記',
    noteLabel: '筆記',
    save: '儲存',
    cancel: '取消',
    close: '關閉',
    delete: '刪除',
    edit: '編輯筆記',
    copyQuote: '複製引文',
    copied: '已複製引文與出處。',
    copyFailed: '瀏覽器不允許 Duet 複製。請自行選取引文並複製。',
    panelTitle: '筆記',
    panelCount: '筆記({count})',
    panelEmpty: '尚無標示。',
    panelHint: '在任一語言中選取文字,或用 ← → 選中句子後按 H,即可標示。',
    exportMarkdown: '匯出 Markdown',
    exportCsv: '匯出 CSV',
    saveFailed: '無法儲存這個標示:{reason}先前儲存的內容都沒有改變。',
    deleteFailed: '無法刪除這個標示:{reason}',
    dismiss: '關閉提示',
    conflict: '這則筆記也在另一個分頁中被修改。兩段文字都已保留,請編輯整理。',
    lost: '這個標示所指的文字已不在這場電話會議中。',
    english: '英文',
    chinese: '中文',
    allNotes: '所有筆記',
    allNotesIntro: '資料庫中每一場電話會議的標示與筆記。',
    filterCompany: '公司',
    filterColor: '顏色',
    everyCompany: '所有公司',
    everyColor: '所有顏色',
    noNotes: '尚無標示。開啟一場電話會議並選取文字即可標示。',
    noMatch: '沒有符合篩選條件的筆記。',
    unreadable: '有 {count} 則筆記已損壞,無法讀取,未列出。',
    loadFailed: 'Duet 無法從這個瀏覽器的儲存空間讀取你的筆記。',
    noteCount: '{count} 則筆記',
    highlightLabel: '標示:{quote}',
    unnamedCall: '未命名的電話會議',
    reason_full: '瀏覽器給 Duet 的儲存空間已滿。',
    reason_unavailable: '這個瀏覽器不允許 Duet 儲存任何內容(無痕模式或已關閉儲存)。',
    reason_outdated: 'Duet 已在另一個分頁更新,請重新載入此頁。',
    reason_other: '瀏覽器暫時無法寫入 Duet 的資料庫。',
  },
};
