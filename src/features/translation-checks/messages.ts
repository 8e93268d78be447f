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
  | 'kind_direction'
  | 'kind_year'
  | 'kind_partial'
  | 'kind_code'
  | 'kind_glossary'
  | 'kind_sentence'
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
  | 'sense_up'
  | 'sense_down'
  | 'sense_better'
  | 'sense_worse'
  | 'directionReversedFor'
  | 'directionReversed'
  | 'yearCentury'
  | 'yearCenturyAlone'
  | 'yearRange'
  | 'yearFiscal'
  | 'partialRun'
  | 'partialEnd'
  | 'codeAsCount'
  | 'glossaryWrong'
  | 'listSeparator'
  | 'sentenceMissing'
  | 'sentenceAdded'
> = {
  en: {
    title: 'Translation checks',
    titleCount: 'Translation checks ({count})',
    checking: 'Checking the translation…',
    empty: 'No problems found: figures, years, directions, terms and sentences agree, and every paragraph is translated.',
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
    kind_direction: 'Direction',
    kind_year: 'Years',
    kind_partial: 'Partly English',
    kind_code: 'Codes',
    kind_glossary: 'Terms',
    kind_sentence: 'Sentences',
    sense_up: 'up',
    sense_down: 'down',
    sense_better: 'better',
    sense_worse: 'worse',
    directionReversedFor:
      '“{en}” ({enSense}) in the English, but {zh} ({zhSense}) in the Chinese, for {quantity}: the change goes the other way.',
    directionReversed: '“{en}” ({enSense}) in the English, but {zh} ({zhSense}) in the Chinese: the change goes the other way.',
    yearCentury: '{en} in the English is the year {year}, but the Chinese reads it as a century: {zh}.',
    yearCenturyAlone: 'The Chinese speaks of a century ({zh}) where the English has none: an abbreviated year was probably misread.',
    yearRange: '{en} in the English, but {zh} in the Chinese: the range of years was changed.',
    yearFiscal: 'Fiscal {en} in the English, but {zh} in the Chinese: the fiscal year was changed.',
    partialRun: 'Part of the Chinese is left in English ({words} words): “{zh}”.',
    partialEnd: 'The Chinese ends in English: “{zh}”.',
    codeAsCount: '{en} in the English is a name or code, but the Chinese reads it as a count: {zh}.',
    glossaryWrong: '“{en}” in the English is rendered {zh} in the Chinese, which means something else here. Usual in Taiwan: {right}.',
    listSeparator: ', ',
    sentenceMissing: 'A sentence of the English is missing from the Chinese: “{en}”',
    sentenceAdded: 'A sentence of the Chinese is not in the English: “{zh}”',
  },
  'zh-Hant': {
    title: '翻譯檢查',
    titleCount: '翻譯檢查（{count}）',
    checking: '正在檢查譯文…',
    empty: '沒有發現問題：數字、年份、增減方向、術語與句子都一致，每一段都有翻譯。',
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
    kind_direction: '方向',
    kind_year: '年份',
    kind_partial: '部分未譯',
    kind_code: '代號',
    kind_glossary: '術語',
    kind_sentence: '句子',
    sense_up: '上升',
    sense_down: '下降',
    sense_better: '變好',
    sense_worse: '變差',
    directionReversedFor: '英文的「{en}」表示{enSense}，中文的「{zh}」卻是{zhSense}（{quantity}）：變化的方向反了。',
    directionReversed: '英文的「{en}」表示{enSense}，中文的「{zh}」卻是{zhSense}：變化的方向反了。',
    yearCentury: '英文的 {en} 是 {year} 年，中文卻譯成世紀：{zh}。',
    yearCenturyAlone: '英文沒有提到世紀，中文卻出現 {zh}：可能把縮寫的年份誤譯成世紀。',
    yearRange: '英文是 {en}，中文卻是 {zh}：年份區間被改動了。',
    yearFiscal: '英文是 {en} 財年，中文卻是 {zh}：財年被改動了。',
    partialRun: '中文有一段沒有翻譯，留著英文（{words} 個字）：「{zh}」。',
    partialEnd: '中文的結尾留著英文：「{zh}」。',
    codeAsCount: '英文的 {en} 是名稱或代號，中文卻當成數量：{zh}。',
    glossaryWrong: '英文的「{en}」在中文譯成「{zh}」，在這裡意思不對。台灣常用的譯法：{right}。{note}',
    listSeparator: '、',
    sentenceMissing: '英文有一句在中文裡沒有翻譯：「{en}」',
    sentenceAdded: '中文多了一句英文沒有的話：「{zh}」',
  },
};

export type TranslationChecksMessages = (typeof translationChecksMessages)['en'];
