import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { whenIdle } from '../../../lib/schedule.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';

/**
 * Once per page, when the browser is idle: calls stored before their summary had details (quarter, year, date,
 * analysts, speakers) are parsed again from their stored text and their summaries completed; the list is then
 * refreshed. Mount once, in the app's providers. Its code is loaded only then (not in the initial bundle).
 */
export function useCallDetailsPass(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let active = true;
    whenIdle(() => {
      void import('../api/call-details-pass.ts')
        .then(({ runCallDetailsPass }) => runCallDetailsPass())
        .then((filled) => {
          if (active && filled > 0) void queryClient.invalidateQueries({ queryKey: transcriptKeys.list(), exact: true });
        })
        .catch(() => undefined);
    });
    return () => {
      active = false;
    };
  }, [queryClient]);
}
