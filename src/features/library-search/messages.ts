import type { Messages } from '../../lib/i18n.ts';

type Key =
  | 'pageTitle'
  | 'boxLabel'
  | 'boxPlaceholder'
  | 'boxButton'
  | 'boxHint'
  | 'queryLabel'
  | 'filtersLabel'
  | 'companyLabel'
  | 'periodLabel'
  | 'roleLabel'
  | 'anyCompany'
  | 'anyPeriod'
  | 'anyRole'
  | 'role-company'
  | 'role-analyst'
  | 'role-operator'
  | 'clearFilters'
  | 'indexing'
  | 'loadingIndex'
  | 'indexUnavailable'
  | 'indexNotStored'
  | 'intro'
  | 'introExamples'
  | 'tooShort'
  | 'noResults'
  | 'noResultsFiltered'
  | 'emptyLibrary'
  | 'openLibrary'
  | 'summaryOne'
  | 'summaryMany'
  | 'callMatchesOne'
  | 'callMatchesMany'
  | 'showAll'
  | 'showFewer'
  | 'moreCalls'
  | 'summaryLine'
  | 'resultsLabel'
  | 'keysHint'
  | 'searching';

/** Interface strings of the library search, in both interface languages. */
export const librarySearchMessages: Messages<Key> = {
  en: {
    pageTitle: 'Search the library',
    boxLabel: 'Search every call',
    boxPlaceholder: 'Search all calls: English or 中文, "a phrase"',
    boxButton: 'Search',
    boxHint: 'Press / to search every call',
    queryLabel: 'Search every call in the library',
    filtersLabel: 'Filters',
    companyLabel: 'Company',
    periodLabel: 'Period',
    roleLabel: 'Speaker',
    anyCompany: 'Any company',
    anyPeriod: 'Any period',
    anyRole: 'Anyone',
    'role-company': 'Company speakers',
    'role-analyst': 'Analysts',
    'role-operator': 'Operator',
    clearFilters: 'Clear filters',
    indexing: 'Preparing search: {indexed} of {total} calls',
    loadingIndex: 'Loading the search index…',
    indexUnavailable:
      'Search over the library cannot run in this browser (Web Workers are unavailable). Each call can still be searched in the reader.',
    indexNotStored: 'The search index could not be saved in this browser; it will be built again on your next visit.',
    intro:
      'Search every call in your library at once, in English and Chinese. Case, full/half width and Traditional/Simplified are ignored. Put a phrase in quotes.',
    introExamples: 'For example: crypto · 加密貨幣 · "net expansion rate"',
    tooShort: 'Type one more letter.',
    noResults: 'No call in the library mentions {query}.',
    noResultsFiltered: 'No call matches {query} with these filters.',
    emptyLibrary: 'Your library has no calls yet. Open a transcript first, then search across them here.',
    openLibrary: 'Go to the library',
    summaryOne: '{pairs} matching paragraphs in 1 call',
    summaryMany: '{pairs} matching paragraphs in {calls} calls',
    callMatchesOne: '1 match',
    callMatchesMany: '{count} matches',
    showAll: 'Show all {count} in this call',
    showFewer: 'Show fewer',
    moreCalls: 'Show more calls ({count} more)',
    summaryLine: 'Summary',
    resultsLabel: 'Results by call',
    keysHint: '↑ ↓ move between results, Enter opens the reader there.',
    searching: 'Searching…',
  },
  'zh-Hant': {
    pageTitle: '搜尋資料庫',
    boxLabel: '搜尋所有會議',
    boxPlaceholder: '搜尋所有會議:英文或中文,"片語"',
    boxButton: '搜尋',
    boxHint: '按 / 搜尋所有會議',
    queryLabel: '搜尋資料庫中的所有會議',
    filtersLabel: '篩選',
    companyLabel: '公司',
    periodLabel: '期間',
    roleLabel: '發言者',
    anyCompany: '所有公司',
    anyPeriod: '所有期間',
    anyRole: '所有人',
    'role-company': '公司發言人',
    'role-analyst': '分析師',
    'role-operator': '接線生',
    clearFilters: '清除篩選',
    indexing: '正在準備搜尋:{indexed} / {total} 場會議',
    loadingIndex: '正在載入搜尋索引…',
    indexUnavailable: '此瀏覽器無法執行資料庫搜尋(不支援 Web Worker)。仍可在閱讀器中搜尋單場會議。',
    indexNotStored: '搜尋索引無法儲存在此瀏覽器中;下次造訪時會重新建立。',
    intro: '一次搜尋資料庫中的所有會議,英文和中文皆可。不分大小寫、全形半形及繁簡體。片語請加上引號。',
    introExamples: '例如:crypto · 加密貨幣 · "net expansion rate"',
    tooShort: '請再輸入一個字母。',
    noResults: '資料庫中沒有任何會議提到 {query}。',
    noResultsFiltered: '在這些篩選條件下,沒有會議符合 {query}。',
    emptyLibrary: '您的資料庫中還沒有會議。請先開啟逐字稿,再到這裡跨會議搜尋。',
    openLibrary: '前往資料庫',
    summaryOne: '1 場會議中有 {pairs} 個段落符合',
    summaryMany: '{calls} 場會議中有 {pairs} 個段落符合',
    callMatchesOne: '1 筆符合',
    callMatchesMany: '{count} 筆符合',
    showAll: '顯示這場會議的全部 {count} 筆',
    showFewer: '顯示較少',
    moreCalls: '顯示更多會議(還有 {count} 場)',
    summaryLine: '摘要',
    resultsLabel: '依會議分組的結果',
    keysHint: '↑ ↓ 在結果之間移動,Enter 在閱讀器中開啟該處。',
    searching: '搜尋中…',
  },
};
