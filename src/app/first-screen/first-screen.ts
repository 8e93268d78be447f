import { analystFirms } from '../../core/analyst-firms.ts';
import { parseTranscript } from '../../core/parse-transcript.ts';
import { fallbackTitleFor, readSummaryRecord } from '../../features/library/api/call-summary.ts';
import { DEMO_ID, DEMO_URL } from '../../features/library/api/demo-call.ts';
import {
  CALLS_STORE,
  LIBRARY_DB_NAME,
  LIBRARY_DB_VERSION,
  POSITION_KEY,
  SUMMARY_KEY,
  TEXT_KEY,
} from '../../features/library/api/library-database.ts';
import { legacyReadingPosition, readPositionRecord } from '../../features/library/api/position-record.ts';
import { openingPlace, parsePlace } from '../../features/reader/utils/reader-place.ts';
import { buildRows, rowOfPlace } from '../../features/reader/utils/reader-rows.ts';
import { loadWantsSimplified } from '../../features/reader/utils/script-preference.ts';
import { loadPreferredView, NARROW_SCREEN, parseViewMode } from '../../features/reader/utils/view-mode.ts';
import {
  FIRST_SCREEN_ID,
  firstScreenDone,
  firstScreenOver,
  firstScreenStarted,
  rememberedBarHeight,
} from '../../lib/first-screen-handoff.ts';
import { afterNextPaint } from '../../lib/schedule.ts';
import { colorScheme, loadSettings } from '../../lib/settings-record.ts';
import { buildFirstScreen, firstScreenLabels, textBudget } from './first-screen-view.ts';

/**
 * The first screen of a deep link (`/read/<id>/q/3`, a reload, a bookmark), painted from the stored call before the
 * app's code has arrived (docs/decisions/012). A separate script, loaded by a few inline lines of index.html only at
 * reader addresses: it reads the call from IndexedDB, parses it with the core's parser, and shows the rows the reader
 * will open at. Anything it cannot do exactly as the reader would (filters or a search in the address, Simplified
 * characters, a call too big to parse quickly, an address naming nothing) it leaves to the app, painting nothing.
 */

/** Above this many characters parsing would hold up the app's own start for longer than it saves. */
export const FIRST_SCREEN_MAX_CHARS = 400_000;

interface StoredCall {
  text: string;
  encoding: string | undefined;
  fallbackTitle: string | undefined;
  position: { turn: number } | null;
}

/** The call's summary, text and position, read without creating or upgrading the database (the app does that). */
function readStored(id: string): Promise<StoredCall | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(LIBRARY_DB_NAME, LIBRARY_DB_VERSION);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const database = request.result;
      // Another tab upgrading the database is not held up by this short read.
      database.onversionchange = () => database.close();
      try {
        const transaction = database.transaction(CALLS_STORE, 'readonly');
        const store = transaction.objectStore(CALLS_STORE);
        const summary = store.get(SUMMARY_KEY + id);
        const text = store.get(TEXT_KEY + id);
        const position = store.get(POSITION_KEY + id);
        transaction.oncomplete = () => {
          database.close();
          const record = summary.result === undefined ? null : readSummaryRecord(summary.result, id);
          const ok = record?.kind === 'ok' ? record.summary : null;
          resolve({
            text: typeof text.result === 'string' ? text.result : '',
            encoding: ok?.encoding,
            fallbackTitle: ok ? fallbackTitleFor(ok.source, ok.name) : undefined,
            position: readPositionRecord(position.result),
          });
        };
        transaction.onerror = transaction.onabort = () => {
          database.close();
          resolve(null);
        };
      } catch {
        database.close();
        resolve(null);
      }
    };
  });
}

/**
 * The demo's text: from the service worker's precache when it is there (read directly, this skips the worker, busy
 * at this moment serving the app's code), else from the network.
 */
async function demoText(): Promise<string> {
  const cached = typeof caches === 'undefined' ? undefined : await caches.match(DEMO_URL, { ignoreSearch: true }).catch(() => undefined);
  const response = cached ?? (await fetch(DEMO_URL));
  return response.ok ? response.text() : '';
}

/** Resolves once the page has a body: when parsing ends, not at DOMContentLoaded, which waits for the app's code. */
function bodyReady(): Promise<void> {
  return document.body
    ? Promise.resolve()
    : new Promise((resolve) => document.addEventListener('readystatechange', () => resolve(), { once: true }));
}

/** Paints the first screen if it can; resolves once it has been painted (or not). */
export async function paintFirstScreen(): Promise<void> {
  const address = /^\/read\/([^/]+)(?:\/(.*))?$/.exec(location.pathname);
  const params = new URLSearchParams(location.search);
  try {
    if (!address || firstScreenOver() || [...params.keys()].some((key) => key !== 'view') || loadWantsSimplified()) return;
    firstScreenStarted();
    await paint(address, params);
  } finally {
    // Painted or not, the app (and index.html's preloads of the reader's code) can go on.
    firstScreenDone();
  }
}

async function paint(address: RegExpExecArray, params: URLSearchParams): Promise<void> {
  const id = decodeURIComponent(address[1] ?? '');
  const [stored, demo] = await Promise.all([readStored(id), id === DEMO_ID ? demoText() : Promise.resolve(null)]);
  const text = demo ?? stored?.text ?? '';
  if (text === '' || text.length > FIRST_SCREEN_MAX_CHARS || firstScreenOver()) return;
  const transcript = parseTranscript(text, {
    ...(stored?.encoding ? { encoding: stored.encoding } : {}),
    ...(stored?.fallbackTitle ? { fallbackTitle: stored.fallbackTitle } : {}),
  });
  const place = parsePlace(transcript, address[2] ?? '', location.hash);
  if (place.kind === 'invalid') return;
  const opening = openingPlace(transcript, place, stored?.position ?? legacyReadingPosition(id));
  const table = buildRows(transcript);
  const start = rowOfPlace(table, transcript, opening) ?? 0;
  // The call's head shows the parser's notices, which this screen does not draw.
  if (start === 0 && transcript.diagnostics.length > 0) return;

  // The page's palette, language and text size, as the app sets them (src/app/app-layout.tsx).
  const settings = loadSettings();
  const root = document.documentElement;
  root.dataset.scheme = colorScheme(settings.theme, matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = settings.theme;
  root.lang = settings.uiLanguage;
  root.style.setProperty('--font-scale', String(settings.fontScale));

  const screen = buildFirstScreen(
    document,
    {
      transcript,
      table,
      start,
      view: parseViewMode(params.get('view')) ?? loadPreferredView() ?? 'side',
      narrow: matchMedia(NARROW_SCREEN).matches,
      firms: analystFirms(transcript),
      barHeight: rememberedBarHeight(window.innerWidth, settings.uiLanguage),
      budget: textBudget(window.innerWidth, window.innerHeight),
      labels: firstScreenLabels(settings.uiLanguage),
    },
    FIRST_SCREEN_ID,
  );
  await bodyReady();
  if (firstScreenOver()) return;
  document.body.append(screen);
  await new Promise<void>((resolve) => afterNextPaint(resolve));
  performance.mark('duet:first-screen-painted');
}
