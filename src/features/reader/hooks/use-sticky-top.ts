import { useCallback, useState } from 'react';

/**
 * The height of the reader's sticky bar (it wraps on narrow screens and holds the filter notices): jumps land
 * below it and the scroll spy reads the row just under it. Returns the height and a ref for the bar.
 */
export function useStickyTop(): [number, (element: HTMLElement | null) => void] {
  const [height, setHeight] = useState(56);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(Math.round(element.getBoundingClientRect().height)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [height, ref];
}
