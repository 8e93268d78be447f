import type { Messages } from '../../lib/i18n.ts';

/** Interface strings of the translation checks and key figures (the call's own text is never translated by us). */
export const translationChecksMessages: Messages<
  | 'title'
  | 'titleCount'
  | 'checking'
  | 'empty'
  | 'onlyFlagged'
  | 'kind_number'
  | 'kind_untranslated'
  | 'kind_merged'
  | 'kind_length'
  | 'showMore'
  | 'showingFlagged'
  | 'showAllPairs'
  | 'figures'
  | 'figuresCount'
  | 'figuresEmpty'
  | 'figuresKind'
  | 'figure_all'
  | 'figure_currency'
  | 'figure_percent'
  | 'figure_bps'
  | 'numberMismatch'
  | 'numberMissing'
  | 'numberExtra'
  | 'noChinese'
  | 'notChinese'
  | 'mergedHandoff'
  | 'mergedQuestion'
  | 'repeats'
  | 'shorter'
  | 'longer'
> = {
  en: {
    title: 'Translation checks',
    titleCount: 'Translation checks ({count})',
    checking: 'Checking the translation…',
    empty: 'No problems found in the numbers, and every paragraph is translated.',
    onlyFlagged: 'Only flagged pairs',
    kind_number: 'Numbers',
    kind_untranslated: 'Untranslated',
    kind_merged: 'Merged text',
    kind_length: 'Length',
    showMore: 'Show {count} more',
    showingFlagged: 'Showing only flagged pairs ({count})',
    showAllPairs: 'Show all pairs',
    figures: 'Key figures',
    figuresCount: 'Key figures ({count})',
    figuresEmpty: 'No amounts or percentages were found in this call.',
    figuresKind: 'Kind of figure',
    figure_all: 'All',
    figure_currency: 'Money',
    figure_percent: 'Percent',
    figure_bps: 'Basis points',
    numberMismatch: '{en} in the English, but {zh} in the Chinese.',
    numberMissing: '{en} in the English is missing from the Chinese.',
    numberExtra: '{zh} in the Chinese is not in the English.',
    noChinese: 'This paragraph has no Chinese translation in the file.',
    notChinese: 'The Chinese side is not Chinese: this paragraph was left untranslated.',
    mergedHandoff: 'The Chinese includes an operator’s introduction of the next question that is not in this English paragraph.',
    mergedQuestion:
      'The Chinese asks a question that this English paragraph does not ask: text from a neighbouring paragraph may have slipped in.',
    repeats: 'The Chinese repeats the same sentence {count} times: the translation ran away.',
    shorter: 'The Chinese is far shorter than the English ({characters} characters for {words} words): part of it may be missing.',
    longer: 'The Chinese is far longer than the English ({characters} characters for {words} words): it may include text from elsewhere.',
  },
  'zh-Hant': {
    title: '翻譯檢查',
    titleCount: '翻譯檢查（{count}）',
    checking: '正在檢查譯文…',
    empty: '數字沒有發現問題，每一段都有翻譯。',
    onlyFlagged: '只顯示有問題的段落',
    kind_number: '數字',
    kind_untranslated: '未翻譯',
    kind_merged: '混入他段',
    kind_length: '長度',
    showMore: '再顯示 {count} 項',
    showingFlagged: '只顯示有問題的段落（{count}）',
    showAllPairs: '顯示所有段落',
    figures: '關鍵數字',
    figuresCount: '關鍵數字（{count}）',
    figuresEmpty: '本場會議中沒有找到金額或百分比。',
    figuresKind: '數字類別',
    figure_all: '全部',
    figure_currency: '金額',
    figure_percent: '百分比',
    figure_bps: '基點',
    numberMismatch: '英文是 {en}，中文卻是 {zh}。',
    numberMissing: '英文的 {en} 在中文裡沒有出現。',
    numberExtra: '中文的 {zh} 在英文裡沒有出現。',
    noChinese: '檔案中這一段沒有中文譯文。',
    notChinese: '中文欄不是中文：這一段沒有翻譯。',
    mergedHandoff: '中文包含主持人介紹下一位提問者的話，這段英文裡沒有。',
    mergedQuestion: '中文提出了這段英文沒有問的問題：可能混入了相鄰段落的文字。',
    repeats: '中文把同一句話重複了 {count} 次：翻譯失控了。',
    shorter: '中文比英文短得多（{characters} 個字對 {words} 個英文單字）：可能缺了一部分。',
    longer: '中文比英文長得多（{characters} 個字對 {words} 個英文單字）：可能混入了其他地方的文字。',
  },
};

export type TranslationChecksMessages = (typeof translationChecksMessages)['en'];
