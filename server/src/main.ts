import { ConfigError, loadConfig } from './config/config.js';

const USAGE = `usage: zonehub [start | migrate | audit verify [--checkpoints <file>]]
  start          serve the platform (default); ZONEHUB_ROLES picks web,ingest,worker
  migrate        apply pending database migrations and exit
  audit verify   check the audit log's keyed chain and its signed checkpoints (the data dir's
                 audit-checkpoints.jsonl, or --checkpoints <file>); exit 1 if it was tampered with`;

async function main(argv: string[]): Promise<number> {
  const [command = 'start', sub, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  // Each command loads only what it runs: `migrate` and `audit verify` need not load the whole app.
  if (command === 'start') return (await import('./cli/start.js')).runStart(config);
  if (command === 'migrate') return (await import('./cli/migrate.js')).runMigrate(config);
  if (command === 'audit' && sub === 'verify')
    return (await import('./cli/audit-verify.js')).runAuditVerify(config, rest);
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (error: unknown) => {
    // Invalid configuration stops start-up with one line naming the variable.
    if (error instanceof ConfigError) console.error(`zonehub: invalid configuration: ${error.message}`);
    else console.error(`zonehub: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
