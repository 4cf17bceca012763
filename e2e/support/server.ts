import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  baseUrl: string;
  logFile: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * Starts the real server (`zonehub start`) on a free loopback port with a fresh data dir and the
 * demo data, and waits until /api/v1/health answers 200.
 */
export async function startServer(timeoutMs = 90_000): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'zonehub-e2e-'));
  const logFile = join(dataDir, 'server.log');
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      ZONEHUB_DATA_DIR: dataDir,
      ZONEHUB_DEMO: '1',
      ZONEHUB_HOST: '127.0.0.1',
      ZONEHUB_ROLES: 'web',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const kill = () => {
    if (exited === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(baseUrl))) {
    if (exited !== null) throw new Error(`server exited with code ${exited} before answering; see ${logFile}`);
    if (Date.now() > deadline) {
      kill();
      throw new Error(`server did not answer /api/v1/health within ${timeoutMs} ms; see ${logFile}`);
    }
    await sleep(250);
  }

  return {
    baseUrl,
    logFile,
    stop: async () => {
      if (exited === null) {
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(kill, 5_000);
        await gone;
        clearTimeout(timer);
      }
      process.removeListener('exit', kill);
      log.end();
      if (!process.env.ZONEHUB_E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
