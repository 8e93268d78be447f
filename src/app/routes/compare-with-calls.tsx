import { useQuery } from '@tanstack/react-query';
import { CompareWithNav } from '../../features/compare/components/compare-with-nav.tsx';
import { libraryQueryOptions } from '../../features/library/api/get-library.ts';

/** The reader's "Compare with" list: the library's other calls of this call's company (nothing while it loads). */
export function CompareWithCalls({ id, company, onNavigate }: { id: string; company: string | null; onNavigate?: () => void }) {
  const { data } = useQuery(libraryQueryOptions());
  return <CompareWithNav id={id} company={company} calls={data?.calls ?? []} onNavigate={onNavigate} />;
}
