import { useEffect, useState } from 'react';
import { useMessages, type Messages } from '../lib/i18n.ts';
import { whenIdle } from '../lib/schedule.ts';

const messages: Messages<'ready' | 'reload' | 'later'> = {
  en: { ready: 'A new version of Duet is ready.', reload: 'Reload', later: 'Later' },
  'zh-Hant': { ready: 'Duet 的新版本已準備好。', reload: '重新載入', later: '稍後' },
};

/**
 * Registers the service worker (production builds only) and, when a new version has been downloaded, offers it:
 * a small notice with Reload, never a forced reload in the middle of reading. The registration code is fetched
 * once the page has loaded and the browser is idle, outside the entry bundle: installing the worker downloads and
 * caches the whole app, which must not compete with the first call being opened.
 */
export function UpdatePrompt() {
  const m = useMessages(messages);
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    const register = () =>
      whenIdle(() => {
        if (cancelled) return;
        void import('virtual:pwa-register')
          .then(({ registerSW }) => {
            const updateSW = registerSW({
              immediate: true,
              onNeedRefresh: () => {
                if (!cancelled) setUpdate(() => updateSW);
              },
            });
          })
          .catch(() => undefined);
      });
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', register);
    };
  }, []);
  if (!update || dismissed) return null;
  return (
    <div role="status" className="update-prompt">
      <p>{m.ready}</p>
      <button type="button" className="button button-primary button-small" onClick={() => void update(true)}>
        {m.reload}
      </button>
      <button type="button" className="button button-small" onClick={() => setDismissed(true)}>
        {m.later}
      </button>
    </div>
  );
}
