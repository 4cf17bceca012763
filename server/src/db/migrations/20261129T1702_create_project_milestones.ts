import { dialectOf } from '../dialect-of.js';
import type { MigrationDb } from './migration-db.js';

/**
 * The checklist (清单化管理): milestones with an owner (责任化) and a due date (时效化), the first
 * plan kept as the baseline, finish-to-start dependencies, and evidence files. `version` guards
 * against two people saving one item at once; `rag_status` and `slack_workdays` are derived.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('project_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('phase_id', 'text', (c) => c.references('project_phases.id').onDelete('set null'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('step_key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('planned_start_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('baseline_start_on', 'text', (c) => c.notNull())
    .addColumn('baseline_due_on', 'text', (c) => c.notNull())
    .addColumn('actual_start_on', 'text')
    .addColumn('actual_done_on', 'text')
    .addColumn('rag_status', 'text', (c) => c.notNull())
    .addColumn('slack_workdays', 'integer')
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('project_milestones').columns(columns).execute();
  await index('project_milestones_project_idx', ['project_id', 'seq']);
  await index('project_milestones_owner_idx', ['owner_id', 'rag_status']);
  await index('project_milestones_zone_rag_idx', ['zone_id', 'rag_status', 'due_on']);

  await db.schema
    .createTable('milestone_dependencies')
    .addColumn('milestone_id', 'text', (c) => c.notNull().references('project_milestones.id').onDelete('cascade'))
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('project_milestones.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('milestone_dependencies_pk', ['milestone_id', 'predecessor_id'])
    .execute();
  await db.schema
    .createIndex('milestone_dependencies_predecessor_idx')
    .on('milestone_dependencies')
    .column('predecessor_id')
    .execute();

  await db.schema
    .createTable('milestone_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('milestone_id', 'text', (c) => c.notNull().references('project_milestones.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', dialectOf(db) === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('milestone_files_milestone_idx').on('milestone_files').column('milestone_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('milestone_files').execute();
  await db.schema.dropTable('milestone_dependencies').execute();
  await db.schema.dropTable('project_milestones').execute();
}
