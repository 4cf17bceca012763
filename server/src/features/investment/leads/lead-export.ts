import type { Readable } from 'node:stream';
import { guardRecord } from '@zonehub/formula-guard';
import { type InvestorRegion, leadReminders, type Stage } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { Scope } from '../../../http/context.js';
import { streamXlsx } from '../../../http/xlsx-download.js';
import { filteredLeads, nullsLast, type ReminderContext, SUMMARY_COLUMNS } from './lead.repository.js';
import type { LeadFilter } from './lead-input.schema.js';

/** The contract's ceiling on one export (docs/design/investment.md). */
export const MAX_EXPORT_ROWS = 50_000;

const STAGE_NAMES: Record<Stage, string> = {
  reserve: '信息储备库',
  negotiating: '在谈库',
  signed: '签约库',
  landed: '落地库',
  dropped: '终止',
};

const REGION_NAMES: Record<InvestorRegion, string> = {
  jingjinji: '京津冀',
  huanbohai: '环渤海',
  yangtzeDelta: '长三角',
  greaterBay: '粤港澳大湾区',
  chengyu: '成渝',
  centralChina: '华中',
  withinProvince: '省内',
  west: '西部',
  northeast: '东北',
  overseas: '境外',
};

const regionName = (key: string | null) => (key === null ? null : (REGION_NAMES[key as InvestorRegion] ?? key));

/** Yuan to 万元 with two decimals, as the ledgers are kept. */
const wan = (yuan: number | null) => (yuan === null ? null : Math.round(Number(yuan) / 100) / 100);

const COLUMNS = [
  { header: '编号', key: 'code', width: 14 },
  { header: '项目名称', key: 'name', width: 30 },
  { header: '所处库', key: 'stage', width: 12 },
  { header: '投资方', key: 'investorName', width: 30 },
  { header: '统一社会信用代码', key: 'investorUscc', width: 22 },
  { header: '投资方所在区域', key: 'investorRegion', width: 14 },
  { header: '省份', key: 'investorProvince', width: 10 },
  { header: '城市', key: 'investorCity', width: 10 },
  { header: '行业代码', key: 'industryCode', width: 10 },
  { header: '行业', key: 'industryName', width: 20 },
  { header: '产业链', key: 'chainName', width: 16 },
  { header: '计划投资（万元）', key: 'plannedInvestmentWan', width: 16 },
  { header: '签约金额（万元）', key: 'signedAmountWan', width: 16 },
  { header: '预计年产值（万元）', key: 'expectedOutputWan', width: 18 },
  { header: '预计年税收（万元）', key: 'expectedTaxWan', width: 18 },
  { header: '预计就业（人）', key: 'expectedJobs', width: 14 },
  { header: '用地需求（亩）', key: 'landDemandMu', width: 14 },
  { header: '能耗需求（吨标煤/年）', key: 'energyDemandTce', width: 20 },
  { header: '招商方式', key: 'methodName', width: 12 },
  { header: '信息来源人', key: 'sourcePerson', width: 12 },
  { header: '负责人', key: 'ownerName', width: 14 },
  { header: '专班', key: 'taskForceName', width: 22 },
  { header: '目标园区', key: 'targetParkName', width: 24 },
  { header: '登记日期', key: 'registeredOn', width: 12 },
  { header: '入库日期', key: 'stageEnteredOn', width: 12 },
  { header: '最近跟进', key: 'lastActivityOn', width: 12 },
  { header: '签约日期', key: 'signedOn', width: 12 },
  { header: '落地日期', key: 'landedOn', width: 12 },
  { header: '提醒', key: 'reminders', width: 24 },
];

/**
 * Streams every lead matching the list's filters (up to MAX_EXPORT_ROWS) into an .xlsx, a page at
 * a time in constant memory, with Chinese headers and amounts in 万元. Resolves once the first page
 * is written (see streamXlsx).
 */
export function exportLeadsXlsx(db: Db, scope: Scope, filter: LeadFilter, r: ReminderContext): Promise<Readable> {
  const order = filter.order ?? (filter.sort === 'code' ? 'asc' : 'desc');
  return streamXlsx({
    name: '项目信息',
    options: { views: [{ state: 'frozen', ySplit: 1 }] },
    columns: COLUMNS,
    maxRows: MAX_EXPORT_ROWS,
    page: (offset, limit) =>
      filteredLeads(db, scope, filter, r)
        .select([
          ...SUMMARY_COLUMNS,
          'leads.investorUscc',
          'leads.expectedOutputYuan',
          'leads.expectedTaxYuan',
          'leads.expectedJobs',
          'leads.landDemandMu',
          'leads.energyDemandTce',
          'leads.sourcePerson',
        ])
        .orderBy(nullsLast(filter.sort))
        .orderBy(`leads.${filter.sort}`, order)
        .orderBy('leads.id', order)
        .offset(offset)
        .limit(limit)
        .execute(),
    cells: (row) =>
      guardRecord({
        ...row,
        stage: STAGE_NAMES[row.stage],
        investorRegion: regionName(row.investorRegion),
        plannedInvestmentWan: wan(row.plannedInvestmentYuan),
        signedAmountWan: wan(row.signedAmountYuan),
        expectedOutputWan: wan(row.expectedOutputYuan),
        expectedTaxWan: wan(row.expectedTaxYuan),
        expectedJobs: row.expectedJobs === null ? null : Number(row.expectedJobs),
        landDemandMu: row.landDemandMu === null ? null : Number(row.landDemandMu),
        energyDemandTce: row.energyDemandTce === null ? null : Number(row.energyDemandTce),
        reminders: leadReminders(row, r.today, r.settings)
          .map((m) => (m.kind === 'idle' ? `${m.days}天未跟进` : `在库${m.days}天`))
          .join('；'),
      }),
  });
}
