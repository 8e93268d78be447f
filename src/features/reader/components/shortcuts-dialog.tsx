import { useRef } from 'react';
import { useModalDialog } from '../../../components/use-modal-dialog.ts';
import { useMessages } from '../../../lib/i18n.ts';
import { readerMessages } from '../messages.ts';

export interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** A modal list of the reader's keyboard shortcuts; Esc or the button closes it. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const m = useMessages(readerMessages);
  const ref = useRef<HTMLDialogElement>(null);

  useModalDialog(ref, open);

  const rows: [string[], string][] = [
    [['j', 'n'], m.keyNext],
    [['k', 'p'], m.keyPrevious],
    [['/', 'Ctrl + F'], m.keySearch],
    [['Enter', 'Shift + Enter'], m.keyMatch],
    [['←', '→'], m.keySentence],
    [['↑', '↓'], m.keyPair],
    [['Enter'], m.keyCounterpart],
    [['t', 'Shift + T'], m.keyTerm],
    [['?'], m.keyHelp],
    [['Esc'], m.keyClose],
  ];

  return (
    <dialog
      ref={ref}
      className="shortcuts"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id="shortcuts-title">{m.shortcutsTitle}</h2>
      <dl className="shortcut-list">
        {rows.map(([keys, label]) => (
          <div className="shortcut" key={label}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? <span className="shortcut-or">/ </span> : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        {m.close}
      </button>
    </dialog>
  );
}
