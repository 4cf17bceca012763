import { theme } from 'antd';
import { useCallback, useSyncExternalStore } from 'react';

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  // Read synchronously on the first render, unlike Grid.useBreakpoint (empty until its effect),
  // so a desktop never mounts the phone layout for one frame and a phone never the side menu.
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** A phone (below Ant Design's md, 768 px): the menu is a drawer and the header is compact. */
export function usePhoneScreen(): boolean {
  const { token } = theme.useToken();
  return useMediaQuery(`(max-width: ${token.screenSMMax}px)`);
}

/** Narrower than a desktop (below lg, 992 px): tables scroll sideways rather than squeeze their cells. */
export function useNarrowScreen(): boolean {
  const { token } = theme.useToken();
  return useMediaQuery(`(max-width: ${token.screenMDMax}px)`);
}
