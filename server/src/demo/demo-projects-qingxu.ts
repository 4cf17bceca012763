import { YI } from './demo-projects-named.js';
import type { DemoProjectSpec } from './demo-projects-plan.js';

/**
 * DEMO DATA (projects, issue 5): projects of 清徐's task forces, from the 清徐 article's chains
 * (焦炉煤气-高纯氢, 煤焦油-针状焦, the 晋煤物流 railway siding); amounts, capacities and days are
 * made up to look real. Transformation projects (转型项目) where the article counts them so.
 */
export const QINGXU_PROJECTS: DemoProjectSpec[] = [
  {
    key: 'meijin-hydrogen',
    name: '美锦焦炉煤气制高纯氢项目',
    kind: 'expansion',
    transformation: true,
    taskForce: '美锦氢能项目专班',
    enterprise: '山西美锦华盛化工新材料有限公司',
    park: 'chemical',
    parcel: null,
    totalInvestmentYuan: 12 * YI,
    description: '焦炉煤气-高纯氢-氢能汽车-运输产业链，焦炉煤气除自用外送至高纯氢、LNG装置。',
    phases: [
      {
        name: '一期',
        investmentYuan: 12 * YI,
        capacity: '年产高纯氢1万吨',
        expectedRevenueYuan: 9 * YI,
        expectedTaxYuan: 1.1 * YI,
        expectedJobs: 240,
        doneThrough: 'constructionStart',
        due: { structureDone: { inWorkdays: 40 } },
      },
    ],
  },
  {
    key: 'gengyang-carbon',
    name: '梗阳煤焦油深加工及炭材料项目',
    kind: 'expansion',
    transformation: true,
    taskForce: '梗阳碳材料项目专班',
    enterprise: '山西梗阳新能源有限公司',
    park: 'chemical',
    parcel: null,
    totalInvestmentYuan: 18 * YI,
    description: '煤焦油-中间相沥青-针状焦产业链，生产百万吨级碳基新材料产品。',
    phases: [
      {
        name: '一期',
        investmentYuan: 18 * YI,
        capacity: '年产针状焦10万吨、中间相沥青5万吨',
        expectedRevenueYuan: 15 * YI,
        expectedTaxYuan: 1.6 * YI,
        expectedJobs: 380,
        doneThrough: 'constructionPermit',
        due: { constructionStart: { inWorkdays: -5 } },
      },
    ],
  },
  {
    key: 'jinmei-rail',
    name: '山西晋煤物流铁路专用线改扩建项目',
    kind: 'expansion',
    transformation: false,
    taskForce: '晋煤物流铁路专用线专班',
    enterprise: null,
    park: 'chemical',
    parcel: null,
    totalInvestmentYuan: 6.5 * YI,
    description: '优化调整运输结构，年货运量达到千万吨级，实现“煤不露天、焦不落地”清洁运输。',
    phases: [
      {
        name: '一期',
        investmentYuan: 6.5 * YI,
        capacity: '年货运量1000万吨',
        expectedJobs: 60,
        doneThrough: 'structureDone',
        omit: ['fullCapacity'],
        due: { completionAcceptance: { inWorkdays: 4 } },
      },
    ],
  },
];
