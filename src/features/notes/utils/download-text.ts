/** Saves text as a file through the browser's download (a Blob URL, released right after). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a call's company and period: `fernhollow-metals-q2-2026-notes.md`. */
export function fileStem(parts: ReadonlyArray<string | null>): string {
  const stem = parts
    .filter((part): part is string => Boolean(part))
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return stem || 'duet';
}
