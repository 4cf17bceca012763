/**
 * The enterprise sheet: the columns the import reads and the export writes, in this order. A column
 * is found by its header text, never its position; `variants` are the other names real-world sheets
 * use for it (matched after `headerKey` normalisation, so spaces, full-width forms, brackets and a
 * trailing * for "required" do not matter).
 */
export const COLUMN_KEYS = [
  'uscc',
  'name',
  'formerNames',
  'legalRepresentative',
  'registeredCapital',
  'foundedOn',
  'address',
  'park',
  'industryCode',
  'status',
  'employees',
  'contactName',
  'contactPhone',
  'aboveScaleIndustrialYear',
  'fourAboveYear',
  'fourAboveSector',
  'highTechYear',
  'srdiLevel',
  'srdiYear',
  'chainLeaderYear',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnSpec {
  key: ColumnKey;
  /** The header the template and the export write. */
  header: string;
  variants: readonly string[];
  required: boolean;
  /** For the 填写说明 sheet: the format, in both languages, and an example value. */
  format: { 'zh-CN': string; 'en-US': string };
  example: string;
  width: number;
}

const yearFormat = (what: string, whatEn: string) => ({
  'zh-CN': `${what}认定所属年份，四位数字，如 2024；不是则留空`,
  'en-US': `Year the ${whatEn} classification applies to (four digits); blank if none`,
});

export const COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'uscc',
    header: '统一社会信用代码',
    variants: ['社会信用代码', '信用代码', 'USCC', '统一代码'],
    required: true,
    format: { 'zh-CN': '18 位，含校验位（GB 32100-2015）', 'en-US': '18 characters with check digit (GB 32100-2015)' },
    example: '91140428MA0K2Y1219',
    width: 24,
  },
  {
    key: 'name',
    header: '企业名称',
    variants: ['单位名称', '名称', '企业全称'],
    required: true,
    format: { 'zh-CN': '营业执照上的全称，最多 100 字', 'en-US': 'Full registered name, up to 100 characters' },
    example: '山西星萌科技有限公司',
    width: 32,
  },
  {
    key: 'formerNames',
    header: '曾用名',
    variants: ['原名称', '曾用名称'],
    required: false,
    format: { 'zh-CN': '多个用“；”分隔，最近的在前', 'en-US': 'Several separated by ";", newest first' },
    example: '长子县星萌科技有限公司',
    width: 24,
  },
  {
    key: 'legalRepresentative',
    header: '法定代表人',
    variants: ['法人代表', '法人', '负责人'],
    required: false,
    format: { 'zh-CN': '姓名，最多 50 字', 'en-US': 'Name, up to 50 characters' },
    example: '张三',
    width: 12,
  },
  {
    key: 'registeredCapital',
    header: '注册资本（万元）',
    variants: ['注册资本(万元)', '注册资本', '注册资金（万元）', '注册资金'],
    required: false,
    format: { 'zh-CN': '单位万元，数字，可带小数', 'en-US': 'In 10,000 yuan (万元), a number' },
    example: '500',
    width: 16,
  },
  {
    key: 'foundedOn',
    header: '成立日期',
    variants: ['成立时间', '注册日期', '设立日期'],
    required: false,
    format: { 'zh-CN': '日期，如 2022-04-01、2022/4/1 或 2022年4月1日', 'en-US': 'A date, e.g. 2022-04-01' },
    example: '2022-04-01',
    width: 14,
  },
  {
    key: 'address',
    header: '注册地址',
    variants: ['地址', '住所', '企业地址'],
    required: false,
    format: { 'zh-CN': '最多 200 字', 'en-US': 'Up to 200 characters' },
    example: '长治市长子县经济技术开发区',
    width: 32,
  },
  {
    key: 'park',
    header: '所属园区',
    variants: ['园区', '所在园区'],
    required: false,
    format: { 'zh-CN': '园区名称或编码，见“可选值”', 'en-US': 'Park name or code, see the allowed values' },
    example: '中部装备制造与食品加工产业园',
    width: 28,
  },
  {
    key: 'industryCode',
    header: '行业代码',
    variants: ['国民经济行业代码', '行业分类代码', '国民经济行业分类代码', '行业分类'],
    required: false,
    format: {
      'zh-CN': 'GB/T 4754-2017 代码，任一层级，如 3511 或 C3511，见“行业代码”表',
      'en-US': 'A GB/T 4754-2017 code of any level, e.g. 3511, see the industry codes sheet',
    },
    example: '3511',
    width: 12,
  },
  {
    key: 'status',
    header: '企业状态',
    variants: ['经营状态', '状态', '登记状态'],
    required: false,
    format: {
      'zh-CN': '在营 / 停产 / 迁出 / 注销（“存续”按在营），空为在营',
      'en-US': '在营 / 停产 / 迁出 / 注销 (存续 counts as 在营); blank means 在营',
    },
    example: '在营',
    width: 10,
  },
  {
    key: 'employees',
    header: '从业人员',
    variants: ['职工人数', '从业人数', '员工人数', '从业人员数'],
    required: false,
    format: { 'zh-CN': '人数，整数', 'en-US': 'Headcount, a whole number' },
    example: '120',
    width: 10,
  },
  {
    key: 'contactName',
    header: '联系人',
    variants: ['联系人姓名'],
    required: false,
    format: { 'zh-CN': '主要联系人姓名', 'en-US': 'Primary contact name' },
    example: '李四',
    width: 10,
  },
  {
    key: 'contactPhone',
    header: '联系电话',
    variants: ['电话', '手机', '联系方式'],
    required: false,
    format: { 'zh-CN': '手机或座机，7–20 位', 'en-US': 'Mobile or landline, 7–20 characters' },
    example: '13800000000',
    width: 14,
  },
  {
    key: 'aboveScaleIndustrialYear',
    header: '规上工业（年份）',
    variants: ['规上工业', '规上工业年份', '规模以上工业'],
    required: false,
    format: yearFormat('规上工业', 'above-scale industrial'),
    example: '2024',
    width: 14,
  },
  {
    key: 'fourAboveYear',
    header: '四上（年份）',
    variants: ['四上', '四上年份', '四上企业'],
    required: false,
    format: yearFormat('四上', '"four above"'),
    example: '2024',
    width: 12,
  },
  {
    key: 'fourAboveSector',
    header: '四上行业',
    variants: ['四上类别', '四上类型'],
    required: false,
    format: {
      'zh-CN': '填了四上年份时必填：工业 / 建筑业 / 批发零售住宿餐饮 / 服务业 / 房地产',
      'en-US': 'Required with a four-above year: 工业 / 建筑业 / 批发零售住宿餐饮 / 服务业 / 房地产',
    },
    example: '工业',
    width: 16,
  },
  {
    key: 'highTechYear',
    header: '高新技术（年份）',
    variants: ['高新技术', '高新技术企业', '高新技术年份'],
    required: false,
    format: yearFormat('高新技术企业', 'high-tech'),
    example: '2023',
    width: 14,
  },
  {
    key: 'srdiLevel',
    header: '专精特新级别',
    variants: ['专精特新', '专精特新（级别）', '专精特新等级'],
    required: false,
    format: {
      'zh-CN': '省级 / 国家级小巨人；填了级别须填年份',
      'en-US': '省级 (provincial) / 国家级小巨人 (national little giant); needs a year',
    },
    example: '省级',
    width: 14,
  },
  {
    key: 'srdiYear',
    header: '专精特新（年份）',
    variants: ['专精特新年份'],
    required: false,
    format: yearFormat('专精特新', 'SRDI'),
    example: '2024',
    width: 14,
  },
  {
    key: 'chainLeaderYear',
    header: '链主（年份）',
    variants: ['链主', '链主企业', '链主年份'],
    required: false,
    format: yearFormat('链主企业', 'chain leader'),
    example: '',
    width: 12,
  },
];

export const columnOf = (key: ColumnKey): ColumnSpec => {
  const spec = COLUMNS.find((c) => c.key === key);
  if (!spec) throw new Error(`unknown column ${key}`);
  return spec;
};
