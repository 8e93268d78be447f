import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../../../lib/i18n.ts';
import { libraryMessages } from '../messages.ts';

/**
 * A modal dialog with a textarea to paste a whole transcript. The text stays in the textarea
 * until it opens successfully (the parent then remounts the dialog with a new key), so a failed attempt loses nothing.
 */
export function PasteDialog({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (text: string) => void }) {
  const m = useMessages(libraryMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [hasText, setHasText] = useState(false);
  const titleId = useId();
  const hintId = useId();
  const fieldId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      textarea.current?.focus();
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog ref={dialog} className="lib-dialog" aria-labelledby={titleId} aria-describedby={hintId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          const text = textarea.current?.value ?? '';
          if (text.trim() !== '') onSubmit(text);
        }}
      >
        <h2 id={titleId} className="lib-dialog-title">
          {m.pasteTitle}
        </h2>
        <p id={hintId} className="lib-muted">
          {m.pasteHint}
        </p>
        <label htmlFor={fieldId} className="lib-label">
          {m.pasteLabel}
        </label>
        <textarea
          ref={textarea}
          id={fieldId}
          className="lib-textarea"
          rows={10}
          spellCheck={false}
          onInput={(event) => setHasText(event.currentTarget.value.trim() !== '')}
        />
        <div className="lib-dialog-actions">
          <button type="button" className="lib-button lib-button-quiet" onClick={onClose}>
            {m.cancel}
          </button>
          <button type="submit" className="lib-button lib-button-primary" disabled={!hasText}>
            {m.pasteOpen}
          </button>
        </div>
      </form>
    </dialog>
  );
}
