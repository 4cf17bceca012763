import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ProjectStage, RagStatus } from './project.table.js';

/**
 * The recompute's writes. A calendar change moves the slack of most open items by a day each, to
 * many distinct values: one UPDATE per distinct value meant hundreds of statements (823 for the
 * benchmark's 11,500 rows). Each chunk is one UPDATE joined to a VALUES list of the rows' new values
 * (`update … from`, SQLite ≥ 3.33 and PostgreSQL): about half the time on both. VALUES columns are
 * named column1… by both databases; PostgreSQL reads untyped parameters as text, hence the cast.
 */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function writeMilestoneLights(
  db: Db,
  rows: readonly { id: string; status: RagStatus; slack: number | null }[],
): Promise<void> {
  for (const chunk of chunks(rows)) {
    const values = sql.join(chunk.map((r) => sql`(${r.id}, ${r.status}, ${r.slack})`));
    await sql`update project_milestones
      set rag_status = v.status, slack_workdays = cast(v.slack as integer)
      from (select column1 as id, column2 as status, column3 as slack from (values ${values}) as t) as v
      where project_milestones.id = v.id`.execute(db);
  }
}

export async function writeProjectLights(
  db: Db,
  rows: readonly { id: string; status: RagStatus; slack: number | null; stage: ProjectStage }[],
): Promise<void> {
  for (const chunk of chunks(rows)) {
    const values = sql.join(chunk.map((r) => sql`(${r.id}, ${r.status}, ${r.slack}, ${r.stage})`));
    await sql`update projects
      set rag_status = v.status, rag_slack_workdays = cast(v.slack as integer), stage = v.stage
      from (select column1 as id, column2 as status, column3 as slack, column4 as stage from (values ${values}) as t) as v
      where projects.id = v.id`.execute(db);
  }
}

/** A zone's project ids in a stable order: the daily recompute's chunks. */
export async function listProjectIds(db: Db, zoneId: string): Promise<string[]> {
  const rows = await db.selectFrom('projects').select('id').where('zoneId', '=', zoneId).orderBy('id').execute();
  return rows.map((r) => r.id);
}
