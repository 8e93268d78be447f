import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor, type Note } from '../../../core/note-model.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import type { CallNotes } from '../hooks/use-call-notes.ts';
import { notesMessages } from '../messages.ts';
import { anchorFromRange, type PendingHighlight } from '../utils/selection-anchor.ts';
import '../notes.css';

type Rect = PendingHighlight['rect'];

/** What the toolbar is showing: colours for a new selection, the note form for it, or an existing highlight. */
type Mode =
  { kind: 'new'; pending: PendingHighlight; writing: boolean; color: HighlightColor } | { kind: 'existing'; note: Note; rect: Rect };

const WIDTH = 300;

function typing(target: EventTarget | null): boolean {
  return target instanceof Element && Boolean(target.closest('input, textarea, select, [contenteditable="true"]'));
}

function visible(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.getClientRects().length > 0;
}

/** Whole-sentence range of the lit sentence on one side of a pair (keyboard highlighting). */
function litRange(pair: HTMLElement, side: 'en' | 'zh'): Range | null {
  const sentence = pair.querySelector(`.para-${side} .s-lit`);
  if (!visible(sentence)) return null;
  const range = document.createRange();
  range.selectNodeContents(sentence);
  return range;
}

export interface HighlightToolbarProps {
  transcript: Transcript;
  notes: CallNotes;
  /** Copies a highlight's citation (the same as "Copy quote"). */
  onCopy: (note: Note) => void;
}

/**
 * The small toolbar over selected text: highlight in one of four colours, or with a note. Keyboard: light a
 * sentence with ← → in a pair and press H (Shift+H for the other language); Escape closes. A highlight clicked
 * in the text opens the same toolbar to change its colour, edit its note, copy or delete it.
 */
export function HighlightToolbar({ transcript, notes, onCopy }: HighlightToolbarProps) {
  const m = useMessages(notesMessages);
  const [mode, setMode] = useState<Mode | null>(null);
  const [text, setText] = useState('');
  const panel = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const labelId = useId();
  const open = mode !== null;

  // A selection made with the pointer or the keyboard (Shift+arrows) inside the call's text.
  useEffect(() => {
    const onSelectionDone = (event: Event) => {
      if (event.target instanceof Node && panel.current?.contains(event.target)) return;
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
        if (event.type === 'pointerup') setMode((current) => (current?.kind === 'new' && !current.writing ? null : current));
        return;
      }
      const range = selection.getRangeAt(0);
      const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      if (!start?.closest('[data-transcript]')) return;
      const pending = anchorFromRange(range, transcript);
      if (!pending) return;
      returnFocus.current = start.closest<HTMLElement>('.pair');
      setText('');
      setMode({ kind: 'new', pending, writing: false, color: 'yellow' });
    };
    document.addEventListener('pointerup', onSelectionDone);
    document.addEventListener('keyup', onSelectionDone);
    return () => {
      document.removeEventListener('pointerup', onSelectionDone);
      document.removeEventListener('keyup', onSelectionDone);
    };
  }, [transcript]);

  // H on a pair highlights its lit sentence; a click on a highlight opens it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'h' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const pair = event.target instanceof HTMLElement && event.target.matches('.pair') ? event.target : null;
      if (!pair) return;
      const first: 'en' | 'zh' = visible(pair.querySelector('.para-en')) ? 'en' : 'zh';
      const side = event.shiftKey ? (first === 'en' ? 'zh' : 'en') : first;
      const range = litRange(pair, side);
      const pending = range ? anchorFromRange(range, transcript) : null;
      if (!pending) return;
      event.preventDefault();
      returnFocus.current = pair;
      setText('');
      setMode({ kind: 'new', pending, writing: false, color: 'yellow' });
    };
    const onClick = (event: MouseEvent) => {
      const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-transcript] mark[data-highlight]') : null;
      if (!mark) return;
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      const note = notes.notes.find((value) => value.id === mark.dataset.highlight);
      if (!note) return;
      const box = mark.getBoundingClientRect();
      returnFocus.current = mark.closest<HTMLElement>('.pair');
      setText(note.text);
      setMode({ kind: 'existing', note, rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } });
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [transcript, notes.notes]);

  // Opening moves the focus into the toolbar (its first control) when the keyboard opened it or a note is edited.
  const modeKey = mode === null ? '' : mode.kind === 'new' ? `new:${String(mode.writing)}` : `existing:${mode.note.id}`;
  useLayoutEffect(() => {
    if (!modeKey) return;
    const fromKeyboard = document.activeElement?.matches('.pair') ?? false;
    if (modeKey === 'new:false' && !fromKeyboard) return;
    const target = panel.current?.querySelector<HTMLElement>('textarea') ?? panel.current?.querySelector<HTMLElement>('button');
    target?.focus({ preventScroll: true });
  }, [modeKey]);

  const close = (restore: boolean) => {
    setMode(null);
    if (restore) returnFocus.current?.focus({ preventScroll: true });
  };

  const highlight = async (color: HighlightColor, noteText: string) => {
    if (mode?.kind !== 'new') return;
    const saved = await notes.create(mode.pending.anchor, mode.pending.speaker, color, noteText);
    // Failed: the alert says so; the toolbar stays so that nothing typed is lost.
    if (!saved) return;
    window.getSelection()?.removeAllRanges();
    close(true);
  };

  const onPanelKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  };

  if (!open) return null;
  const rect = mode.kind === 'new' ? mode.pending.rect : mode.rect;
  const below = rect.bottom + 8;
  const height = mode.kind === 'new' && !mode.writing ? 48 : 200;
  // Below the selection, else above it; always inside the window.
  const top = Math.min(
    Math.max(8, below + height > window.innerHeight ? rect.top - 8 - height : below),
    Math.max(8, window.innerHeight - height - 8),
  );
  const left = Math.min(Math.max(8, rect.left), Math.max(8, window.innerWidth - WIDTH - 8));
  const quote = mode.kind === 'new' ? mode.pending.anchor.quote : mode.note.anchor.quote;
  const lang = (mode.kind === 'new' ? mode.pending.anchor.lang : mode.note.anchor.lang) === 'en' ? 'en' : 'zh-Hant';

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes the group; every control is a button or field
    <div
      ref={panel}
      className="highlight-toolbar"
      style={{ top, left }}
      role="group"
      aria-labelledby={labelId}
      onKeyDown={onPanelKey}
      // Pressing a button must not clear the selection it acts on.
      onPointerDown={(event) => {
        if (!(event.target instanceof HTMLTextAreaElement)) event.preventDefault();
      }}
    >
      <span id={labelId} className="visually-hidden">
        {mode.kind === 'new' ? m.toolbar : format(m.highlightLabel, { quote })}
      </span>
      {mode.kind === 'existing' || mode.writing ? (
        <p className="highlight-quote" lang={lang}>
          {quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}
        </p>
      ) : null}
      <div className="highlight-colors" role="toolbar" aria-label={m.toolbar}>
        {HIGHLIGHT_COLORS.map((color) => {
          const name = m[`color_${color}`];
          const current = mode.kind === 'existing' ? mode.note.color === color : mode.writing && mode.color === color;
          return (
            <button
              key={color}
              type="button"
              className={`highlight-swatch highlight-${color}`}
              aria-label={format(m.highlightIn, { color: name })}
              aria-pressed={mode.kind === 'existing' || mode.writing ? current : undefined}
              title={name}
              onClick={() => {
                if (mode.kind === 'existing') {
                  void notes.update(mode.note, { color }).then((saved) => saved && setMode({ ...mode, note: saved }));
                } else if (mode.writing) setMode({ ...mode, color });
                else void highlight(color, '');
              }}
            />
          );
        })}
        {mode.kind === 'new' && !mode.writing ? (
          <button type="button" className="highlight-action" onClick={() => setMode({ ...mode, writing: true })}>
            {m.addNote}
          </button>
        ) : null}
      </div>
      {mode.kind === 'existing' || mode.writing ? (
        <form
          className="highlight-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (mode.kind === 'new') void highlight(mode.color, text);
            else void notes.update(mode.note, { text }).then((saved) => saved && close(true));
          }}
        >
          <label className="visually-hidden" htmlFor={`${labelId}-text`}>
            {m.noteLabel}
          </label>
          <textarea
            id={`${labelId}-text`}
            className="highlight-text"
            rows={3}
            value={text}
            placeholder={m.notePlaceholder}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="highlight-buttons">
            <button type="submit" className="button button-primary button-small">
              {m.save}
            </button>
            {mode.kind === 'existing' ? (
              <>
                <button type="button" className="button button-small" onClick={() => onCopy(mode.note)}>
                  {m.copyQuote}
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => void notes.remove(mode.note).then((done) => done && close(true))}
                >
                  {m.delete}
                </button>
              </>
            ) : null}
            <button type="button" className="button button-small" onClick={() => close(true)}>
              {mode.kind === 'new' ? m.cancel : m.close}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
