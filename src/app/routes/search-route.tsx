import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { libraryQueryOptions } from '../../features/library/api/get-library.ts';
import { LibrarySearchPage } from '../../features/library-search/components/library-search-page.tsx';
import { indexCallsOf } from '../library-index-calls.ts';

/** `/search?q=…`: one search over the library; the filters' choices come from the library's summaries. */
export function SearchRoute() {
  const library = useQuery(libraryQueryOptions());
  const calls = useMemo(() => (library.data ? indexCallsOf(library.data.calls) : null), [library.data]);
  return <LibrarySearchPage calls={calls} />;
}
