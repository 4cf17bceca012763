/**
 * The reports benchmark's investment figures (issue 5): for each generated project (code XM-B-…,
 * bench/projects-data.ts) of the demo zone 长子, a plan for this year and last, and investment
 * completed in every month from January of last year through this month, with the same seed giving
 * the same amounts. Rows are is_demo = 1; inserted in chunks in one transaction.
 */
import { sql } from 'kysely';
import type { DatabaseConfig } from '../server/src/config/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { seededRandom } from '../server/src/demo/demo-enterprise-generator.js';
import { demoZoneToday } from '../server/src/demo/demo-projects.js';
import { CHANGZI } from '../server/src/demo/demo-zones.js';
import { demoId } from '../server/src/demo/seed.js';
import type { NewInvestmentMonth } from '../server/src/features/projects/investment/investment-month.table.js';
import { type SeededMeetings, seedBenchMeetings } from './projects-data.js';

const CHUNK_ROWS = 500;

export interface SeededReports {
  investmentMonths: number;
  plans: number;
  meetings: SeededMeetings;
}

/** Months YYYY-MM from January of `fromYear` through `through` (YYYY-MM). */
function monthsFrom(fromYear: number, through: string): string[] {
  const out: string[] = [];
  for (let y = fromYear; ; y++)
    for (let m = 1; m <= 12; m++) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      if (key > through) return out;
      out.push(key);
    }
}

/** Investment months and plans for the generated projects, then 3 years of weekly dispatch meetings. */
export async function seedReportData(database: DatabaseConfig, now = new Date()): Promise<SeededReports> {
  const handle = openDatabase(database);
  try {
    const db = handle.db;
    const zoneId = demoId('zone', CHANGZI.code);
    const today = demoZoneToday(now);
    const year = Number(today.slice(0, 4));
    const stamp = now.toISOString();
    const random = seededRandom(7_000);
    const projects = await db
      .selectFrom('projects')
      .select('id')
      .where('zoneId', '=', zoneId)
      .where('code', 'like', 'XM-B-%')
      .orderBy('code')
      .execute();
    const months = monthsFrom(year - 1, today.slice(0, 7));
    const rows: NewInvestmentMonth[] = [];
    const plans: {
      projectId: string;
      zoneId: string;
      year: number;
      plannedYuan: number;
      isDemo: number;
      updatedAt: string;
    }[] = [];
    for (const { id } of projects) {
      // 2,000万–2亿 a year, spread over the months with some months idle.
      const yearly = Math.round(20_000_000 + random() * 180_000_000);
      for (const y of [year - 1, year])
        plans.push({ projectId: id, zoneId, year: y, plannedYuan: yearly, isDemo: 1, updatedAt: stamp });
      for (const month of months) {
        if (random() < 0.15) continue;
        const completedYuan = Math.round((yearly / 12) * (0.4 + random() * 1.2));
        rows.push({ projectId: id, zoneId, month, completedYuan, version: 1, isDemo: 1, updatedAt: stamp });
      }
    }
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += CHUNK_ROWS)
        await trx
          .insertInto('projectInvestmentMonths')
          .values(rows.slice(i, i + CHUNK_ROWS))
          .execute();
      for (let i = 0; i < plans.length; i += CHUNK_ROWS)
        await trx
          .insertInto('projectInvestmentPlans')
          .values(plans.slice(i, i + CHUNK_ROWS))
          .execute();
    });
    const meetings = await seedBenchMeetings(db, { now, years: 3 });
    // Fresh statistics, as a database that has run a while has them (PRAGMA optimize / autovacuum).
    await sql`analyze`.execute(db);
    return { investmentMonths: rows.length, plans: plans.length, meetings };
  } finally {
    await handle.destroy();
  }
}
