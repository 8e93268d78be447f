import { useMemo } from 'react';
import { useSettings } from '../../../lib/settings.ts';
import type { RowLabels } from '../components/reader-rows.tsx';
import { rowLabels } from '../utils/row-labels.ts';

/** The interface words of the reader's rows, as one object that changes only with the interface language. */
export function useRowLabels(): RowLabels {
  const { uiLanguage } = useSettings();
  return useMemo(() => rowLabels(uiLanguage), [uiLanguage]);
}
