/**
 * The hand-over between the first screen of a deep link (src/app/first-screen, painted before the app's code runs)
 * and the app: whichever comes second yields. The app ends the first screen once it shows a page of its own (the
 * reader painted, another route, an error); a first screen that gets there after that paints nothing.
 */
export const FIRST_SCREEN_ID = 'first-screen';

/** Dispatched on the document when the first screen has painted or given up. */
export const FIRST_SCREEN_EVENT = 'duet:first-screen';

/**
 * The longest the app waits for the first screen before starting anyway (a tab opened in the background paints
 * nothing, and a database another tab is upgrading answers late). Only when the app starts depends on it.
 */
const LONGEST_WAIT_MS = 400;

/** Called by the first screen as it starts: the app waits for it (see `firstScreenSettled`). */
export function firstScreenStarted(doc: Document = document): void {
  if (!firstScreenOver(doc)) doc.documentElement.dataset.firstScreen = 'pending';
}

/** Called by the first screen once it has painted, or found nothing it can paint. */
export function firstScreenDone(doc: Document = document): void {
  if (doc.documentElement.dataset.firstScreen === 'pending') doc.documentElement.dataset.firstScreen = 'done';
  doc.dispatchEvent(new Event(FIRST_SCREEN_EVENT));
}

/**
 * Resolves once a first screen under way has painted or given up, at once if there is none. The app starts after
 * it: its own start (some 200 ms of script on a phone-class core) would otherwise hold the first screen's few
 * milliseconds of work, and the text it shows, until it is done.
 */
export function firstScreenSettled(doc: Document = document): Promise<void> {
  if (doc.documentElement.dataset.firstScreen !== 'pending') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, LONGEST_WAIT_MS);
    doc.addEventListener(
      FIRST_SCREEN_EVENT,
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** True once the app has taken over the page. */
export function firstScreenOver(doc: Document = document): boolean {
  return doc.documentElement.dataset.firstScreen === 'over';
}

/** Removes the first screen, if there is one, and keeps one from being painted later. */
export function endFirstScreen(doc: Document = document): void {
  doc.documentElement.dataset.firstScreen = 'over';
  doc.getElementById(FIRST_SCREEN_ID)?.remove();
}

/**
 * The height of the reader's bar in the last window it was drawn in: the first screen keeps that room for the
 * controls it does not draw, so that its rows sit where the reader's will (the bar wraps on some widths).
 */
const BAR_KEY = 'duet:reader:bar';

interface BarRecord {
  width: number;
  language: string;
  height: number;
}

export function rememberBarHeight(record: BarRecord): void {
  try {
    globalThis.localStorage?.setItem(BAR_KEY, JSON.stringify(record));
  } catch {
    // Storage full or disabled: the first screen then keeps a one-line bar's room.
  }
}

/** The bar's height remembered for this window width and interface language, or null. */
export function rememberedBarHeight(width: number, language: string): number | null {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(BAR_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Partial<BarRecord>;
    return record.width === width &&
      record.language === language &&
      typeof record.height === 'number' &&
      record.height > 0 &&
      record.height < 400
      ? record.height
      : null;
  } catch {
    return null;
  }
}
