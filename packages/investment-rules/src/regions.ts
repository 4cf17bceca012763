/**
 * The regions investment staff group investors by (the 长子 article: 紧盯环渤海、长三角、粤港澳大湾区),
 * with the province and city kept beside them on the lead. Labels live in the web dictionaries.
 */
export const INVESTOR_REGIONS = [
  'jingjinji',
  'huanbohai',
  'yangtzeDelta',
  'greaterBay',
  'chengyu',
  'centralChina',
  'withinProvince',
  'west',
  'northeast',
  'overseas',
] as const;
export type InvestorRegion = (typeof INVESTOR_REGIONS)[number];

/** The default promotion methods (招商方式) a new zone starts with; the zone edits its own list. */
export const DEFAULT_METHODS = [
  '以商招商',
  '驻点招商',
  '产业链招商',
  '飞地招商',
  '委托招商',
  '网络招商',
  '展会招商',
  '上门招商',
  '基金招商',
  '乡贤招商',
  '政策招商',
  '平台招商',
] as const;

/** Activity kinds on a lead's timeline; the first two are visits (外出考察 / 来访). */
export const ACTIVITY_KINDS = ['outboundVisit', 'inboundVisit', 'meeting', 'call', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const VISIT_KINDS: readonly ActivityKind[] = ['outboundVisit', 'inboundVisit'];
