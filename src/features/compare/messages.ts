import type { ExecutiveRole, TopicChange } from '../../core/compare-calls.ts';
import { METRIC_LABELS, type Metric } from '../../core/metric-figures.ts';
import type { Messages } from '../../lib/i18n.ts';

type Key =
  | 'compareWith'
  | 'compareWithHint'
  | 'pageTitle'
  | 'heading'
  | 'thisQuarter'
  | 'otherQuarter'
  | 'openInReader'
  | 'text'
  | 'english'
  | 'chinese'
  | 'both'
  | 'remarks'
  | 'remarksIntro'
  | 'noRemarks'
  | 'noRemarksAll'
  | 'sameRole'
  | 'samePerson'
  | 'words'
  | 'readInCall'
  | 'moreParagraphs'
  | 'noTranslation'
  | 'topics'
  | 'topicsIntro'
  | 'noTopics'
  | 'questionsCount'
  | 'notAsked'
  | 'moreTopics'
  | 'figures'
  | 'figuresIntro'
  | 'noFigures'
  | 'metric'
  | 'change'
  | 'notStated'
  | 'sameCall'
  | 'otherCompany'
  | 'unknownPeriod'
  | 'guidance'
  | 'forQuarter'
  | 'forYear'
  | 'percentChange'
  | 'pointsChange';

export const compareMessages: Messages<Key> = {
  en: {
    compareWith: 'Compare with',
    compareWithHint: 'Other calls of {company} in your library',
    pageTitle: 'Compare {a} with {b}',
    heading: '{company}: {a} against {b}',
    thisQuarter: 'This quarter',
    otherQuarter: 'Compared with',
    openInReader: 'Open in the reader',
    text: 'Text',
    english: 'English',
    chinese: '中文',
    both: 'Both',
    remarks: 'Prepared remarks by role',
    remarksIntro: 'What each executive said before the questions began, this quarter beside the other.',
    noRemarks: 'No prepared remarks in this call.',
    noRemarksAll: 'Neither call has prepared remarks by the company.',
    sameRole: 'same role',
    samePerson: 'same person',
    words: '{count} words',
    readInCall: 'Read in the call',
    moreParagraphs: 'All {count} paragraphs',
    noTranslation: '(no translation in the file)',
    topics: 'What analysts asked about',
    topicsIntro: 'Terms in the analysts’ questions, counted by question. Each name opens the question where it was asked.',
    noTopics: 'Nothing here.',
    questionsCount: '{a} vs {b} questions',
    notAsked: 'not asked',
    moreTopics: '{count} more',
    figures: 'Key figures',
    figuresIntro: 'Figures the company stated, by metric, with the change from the other call. Each figure opens its sentence.',
    noFigures: 'Neither call states figures Duet can label by metric.',
    metric: 'Metric',
    change: 'Change',
    notStated: 'not stated',
    sameCall: 'These are the same call: choose another call of the company to compare with.',
    otherCompany: 'These calls are of different companies ({a} and {b}); the comparison may say little.',
    unknownPeriod: 'period unknown',
    guidance: 'guidance',
    forQuarter: 'quarter',
    forYear: 'year',
    percentChange: '{value}%',
    pointsChange: '{value} pts',
  },
  'zh-Hant': {
    compareWith: '與其他季比較',
    compareWithHint: '資料庫中 {company} 的其他會議',
    pageTitle: '比較 {a} 與 {b}',
    heading: '{company}：{a} 對比 {b}',
    thisQuarter: '本季',
    otherQuarter: '比較對象',
    openInReader: '在閱讀器中開啟',
    text: '文字',
    english: 'English',
    chinese: '中文',
    both: '雙語',
    remarks: '依職務對照開場發言',
    remarksIntro: '各主管在問答開始前的發言，本季與比較對象並列。',
    noRemarks: '這場會議沒有開場發言。',
    noRemarksAll: '兩場會議都沒有公司的開場發言。',
    sameRole: '相同職務',
    samePerson: '同一人',
    words: '{count} 個英文字',
    readInCall: '在會議中閱讀',
    moreParagraphs: '全部 {count} 段',
    noTranslation: '（檔案中沒有譯文）',
    topics: '分析師問了什麼',
    topicsIntro: '分析師提問中的詞語，以提問數計算。點選姓名可跳到提問的位置。',
    noTopics: '沒有項目。',
    questionsCount: '{a} 對 {b} 個提問',
    notAsked: '未提及',
    moreTopics: '另外 {count} 項',
    figures: '關鍵數字',
    figuresIntro: '公司說出的數字，依指標排列，並列出與比較對象的變化。點選數字可跳到原句。',
    noFigures: '兩場會議都沒有 Duet 能依指標標示的數字。',
    metric: '指標',
    change: '變化',
    notStated: '未提及',
    sameCall: '這是同一場會議：請選擇這家公司的另一場會議來比較。',
    otherCompany: '這兩場會議屬於不同公司（{a} 與 {b}），比較的意義可能不大。',
    unknownPeriod: '期間不明',
    guidance: '財測',
    forQuarter: '單季',
    forYear: '全年',
    percentChange: '{value}%',
    pointsChange: '{value} 個百分點',
  },
};

export const roleMessages: Messages<ExecutiveRole> = {
  en: {
    ir: 'Investor relations',
    ceo: 'Chief executive',
    chair: 'Chair',
    president: 'President',
    cfo: 'Chief financial officer',
    coo: 'Chief operating officer',
    other: 'Other speakers',
  },
  'zh-Hant': {
    ir: '投資人關係',
    ceo: '執行長',
    chair: '董事長',
    president: '總裁',
    cfo: '財務長',
    coo: '營運長',
    other: '其他發言者',
  },
};

export const changeMessages: Messages<TopicChange> = {
  en: {
    new: 'New this quarter',
    gone: 'Not asked again',
    more: 'Asked about more',
    fewer: 'Asked about less',
    same: 'Asked about as often',
  },
  'zh-Hant': {
    new: '本季新出現',
    gone: '本季未再提及',
    more: '本季問得更多',
    fewer: '本季問得較少',
    same: '提問次數相同',
  },
};

/** The interface's words for each metric (a metric the table does not know yet falls back to the core's English). */
export const metricMessages: Record<'en' | 'zh-Hant', Partial<Record<Metric, string>>> = {
  en: METRIC_LABELS,
  'zh-Hant': {
    revenue: '營收',
    'revenue-growth': '營收成長率',
    'gross-profit': '毛利',
    'gross-margin': '毛利率',
    'operating-income': '營業利益',
    'operating-margin': '營業利益率',
    ebitda: 'EBITDA',
    'net-income': '淨利',
    eps: '每股盈餘',
    'free-cash-flow': '自由現金流',
    'operating-cash-flow': '營業現金流',
    cash: '現金',
    buyback: '股票回購',
    'buyback-authorization': '回購授權',
    'net-expansion': '淨擴張率',
    rpo: '剩餘履約義務',
  },
};
