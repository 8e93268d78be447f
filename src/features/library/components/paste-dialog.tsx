import { useId, useRef, useState } from 'react';
import { useModalDialog } from '../../../components/use-modal-dialog.ts';
import { useMessages } from '../../../lib/i18n.ts';
import { useSettings } from '../../../lib/settings.ts';
import { errorMessage } from '../format-call.ts';
import { libraryMessages } from '../messages.ts';
import { formatParts } from './format-parts.tsx';
import { AlertIcon } from './icons.tsx';

/**
 * A modal dialog with a textarea to paste a whole transcript. It stays open while the text is opened: when the text
 * is refused, the reason shows under it and the text stays, so that it can be fixed; when it opens, the parent
 * closes the dialog (and remounts it empty with a new key).
 * `onSubmit` resolves with null when the text opened, or with the error that refused it.
 */
export function PasteDialog({
  open,
  onClose,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  onSubmit: (text: string) => Promise<unknown>;
}) {
  const m = useMessages(libraryMessages);
  const { uiLanguage } = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [hasText, setHasText] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ error: unknown } | null>(null);
  const titleId = useId();
  const hintId = useId();
  const fieldId = useId();
  const errorId = useId();

  useModalDialog(dialog, open, () => textarea.current);

  const detail = refusal ? errorMessage(refusal.error, m, uiLanguage) : null;

  return (
    <dialog ref={dialog} className="lib-dialog" aria-labelledby={titleId} aria-describedby={hintId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          const text = textarea.current?.value ?? '';
          if (text.trim() === '' || busy) return;
          setBusy(true);
          setRefusal(null);
          void onSubmit(text).then(
            (error) => {
              setBusy(false);
              if (error === null || error === undefined) return;
              setRefusal({ error });
              textarea.current?.focus();
            },
            (error: unknown) => {
              setBusy(false);
              setRefusal({ error });
            },
          );
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
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? errorId : undefined}
          onInput={(event) => setHasText(event.currentTarget.value.trim() !== '')}
        />
        {detail ? (
          <div id={errorId} className="lib-card lib-card-error lib-dialog-error" role="alert">
            <AlertIcon />
            <div className="lib-card-body">
              <p className="lib-card-title">{m.pasteRefused}</p>
              <p className="lib-card-text">{formatParts(detail.template, detail.values)}</p>
            </div>
          </div>
        ) : null}
        <div className="lib-dialog-actions">
          <button type="button" className="lib-button lib-button-quiet" onClick={onClose}>
            {m.cancel}
          </button>
          <button type="submit" className="lib-button lib-button-primary" disabled={!hasText || busy}>
            {m.pasteOpen}
          </button>
        </div>
      </form>
    </dialog>
  );
}
