import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { LibraryFilters } from '../../../core/library-index.ts';
import type { Role } from '../../../core/transcript-model.ts';

const ROLES: readonly Role[] = ['company', 'analyst', 'operator'];

/** The search as the address holds it: `/search?q=crypto&company=…&period=Q4+2023&role=analyst`. */
export interface SearchLocation {
  query: string;
  company: string;
  period: string;
  role: Role | '';
  filters: LibraryFilters;
  /** Writes the query (replacing the history entry: typing is not a trail of Back steps). */
  setQuery: (query: string) => void;
  setFilter: (name: 'company' | 'period' | 'role', value: string) => void;
  clearFilters: () => void;
}

/** The library search's state lives in the address, through the router only, so a reload or a shared link keeps it. */
export function useSearchLocation(): SearchLocation {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const company = params.get('company') ?? '';
  const period = params.get('period') ?? '';
  const roleParam = params.get('role') ?? '';
  const role = (ROLES as readonly string[]).includes(roleParam) ? (roleParam as Role) : '';
  const filters = useMemo<LibraryFilters>(
    () => ({
      ...(company ? { companies: [company] } : {}),
      ...(period ? { periods: [period] } : {}),
      ...(role ? { roles: [role] } : {}),
    }),
    [company, period, role],
  );
  const update = useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(changes)) {
            if (value === '') next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    query,
    company,
    period,
    role,
    filters,
    setQuery: useCallback((value: string) => update({ q: value }), [update]),
    setFilter: useCallback((name, value) => update({ [name]: value }), [update]),
    clearFilters: useCallback(() => update({ company: '', period: '', role: '' }), [update]),
  };
}
