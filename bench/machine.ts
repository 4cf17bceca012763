import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, totalmem } from 'node:os';

/**
 * The figures only mean something next to the machine that produced them, and next to how busy it
 * was: a test suite running beside the benchmark takes cores the server would otherwise have.
 */
export interface MachineDescription {
  node: string;
  platform: string;
  cpuCount: number;
  cpuModel: string;
  memoryGiB: number;
  /** 1, 5 and 15 minute load averages when this was taken. */
  loadAverage: number[];
}

export function describeMachine(): MachineDescription {
  return {
    node: process.version,
    platform: `${platform()} ${process.arch}`,
    cpuCount: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** A line for the report when other work already keeps more than half the cores busy. */
export function busyMachineNote(): string | null {
  const [lastMinute = 0] = loadavg();
  const cores = availableParallelism();
  if (lastMinute <= cores / 2) return null;
  return `  note: load average ${lastMinute.toFixed(2)} on ${cores} cores before starting; other work lowers these figures`;
}

/** Linux reports process CPU time in clock ticks; 100 a second on every common build. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, all threads) a process has used so far, from /proc; null where there is no
 * /proc. On a shared machine this is steadier than latency: it counts what the server did, not how
 * long it waited for a core.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime, fields 14 and 15
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
