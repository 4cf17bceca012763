import { halfWidth } from './normalize.js';

/** Values of the enumerated columns: what the sheet may say and what it means. */
export const STATUS_LABELS = {
  operating: '在营',
  suspended: '停产',
  relocated: '迁出',
  deregistered: '注销',
} as const;
export type EnterpriseStatus = keyof typeof STATUS_LABELS;

const STATUS_WORDS: Record<string, EnterpriseStatus> = {
  在营: 'operating',
  存续: 'operating',
  在业: 'operating',
  开业: 'operating',
  operating: 'operating',
  停产: 'suspended',
  停业: 'suspended',
  suspended: 'suspended',
  迁出: 'relocated',
  relocated: 'relocated',
  注销: 'deregistered',
  deregistered: 'deregistered',
};

export const SECTOR_LABELS = {
  industry: '工业',
  construction: '建筑业',
  tradeAccommodationCatering: '批发零售住宿餐饮',
  services: '服务业',
  realEstate: '房地产',
} as const;
export type FourAboveSector = keyof typeof SECTOR_LABELS;

const SECTOR_WORDS: Record<string, FourAboveSector> = {
  工业: 'industry',
  规上工业: 'industry',
  建筑业: 'construction',
  建筑: 'construction',
  批发零售住宿餐饮: 'tradeAccommodationCatering',
  批发零售住宿餐饮业: 'tradeAccommodationCatering',
  批零住餐: 'tradeAccommodationCatering',
  限上批零住餐: 'tradeAccommodationCatering',
  服务业: 'services',
  规上服务业: 'services',
  房地产: 'realEstate',
  房地产业: 'realEstate',
  房地产开发经营: 'realEstate',
};

export const SRDI_LEVEL_LABELS = { provincial: '省级', national: '国家级小巨人' } as const;
export type SrdiLevel = keyof typeof SRDI_LEVEL_LABELS;

const SRDI_WORDS: Record<string, SrdiLevel> = {
  省级: 'provincial',
  省级专精特新: 'provincial',
  专精特新: 'provincial',
  provincial: 'provincial',
  国家级: 'national',
  小巨人: 'national',
  国家级小巨人: 'national',
  国家级专精特新小巨人: 'national',
  专精特新小巨人: 'national',
  national: 'national',
};

const word = (text: string) =>
  halfWidth(text)
    .replace(/[\s、,，]/g, '')
    .toLowerCase();

export const statusOf = (text: string): EnterpriseStatus | null => STATUS_WORDS[word(text)] ?? null;
export const sectorOf = (text: string): FourAboveSector | null => SECTOR_WORDS[word(text)] ?? null;
export const srdiLevelOf = (text: string): SrdiLevel | null => SRDI_WORDS[word(text)] ?? null;
