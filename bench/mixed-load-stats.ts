import type { Role } from '@zonehub/access';
import { formatCount, formatTable } from './report-table.js';

/** One answered (or failed) request of the measured window. */
export interface Sample {
  route: string;
  role: Role | 'anonymous';
  ms: number;
  /** When it was sent, in ms since the process started (performance.now()). */
  sentAt: number;
  /** HTTP status, or 0 when the request failed without one (reset, timeout). */
  status: number;
}

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Not 2xx, or no answer at all. */
  errors: number;
  requestsPerSecond: number;
}

export interface RouteSummary extends LatencySummary {
  route: string;
}

/** The value below which `share` of the sorted values lie (nearest rank). */
function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function summarize(samples: readonly Sample[], seconds: number): LatencySummary {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    count: samples.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? 0,
    errors: samples.filter((sample) => sample.status < 200 || sample.status >= 300).length,
    requestsPerSecond: samples.length / seconds,
  };
}

/** Per route, slowest p99 first, so the table starts with what to look at. */
export function summarizeByRoute(samples: readonly Sample[], seconds: number): RouteSummary[] {
  const byRoute = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = byRoute.get(sample.route) ?? [];
    list.push(sample);
    byRoute.set(sample.route, list);
  }
  return [...byRoute.entries()]
    .map(([route, list]) => ({ route, ...summarize(list, seconds) }))
    .sort((a, b) => b.p99Ms - a.p99Ms);
}

export function worstRequests(samples: readonly Sample[], count: number): Sample[] {
  return [...samples].sort((a, b) => b.ms - a.ms).slice(0, count);
}

const ms = (value: number) => `${Math.round(value)} ms`;

function summaryCells(summary: LatencySummary): string[] {
  return [
    formatCount(summary.count),
    summary.requestsPerSecond.toFixed(1),
    ms(summary.p50Ms),
    ms(summary.p95Ms),
    ms(summary.p99Ms),
    ms(summary.maxMs),
    formatCount(summary.errors),
  ];
}

export function formatRouteTable(routes: readonly RouteSummary[], all: LatencySummary, health: LatencySummary): string {
  const rows = [
    ...routes.map((route) => [`GET ${route.route}`, ...summaryCells(route)]),
    ['all routes above', ...summaryCells(all)],
    ['GET /api/v1/health (polled alongside)', ...summaryCells(health)],
  ];
  return formatTable(['route', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'errors'], rows);
}

/** `windowStart` is when the measured window began, so "sent at" says when in the run it happened. */
export function formatWorstTable(worst: readonly Sample[], windowStart: number): string {
  return formatTable(
    ['slowest requests', 'role', 'sent at', 'status', 'ms'],
    worst.map((sample) => [
      `GET ${sample.route}`,
      sample.role,
      `${((sample.sentAt - windowStart) / 1000).toFixed(1)} s`,
      String(sample.status),
      ms(sample.ms),
    ]),
    2,
  );
}
