import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CompareWithNav } from '../../features/compare/components/compare-with-nav.tsx';
import { libraryQueryOptions } from '../../features/library/api/get-library.ts';
import { afterNextPaint } from '../../lib/schedule.ts';

/**
 * The reader's "Compare with" list: the library's other calls of this call's company. The library is read after
 * the reader's first paint (when it is not in the cache already), so opening a call waits for nothing more.
 */
export function CompareWithCalls({ id, company, onNavigate }: { id: string; company: string | null; onNavigate?: () => void }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  const { data } = useQuery({ ...libraryQueryOptions(), enabled: painted });
  return <CompareWithNav id={id} company={company} calls={data?.calls ?? []} onNavigate={onNavigate} />;
}
