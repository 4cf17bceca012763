/**
 * When the server last answered a signed-in request, shared by every tab of this browser (they
 * share one session cookie, so a call in one tab keeps the others' session alive too).
 */
const STORAGE_KEY = 'zonehub.lastServerContact';

let last = Date.now();
const listeners = new Set<() => void>();

function readStored(): number {
  try {
    return Number(globalThis.localStorage?.getItem(STORAGE_KEY)) || 0;
  } catch {
    return 0;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  if (event.key !== STORAGE_KEY) return;
  const stored = Number(event.newValue) || 0;
  if (stored > last) {
    last = stored;
    emit();
  }
}

/** Records an answered API call (the client calls this for every answer but a 401). */
export function noteServerContact(at = Date.now()): void {
  if (at <= last) return;
  last = at;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, String(at));
  } catch {
    // Storage disabled: the other tabs will not hear of it, which only makes them warn early.
  }
  emit();
}

export function lastServerContact(): number {
  return Math.max(last, readStored());
}

/** Calls `listener` whenever the last contact moves on, here or in another tab. */
export function subscribeServerContact(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}
