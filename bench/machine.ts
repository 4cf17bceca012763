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
