import type { InvestorRegion } from '@zonehub/investment-rules';

/**
 * DEMO DATA (investment): the words generated leads are made of, per task force: the project
 * (with its GB/T 4754-2017 class, every code present in industry_codes, and the trade word of the
 * investor's name), the chain it would join and the park it targets. Also used by bench/.
 */
/** Made-up names of demo staff, three for a big task force, two for a small one. */
export const DEMO_STAFF_NAMES: Record<string, string[]> = {
  星萌冻干项目专班: ['李建华', '王晓峰', '赵丽娟'],
  丹朱总部经济园区专班: ['张志强', '刘芳', '郭宏伟'],
  川东液化天然气项目专班: ['陈国栋', '杨帆'],
  浩诚环保项目专班: ['牛建军', '申丽萍', '秦海涛'],
  山西路酒产业园专班: ['常振宇', '冯晓燕'],
  产教融合科技园专班: ['韩立新', '段文静'],
  陆港综合物流园专班: ['宋建伟', '崔敏', '贾志刚'],
  冷库冷链项目专班: ['任浩然', '武晓霞'],
  冻干脱水蔬菜项目专班: ['郝俊杰', '田雨萱', '梁振华'],
  食用菌项目专班: ['侯文斌', '薛丽红'],
  装备制造产业链专班: ['阎国强', '孟凡超', '靳晓丽'],
  美锦氢能项目专班: ['史建新', '温晓琳'],
  梗阳碳材料项目专班: ['白志勇', '乔慧敏'],
  晋煤物流铁路专用线专班: ['霍振兴', '程雅琴'],
};

export interface TaskForceVocabulary {
  chain: string;
  park: string;
  methods: string[];
  projects: [project: string, industryCode: string, trade: string][];
}

export const TASK_FORCE_VOCABULARY: Record<string, TaskForceVocabulary> = {
  星萌冻干项目专班: {
    chain: '食品加工产业链（冻干）',
    park: 'central',
    methods: ['产业链招商', '以商招商'],
    projects: [
      ['冻干宠物食品生产线', '1321', '宠物食品'],
      ['宠物零食加工', '1321', '生物科技'],
      ['冻干果蔬深加工', '1371', '食品'],
      ['食品包装材料', '2651', '包装材料'],
    ],
  },
  丹朱总部经济园区专班: {
    chain: '电子信息产业链',
    park: 'north',
    methods: ['平台招商', '以商招商', '驻点招商'],
    projects: [
      ['电子电路板制造', '3982', '电子'],
      ['智能穿戴设备组装', '3961', '智能科技'],
      ['储能电池模组', '3841', '新能源'],
      ['光电子器件', '3976', '光电'],
      ['通信设备组装', '3921', '通信技术'],
    ],
  },
  川东液化天然气项目专班: {
    chain: '清洁能源产业链',
    park: 'south',
    methods: ['产业链招商', '委托招商'],
    projects: [
      ['LNG储配站', '4511', '能源'],
      ['分布式光伏电站', '4416', '新能源'],
      ['工业气体分离', '3463', '气体'],
      ['余热供暖', '4430', '热力'],
    ],
  },
  浩诚环保项目专班: {
    chain: '节能环保产业链',
    park: 'south',
    methods: ['以商招商', '产业链招商'],
    projects: [
      ['报废汽车拆解', '4210', '再生资源'],
      ['废钢铁加工配送', '4210', '金属回收'],
      ['固废综合利用', '4220', '环保科技'],
      ['环保设备制造', '3591', '环保设备'],
      ['工业污水处理', '4620', '水务'],
    ],
  },
  山西路酒产业园专班: {
    chain: '酿酒文旅产业链',
    park: 'north',
    methods: ['乡贤招商', '展会招商'],
    projects: [
      ['白酒酿造扩产', '1512', '酒业'],
      ['酒文化旅游', '7291', '文旅'],
      ['酒类包装', '2651', '包装'],
    ],
  },
  产教融合科技园专班: {
    chain: '装备制造产业链（再制造）',
    park: 'central',
    methods: ['平台招商', '政策招商'],
    projects: [
      ['煤机再制造', '3511', '机械'],
      ['特种电机检测维修', '3811', '电机'],
      ['精密零部件加工', '3599', '精密制造'],
    ],
  },
  陆港综合物流园专班: {
    chain: '现代物流产业链',
    park: 'south',
    methods: ['驻点招商', '产业链招商', '网络招商'],
    projects: [
      ['多式联运集散中心', '5810', '物流'],
      ['公路港智能仓储', '5920', '仓储'],
      ['国际货运代理', '5821', '国际货运'],
      ['城乡快递分拨', '5436', '快递'],
    ],
  },
  冷库冷链项目专班: {
    chain: '冷链物流产业链',
    park: 'south',
    methods: ['上门招商', '以商招商'],
    projects: [
      ['农产品冷库', '5959', '冷链'],
      ['冷藏车运输', '5432', '冷链物流'],
      ['速冻食品加工', '1493', '食品'],
    ],
  },
  冻干脱水蔬菜项目专班: {
    chain: '食品加工产业链（脱水蔬菜）',
    park: 'central',
    methods: ['产业链招商', '上门招商'],
    projects: [
      ['脱水蔬菜加工', '1371', '食品'],
      ['蔬菜罐头', '1453', '罐头食品'],
      ['设施蔬菜种植基地', '0141', '农业科技'],
    ],
  },
  食用菌项目专班: {
    chain: '食用菌产业链',
    park: 'central',
    methods: ['产业链招商', '基金招商'],
    projects: [
      ['食用菌工厂化种植', '0142', '菌业'],
      ['菌菇深加工', '1372', '食品'],
    ],
  },
  装备制造产业链专班: {
    chain: '装备制造产业链',
    park: 'central',
    methods: ['产业链招商', '基金招商', '展会招商'],
    projects: [
      ['矿山机械', '3511', '重工'],
      ['金属热处理', '3360', '热处理'],
      ['铁路配件', '3719', '轨道装备'],
      ['发电机组', '3811', '动力'],
    ],
  },
  美锦氢能项目专班: {
    chain: '焦炉煤气-高纯氢-氢能汽车',
    park: 'chemical',
    methods: ['产业链招商', '以商招商'],
    projects: [
      ['燃料电池系统', '3849', '氢能'],
      ['加氢站', '4419', '氢能源'],
      ['氢能重卡改装', '3962', '新能源汽车'],
    ],
  },
  梗阳碳材料项目专班: {
    chain: '煤焦油-针状焦-碳纤维',
    park: 'new-materials',
    methods: ['产业链招商', '基金招商'],
    projects: [
      ['针状焦', '3091', '碳素'],
      ['碳纤维复合材料', '3091', '碳材料'],
      ['精细化工中间体', '2614', '化工'],
    ],
  },
  晋煤物流铁路专用线专班: {
    chain: '铁路物流',
    park: 'chemical',
    methods: ['驻点招商', '平台招商'],
    projects: [
      ['铁路专用线货运站', '5810', '物流'],
      ['危化品仓储', '5942', '仓储'],
    ],
  },
};

/** Where investors come from: the region, province and city kept on the lead. */
export const INVESTOR_ORIGINS: [InvestorRegion, string, string][] = [
  ['greaterBay', '广东省', '深圳市'],
  ['greaterBay', '广东省', '佛山市'],
  ['greaterBay', '广东省', '东莞市'],
  ['greaterBay', '广东省', '广州市'],
  ['yangtzeDelta', '江苏省', '苏州市'],
  ['yangtzeDelta', '江苏省', '无锡市'],
  ['yangtzeDelta', '浙江省', '杭州市'],
  ['yangtzeDelta', '浙江省', '宁波市'],
  ['yangtzeDelta', '上海市', '上海市'],
  ['jingjinji', '北京市', '北京市'],
  ['jingjinji', '天津市', '天津市'],
  ['jingjinji', '河北省', '石家庄市'],
  ['huanbohai', '山东省', '青岛市'],
  ['huanbohai', '山东省', '潍坊市'],
  ['huanbohai', '辽宁省', '大连市'],
  ['withinProvince', '山西省', '太原市'],
  ['withinProvince', '山西省', '长治市'],
  ['withinProvince', '山西省', '晋城市'],
  ['centralChina', '河南省', '郑州市'],
  ['centralChina', '湖北省', '武汉市'],
  ['chengyu', '四川省', '成都市'],
  ['chengyu', '重庆市', '重庆市'],
  ['west', '陕西省', '西安市'],
  ['northeast', '吉林省', '长春市'],
];

export const DROP_REASONS = [
  '投资方资金链紧张，项目暂缓',
  '投资方战略调整，放弃异地布局',
  '企业选址改至其他地区',
  '用地指标暂无法满足',
  '产品市场前景不明朗，投资方退出',
  '环保准入研判未通过',
];

export const CALL_SUBJECTS = ['电话跟进项目进展', '电话沟通用地需求', '电话对接投资意向', '微信视频沟通合作细节'];
export const MEETING_SUBJECTS = ['项目洽谈会', '投资协议条款磋商', '项目推进调度会', '用地及规划条件对接会'];
export const NOTE_SUBJECTS = ['整理项目信息，更新台账', '项目可研材料已收', '报送项目专班周调度情况'];
export const LOOSE_SUBJECTS: [kind: 'outboundVisit' | 'meeting' | 'note', subject: string][] = [
  ['outboundVisit', '外出考察，收集项目信息'],
  ['outboundVisit', '参加投资贸易洽谈会'],
  ['meeting', '专班周调度会'],
  ['meeting', '招商大比拼月度汇总会'],
  ['note', '整理四库台账'],
];
