import type { TranscriptErrorKind } from '../../core/transcript-model.ts';
import type { Messages } from '../../lib/i18n.ts';
import type { LibraryErrorKind } from './library-error.ts';

/** Every refusal of the core and every library error has its words in both languages (a new kind fails the typecheck here). */
type ErrorKey = `error-${TranscriptErrorKind | LibraryErrorKind}`;

type Key =
  | ErrorKey
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
  | 'viewLabel'
  | 'viewByCompany'
  | 'viewByOpened'
  | 'companyFilter'
  | 'periodFilter'
  | 'analystFilter'
  | 'anyCompany'
  | 'anyPeriod'
  | 'anyAnalyst'
  | 'otherCalls'
  | 'companyPage'
  | 'analystPage'
  | 'heldOn'
  | 'noCallMatches'
  | 'clearFilters'
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
  | 'error-binary-unknown'
  | 'error-too-large-unknown'
  | 'error-internal-memory'
  | 'error-unknown'
  | 'format-png'
  | 'format-jpeg'
  | 'format-gif'
  | 'format-pdf'
  | 'format-zip'
  | 'format-gzip'
  | 'cancelOpen'
  | 'cancelOpenLabel'
  | 'addedOne'
  | 'unreadableOne'
  | 'unreadableMany'
  | 'newerOne'
  | 'newerMany'
  | 'repairedOne'
  | 'repairedMany'
  | 'confirmTitle'
  | 'confirmBody'
  | 'confirmAddress'
  | 'confirmOpen'
  | 'pasteRefused'
  | 'goneTitle'
  | 'goneBody'
  | 'goneKeep'
  | 'goneKept'
  | 'goneKeepFailed'
  | 'outdatedTitle'
  | 'outdatedBody'
  | 'blockedTitle'
  | 'blockedBody'
  | 'reload';

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
    viewLabel: 'Show calls',
    viewByCompany: 'By company',
    viewByOpened: 'Last opened first',
    companyFilter: 'Company',
    periodFilter: 'Period',
    analystFilter: 'Analyst',
    anyCompany: 'All companies',
    anyPeriod: 'All periods',
    anyAnalyst: 'All analysts',
    otherCalls: 'Calls without a company name',
    companyPage: 'Key figures and calls of {company}',
    analystPage: 'Questions of {name}',
    heldOn: 'Call of {date}',
    noCallMatches: 'No call matches these filters.',
    clearFilters: 'Show every call',
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
    'error-empty': 'The file is empty: there is no text in it to read.',
    'error-binary': 'This file is {format}, not a text transcript. Choose the .txt transcript file instead.',
    'error-binary-unknown': 'This file is not text (it looks like binary data). Choose the .txt transcript file instead.',
    'error-undecodable':
      'The text in this file could not be decoded (it is not UTF-8, UTF-16, Big5 or GB18030). Save it as UTF-8 and open it again.',
    'error-not-a-transcript':
      'This does not look like an earnings-call transcript: no speaker lines were found. Duet expects each speaker’s name on a line written twice, followed by English paragraphs and their Chinese translations.',
    'error-too-large': 'This file is {size} MB; Duet opens transcripts up to {limit} MB. Split it into smaller files and open those.',
    'error-too-large-unknown': 'This file is larger than Duet opens ({limit} MB). Split it into smaller files and open those.',
    'error-storage-unavailable':
      'This browser is not letting Duet save anything (private browsing, or storage turned off). You can read it now; it will be gone when you close this tab.',
    'error-storage-full':
      'The browser’s storage for Duet is full. You can read it now; to keep it, delete calls you no longer need from the library and open the file again.',
    'error-storage-failed': 'The browser could not save it just now. You can read it now; open the file again later to keep it.',
    'error-storage-outdated':
      'Duet was updated in another tab, so this page can no longer use your library. You can read it now; reload the page, then open the file again to keep it.',
    'error-storage-upgrade-failed':
      'Duet could not upgrade your library to this version; your calls are stored as they were. You can read it now; reload the page to try again.',
    'error-backup-invalid': 'This file is not a Duet library backup, or it is damaged. Nothing in your library was changed.',
    'error-not-found': 'This call is not in your library (it may have been deleted). Open its file again to read it.',
    'error-record-unreadable': 'The stored copy of this call is damaged and cannot be read. Open its file again to store it anew.',
    'error-record-newer':
      'A newer version of Duet saved this call, and this page leaves it as it is. Reload the page to use the newest version.',
    'error-demo-unavailable': 'The demo call could not be loaded. Check your connection and reload the page.',
    'error-file-unreadable': 'The browser could not read the file (it may have been moved, renamed or deleted). Choose the file again.',
    'error-bad-url': '“{url}” is not a web address Duet can open. Only addresses that start with https:// work.',
    'error-fetch-failed':
      'Duet could not download it. The address may be wrong or offline, or the server does not let other websites read the file (CORS). Download the file yourself and open it with “Open transcript”.',
    'error-http-status': 'The server answered “{status}”. Check the address, or download the file and open it with “Open transcript”.',
    'error-insecure-url':
      'Duet downloads transcripts only from https:// addresses. Use the https:// address, or download the file and open it with “Open transcript”.',
    'error-download-stalled':
      'The server at {host} sent nothing for {seconds} seconds, so Duet stopped the download. Try again later, or download the file and open it with “Open transcript”.',
    'error-cancelled': 'Cancelled.',
    'error-internal': 'Something went wrong while reading it. Your library is unchanged; try again.',
    'error-internal-memory':
      'This file is too big for the memory this browser tab has. Close other tabs, or split the file, and try again.',
    'error-unknown': 'This file could not be opened. Your library is unchanged.',
    'format-png': 'a PNG image',
    'format-jpeg': 'a JPEG image',
    'format-gif': 'a GIF image',
    'format-pdf': 'a PDF document',
    'format-zip': 'a ZIP archive (or a Word/Excel file)',
    'format-gzip': 'a gzip archive',
    cancelOpen: 'Cancel',
    cancelOpenLabel: 'Cancel opening {name}',
    addedOne: 'Added {name} to your library.',
    unreadableOne: '1 call in your library could not be read (its stored record is damaged), so it is not listed.',
    unreadableMany: '{count} calls in your library could not be read (their stored records are damaged), so they are not listed.',
    newerOne: '1 call was saved by a newer version of Duet and is not listed. Reload the page to use the newest version.',
    newerMany: '{count} calls were saved by a newer version of Duet and are not listed. Reload the page to use the newest version.',
    repairedOne:
      '1 call had lost its text (an older version of Duet could lose it when two tabs opened and deleted the same call) and was removed from the list.',
    repairedMany:
      '{count} calls had lost their text (an older version of Duet could lose it when two tabs opened and deleted the same call) and were removed from the list.',
    confirmTitle: 'Open the transcript at {host}?',
    confirmBody:
      'This link asks Duet to download a transcript from another website, which will see that you opened it. Open it only if you trust the link.',
    confirmAddress: 'Full address',
    confirmOpen: 'Open',
    pasteRefused: 'Could not open the pasted text',
    goneTitle: '{name} was deleted from your library in another tab.',
    goneBody: 'You can go on reading it here. To keep it in your library, choose “Keep this call”.',
    goneKeep: 'Keep this call',
    goneKept: '{name} is back in your library.',
    goneKeepFailed: '{name} could not be saved back',
    outdatedTitle: 'Duet was updated in another tab',
    outdatedBody:
      'This page has let go of your library so that the update can finish. Reload the page to keep using your library; what you are reading stays on screen until then.',
    blockedTitle: 'Waiting for another tab',
    blockedBody:
      'An older version of Duet is open in another tab and holds your library, so it cannot be upgraded yet. Reload or close that tab.',
    reload: 'Reload',
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
    viewLabel: '會議排列方式',
    viewByCompany: '依公司',
    viewByOpened: '最近開啟的在前',
    companyFilter: '公司',
    periodFilter: '期間',
    analystFilter: '分析師',
    anyCompany: '所有公司',
    anyPeriod: '所有期間',
    anyAnalyst: '所有分析師',
    otherCalls: '沒有公司名稱的會議',
    companyPage: '{company} 的關鍵數據與會議',
    analystPage: '{name} 的提問',
    heldOn: '會議日期：{date}',
    noCallMatches: '沒有符合這些篩選條件的會議。',
    clearFilters: '顯示所有會議',
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
    'error-empty': '檔案是空的：裡面沒有可以閱讀的文字。',
    'error-binary': '這個檔案是 {format}，不是文字逐字稿。請改選 .txt 逐字稿檔案。',
    'error-binary-unknown': '這個檔案不是文字（看起來是二進位資料）。請改選 .txt 逐字稿檔案。',
    'error-undecodable': '無法解碼這個檔案的文字（不是 UTF-8、UTF-16、Big5 或 GB18030）。請另存為 UTF-8 後再開啟。',
    'error-not-a-transcript':
      '這看起來不像財報電話會議逐字稿：找不到發言者的行。Duet 需要每位發言者的名字在一行中連寫兩次，接著是英文段落及其中文翻譯。',
    'error-too-large': '這個檔案有 {size} MB；Duet 最多開啟 {limit} MB 的逐字稿。請分割成較小的檔案再開啟。',
    'error-too-large-unknown': '這個檔案超過 Duet 能開啟的大小（{limit} MB）。請分割成較小的檔案再開啟。',
    'error-storage-unavailable': '這個瀏覽器不允許 Duet 儲存任何資料（私密瀏覽或已停用儲存空間）。現在可以閱讀；關閉此分頁後就會消失。',
    'error-storage-full': '瀏覽器給 Duet 的儲存空間已滿。現在可以閱讀；若要保留，請從資料庫刪除不需要的會議，再開啟一次檔案。',
    'error-storage-failed': '瀏覽器暫時無法儲存。現在可以閱讀；稍後再開啟一次檔案即可保留。',
    'error-storage-outdated': 'Duet 已在另一個分頁更新，這個頁面無法再使用資料庫。現在可以閱讀；重新載入頁面後，再開啟一次檔案即可保留。',
    'error-storage-upgrade-failed': 'Duet 無法把資料庫升級到這個版本；已儲存的會議維持原樣。現在可以閱讀；重新載入頁面即可再試一次。',
    'error-backup-invalid': '這個檔案不是 Duet 資料庫備份,或已損壞。資料庫中的內容都沒有改變。',
    'error-not-found': '這場會議不在資料庫中（可能已被刪除）。請再開啟一次它的檔案。',
    'error-record-unreadable': '這場會議儲存的資料已損壞，無法讀取。請再開啟一次它的檔案，重新儲存。',
    'error-record-newer': '這場會議是由較新版本的 Duet 儲存的，這個頁面不會變動它。請重新載入頁面以使用最新版本。',
    'error-demo-unavailable': '無法載入示範會議。請檢查網路連線後重新載入頁面。',
    'error-file-unreadable': '瀏覽器無法讀取這個檔案（可能已被移動、重新命名或刪除）。請重新選擇檔案。',
    'error-bad-url': '「{url}」不是 Duet 能開啟的網址。只接受以 https:// 開頭的網址。',
    'error-fetch-failed':
      'Duet 無法下載這個檔案。網址可能有誤或無法連線，或伺服器不允許其他網站讀取該檔案（CORS）。請自行下載檔案，再用「開啟逐字稿」開啟。',
    'error-http-status': '伺服器回應「{status}」。請檢查網址，或下載檔案後用「開啟逐字稿」開啟。',
    'error-insecure-url': 'Duet 只從 https:// 網址下載逐字稿。請改用 https:// 網址，或下載檔案後用「開啟逐字稿」開啟。',
    'error-download-stalled':
      '{host} 的伺服器 {seconds} 秒都沒有傳來任何資料，Duet 已停止下載。請稍後再試，或下載檔案後用「開啟逐字稿」開啟。',
    'error-cancelled': '已取消。',
    'error-internal': '讀取時發生問題。資料庫沒有任何變更；請再試一次。',
    'error-internal-memory': '這個檔案太大，這個瀏覽器分頁的記憶體不足。請關閉其他分頁或分割檔案後再試一次。',
    'error-unknown': '無法開啟這個檔案。資料庫沒有任何變更。',
    'format-png': 'PNG 圖片',
    'format-jpeg': 'JPEG 圖片',
    'format-gif': 'GIF 圖片',
    'format-pdf': 'PDF 文件',
    'format-zip': 'ZIP 壓縮檔（或 Word/Excel 檔案）',
    'format-gzip': 'gzip 壓縮檔',
    cancelOpen: '取消',
    cancelOpenLabel: '取消開啟 {name}',
    addedOne: '已將 {name} 加入資料庫。',
    unreadableOne: '資料庫中有 1 場會議無法讀取（儲存的資料已損壞），因此沒有列出。',
    unreadableMany: '資料庫中有 {count} 場會議無法讀取（儲存的資料已損壞），因此沒有列出。',
    newerOne: '有 1 場會議是由較新版本的 Duet 儲存的，沒有列出。請重新載入頁面以使用最新版本。',
    newerMany: '有 {count} 場會議是由較新版本的 Duet 儲存的，沒有列出。請重新載入頁面以使用最新版本。',
    repairedOne: '有 1 場會議的文字已遺失（舊版 Duet 在兩個分頁同時開啟與刪除同一場會議時可能發生），已從清單移除。',
    repairedMany: '有 {count} 場會議的文字已遺失（舊版 Duet 在兩個分頁同時開啟與刪除同一場會議時可能發生），已從清單移除。',
    confirmTitle: '要開啟 {host} 上的逐字稿嗎？',
    confirmBody: '這個連結要求 Duet 從另一個網站下載逐字稿，該網站會知道你開啟了它。請只在信任這個連結時開啟。',
    confirmAddress: '完整網址',
    confirmOpen: '開啟',
    pasteRefused: '無法開啟貼上的文字',
    goneTitle: '{name} 已在另一個分頁從資料庫刪除。',
    goneBody: '你可以在這裡繼續閱讀。若要保留在資料庫中，請選擇「保留這場會議」。',
    goneKeep: '保留這場會議',
    goneKept: '{name} 已放回資料庫。',
    goneKeepFailed: '無法把 {name} 存回資料庫',
    outdatedTitle: 'Duet 已在另一個分頁更新',
    outdatedBody: '這個頁面已釋出資料庫，讓更新得以完成。請重新載入頁面以繼續使用資料庫；在那之前，正在閱讀的內容會留在畫面上。',
    blockedTitle: '正在等待另一個分頁',
    blockedBody: '另一個分頁開著較舊版本的 Duet，正占用資料庫，因此還無法升級。請重新載入或關閉那個分頁。',
    reload: '重新載入',
  },
};
