import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Checkpoint } from '@zonehub/audit-chain';
import type { Config } from '../config/config.js';
import { type Db, openDatabase } from '../db/database.js';
import { type AuditLogProblem, verifyAuditLog } from '../features/audit/audit-verify.service.js';
import { checkpointsFileOf } from '../features/audit/checkpoint-file.js';

export interface AuditVerifyOptions {
  key: string;
  checkpointsFile: string;
  /** Named with --checkpoints: then a missing file is an error, not "no checkpoint yet". */
  explicitFile: boolean;
}

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const named = (c: Checkpoint, line: number, file: string) =>
  `checkpoint seq ${c.seq} of ${c.at} (line ${line} of ${file})`;

function describe(problem: AuditLogProblem, file: string): string {
  switch (problem.kind) {
    case 'wrongKey':
      return 'the audit key (ZONEHUB_AUDIT_KEY, or $ZONEHUB_DATA_DIR/audit-key) is not the key this audit log is written with';
    case 'gap':
      return `entry ${problem.expectedSeq} is missing (next found: ${problem.foundSeq})`;
    case 'headMismatch':
      return problem.lastSeq > problem.headSeq
        ? `the chain head records entry ${problem.headSeq} but the log goes on to entry ${problem.lastSeq}: the head was moved back`
        : `the log ends at entry ${problem.lastSeq} but the chain head records ${problem.headSeq}: entries were removed`;
    case 'badHash':
      return `entry ${problem.seq} was altered (its content no longer matches its MAC: edited, or re-chained without the audit key)`;
    case 'brokenLink':
      return `entry ${problem.seq} was altered (it no longer links to the entry before it)`;
    case 'unreadable':
      return `line ${problem.line} of ${file} is not a checkpoint: the checkpoints file was edited or torn`;
    case 'badSignature':
      return `${named(problem.checkpoint, problem.line, file)} does not carry a valid signature: the checkpoints file was edited`;
    case 'keyedFromMoved':
      return `${named(problem.checkpoint, problem.line, file)} has keyed entries from seq ${problem.checkpoint.keyedFromSeq}, the database now says ${problem.keyedFromSeq}: the boundary was moved`;
    case 'truncated':
      return `${named(problem.checkpoint, problem.line, file)} records entries up to ${problem.checkpoint.seq} but the log ends at entry ${problem.lastSeq}: entries were removed and the chain head rewound`;
    case 'mismatch':
      return `entry ${problem.checkpoint.seq} no longer has the hash ${named(problem.checkpoint, problem.line, file)} recorded: entries were rewritten and re-chained`;
  }
}

/** `zonehub audit verify` on an open database: prints the report, returns the exit code (0 intact, 1 not). */
export async function auditVerify(db: Db, options: AuditVerifyOptions, output: Output): Promise<number> {
  const { checkpointsFile: file } = options;
  if (options.explicitFile && !existsSync(file)) {
    output.err(`zonehub: no checkpoints file at ${file}`);
    return 2;
  }
  const report = await verifyAuditLog(db, { key: options.key, checkpointsFile: file });
  if (!report.ok) {
    const verdict = report.problem.kind === 'wrongKey' ? 'AUDIT LOG NOT VERIFIED' : 'AUDIT LOG TAMPERED';
    output.err(`${verdict}: ${describe(report.problem, file)}`);
    return 1;
  }
  const legacy =
    report.keyedFromSeq > 1
      ? `; entries 1–${report.keyedFromSeq - 1} predate the key and are verified by their plain hash`
      : '';
  const entries = `${report.entries} ${report.entries === 1 ? 'entry' : 'entries'}`;
  output.out(`audit log intact: ${entries}, chain verified with the audit key${legacy}`);
  if (report.latest === null) {
    output.out(
      `WARNING: no checkpoint yet in ${file}: a tail deleted together with a rewound chain head cannot be detected until the worker writes one (at start-up, then every 10 minutes)`,
    );
    return 0;
  }
  const { checkpoint, line } = report.latest;
  const after = report.entries - checkpoint.seq;
  output.out(
    `checked against ${named(checkpoint, line, file)}; all ${report.checkpoints} checkpoints valid; ${after} later ${after === 1 ? 'entry is' : 'entries are'} protected by the key alone`,
  );
  return 0;
}

/** `audit verify [--checkpoints <file>]`; the data dir's file by default. */
export function parseAuditVerifyArgs(
  args: string[],
  dataDir: string,
): { checkpointsFile: string; explicitFile: boolean } | { error: string } {
  try {
    const { values } = parseArgs({ args, options: { checkpoints: { type: 'string' } }, strict: true });
    return values.checkpoints
      ? { checkpointsFile: values.checkpoints, explicitFile: true }
      : { checkpointsFile: checkpointsFileOf(dataDir), explicitFile: false };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export async function runAuditVerify(config: Config, args: string[]): Promise<number> {
  const parsed = parseAuditVerifyArgs(args, config.dataDir);
  if ('error' in parsed) {
    console.error(`zonehub audit verify: ${parsed.error}`);
    return 2;
  }
  const handle = openDatabase(config.database);
  try {
    return await auditVerify(
      handle.db,
      { key: config.auditKey, ...parsed },
      { out: (line) => console.log(line), err: (line) => console.error(line) },
    );
  } finally {
    await handle.destroy();
  }
}
