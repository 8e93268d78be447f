import type { Messages } from '../../lib/i18n.ts';

type Key =
  | 'heroTitle'
  | 'heroLead'
  | 'openButton'
  | 'pasteButton'
  | 'dropHint'
  | 'demoEyebrow'
  | 'demoLink'
  | 'demoNote'
  | 'libraryTitle'
  | 'callsOne'
  | 'callsMany'
  | 'filterLabel'
  | 'filterPlaceholder'
  | 'noMatch'
  | 'clearFilter'
  | 'emptyLibrary'
  | 'loadingLibrary'
  | 'libraryUnreadable'
  | 'opened'
  | 'openedJustNow'
  | 'builtIn'
  | 'notSavedBadge'
  | 'questionsNone'
  | 'questionsOne'
  | 'questionsMany'
  | 'untitled'
  | 'deleteButton'
  | 'deleteLabel'
  | 'removed'
  | 'removedAnnouncement'
  | 'restoredAnnouncement'
  | 'undo'
  | 'undoLabel'
  | 'pasteTitle'
  | 'pasteHint'
  | 'pasteLabel'
  | 'pasteOpen'
  | 'cancel'
  | 'dropTitle'
  | 'dropDetail'
  | 'statusRegion'
  | 'phaseDownloading'
  | 'phaseReading'
  | 'phaseSaving'
  | 'pastedText'
  | 'failedTitle'
  | 'notSavedTitle'
  | 'addedSeveral'
  | 'dismiss'
  | 'error-storage-unavailable'
  | 'error-storage-full'
  | 'error-storage-failed'
  | 'error-bad-url'
  | 'error-fetch-failed'
  | 'error-http-status'
  | 'error-insecure-url'
  | 'error-internal';

/** Interface strings of the library feature. Transcript text (company, title) is data and is never translated here. */
export const libraryMessages: Messages<Key> = {
  en: {
    heroTitle: 'Read earnings calls in English and Chinese, side by side',
    heroLead: 'Open a bilingual transcript (.txt). It stays in this browser: nothing is uploaded.',
    openButton: 'Open transcript',
    pasteButton: 'Paste transcript',
    dropHint: 'You can also drop files anywhere on this page, or press {shortcut} to paste text.',
    demoEyebrow: 'New to Duet?',
    demoLink: 'Read the demo call',
    demoNote: 'A short fictional call, ready to explore.',
    libraryTitle: 'Library',
    callsOne: '1 call',
    callsMany: '{count} calls',
    filterLabel: 'Filter the library',
    filterPlaceholder: 'Company, period or title',
    noMatch: 'No call matches “{query}”.',
    clearFilter: 'Clear filter',
    emptyLibrary: 'Your library is empty. Calls you open appear here, newest first.',
    loadingLibrary: 'Loading your library…',
    libraryUnreadable:
      'This browser is not letting Duet save calls (private browsing, or storage turned off). Calls you open stay available until you close this tab.',
    opened: 'Opened {when}',
    openedJustNow: 'Opened just now',
    builtIn: 'Built in',
    notSavedBadge: 'Not saved',
    questionsNone: 'No questions',
    questionsOne: '1 question',
    questionsMany: '{count} questions',
    untitled: 'Untitled call',
    deleteButton: 'Delete',
    deleteLabel: 'Delete {name} from the library',
    removed: 'Removed {name}.',
    removedAnnouncement: 'Removed {name} from the library. Undo is available for a few seconds.',
    restoredAnnouncement: '{name} is back in the library.',
    undo: 'Undo',
    undoLabel: 'Undo: put {name} back',
    pasteTitle: 'Paste a transcript',
    pasteHint: 'Paste the whole transcript as text: each English paragraph followed by its Chinese translation.',
    pasteLabel: 'Transcript text',
    pasteOpen: 'Open',
    cancel: 'Cancel',
    dropTitle: 'Drop to open',
    dropDetail: 'Transcript files (.txt), up to {limit} MB each',
    statusRegion: 'Opening files',
    phaseDownloading: 'Downloading {name}',
    phaseReading: 'Reading {name}',
    phaseSaving: 'Saving {name}',
    pastedText: 'the pasted text',
    failedTitle: 'Could not open {name}',
    notSavedTitle: '{name} is open but not saved',
    addedSeveral: 'Added {count} calls to your library.',
    dismiss: 'Dismiss',
    'error-storage-unavailable':
      'This browser is not letting Duet save anything (private browsing, or storage turned off). You can read it now; it will be gone when you close this tab.',
    'error-storage-full':
      'The browser’s storage for Duet is full. You can read it now; to keep it, delete calls you no longer need from the library and open the file again.',
    'error-storage-failed': 'The browser could not save it just now. You can read it now; open the file again later to keep it.',
    'error-bad-url': '“{url}” is not a web address Duet can open. Only addresses that start with https:// or http:// work.',
    'error-fetch-failed':
      'Duet could not download it. The address may be wrong or offline, or the server does not let other websites read the file (CORS). Download the file yourself and open it with “Open transcript”.',
    'error-http-status': 'The server answered “{status}”. Check the address, or download the file and open it with “Open transcript”.',
    'error-insecure-url':
      'The browser does not let a secure (https) page download from an http:// address. Use the https:// address, or download the file and open it with “Open transcript”.',
    'error-internal': 'Something went wrong while reading it. Your library is unchanged; try again.',
  },
  'zh-Hant': {
    heroTitle: '中英對照閱讀財報電話會議',
    heroLead: '開啟雙語逐字稿（.txt）。檔案只留在這個瀏覽器中，不會上傳。',
    openButton: '開啟逐字稿',
    pasteButton: '貼上逐字稿',
    dropHint: '也可以把檔案拖放到頁面任何位置，或按 {shortcut} 貼上文字。',
    demoEyebrow: '第一次使用 Duet？',
    demoLink: '閱讀示範會議',
    demoNote: '一場虛構的簡短會議，可以直接瀏覽。',
    libraryTitle: '資料庫',
    callsOne: '1 場會議',
    callsMany: '{count} 場會議',
    filterLabel: '篩選資料庫',
    filterPlaceholder: '公司、期間或標題',
    noMatch: '沒有符合「{query}」的會議。',
    clearFilter: '清除篩選',
    emptyLibrary: '資料庫是空的。開啟的會議會顯示在這裡，最新的在最前面。',
    loadingLibrary: '正在載入資料庫…',
    libraryUnreadable: '這個瀏覽器不允許 Duet 儲存會議（私密瀏覽或已停用儲存空間）。開啟的會議在關閉此分頁前都可以閱讀。',
    opened: '{when}開啟',
    openedJustNow: '剛剛開啟',
    builtIn: '內建',
    notSavedBadge: '未儲存',
    questionsNone: '沒有提問',
    questionsOne: '1 個提問',
    questionsMany: '{count} 個提問',
    untitled: '未命名的會議',
    deleteButton: '刪除',
    deleteLabel: '從資料庫刪除 {name}',
    removed: '已移除 {name}。',
    removedAnnouncement: '已從資料庫移除 {name}。幾秒內可以復原。',
    restoredAnnouncement: '{name} 已放回資料庫。',
    undo: '復原',
    undoLabel: '復原：放回 {name}',
    pasteTitle: '貼上逐字稿',
    pasteHint: '貼上完整的逐字稿文字：每段英文之後接著它的中文翻譯。',
    pasteLabel: '逐字稿文字',
    pasteOpen: '開啟',
    cancel: '取消',
    dropTitle: '放開即可開啟',
    dropDetail: '逐字稿檔案（.txt），每個最大 {limit} MB',
    statusRegion: '正在開啟檔案',
    phaseDownloading: '正在下載 {name}',
    phaseReading: '正在讀取 {name}',
    phaseSaving: '正在儲存 {name}',
    pastedText: '貼上的文字',
    failedTitle: '無法開啟 {name}',
    notSavedTitle: '{name} 已開啟，但沒有儲存',
    addedSeveral: '已將 {count} 場會議加入資料庫。',
    dismiss: '關閉',
    'error-storage-unavailable': '這個瀏覽器不允許 Duet 儲存任何資料（私密瀏覽或已停用儲存空間）。現在可以閱讀;關閉此分頁後就會消失。',
    'error-storage-full': '瀏覽器給 Duet 的儲存空間已滿。現在可以閱讀;若要保留，請從資料庫刪除不需要的會議，再開啟一次檔案。',
    'error-storage-failed': '瀏覽器暫時無法儲存。現在可以閱讀;稍後再開啟一次檔案即可保留。',
    'error-bad-url': '「{url}」不是 Duet 能開啟的網址。只接受以 https:// 或 http:// 開頭的網址。',
    'error-fetch-failed':
      'Duet 無法下載這個檔案。網址可能有誤或無法連線，或伺服器不允許其他網站讀取該檔案（CORS）。請自行下載檔案，再用「開啟逐字稿」開啟。',
    'error-http-status': '伺服器回應「{status}」。請檢查網址，或下載檔案後用「開啟逐字稿」開啟。',
    'error-insecure-url': '瀏覽器不允許安全（https）頁面從 http:// 網址下載。請改用 https:// 網址，或下載檔案後用「開啟逐字稿」開啟。',
    'error-internal': '讀取時發生問題。資料庫沒有任何變更;請再試一次。',
  },
};
