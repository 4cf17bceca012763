import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { idleStep, shouldKeepAlive } from './idle-timeout';
import { lastServerContact, subscribeServerContact } from './server-contact';

/** What the page does in the page counts as presence; moving the pointer over it does not. */
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

interface IdleHandlers {
  /** Refreshes the session (GET /auth/me); its answer counts as server contact. */
  keepAlive: () => Promise<unknown>;
  /** The session has idled out. */
  onExpired: () => void;
}

/**
 * Watches the session's idle clock: returns the moment it idles out while the warning should show,
 * else null. Clicks and key presses refresh a quiet session; the timing rules are in idle-timeout.ts.
 */
export function useIdleTimeout(idleTimeoutMs: number, handlers: IdleHandlers): number | null {
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });
  const warningRef = useRef(false);
  const keepingAlive = useRef(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ended = false;

    const evaluate = () => {
      clearTimeout(timer);
      if (ended) return;
      const now = Date.now();
      const step = idleStep(now, lastServerContact(), idleTimeoutMs);
      warningRef.current = step.kind === 'warn';
      if (step.kind === 'expired') {
        ended = true;
        setExpiresAt(null);
        handlersRef.current.onExpired();
        return;
      }
      setExpiresAt(step.kind === 'warn' ? step.expiresAt : null);
      // Timers of background tabs may fire late; evaluate() always goes by the clock, never by the timer.
      timer = setTimeout(evaluate, (step.kind === 'warn' ? step.expiresAt : step.at) - now);
    };

    const onInteraction = () => {
      if (keepingAlive.current || !shouldKeepAlive(Date.now(), lastServerContact(), warningRef.current)) return;
      keepingAlive.current = true;
      handlersRef.current
        .keepAlive()
        .catch(() => {
          // A lost session is handled by the API client; anything else waits for the next interaction.
        })
        .finally(() => {
          keepingAlive.current = false;
        });
    };

    const onVisible = () => {
      if (document.visibilityState === 'visible') evaluate();
    };

    const unsubscribe = subscribeServerContact(evaluate);
    for (const type of INTERACTIONS) window.addEventListener(type, onInteraction, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    evaluate();
    return () => {
      ended = true;
      clearTimeout(timer);
      unsubscribe();
      for (const type of INTERACTIONS) window.removeEventListener(type, onInteraction, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [idleTimeoutMs]);

  return expiresAt;
}
