import type { Config } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { verifyAuditChain } from '../features/audit/audit.service.js';

export async function runAuditVerify(config: Config): Promise<number> {
  const handle = openDatabase(config.database);
  try {
    const result = await verifyAuditChain(handle.db);
    if (result.ok) {
      console.log(`audit log intact: ${result.entries} entries, hash chain verified`);
      return 0;
    }
    const p = result.problem;
    const where =
      p.kind === 'gap'
        ? `entry ${p.expectedSeq} is missing (next found: ${p.foundSeq})`
        : p.kind === 'headMismatch'
          ? `the log ends at entry ${p.lastSeq} but the chain head records ${p.headSeq}: entries were removed`
          : `entry ${p.seq} was altered (${p.kind === 'badHash' ? 'its content no longer matches its hash' : 'it no longer links to the entry before it'})`;
    console.error(`AUDIT LOG TAMPERED: ${where}`);
    return 1;
  } finally {
    await handle.destroy();
  }
}
