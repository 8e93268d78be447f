import type { Messages } from '../../lib/i18n.ts';

/** Interface strings of the reader (never the transcript's own text). */
export const readerMessages: Messages<
  | 'view'
  | 'viewSide'
  | 'viewInterleaved'
  | 'viewEnglish'
  | 'viewChinese'
  | 'simplified'
  | 'simplifiedHint'
  | 'converting'
  | 'conversionFailed'
  | 'summary'
  | 'presentation'
  | 'qa'
  | 'question'
  | 'company'
  | 'analyst'
  | 'operator'
  | 'noTranslation'
  | 'noEnglish'
  | 'translationNote'
  | 'diagnosticsOne'
  | 'diagnosticsMany'
  | 'diagnosticLine'
  | 'beforeFirstSpeaker'
  | 'kindMissing'
  | 'kindOrphan'
  | 'kindUnattributed'
  | 'kindExtraDisclaimer'
  | 'kindReplacedBytes'
  | 'kindReplacedBytesCount'
  | 'fileNoticesOne'
  | 'fileNoticesMany'
  | 'shortcuts'
  | 'shortcutsTitle'
  | 'close'
  | 'keyNext'
  | 'keyPrevious'
  | 'keySearch'
  | 'keyMatch'
  | 'keyHelp'
  | 'keyClose'
  | 'contents'
  | 'closeContents'
  | 'showingOnly'
  | 'showEveryone'
  | 'revealedSpeaker'
  | 'revealedFlagged'
  | 'dismiss'
  | 'closing'
  | 'copyQuote'
  | 'copySentence'
  | 'copyMarkdown'
  | 'showEnglish'
  | 'inEnglish'
  | 'inChinese'
  | 'sentenceAlone'
  | 'sentenceDoubt'
  | 'quoteCopied'
  | 'quoteFailed'
  | 'keySentence'
  | 'keyTerm'
  | 'keyPair'
  | 'keyCounterpart'
  | 'callTools'
  | 'badPlace'
  | 'checkOne'
  | 'checkMany'
> = {
  en: {
    view: 'View',
    viewSide: 'Side by side',
    viewInterleaved: 'Interleaved',
    viewEnglish: 'English only',
    viewChinese: 'Chinese only',
    simplified: 'Simplified',
    simplifiedHint: 'Show the Chinese in Simplified characters',
    converting: 'Converting… {percent}%',
    conversionFailed: 'The Simplified converter could not be loaded. The Chinese stays in Traditional characters; try again later.',
    summary: 'Summary',
    presentation: 'Prepared remarks',
    qa: 'Questions and answers',
    question: 'Question {n}',
    company: 'Company',
    analyst: 'Analyst',
    operator: 'Operator',
    noTranslation: 'No translation in the file',
    noEnglish: 'No English in the file',
    translationNote: 'Translation note',
    diagnosticsOne: '1 line could not be paired',
    diagnosticsMany: '{count} lines could not be paired',
    diagnosticLine: 'Line {line}',
    beforeFirstSpeaker: 'before the first speaker',
    kindMissing: 'English paragraph with no Chinese translation after it',
    kindOrphan: 'Chinese paragraph with no English paragraph before it',
    kindUnattributed: 'Text before the first speaker',
    kindExtraDisclaimer: 'A second translation disclaimer',
    kindReplacedBytes: 'Bytes that are not valid UTF-8 were replaced with � (first place)',
    kindReplacedBytesCount: '{count} bytes that are not valid UTF-8 were replaced with � (first place)',
    fileNoticesOne: '1 note about this file',
    fileNoticesMany: '{count} notes about this file',
    shortcuts: 'Keyboard shortcuts',
    shortcutsTitle: 'Keyboard shortcuts',
    close: 'Close',
    keyNext: 'Next question',
    keyPrevious: 'Previous question',
    keySearch: 'Search the call',
    keyMatch: 'Next / previous match (in the search box)',
    keyHelp: 'Show this list',
    keyClose: 'Close this list or the contents',
    contents: 'Contents',
    closeContents: 'Close contents',
    showingOnly: 'Showing only {name}',
    showEveryone: 'Show everyone',
    revealedSpeaker: 'That place is not in {name}’s turns, so everyone is shown again.',
    revealedFlagged: 'That place has no flagged pair, so every pair is shown again.',
    dismiss: 'OK',
    closing: 'Closing remarks',
    copyQuote: 'Copy quote',
    copySentence: 'Copy sentence',
    copyMarkdown: 'Markdown',
    showEnglish: 'English',
    inEnglish: 'English',
    inChinese: 'Chinese',
    sentenceAlone: 'No matching sentence in the other language',
    sentenceDoubt: 'The matching sentence is a guess',
    quoteCopied: 'Quote copied, with its source and link.',
    quoteFailed: 'The browser did not allow copying. Select the text and copy it instead.',
    keySentence: 'Previous / next sentence of the focused pair, and its partner',
    keyTerm: 'Next / previous glossary term of the focused pair, with its Taiwan rendering',
    keyPair: 'Previous / next pair',
    keyCounterpart: 'The other language of the sentence (English only, Chinese only)',
    callTools: 'Reading tools',
    badPlace: 'This call has no place “{place}”. Showing the call from the start; pick a question from the Q&A index.',
    checkOne: 'Translation check: 1 issue',
    checkMany: 'Translation check: {count} issues',
  },
  'zh-Hant': {
    view: '檢視',
    viewSide: '左右對照',
    viewInterleaved: '上下交錯',
    viewEnglish: '僅英文',
    viewChinese: '僅中文',
    simplified: '簡體',
    simplifiedHint: '以簡體字顯示中文',
    converting: '轉換中… {percent}%',
    conversionFailed: '無法載入簡體轉換器，中文仍以繁體顯示，請稍後再試。',
    summary: '摘要',
    presentation: '簡報',
    qa: '問答',
    question: '第 {n} 題',
    company: '公司',
    analyst: '分析師',
    operator: '主持人',
    noTranslation: '檔案中沒有譯文',
    noEnglish: '檔案中沒有英文',
    translationNote: '翻譯說明',
    diagnosticsOne: '有 1 行無法配對',
    diagnosticsMany: '有 {count} 行無法配對',
    diagnosticLine: '第 {line} 行',
    beforeFirstSpeaker: '在第一位發言者之前',
    kindMissing: '英文段落後面沒有中文譯文',
    kindOrphan: '中文段落前面沒有英文原文',
    kindUnattributed: '第一位發言者之前的文字',
    kindExtraDisclaimer: '重複的翻譯警語',
    kindReplacedBytes: '不是有效 UTF-8 的位元組已替換為 �（第一處）',
    kindReplacedBytesCount: '{count} 個不是有效 UTF-8 的位元組已替換為 �（第一處）',
    fileNoticesOne: '此檔案有 1 則提示',
    fileNoticesMany: '此檔案有 {count} 則提示',
    shortcuts: '鍵盤快速鍵',
    shortcutsTitle: '鍵盤快速鍵',
    close: '關閉',
    keyNext: '下一題',
    keyPrevious: '上一題',
    keySearch: '搜尋本場會議',
    keyMatch: '下一個／上一個符合項目（於搜尋框中）',
    keyHelp: '顯示此列表',
    keyClose: '關閉此列表或目錄',
    contents: '目錄',
    closeContents: '關閉目錄',
    showingOnly: '僅顯示 {name}',
    showEveryone: '顯示所有人',
    revealedSpeaker: '該位置不在 {name} 的發言中，已重新顯示所有人。',
    revealedFlagged: '該位置沒有被標記的段落，已重新顯示所有段落。',
    dismiss: '知道了',
    closing: '結語',
    copyQuote: '複製引文',
    copySentence: '複製這一句',
    copyMarkdown: 'Markdown',
    showEnglish: '英文',
    inEnglish: '英文',
    inChinese: '中文',
    sentenceAlone: '另一種語言中沒有對應的句子',
    sentenceDoubt: '對應的句子是推測的',
    quoteCopied: '已複製引文，附出處與連結。',
    quoteFailed: '瀏覽器不允許複製。請選取文字後自行複製。',
    keySentence: '在目前段落中移到上一句／下一句，並標出對應句',
    keyTerm: '在目前段落中移到下一個／上一個術語，並顯示台灣譯法',
    keyPair: '上一段／下一段',
    keyCounterpart: '顯示該句的另一種語言（僅英文、僅中文檢視）',
    callTools: '閱讀工具',
    badPlace: '本場會議沒有「{place}」這個位置，已從頭顯示；請從問答索引選擇題目。',
    checkOne: '翻譯檢查：1 個問題',
    checkMany: '翻譯檢查：{count} 個問題',
  },
};
