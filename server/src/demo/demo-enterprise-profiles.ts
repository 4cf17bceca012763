import type { ClassificationKind, FourAboveSector, SrdiLevel } from '../features/enterprises/enterprise.table.js';

/**
 * DEMO DATA: profile facts of the enterprises the seed articles name. The articles give names,
 * parks, industries and standing (链主, 规上, 四上); legal representatives are generic (张某),
 * capital, founding dates, headcounts and contacts are made up to look plausible. All is_demo = 1.
 */
export interface DemoClassification {
  kind: ClassificationKind;
  year: number;
  sector?: FourAboveSector;
  level?: SrdiLevel;
}

export interface DemoProfile {
  legalRepresentative: string;
  registeredCapitalYuan: number;
  foundedOn: string;
  employees: number;
  address: string;
  formerNames?: string[];
  classifications?: DemoClassification[];
  contact?: { name: string; title: string; phone: string };
}

const industrial2023: DemoClassification[] = [
  { kind: 'aboveScaleIndustrial', year: 2023 },
  { kind: 'fourAbove', year: 2023, sector: 'industry' },
];

export const DEMO_PROFILES: Record<string, DemoProfile> = {
  山西星萌科技有限公司: {
    legalRepresentative: '王某',
    registeredCapitalYuan: 100_000_000,
    foundedOn: '2019-04-16',
    employees: 326,
    address: '长子县中部装备制造与食品加工产业园星萌冻干食品产业园',
    formerNames: ['长子县星萌冻干食品有限公司'],
    // The article names 星萌 the chain leader (链主) of the food chain.
    classifications: [...industrial2023, { kind: 'chainLeader', year: 2024 }],
    contact: { name: '李某', title: '综合办主任', phone: '0355-8561201' },
  },
  山西卓联锐科机械有限公司: {
    legalRepresentative: '赵某',
    registeredCapitalYuan: 30_000_000,
    foundedOn: '2017-08-09',
    employees: 142,
    address: '长子县中部装备制造与食品加工产业园',
    classifications: [{ kind: 'srdi', year: 2023, level: 'provincial' }, ...industrial2023],
    contact: { name: '孙某', title: '生产部长', phone: '0355-8561302' },
  },
  山西浩诚环保科技有限公司: {
    legalRepresentative: '刘某',
    registeredCapitalYuan: 50_000_000,
    foundedOn: '2018-05-21',
    employees: 118,
    address: '长子县南部现代物流与环保产业园',
    classifications: [{ kind: 'highTech', year: 2023 }],
  },
  山西明拓再冉机械制造有限公司: {
    legalRepresentative: '陈某',
    registeredCapitalYuan: 20_000_000,
    foundedOn: '2016-11-02',
    employees: 96,
    address: '长子县中部装备制造与食品加工产业园',
  },
  // 陆港 is 链主雏形 in the article: a chain leader in the making, so not marked 链主.
  长治陆港综合物流园有限公司: {
    legalRepresentative: '杨某',
    registeredCapitalYuan: 200_000_000,
    foundedOn: '2018-03-15',
    employees: 210,
    address: '长子县南部现代物流与环保产业园',
    classifications: [{ kind: 'fourAbove', year: 2023, sector: 'services' }],
    contact: { name: '周某', title: '运营部经理', phone: '0355-8562108' },
  },
  山西潞光发电有限公司: {
    legalRepresentative: '吴某',
    registeredCapitalYuan: 1_000_000_000,
    foundedOn: '2014-06-30',
    employees: 420,
    address: '长子县南部现代物流与环保产业园',
    classifications: industrial2023,
  },
  山西中矿充填科技有限公司: {
    legalRepresentative: '郑某',
    registeredCapitalYuan: 30_000_000,
    foundedOn: '2020-09-18',
    employees: 64,
    address: '长子县南部现代物流与环保产业园',
  },
  长治市潞智鼎新材料有限公司: {
    legalRepresentative: '冯某',
    registeredCapitalYuan: 20_000_000,
    foundedOn: '2021-01-12',
    employees: 58,
    address: '长子县南部现代物流与环保产业园',
  },
  山西上党酒业有限公司: {
    legalRepresentative: '韩某',
    registeredCapitalYuan: 50_000_000,
    foundedOn: '2012-10-08',
    employees: 135,
    address: '长子县中部装备制造与食品加工产业园',
  },
  山西康宝生物制品股份有限公司: {
    legalRepresentative: '曹某',
    registeredCapitalYuan: 120_000_000,
    foundedOn: '2001-07-26',
    employees: 380,
    address: '长子县中部装备制造与食品加工产业园',
    classifications: [{ kind: 'highTech', year: 2023 }, ...industrial2023],
  },
  长子县浩润食品有限公司: {
    legalRepresentative: '许某',
    registeredCapitalYuan: 10_000_000,
    foundedOn: '2015-04-03',
    employees: 72,
    address: '长子县中部装备制造与食品加工产业园',
  },
  长子县川东液化天然气有限公司: {
    legalRepresentative: '邓某',
    registeredCapitalYuan: 80_000_000,
    foundedOn: '2023-02-14',
    employees: 45,
    address: '长子县南部现代物流与环保产业园',
  },
  山西路酒酿造有限公司: {
    legalRepresentative: '魏某',
    registeredCapitalYuan: 60_000_000,
    foundedOn: '2022-06-20',
    employees: 88,
    address: '长子县北部宋村新兴产业园区',
  },
  山西美锦华盛化工新材料有限公司: {
    legalRepresentative: '姚某',
    registeredCapitalYuan: 1_500_000_000,
    foundedOn: '2017-12-05',
    employees: 1260,
    address: '清徐经济开发区清徐化工园区',
    classifications: industrial2023,
    contact: { name: '高某', title: '安环部部长', phone: '0351-5721108' },
  },
  山西梗阳新能源有限公司: {
    legalRepresentative: '潘某',
    registeredCapitalYuan: 1_200_000_000,
    foundedOn: '2016-09-13',
    employees: 980,
    address: '清徐经济开发区清徐化工园区',
    classifications: industrial2023,
  },
  山西亚鑫新能科技有限公司: {
    legalRepresentative: '蒋某',
    registeredCapitalYuan: 1_000_000_000,
    foundedOn: '2016-03-28',
    employees: 860,
    address: '清徐经济开发区清徐化工园区',
    classifications: [...industrial2023, { kind: 'highTech', year: 2023 }],
  },
  山西潞安太化新材料有限公司: {
    legalRepresentative: '谢某',
    registeredCapitalYuan: 2_000_000_000,
    foundedOn: '2018-07-17',
    employees: 1420,
    address: '清徐经济开发区潞安太化新材料园区',
    classifications: industrial2023,
  },
  清徐县弘博污水处理有限公司: {
    legalRepresentative: '范某',
    registeredCapitalYuan: 70_000_000,
    foundedOn: '2019-10-22',
    employees: 76,
    address: '清徐经济开发区清徐化工园区',
  },
};
