/**
 * DEMO DATA. The two zones of ../shared/seeds/: what the articles state is used as stated; where an
 * article is silent (parcel codes and areas, task-force names, which demo account sits where) the
 * values are made up to look real, and every row they produce is flagged is_demo = 1.
 * Later modules add their demo data beside this file and register it in seed.ts.
 */
export interface DemoPark {
  code: string;
  name: string;
  leadingIndustries: string;
}

export interface DemoEnterprise {
  name: string;
  park: string;
  industryCode: string;
}

export interface DemoParcel {
  code: string;
  park: string;
  areaMu: number;
  landUse: string;
  supplyStatus: 'supplied' | 'unsupplied' | 'reserved';
  enterprise?: string;
}

export interface DemoZone {
  code: string;
  name: string;
  approvedOn: string | null;
  areaKm2: number | null;
  leadingIndustries: string;
  description: string;
  /** Administrative division of the county, used to compose demo credit codes. */
  division: string;
  parks: DemoPark[];
  offices: string[];
  departments: string[];
  taskForces: string[];
  enterprises: DemoEnterprise[];
  parcels: DemoParcel[];
}

export const CHANGZI: DemoZone = {
  code: 'changzi',
  name: '长子经济技术开发区',
  approvedOn: '2022-07-06',
  areaKm2: 7.14,
  leadingIndustries: '装备制造、食品加工、现代物流',
  description: '一区三园：中部装备制造与食品加工产业园，南部现代物流与环保产业园，北部宋村新兴产业园区。',
  division: '140428',
  parks: [
    { code: 'central', name: '中部装备制造与食品加工产业园', leadingIndustries: '装备制造、食品加工' },
    { code: 'south', name: '南部现代物流与环保产业园', leadingIndustries: '现代物流、节能环保' },
    { code: 'north', name: '北部宋村新兴产业园区', leadingIndustries: '新兴产业、酿酒文旅' },
  ],
  offices: ['管委会办公室', '党工委'],
  departments: ['招商局', '环保服务所', '安监服务所', '住建服务所', '自然资源服务所', '行政审批服务局', '经济发展局'],
  taskForces: [
    '星萌冻干项目专班',
    '丹朱总部经济园区专班',
    '川东液化天然气项目专班',
    '浩诚环保项目专班',
    '山西路酒产业园专班',
    '产教融合科技园专班',
    '陆港综合物流园专班',
    '冷库冷链项目专班',
    '冻干脱水蔬菜项目专班',
    '食用菌项目专班',
    '装备制造产业链专班',
  ],
  enterprises: [
    { name: '山西卓联锐科机械有限公司', park: 'central', industryCode: '3511' },
    { name: '山西浩诚环保科技有限公司', park: 'south', industryCode: '4210' },
    { name: '山西明拓再冉机械制造有限公司', park: 'central', industryCode: '3511' },
    { name: '长治陆港综合物流园有限公司', park: 'south', industryCode: '5990' },
    { name: '山西潞光发电有限公司', park: 'south', industryCode: '4411' },
    { name: '山西中矿充填科技有限公司', park: 'south', industryCode: '4220' },
    { name: '长治市潞智鼎新材料有限公司', park: 'south', industryCode: '3021' },
    { name: '山西星萌科技有限公司', park: 'central', industryCode: '1321' },
    { name: '山西上党酒业有限公司', park: 'central', industryCode: '1512' },
    { name: '山西康宝生物制品股份有限公司', park: 'central', industryCode: '2761' },
    { name: '长子县浩润食品有限公司', park: 'central', industryCode: '1391' },
    { name: '长子县川东液化天然气有限公司', park: 'south', industryCode: '4511' },
    { name: '山西路酒酿造有限公司', park: 'north', industryCode: '1512' },
  ],
  parcels: [
    {
      code: 'CZ-C-01',
      park: 'central',
      areaMu: 186.5,
      landUse: '工业用地',
      supplyStatus: 'supplied',
      enterprise: '山西星萌科技有限公司',
    },
    {
      code: 'CZ-C-02',
      park: 'central',
      areaMu: 62.3,
      landUse: '工业用地',
      supplyStatus: 'supplied',
      enterprise: '山西卓联锐科机械有限公司',
    },
    {
      code: 'CZ-C-03',
      park: 'central',
      areaMu: 48.0,
      landUse: '工业用地',
      supplyStatus: 'supplied',
      enterprise: '山西明拓再冉机械制造有限公司',
    },
    {
      code: 'CZ-C-04',
      park: 'central',
      areaMu: 35.7,
      landUse: '工业用地',
      supplyStatus: 'supplied',
      enterprise: '山西上党酒业有限公司',
    },
    { code: 'CZ-C-05', park: 'central', areaMu: 96.2, landUse: '工业用地', supplyStatus: 'unsupplied' },
    {
      code: 'CZ-S-01',
      park: 'south',
      areaMu: 420.0,
      landUse: '物流仓储用地',
      supplyStatus: 'supplied',
      enterprise: '长治陆港综合物流园有限公司',
    },
    {
      code: 'CZ-S-02',
      park: 'south',
      areaMu: 88.4,
      landUse: '工业用地',
      supplyStatus: 'supplied',
      enterprise: '山西浩诚环保科技有限公司',
    },
    {
      code: 'CZ-S-03',
      park: 'south',
      areaMu: 120.6,
      landUse: '工业用地',
      supplyStatus: 'supplied',
      enterprise: '长子县川东液化天然气有限公司',
    },
    { code: 'CZ-S-04', park: 'south', areaMu: 150.0, landUse: '工业用地', supplyStatus: 'reserved' },
    {
      code: 'CZ-N-01',
      park: 'north',
      areaMu: 132.8,
      landUse: '工业用地',
      supplyStatus: 'supplied',
      enterprise: '山西路酒酿造有限公司',
    },
    { code: 'CZ-N-02', park: 'north', areaMu: 210.0, landUse: '工业用地', supplyStatus: 'reserved' },
    { code: 'CZ-N-03', park: 'north', areaMu: 75.5, landUse: '工业用地', supplyStatus: 'unsupplied' },
  ],
};

export const QINGXU: DemoZone = {
  code: 'qingxu',
  name: '清徐经济开发区',
  approvedOn: null,
  areaKm2: null,
  leadingIndustries: '煤化工、化工新材料、氢能',
  description:
    '依托美锦、梗阳、亚鑫、潞安太化等龙头企业，打造10条煤化工产业链；山西省第二批化工园区，安全风险等级C级。',
  division: '140121',
  parks: [
    { code: 'chemical', name: '清徐化工园区', leadingIndustries: '煤化工、精细化工' },
    { code: 'new-materials', name: '潞安太化新材料园区', leadingIndustries: '化工新材料' },
  ],
  offices: ['管委会办公室', '党群服务中心'],
  departments: ['招商局', '生态环境分局', '安全生产综合管理中心', '住建局', '自然资源所', '行政审批局'],
  taskForces: ['美锦氢能项目专班', '梗阳碳材料项目专班', '晋煤物流铁路专用线专班'],
  enterprises: [
    { name: '山西美锦华盛化工新材料有限公司', park: 'chemical', industryCode: '2521' },
    { name: '山西梗阳新能源有限公司', park: 'chemical', industryCode: '2521' },
    { name: '山西亚鑫新能科技有限公司', park: 'chemical', industryCode: '2521' },
    { name: '山西潞安太化新材料有限公司', park: 'new-materials', industryCode: '2651' },
    { name: '清徐县弘博污水处理有限公司', park: 'chemical', industryCode: '4620' },
  ],
  parcels: [],
};

export const DEMO_ZONES: DemoZone[] = [CHANGZI, QINGXU];
export const DEMO_PASSWORD = 'Demo@2026';
