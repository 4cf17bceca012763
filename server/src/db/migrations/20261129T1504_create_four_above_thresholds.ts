import type { MigrationDb } from './migration-db.js';

/**
 * The 四上 thresholds as versioned configuration: a row applies from `effective_from_year` until a
 * later row for the same subsector replaces it. Seeded with the National Bureau of Statistics'
 * standards in force (规模以上工业, 限额以上批发零售住宿餐饮, 规模以上服务业; 有资质的建筑业 and
 * 房地产开发经营 have no revenue threshold: `min_revenue_yuan` is null and `basis` says what counts).
 */
const SEED: { sector: string; subsector: string; min: number | null; basis: string }[] = [
  { sector: 'industry', subsector: 'industry', min: 20_000_000, basis: '年主营业务收入2000万元及以上的工业法人单位' },
  { sector: 'construction', subsector: 'construction', min: null, basis: '有总承包或专业承包资质的建筑业法人单位' },
  {
    sector: 'tradeAccommodationCatering',
    subsector: 'wholesale',
    min: 20_000_000,
    basis: '年主营业务收入2000万元及以上的批发业法人单位',
  },
  {
    sector: 'tradeAccommodationCatering',
    subsector: 'retail',
    min: 5_000_000,
    basis: '年主营业务收入500万元及以上的零售业法人单位',
  },
  {
    sector: 'tradeAccommodationCatering',
    subsector: 'accommodation',
    min: 2_000_000,
    basis: '年主营业务收入200万元及以上的住宿业法人单位',
  },
  {
    sector: 'tradeAccommodationCatering',
    subsector: 'catering',
    min: 2_000_000,
    basis: '年主营业务收入200万元及以上的餐饮业法人单位',
  },
  {
    sector: 'services',
    subsector: 'servicesHigh',
    min: 20_000_000,
    basis:
      '年营业收入2000万元及以上的交通运输、仓储和邮政业，信息传输、软件和信息技术服务业，水利、环境和公共设施管理业法人单位',
  },
  {
    sector: 'services',
    subsector: 'servicesMid',
    min: 10_000_000,
    basis:
      '年营业收入1000万元及以上的租赁和商务服务业，科学研究和技术服务业，教育法人单位，以及物业管理、房地产中介服务、房地产租赁经营和其他房地产业法人单位',
  },
  {
    sector: 'services',
    subsector: 'servicesLow',
    min: 5_000_000,
    basis: '年营业收入500万元及以上的居民服务、修理和其他服务业，文化、体育和娱乐业，卫生和社会工作法人单位',
  },
  {
    sector: 'realEstate',
    subsector: 'realEstateDevelopment',
    min: null,
    basis: '有开发经营活动的全部房地产开发经营业法人单位',
  },
];

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('four_above_thresholds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('subsector', 'text', (c) => c.notNull())
    .addColumn('min_revenue_yuan', 'double precision')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('effective_from_year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('four_above_thresholds_unique', ['subsector', 'effective_from_year'])
    .execute();
  const now = new Date().toISOString();
  await db
    .insertInto('four_above_thresholds')
    .values(
      SEED.map((row) => ({
        id: `national-2011-${row.subsector}`,
        sector: row.sector,
        subsector: row.subsector,
        min_revenue_yuan: row.min,
        basis: row.basis,
        effective_from_year: 2011,
        created_at: now,
      })),
    )
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('four_above_thresholds').execute();
}
