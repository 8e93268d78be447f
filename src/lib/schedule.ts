/** Runs `callback` once the next frame has been painted (a task queued from a frame callback); returns a cancel function. */
export function afterNextPaint(callback: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/** Resolves once the next frame has been painted. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(resolve);
  });
}

/** Runs `callback` when the browser is idle (after a short pause where it cannot say). */
export function whenIdle(callback: () => void): void {
  if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(() => callback());
  else setTimeout(callback, 200);
}
