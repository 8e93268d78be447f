import { useRef } from 'react';
import { OpenIcon } from './icons.tsx';

/** The visible "Open transcript" button, backed by a hidden multi-file input for .txt files. */
export function OpenFileButton({ label, onFiles }: { label: string; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="lib-button lib-button-primary" onClick={() => input.current?.click()}>
        <OpenIcon />
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".txt,text/plain"
        multiple
        hidden
        aria-label={label}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Reset so that choosing the same file again still fires a change.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
