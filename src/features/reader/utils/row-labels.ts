import type { UiLanguage } from '../../../lib/settings-record.ts';
import type { RowLabels } from '../components/reader-rows.tsx';
import { readerMessages } from '../messages.ts';

/**
 * The interface words of the reader's rows in an interface language, from the reader's message table. No React:
 * the deep link's first screen (src/app/first-screen) labels its rows with the same words.
 */
export function rowLabels(uiLanguage: UiLanguage): RowLabels {
  const m = readerMessages[uiLanguage];
  return {
    roles: { company: m.company, analyst: m.analyst, operator: m.operator },
    sections: { presentation: m.presentation, qa: m.qa, closing: m.closing },
    question: m.question,
    noTranslation: m.noTranslation,
    noEnglish: m.noEnglish,
    checkOne: m.checkOne,
    checkMany: m.checkMany,
    uiLanguage,
    copyQuote: m.copyQuote,
    copySentence: m.copySentence,
    copyMarkdown: m.copyMarkdown,
    showEnglish: m.showEnglish,
    inEnglish: m.inEnglish,
    inChinese: m.inChinese,
    sentenceAlone: m.sentenceAlone,
    sentenceDoubt: m.sentenceDoubt,
  };
}
