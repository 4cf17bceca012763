import type { Config } from '../config/config.js';
import { DEMO_PASSWORD } from '../demo/seed.js';
import { startZoneHub } from '../runtime.js';

/** Runs until SIGINT/SIGTERM; returns -1 so main leaves the exit code to the shutdown. */
export async function runStart(config: Config): Promise<number> {
  const startedAt = performance.now();
  const running = await startZoneHub(config);
  const ms = Math.round(performance.now() - startedAt);
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
  console.log(`ZoneHub ready in ${ms} ms on ${running.url ?? '(no web role)'}  database: ${where}`);
  if (config.demo) {
    console.log(`Demo mode. Demo logins (password ${DEMO_PASSWORD}):`);
    const list =
      running.demoAccounts.length > 0
        ? running.demoAccounts.map((a) => a.username)
        : ['sysadmin', 'zoneadmin', 'leader', 'investment', 'taskforce', 'park', 'department', 'enterprise'];
    console.log(`  ${list.join(', ')}`);
  }
  const shutdown = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return -1;
}
