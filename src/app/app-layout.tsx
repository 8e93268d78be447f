import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import { Outlet, useMatch } from 'react-router-dom';
import { useMessages } from '../lib/i18n.ts';
import { endFirstScreen } from '../lib/first-screen-handoff.ts';
import { useSettings } from '../lib/settings.ts';
import { colorScheme } from '../lib/settings-record.ts';
import { useMediaQuery } from '../lib/use-media-query.ts';
import { appChromeMessages, BrandLink, DisplaySettings, GlossaryLink, NotesLink } from './app-chrome.tsx';

/** Drop overlay and import status tray: fetched as the app starts, outside the entry bundle. */
const importLayerModule = () => import('../features/library/components/import-layer.tsx');
const ImportLayer = lazy(() => importLayerModule().then((module) => ({ default: module.ImportLayer })));

/** Until the import layer has loaded, a file dropped on the page must not replace the app with the raw file. */
function holdEarlyDrops(): () => void {
  const hold = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files') && document.documentElement.dataset.importReady !== 'true') event.preventDefault();
  };
  window.addEventListener('dragover', hold);
  window.addEventListener('drop', hold);
  return () => {
    window.removeEventListener('dragover', hold);
    window.removeEventListener('drop', hold);
  };
}

/** Frame of every page: applies theme and interface language, then renders the route. */
export function AppLayout() {
  const { theme, uiLanguage, fontScale } = useSettings();
  const m = useMessages(appChromeMessages);
  // The reader has its own sticky bar with the way home and the display settings.
  const inReader = useMatch('/read/*') !== null;
  useEffect(holdEarlyDrops, []);
  // A deep link's first screen stands in for the reader only (src/app/first-screen); any other page ends it.
  useEffect(() => {
    if (!inReader) endFirstScreen();
  }, [inReader]);
  // The palette in use: the chosen theme, or the system's while "System" is chosen (followed live).
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  useLayoutEffect(() => {
    document.documentElement.dataset.scheme = colorScheme(theme, systemDark);
  }, [theme, systemDark]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.lang = uiLanguage;
    root.style.setProperty('--font-scale', String(fontScale));
  }, [theme, uiLanguage, fontScale]);
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skip}
      </a>
      {inReader ? null : (
        <header className="app-header">
          <div className="app-header-inner">
            <BrandLink />
            <div className="app-header-tools">
              <GlossaryLink />
              <NotesLink />
              <DisplaySettings />
            </div>
          </div>
        </header>
      )}
      <Outlet />
      <Suspense fallback={null}>
        <ImportLayer />
      </Suspense>
    </>
  );
}
