import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { comparisonQueryOptions, orderCalls } from '../../features/compare/api/get-comparison.ts';
import { ComparePage, periodLabel } from '../../features/compare/components/compare-page.tsx';
import { useCompareText, type CompareText } from '../../features/compare/hooks/use-compare-text.ts';
import { compareMessages } from '../../features/compare/messages.ts';
import { transcriptQueryOptions } from '../../features/library/api/get-transcript.ts';
import { useDocumentTitle } from '../../features/reader/hooks/use-document-title.ts';
import { loadPreferredView } from '../../features/reader/utils/view-mode.ts';
import { format, useMessages } from '../../lib/i18n.ts';

/** Loader: both calls parsed, and their comparison, before the page renders. */
export function createCompareLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const [first, second] = await Promise.all([
      queryClient.ensureQueryData(transcriptQueryOptions(params.a ?? '')),
      queryClient.ensureQueryData(transcriptQueryOptions(params.b ?? '')),
    ]);
    const [current, other] = orderCalls(first, second);
    await queryClient.ensureQueryData(comparisonQueryOptions(current, other));
    return null;
  };
}

/** The text the page shows when the address does not say: the language of the reader's last view. */
function readerLanguage(): CompareText {
  const view = loadPreferredView();
  return view === 'en' || view === 'zh' ? view : 'both';
}

/** `/compare/<a>/<b>`: this quarter against another call of the company (the later period is this quarter). */
export function CompareRoute() {
  const { a = '', b = '' } = useParams();
  const { data: first } = useSuspenseQuery(transcriptQueryOptions(a));
  const { data: second } = useSuspenseQuery(transcriptQueryOptions(b));
  const [current, other] = orderCalls(first, second);
  const { data: comparison } = useSuspenseQuery(comparisonQueryOptions(current, other));
  const [text, setText] = useCompareText(readerLanguage());
  const m = useMessages(compareMessages);
  useDocumentTitle(format(m.pageTitle, { a: periodLabel(current, m.unknownPeriod), b: periodLabel(other, m.unknownPeriod) }));
  return <ComparePage current={current} other={other} comparison={comparison} text={text} onTextChange={setText} />;
}
