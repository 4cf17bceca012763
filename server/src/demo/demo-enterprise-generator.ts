import type { FourAboveSector } from '../features/enterprises/enterprise.table.js';

/**
 * DEMO DATA: a deterministic generator of plausible enterprises (清徐县<字号><行业>有限公司) for the
 * zone totals the articles state. Seeded PRNG, so every run makes the same rows; every name is
 * generated (none is a real company's) and every row is flagged is_demo = 1 by the caller.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TradeWord {
  word: string;
  industryCode: string;
  /** The 四上 sector a firm of this trade would be counted in. */
  sector: FourAboveSector;
}

/** Trade words with a GB/T 4754-2017 class each (every code exists in industry_codes). */
export const INDUSTRIAL_TRADES: TradeWord[] = [
  { word: '焦化', industryCode: '2521', sector: 'industry' },
  { word: '化工', industryCode: '2614', sector: 'industry' },
  { word: '精细化工', industryCode: '2662', sector: 'industry' },
  { word: '新材料', industryCode: '2651', sector: 'industry' },
  { word: '机械制造', industryCode: '3511', sector: 'industry' },
  { word: '建材', industryCode: '3021', sector: 'industry' },
  { word: '铸造', industryCode: '3391', sector: 'industry' },
  { word: '金属制品', industryCode: '3311', sector: 'industry' },
  { word: '食品', industryCode: '1391', sector: 'industry' },
  { word: '醋业', industryCode: '1469', sector: 'industry' },
  { word: '电气设备', industryCode: '3831', sector: 'industry' },
  { word: '热力', industryCode: '4411', sector: 'industry' },
  { word: '碳材料', industryCode: '3032', sector: 'industry' },
];

export const OTHER_TRADES: TradeWord[] = [
  { word: '建筑工程', industryCode: '4790', sector: 'construction' },
  { word: '建设工程', industryCode: '4811', sector: 'construction' },
  { word: '安装工程', industryCode: '4910', sector: 'construction' },
  { word: '商贸', industryCode: '5162', sector: 'tradeAccommodationCatering' },
  { word: '煤炭销售', industryCode: '5165', sector: 'tradeAccommodationCatering' },
  { word: '超市', industryCode: '5211', sector: 'tradeAccommodationCatering' },
  { word: '酒店', industryCode: '6110', sector: 'tradeAccommodationCatering' },
  { word: '餐饮', industryCode: '6210', sector: 'tradeAccommodationCatering' },
  { word: '物流', industryCode: '5431', sector: 'services' },
  { word: '仓储', industryCode: '5920', sector: 'services' },
  { word: '信息技术', industryCode: '6513', sector: 'services' },
  { word: '环保科技', industryCode: '7724', sector: 'services' },
  { word: '检测', industryCode: '7484', sector: 'services' },
  { word: '物业管理', industryCode: '7020', sector: 'services' },
  { word: '房地产开发', industryCode: '7010', sector: 'realEstate' },
];

/** Trade-name words for generated enterprises (the benchmarks use them too). */
export const BRAND_WORDS = [
  '晋源',
  '汾河',
  '鑫达',
  '宏泰',
  '恒信',
  '华通',
  '瑞丰',
  '金诚',
  '永盛',
  '东昇',
  '龙城',
  '三晋',
  '德润',
  '泰和',
  '广源',
  '兴业',
  '嘉禾',
  '中升',
  '聚鑫',
  '昌隆',
  '博远',
  '正阳',
  '华宇',
  '新晋',
  '金桥',
  '裕丰',
  '同德',
  '安泰',
  '明德',
  '天晟',
  '汇通',
  '福源',
  '清源',
  '卓越',
  '祥瑞',
  '宝丰',
  '润泽',
  '和顺',
  '凯达',
  '晟通',
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '郭',
  '马',
  '罗',
];

export interface GeneratedEnterprise {
  name: string;
  trade: TradeWord;
  legalRepresentative: string;
  registeredCapitalYuan: number;
  foundedOn: string;
  employees: number;
}

export function generateEnterprises(
  random: () => number,
  prefix: string,
  trades: readonly TradeWord[],
  count: number,
  taken: Set<string>,
): GeneratedEnterprise[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: GeneratedEnterprise[] = [];
  while (out.length < count) {
    const trade = pick(trades);
    const name = `${prefix}${pick(BRAND_WORDS)}${trade.word}有限公司`;
    if (taken.has(name)) continue;
    taken.add(name);
    const year = 1998 + Math.floor(random() * 26);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    out.push({
      name,
      trade,
      legalRepresentative: `${pick(SURNAMES)}某`,
      registeredCapitalYuan: (1 + Math.floor(random() * 500)) * 100_000,
      foundedOn: `${year}-${month}-${day}`,
      employees: 8 + Math.floor(random() * 400),
    });
  }
  return out;
}
