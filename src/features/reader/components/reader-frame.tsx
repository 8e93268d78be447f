import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { rememberBarHeight } from '../../../lib/first-screen-handoff.ts';
import { useMessages } from '../../../lib/i18n.ts';
import { useMediaQuery } from '../../../lib/use-media-query.ts';
import { readerMessages } from '../messages.ts';

export interface ReaderFrameProps {
  /** The way home (the app's brand link), first in the sticky bar. */
  home: ReactNode;
  /** The display settings (theme, language, text size), last in the sticky bar. */
  settings: ReactNode;
  /** The sticky bar: view, script, search, shortcuts. */
  toolbar: ReactNode;
  /** Receives the sticky bar (with its notices), whose height jumps must clear. */
  barRef: (element: HTMLElement | null) => void;
  /** The navigation (Q&A index, speakers): a side column on wide screens, a drawer under 800px. */
  navigation: ReactNode;
  /** Notices under the bar, sticky with it (e.g. "Showing only …"). */
  banner?: ReactNode;
  children: ReactNode;
  drawerOpen: boolean;
  onDrawerOpenChange: (open: boolean) => void;
}

const WIDE = '(min-width: 800px)';

/** The reader's frame: sticky bar, navigation column (or drawer), and the reading column. */
export function ReaderFrame({
  home,
  settings,
  toolbar,
  barRef,
  navigation,
  banner,
  children,
  drawerOpen,
  onDrawerOpenChange,
}: ReaderFrameProps) {
  const m = useMessages(readerMessages);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const frame = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLElement>(null);
  const setBar = useCallback(
    (element: HTMLElement | null) => {
      bar.current = element;
      return barRef(element);
    },
    [barRef],
  );

  // The bar wraps on narrow screens: publish its height so sticky navigation and scroll targets sit below it.
  useEffect(() => {
    const element = bar.current;
    const root = frame.current;
    if (!element || !root || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--reader-bar-height', `${Math.round(element.getBoundingClientRect().height)}px`);
      const inner = element.firstElementChild;
      if (inner)
        rememberBarHeight({
          width: window.innerWidth,
          language: document.documentElement.lang,
          height: inner.getBoundingClientRect().height,
        });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (drawerOpen) closeButton.current?.focus();
    else if (wasOpen.current) openButton.current?.focus({ preventScroll: true });
    wasOpen.current = drawerOpen;
  }, [drawerOpen]);

  useEffect(() => {
    if (!drawerOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onDrawerOpenChange(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [drawerOpen, onDrawerOpenChange]);

  // The drawer is a phone's: a window made wide closes it (the navigation is then beside the text).
  const wide = useMediaQuery(WIDE);
  useEffect(() => {
    if (wide && drawerOpen) onDrawerOpenChange(false);
  }, [wide, drawerOpen, onDrawerOpenChange]);

  return (
    <div className="reader" data-drawer={drawerOpen ? 'open' : 'closed'} ref={frame}>
      <section className="reader-bar" data-reader-bar="" aria-label={m.callTools} inert={drawerOpen} ref={setBar}>
        <div className="reader-bar-inner">
          {home}
          <button
            ref={openButton}
            type="button"
            className="drawer-button"
            aria-expanded={drawerOpen}
            aria-controls="reader-nav"
            onClick={() => onDrawerOpenChange(true)}
          >
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
              <path d="M3 5h14M3 10h14M3 15h9" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
            <span>{m.contents}</span>
          </button>
          {toolbar}
          {settings}
        </div>
        {banner}
      </section>
      <div className="reader-body">
        <aside id="reader-nav" className="reader-nav" aria-label={m.contents}>
          <div className="drawer-head">
            <button
              ref={closeButton}
              type="button"
              className="icon-button"
              aria-label={m.closeContents}
              onClick={() => onDrawerOpenChange(false)}
            >
              <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          <div className="reader-nav-scroll" data-scroll-area="">
            {navigation}
          </div>
        </aside>
        {drawerOpen ? (
          <button
            type="button"
            className="drawer-backdrop"
            tabIndex={-1}
            aria-label={m.closeContents}
            onClick={() => onDrawerOpenChange(false)}
          />
        ) : null}
        <main id="main" className="reader-main" tabIndex={-1} inert={drawerOpen}>
          {children}
        </main>
      </div>
    </div>
  );
}
