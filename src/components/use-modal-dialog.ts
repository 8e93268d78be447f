import { useEffect, type RefObject } from 'react';

/**
 * Opens a `<dialog>` as a modal while `open` is true and closes it when it turns false: the app's one open/close
 * helper for dialogs. When it opens, focus goes to `focusTarget()` (the element the dialog wants first), else to the
 * dialog's first button. Where `showModal` is missing (old browsers, jsdom) the `open` attribute stands in.
 */
export function useModalDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  open: boolean,
  focusTarget?: () => HTMLElement | null | undefined,
): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      (focusTarget?.() ?? element.querySelector<HTMLButtonElement>('button'))?.focus();
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
    // focusTarget is read when the dialog opens; a new function on each render must not reopen it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dialog, open]);
}
