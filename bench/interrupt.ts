import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Ctrl-C in the middle of a benchmark must not leave a server listening or a temporary PostgreSQL
 * database behind, so whatever a benchmark starts registers how to undo it here while it is alive.
 */
type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();
let handlersInstalled = false;

/** Cleanups get this long in total before the process exits anyway. */
const CLEANUP_GRACE_MS = 5_000;

async function cleanUpAndExit(signal: NodeJS.Signals): Promise<void> {
  console.error(`\n${signal}: stopping benchmark servers and dropping temporary databases`);
  const pending = [...cleanups].map((cleanup) =>
    Promise.resolve()
      .then(cleanup)
      .catch(() => undefined),
  );
  await Promise.race([Promise.all(pending), sleep(CLEANUP_GRACE_MS)]);
  process.exit(130);
}

/** Registers a cleanup to run on SIGINT/SIGTERM; call the returned function once it is no longer needed. */
export function registerCleanup(cleanup: Cleanup): () => void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void cleanUpAndExit(signal));
    }
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}
