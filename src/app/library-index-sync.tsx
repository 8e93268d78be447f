import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { libraryQueryOptions } from '../features/library/api/get-library.ts';
import { useCallDetailsPass } from '../features/library/hooks/use-call-details-pass.ts';
import { useLibraryIndexSync } from '../features/library-search/hooks/use-library-index-sync.ts';
import { whenIdle } from '../lib/schedule.ts';
import { indexCallsOf, readCallText } from './library-index-calls.ts';

/**
 * Keeps the library search index in step with the library on every page: once the page is idle (never before a
 * reader's first paint), the library's list is followed, so a call imported here or in another tab is indexed in the
 * worker and a deleted call dropped.
 */
export function LibraryIndexSync() {
  // Calls stored before their summary had details (quarter, analysts…) get them, once per page.
  useCallDetailsPass();
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  const library = useQuery({ ...libraryQueryOptions(), enabled: idle });
  const calls = useMemo(() => (library.data && !library.data.storageProblem ? indexCallsOf(library.data.calls) : null), [library.data]);
  useLibraryIndexSync(calls, readCallText);
  return null;
}
