import { useCallback, useRef, useState } from 'react';

/**
 * The width in px of the element given the returned ref, kept current as it resizes (undefined until
 * it is mounted). A callback ref, so an element that mounts later (after a spinner) is measured too.
 */
export function useWidth<T extends HTMLElement>(): [(element: T | null) => void, number | undefined] {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    setWidth(element.clientWidth);
    observer.current = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.current.observe(element);
  }, []);
  return [ref, width];
}
