import type { Metric } from '../../core/metric-figures.ts';
import type { Messages } from '../../lib/i18n.ts';

type MetricKey = `metric-${Metric}`;

type Key =
  | MetricKey
  | 'backToLibrary'
  | 'loading'
  | 'callsOne'
  | 'callsMany'
  | 'callsTitle'
  | 'figuresTitle'
  | 'figuresLead'
  | 'figuresNone'
  | 'metricColumn'
  | 'guidance'
  | 'guidanceYear'
  | 'fullYear'
  | 'changeFrom'
  | 'points'
  | 'nonGaap'
  | 'gaap'
  | 'approximate'
  | 'openSentence'
  | 'chartTitle'
  | 'chartAlt'
  | 'allFiguresTitle'
  | 'allFiguresOf'
  | 'heldOn'
  | 'questionsOne'
  | 'questionsMany'
  | 'notFoundCompany'
  | 'notFoundPerson'
  | 'callFailed'
  | 'analystTitle'
  | 'speakerTitle'
  | 'questionsOfAnalyst'
  | 'answersOfSpeaker'
  | 'questionN'
  | 'answeredBy'
  | 'substitute'
  | 'preparedRemarks'
  | 'answerTo'
  | 'firmsLabel'
  | 'titlesLabel'
  | 'noQuestions'
  | 'noAnswers';

export const acrossMessages: Messages<Key> = {
  en: {
    'metric-revenue': 'Revenue',
    'metric-revenue-growth': 'Revenue growth',
    'metric-gross-profit': 'Gross profit',
    'metric-gross-margin': 'Gross margin',
    'metric-operating-income': 'Operating income',
    'metric-operating-margin': 'Operating margin',
    'metric-ebitda': 'EBITDA',
    'metric-net-income': 'Net income',
    'metric-eps': 'Earnings per share',
    'metric-free-cash-flow': 'Free cash flow',
    'metric-operating-cash-flow': 'Operating cash flow',
    'metric-cash': 'Cash',
    'metric-buyback': 'Share repurchases',
    'metric-buyback-authorization': 'Repurchase authorization',
    'metric-net-expansion': 'Net expansion rate',
    'metric-rpo': 'Remaining performance obligations',
    backToLibrary: 'Library',
    loading: 'Reading the calls…',
    callsOne: '1 call',
    callsMany: '{count} calls',
    callsTitle: 'Calls by period',
    figuresTitle: 'Key figures by quarter',
    figuresLead: 'As the company said them in each call. Each figure links to its sentence.',
    figuresNone: 'No figure for revenue, margins, cash flow, guidance or buybacks was found in these calls.',
    metricColumn: 'Metric',
    guidance: '{metric} guidance',
    guidanceYear: '{metric} guidance, year',
    fullYear: '{metric}, year',
    changeFrom: '{change} from {period}',
    points: '{value} pts',
    nonGaap: 'non-GAAP',
    gaap: 'GAAP',
    approximate: 'about',
    openSentence: '{figure} in {call}: open the sentence',
    chartTitle: '{metric} by quarter',
    chartAlt: '{metric} by quarter: {points}.',
    allFiguresTitle: 'Every figure, call by call',
    allFiguresOf: 'Figures said in {call} ({count})',
    heldOn: 'Call of {date}',
    questionsOne: '1 question',
    questionsMany: '{count} questions',
    notFoundCompany: 'No call of this company is in your library. Open its calls first; they will be listed here.',
    notFoundPerson: 'No call in your library names this person.',
    callFailed: 'This call could not be read again: {call}.',
    analystTitle: 'Analyst',
    speakerTitle: 'Company speaker',
    questionsOfAnalyst: 'Every question in your library',
    answersOfSpeaker: 'Every answer in your library',
    questionN: 'Question {n}',
    answeredBy: 'Answered by',
    substitute: 'Asked by {name}, standing in',
    preparedRemarks: 'Prepared remarks',
    answerTo: 'Answer to {name}',
    firmsLabel: 'Firm',
    titlesLabel: 'Title',
    noQuestions: 'No question in this call.',
    noAnswers: 'No answer in this call.',
  },
  'zh-Hant': {
    'metric-revenue': '營收',
    'metric-revenue-growth': '營收成長率',
    'metric-gross-profit': '毛利',
    'metric-gross-margin': '毛利率',
    'metric-operating-income': '營業利益',
    'metric-operating-margin': '營業利益率',
    'metric-ebitda': 'EBITDA',
    'metric-net-income': '淨利',
    'metric-eps': '每股盈餘',
    'metric-free-cash-flow': '自由現金流',
    'metric-operating-cash-flow': '營業現金流',
    'metric-cash': '現金',
    'metric-buyback': '股票回購',
    'metric-buyback-authorization': '回購授權額度',
    'metric-net-expansion': '淨擴張率',
    'metric-rpo': '剩餘履約義務',
    backToLibrary: '資料庫',
    loading: '正在讀取會議…',
    callsOne: '1 場會議',
    callsMany: '{count} 場會議',
    callsTitle: '各期會議',
    figuresTitle: '各季關鍵數據',
    figuresLead: '取自公司在各場會議中的原話。每個數字都連到說出它的句子。',
    figuresNone: '這些會議中沒有找到營收、利潤率、現金流、財測或回購的數字。',
    metricColumn: '指標',
    guidance: '{metric}財測',
    guidanceYear: '{metric}財測（年度）',
    fullYear: '{metric}（年度）',
    changeFrom: '較 {period} {change}',
    points: '{value} 個百分點',
    nonGaap: '非 GAAP',
    gaap: 'GAAP',
    approximate: '約',
    openSentence: '{call} 的 {figure}：開啟該句',
    chartTitle: '各季{metric}',
    chartAlt: '各季{metric}：{points}。',
    allFiguresTitle: '各場會議的所有數字',
    allFiguresOf: '{call} 提到的數字（{count}）',
    heldOn: '會議日期 {date}',
    questionsOne: '1 個提問',
    questionsMany: '{count} 個提問',
    notFoundCompany: '資料庫中沒有這家公司的會議。先開啟它的會議，就會列在這裡。',
    notFoundPerson: '資料庫中沒有任何會議提到這個人。',
    callFailed: '無法再次讀取這場會議：{call}。',
    analystTitle: '分析師',
    speakerTitle: '公司發言人',
    questionsOfAnalyst: '資料庫中的所有提問',
    answersOfSpeaker: '資料庫中的所有回答',
    questionN: '第 {n} 個提問',
    answeredBy: '回答者',
    substitute: '由 {name} 代為提問',
    preparedRemarks: '開場報告',
    answerTo: '回答 {name}',
    firmsLabel: '機構',
    titlesLabel: '職稱',
    noQuestions: '這場會議沒有提問。',
    noAnswers: '這場會議沒有回答。',
  },
};
