import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { registerCleanup } from './interrupt.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_ENTRY = join(REPO_ROOT, 'server', 'src', 'main.ts');

/** The line `zonehub start` prints once migrations, the demo seed and listen are done. */
const READY_LINE = /ZoneHub ready in (\d+) ms/;
/** Short enough not to add visibly to the measured start time, long enough not to steal a core. */
const HEALTH_POLL_INTERVAL_MS = 10;
const STOP_GRACE_MS = 10_000;
/** How much of the server's output to keep for the error message when it fails to start. */
const OUTPUT_TAIL_CHARS = 4_000;

export type DatabaseKind = 'sqlite' | 'postgres';
export type BenchDatabase = { kind: 'sqlite' } | { kind: 'postgres'; url: string };

export interface StartedServer {
  baseUrl: string;
  /** Measured here: from just before spawn to the first 200 from GET /api/v1/health. */
  spawnToHealthyMs: number;
  /** The server's own "ready in N ms": migrations, demo seed and listen, after its modules loaded. */
  selfReportedReadyMs: number | null;
  /** The server's process id, to read its CPU time from /proc. */
  pid: number | undefined;
  stop(): Promise<void>;
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The variables of the calling shell stay (PATH, NODE_OPTIONS), but none of its ZONEHUB_* settings:
 * a developer's own ZONEHUB_DATABASE_URL must never point a benchmark at their database.
 */
function serverEnvironment(
  port: number,
  dataDir: string,
  database: BenchDatabase,
  settings: Record<string, string>,
): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ZONEHUB_')));
  return {
    ...inherited,
    PORT: String(port),
    ZONEHUB_HOST: '127.0.0.1',
    ZONEHUB_DATA_DIR: dataDir,
    ZONEHUB_DEMO: '1',
    ZONEHUB_LOG_LEVEL: 'warn',
    ...(database.kind === 'postgres' ? { ZONEHUB_DATABASE_URL: database.url } : {}),
    ...settings,
  };
}

async function answersHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false; // not listening yet
  }
}

/**
 * Extra node flags for the server only, from `BENCH_SERVER_NODE_ARGS` (space-separated), e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where a benchmark's time goes (node refuses
 * --cpu-prof in NODE_OPTIONS, and NODE_OPTIONS would profile the benchmark too).
 */
function serverNodeArgs(): string[] {
  return (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (hasExited(child)) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Spawns `zonehub start` (the same command as `npm run zonehub start`) on a free loopback port with
 * a fresh temporary data dir and the demo seed, and resolves once /api/v1/health answers 200.
 */
/** `settings`: ZONEHUB_* variables for this server (the bench's own are never inherited). */
export async function startServer(
  database: BenchDatabase,
  timeoutMs = 60_000,
  settings: Record<string, string> = {},
): Promise<StartedServer> {
  const port = await freeLoopbackPort();
  const dataDir = await mkdtemp(join(tmpdir(), 'zonehub-bench-'));
  const baseUrl = `http://127.0.0.1:${port}`;

  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...serverNodeArgs(), '--import', 'tsx', SERVER_ENTRY, 'start'], {
    cwd: REPO_ROOT,
    env: serverEnvironment(port, dataDir, database, settings),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const unregisterCleanup = registerCleanup(async () => {
    child.kill('SIGKILL');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  let outputTail = '';
  let selfReportedReadyMs: number | null = null;
  const keepOutput = (line: string) => {
    outputTail = `${outputTail}${line}\n`.slice(-OUTPUT_TAIL_CHARS);
  };
  const readyLineSeen = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      keepOutput(line);
      const match = READY_LINE.exec(line);
      if (match?.[1] !== undefined) {
        selfReportedReadyMs = Number(match[1]);
        resolve();
      }
    });
  });
  createInterface({ input: child.stderr }).on('line', keepOutput);

  const stop = async () => {
    await stopChild(child, exited);
    unregisterCleanup();
    await rm(dataDir, { recursive: true, force: true });
  };

  let spawnToHealthyMs: number | null = null;
  while (spawnToHealthyMs === null) {
    if (await answersHealthy(baseUrl)) {
      spawnToHealthyMs = performance.now() - spawnedAt;
    } else if (hasExited(child)) {
      await stop();
      throw new Error(`the ${database.kind} server exited (code ${child.exitCode}) before answering:\n${outputTail}`);
    } else if (performance.now() - spawnedAt > timeoutMs) {
      await stop();
      throw new Error(`the ${database.kind} server did not answer within ${timeoutMs} ms:\n${outputTail}`);
    } else {
      await sleep(HEALTH_POLL_INTERVAL_MS);
    }
  }
  // The ready line is printed right after listen resolves, so it can trail the first 200 slightly.
  await Promise.race([readyLineSeen, sleep(2_000)]);

  return { baseUrl, spawnToHealthyMs, selfReportedReadyMs, pid: child.pid, stop };
}

/** Spawn to exit of `node --import tsx -e ""`: what the runtime and the TypeScript loader cost on their own. */
export async function measureRuntimeBaselineMs(): Promise<number> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', ''], { cwd: REPO_ROOT, stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  const elapsedMs = performance.now() - spawnedAt;
  if (exitCode !== 0) throw new Error(`node --import tsx -e "" exited with code ${exitCode}`);
  return elapsedMs;
}
