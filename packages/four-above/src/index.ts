/**
 * 四上 (four-above) rules: which statistical subsector an industry code (GB/T 4754-2017) falls in,
 * and whether a reported revenue meets that subsector's threshold in a given year. Thresholds are
 * versioned configuration (a row applies from its effectiveFromYear until a later row replaces it),
 * passed in by the caller; this package does no I/O.
 */
export const FOUR_ABOVE_SUBSECTORS = [
  'industry',
  'construction',
  'wholesale',
  'retail',
  'accommodation',
  'catering',
  'servicesHigh',
  'servicesMid',
  'servicesLow',
  'realEstateDevelopment',
] as const;
export type FourAboveSubsector = (typeof FOUR_ABOVE_SUBSECTORS)[number];

export type FourAboveSector = 'industry' | 'construction' | 'tradeAccommodationCatering' | 'services' | 'realEstate';

export const SECTOR_OF: Record<FourAboveSubsector, FourAboveSector> = {
  industry: 'industry',
  construction: 'construction',
  wholesale: 'tradeAccommodationCatering',
  retail: 'tradeAccommodationCatering',
  accommodation: 'tradeAccommodationCatering',
  catering: 'tradeAccommodationCatering',
  servicesHigh: 'services',
  servicesMid: 'services',
  servicesLow: 'services',
  realEstateDevelopment: 'realEstate',
};

export interface Threshold {
  sector: string;
  subsector: string;
  /** null: the criterion is a qualification or any activity, not revenue. */
  minRevenueYuan: number | null;
  basis: string;
  effectiveFromYear: number;
}

/** Divisions (2 digits) by range, as the statistics bureau's scope rules group them. */
const DIVISION_RANGES: [from: number, to: number, subsector: FourAboveSubsector][] = [
  [6, 46, 'industry'], // B 采矿业, C 制造业, D 电力热力燃气及水
  [47, 50, 'construction'], // E 建筑业
  [51, 51, 'wholesale'],
  [52, 52, 'retail'],
  [53, 60, 'servicesHigh'], // G 交通运输、仓储和邮政业
  [61, 61, 'accommodation'],
  [62, 62, 'catering'],
  [63, 65, 'servicesHigh'], // I 信息传输、软件和信息技术服务业
  [71, 75, 'servicesMid'], // L 租赁和商务服务业, M 科学研究和技术服务业
  [76, 79, 'servicesHigh'], // N 水利、环境和公共设施管理业
  [80, 82, 'servicesLow'], // O 居民服务、修理和其他服务业
  [83, 83, 'servicesMid'], // P 教育
  [84, 90, 'servicesLow'], // Q 卫生和社会工作, R 文化、体育和娱乐业
];

/** Sections that fall wholly in one subsector (F, H and K split, so a bare letter says too little). */
const SECTION_SUBSECTOR: Partial<Record<string, FourAboveSubsector>> = {
  B: 'industry',
  C: 'industry',
  D: 'industry',
  E: 'construction',
  G: 'servicesHigh',
  I: 'servicesHigh',
  L: 'servicesMid',
  M: 'servicesMid',
  N: 'servicesHigh',
  O: 'servicesLow',
  P: 'servicesMid',
  Q: 'servicesLow',
  R: 'servicesLow',
};

/**
 * The subsector of an industry code at any level, or null when the code is outside 四上's scope
 * (agriculture, finance, public administration …) or too coarse to tell (F, H, K, 70).
 */
export function subsectorOf(industryCode: string): FourAboveSubsector | null {
  const code = industryCode.trim().toUpperCase();
  if (/^[A-T]$/.test(code)) return SECTION_SUBSECTOR[code] ?? null;
  if (!/^\d{2,4}$/.test(code)) return null;
  const division = Number(code.slice(0, 2));
  if (division === 70) {
    // 7010 房地产开发经营 has no revenue threshold; 物业管理, 中介, 租赁, 其他 count as mid services.
    if (code.length < 3) return null;
    return code.startsWith('701') ? 'realEstateDevelopment' : 'servicesMid';
  }
  for (const [from, to, subsector] of DIVISION_RANGES) if (division >= from && division <= to) return subsector;
  return null;
}

/** The threshold row in force for a subsector in a year: the latest effectiveFromYear ≤ year. */
export function thresholdFor(thresholds: readonly Threshold[], subsector: string, year: number): Threshold | null {
  let best: Threshold | null = null;
  for (const row of thresholds) {
    if (row.subsector !== subsector || row.effectiveFromYear > year) continue;
    if (!best || row.effectiveFromYear > best.effectiveFromYear) best = row;
  }
  return best;
}

export type Qualification = 'qualifies' | 'belowThreshold' | 'needsQualificationCheck' | 'notCovered';

export interface Suggestion {
  subsector: FourAboveSubsector | null;
  sector: FourAboveSector | null;
  threshold: Threshold | null;
  /** qualifies / belowThreshold on revenue; needsQualificationCheck where the rule is not revenue; notCovered outside 四上. */
  result: Qualification;
  qualifies: boolean | null;
}

export function suggestFourAbove(
  thresholds: readonly Threshold[],
  industryCode: string | null,
  year: number,
  revenueYuan: number,
): Suggestion {
  const subsector = industryCode ? subsectorOf(industryCode) : null;
  const threshold = subsector ? thresholdFor(thresholds, subsector, year) : null;
  if (!subsector || !threshold) {
    return {
      subsector,
      sector: subsector ? SECTOR_OF[subsector] : null,
      threshold,
      result: 'notCovered',
      qualifies: null,
    };
  }
  const sector = SECTOR_OF[subsector];
  if (threshold.minRevenueYuan === null) {
    return { subsector, sector, threshold, result: 'needsQualificationCheck', qualifies: null };
  }
  const qualifies = revenueYuan >= threshold.minRevenueYuan;
  return { subsector, sector, threshold, result: qualifies ? 'qualifies' : 'belowThreshold', qualifies };
}
