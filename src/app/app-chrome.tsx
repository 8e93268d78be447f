/** The app's chrome shared by every page: the brand link home and the display settings (theme, interface language, text size). */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMessages, type Messages } from '../lib/i18n.ts';

export const appChromeMessages: Messages<'skip' | 'home' | 'glossary' | 'notes' | 'display'> = {
  en: {
    skip: 'Skip to content',
    home: 'Duet home',
    glossary: 'Glossary',
    notes: 'All notes',
    display: 'Display',
  },
  'zh-Hant': {
    skip: '跳到主要內容',
    home: 'Duet 首頁',
    glossary: '術語表',
    notes: '所有筆記',
    display: '顯示',
  },
};

/** The panel's settings: loaded when the Display button is first pointed at, focused or pressed (outside the entry bundle). */
const loadDisplayPanel = () => import('./display-panel.tsx');
const DisplayPanel = lazy(() => loadDisplayPanel().then((module) => ({ default: module.DisplayPanel })));

/** Theme, interface language and text size, in a small disclosure panel of the header. */
export function DisplaySettings() {
  const m = useMessages(appChromeMessages);
  const [open, setOpen] = useState(false);
  const [startAligned, setStartAligned] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="display-settings" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={() => void loadDisplayPanel()}
        onFocus={() => void loadDisplayPanel()}
        onClick={() => {
          // The panel opens toward the side with room: to the right of a button in the window's left half (the
          // reader's bar wrapped), else to its left (a phone's bar ends with the button at the right edge).
          const rect = button.current?.getBoundingClientRect();
          setStartAligned(rect !== undefined && rect.left + rect.right < window.innerWidth);
          setOpen((value) => !value);
        }}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M3.5 15.5L8 4.5l4.5 11M5.2 11.5h5.6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
          <path
            d="M13 15.5l2.5-6 2.5 6M13.8 13.5h3.4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="header-button-label">{m.display}</span>
      </button>
      <div id={panelId} className={startAligned ? 'settings-panel settings-panel-start' : 'settings-panel'} hidden={!open}>
        {open ? (
          <Suspense fallback={null}>
            <DisplayPanel />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}

/** The finance glossary and the reader's own terms (/glossary), in the header of the pages other than the reader. */
export function GlossaryLink() {
  const m = useMessages(appChromeMessages);
  return (
    <Link to="/glossary" className="header-button glossary-link">
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d="M4 3.5h8.5a2 2 0 0 1 2 2v11H6a2 2 0 0 1-2-2zM4 14.5a2 2 0 0 1 2-2h8.5M7.5 6.5h4M7.5 9h3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="header-button-label">{m.glossary}</span>
    </Link>
  );
}

/** The way to every highlight and note of the library. */
export function NotesLink() {
  const m = useMessages(appChromeMessages);
  return (
    <Link to="/notes" className="header-button">
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path d="M5 3.5h10v13l-5-3.2-5 3.2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <span className="header-button-label">{m.notes}</span>
    </Link>
  );
}

/** The app's name, linking home. */
export function BrandLink() {
  const m = useMessages(appChromeMessages);
  return (
    <Link to="/" className="brand" aria-label={m.home}>
      <svg className="brand-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <rect x="2.5" y="4" width="8.5" height="16" rx="2" fill="currentColor" opacity="0.9" />
        <rect x="13" y="4" width="8.5" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <span>Duet</span>
    </Link>
  );
}
