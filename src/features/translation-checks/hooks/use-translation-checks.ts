import { useDeferredValue, useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Transcript } from '../../../core/transcript-model.ts';
import {
  translationChecksQueryOptions,
  type CallText,
  type CheckGlossary,
  type TranslationCheckData,
} from '../api/get-translation-checks.ts';

export type CheckState = { status: 'pending' | 'ready' } & TranslationCheckData;

const PENDING: CheckState = { status: 'pending', checks: [], figures: [] };

/**
 * The call's translation checks and key figures (see `translationChecksQueryOptions`): pending until they arrive,
 * then ready. The results are shown at low priority, so a call with hundreds of flags never holds up a keypress.
 */
export function useTranslationChecks(id: string, transcript: Transcript, source?: CallText, glossary?: CheckGlossary): CheckState {
  // While a new glossary's checks run, the last results stay on screen.
  const { data } = useQuery({ ...translationChecksQueryOptions(id, transcript, source, glossary), placeholderData: keepPreviousData });
  const shown = useDeferredValue(data);
  return useMemo(() => (shown ? { status: 'ready', checks: shown.checks, figures: shown.figures } : PENDING), [shown]);
}
