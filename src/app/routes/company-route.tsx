import { useQueries } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useParams } from 'react-router-dom';
import { metricFigures, type MetricFigure } from '../../core/metric-figures.ts';
import { companySlug } from '../../core/people.ts';
import { CompanyPage } from '../../features/across/components/company-page.tsx';
import { NotFound } from '../../features/across/components/not-found.tsx';
import type { CallSummary } from '../../features/library/api/call-summary.ts';
import { transcriptKeys } from '../../lib/transcript-keys.ts';
import { acrossLinks, callLabel, useLibraryCalls } from './across-data.ts';

/** `/company/<slug>`: the company's calls by period and its key figures by quarter. */
export function CompanyRoute() {
  const { slug = '' } = useParams();
  const pick = useCallback((summary: CallSummary) => summary.company !== null && companySlug(summary.company) === slug, [slug]);
  const { listed, calls, transcripts, pending, failed } = useLibraryCalls(pick);
  // Each call's figures are derived data, cached under the call's key (they change only when its text does).
  const figureResults = useQueries({
    queries: calls.map((summary) => {
      const transcript = transcripts.get(summary.id);
      return {
        queryKey: transcriptKeys.derived(summary.id, 'figures'),
        queryFn: () => (transcript ? metricFigures(transcript) : []),
        enabled: transcript !== undefined,
      };
    }),
  });
  const figures = new Map<string, MetricFigure[]>();
  figureResults.forEach((result, index) => {
    const id = calls[index]?.id;
    if (id && result.data) figures.set(id, result.data);
  });
  const company = calls[0]?.company;
  if (listed && !company) return <NotFound kind="company" />;
  return (
    <CompanyPage
      company={company ?? slug}
      calls={calls.map((summary) => ({
        id: summary.id,
        label: callLabel(summary),
        title: summary.title,
        date: summary.date ?? null,
        questions: summary.questions,
        quarter: summary.quarter ?? null,
        year: summary.year ?? null,
      }))}
      figures={figures}
      pending={pending || figureResults.some((result, index) => transcripts.has(calls[index]?.id ?? '') && result.isPending)}
      failed={failed}
      links={acrossLinks}
    />
  );
}
