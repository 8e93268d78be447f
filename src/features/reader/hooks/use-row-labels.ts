import { useMemo } from 'react';
import type { Role } from '../../../core/transcript-model.ts';
import { useMessages } from '../../../lib/i18n.ts';
import { useSettings } from '../../../lib/settings.ts';
import type { RowLabels } from '../components/reader-rows.tsx';
import { readerMessages } from '../messages.ts';

/** The interface words of the reader's rows, as one object that changes only with the interface language. */
export function useRowLabels(): RowLabels {
  const m = useMessages(readerMessages);
  const { uiLanguage } = useSettings();
  return useMemo(
    () => ({
      roles: { company: m.company, analyst: m.analyst, operator: m.operator } satisfies Record<Role, string>,
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
    }),
    [m, uiLanguage],
  );
}
