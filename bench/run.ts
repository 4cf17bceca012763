/**
 * `npm run bench`: the cold-start and list-route benchmarks one after the other, a summary table,
 * and every figure in bench/results/<timestamp>.json to compare runs (the folder is git-ignored).
 * Options as for the single benchmarks: --runs, --duration, --connections, --sqlite-only, --users-per-role.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { benchOptionsOrExit } from './bench-options.js';
import { benchColdStart, type ColdStartResult, formatColdStartMedians } from './cold-start.js';
import { benchImport, formatImportTable } from './import.js';
import { benchInvestment, formatInvestmentTable } from './investment.js';
import { benchListRoute, formatListRouteTable, type ListRouteBench } from './list-route.js';
import { describeMachine } from './machine.js';
import { benchMixedLoad, formatMixedLoad } from './mixed-load.js';
import { benchProjects, formatProjectsTable } from './projects.js';
import { formatCount, formatMs, formatRatio, formatTable } from './report-table.js';
import { benchSearch, formatSearchTable } from './search.js';
import { type DatabaseKind, REPO_ROOT } from './server-process.js';

const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
const DATABASES: readonly DatabaseKind[] = ['sqlite', 'postgres'];

/** Which code was measured; "unknown" outside a git checkout rather than failing the run. */
function gitRevision(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function summaryTable(coldStart: ColdStartResult, listRoute: ListRouteBench): string {
  const coldStartFor = (database: DatabaseKind) => coldStart.medians.find((medians) => medians.database === database);
  const loadFor = (database: DatabaseKind) => listRoute.results.find((result) => result.database === database);
  const row = (label: string, cell: (database: DatabaseKind) => string) => [label, ...DATABASES.map(cell)];
  const runs = coldStart.runs.length;
  const rows = [
    row(`cold start: spawn → first 200 (median of ${runs})`, (db) =>
      formatMs(coldStartFor(db)?.spawnToHealthyMs ?? null),
    ),
    row('  server\'s own "ready in" (median)', (db) => formatMs(coldStartFor(db)?.selfReportedReadyMs ?? null)),
    row('  runtime baseline: node --import tsx -e ""', (db) =>
      coldStartFor(db) === undefined ? '–' : formatMs(coldStart.medianRuntimeBaselineMs),
    ),
    row('  cold start ÷ runtime baseline', (db) => formatRatio(coldStartFor(db)?.ratioToRuntimeBaseline ?? null)),
    row('  under the 5 s aim', (db) => {
      const medians = coldStartFor(db);
      return medians === undefined ? '–' : medians.withinAim ? 'yes' : 'NO';
    }),
    row('GET /api/v1/health req/s (mean)', (db) => formatLoad(loadFor(db)?.health.requestsPerSecondMean)),
    row('GET /api/v1/enterprises req/s (mean)', (db) => formatLoad(loadFor(db)?.list.requestsPerSecondMean)),
    row('  list p50 / p99 latency', (db) => {
      const list = loadFor(db)?.list;
      return list === undefined ? '–' : `${list.latencyP50Ms} / ${list.latencyP99Ms} ms`;
    }),
    row('  list ÷ health req/s', (db) => formatRatio(loadFor(db)?.listToHealthRatio ?? null)),
    row('  non-2xx + errors (both routes)', (db) => {
      const result = loadFor(db);
      if (result === undefined) return '–';
      return formatCount(result.health.non2xx + result.health.errors + result.list.non2xx + result.list.errors);
    }),
  ];
  return formatTable(['ZoneHub benchmark summary', 'SQLite', 'PostgreSQL'], rows);
}

function formatLoad(requestsPerSecond: number | undefined): string {
  return requestsPerSecond === undefined ? '–' : formatCount(requestsPerSecond);
}

async function main(): Promise<void> {
  const options = benchOptionsOrExit();
  const startedAt = new Date();
  const machineAtStart = describeMachine();

  const coldStart = await benchColdStart(options);
  console.log(`\n${formatColdStartMedians(coldStart)}\n`);
  const listRoute = await benchListRoute(options);
  console.log(`\n${formatListRouteTable(listRoute)}\n`);
  console.log(summaryTable(coldStart, listRoute));
  const search = await benchSearch(options);
  console.log(`\n${formatSearchTable(search)}\n`);
  const enterpriseImport = await benchImport(options);
  console.log(`\n${formatImportTable(enterpriseImport)}\n`);
  const investment = await benchInvestment(options);
  console.log(`\n${formatInvestmentTable(investment)}\n`);
  const projects = await benchProjects(options);
  console.log(`\n${formatProjectsTable(projects)}\n`);
  const mixedLoad = await benchMixedLoad(options);
  console.log(`\n${formatMixedLoad(mixedLoad)}\n`);

  const record = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    revision: gitRevision(),
    machineAtStart,
    machineAtEnd: describeMachine(),
    options,
    coldStart,
    listRoute,
    search,
    enterpriseImport,
    investment,
    projects,
    mixedLoad,
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  // Colons are not allowed in file names on every system the repo is checked out on.
  const file = join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nresults written to ${file}`);
}

await main();
