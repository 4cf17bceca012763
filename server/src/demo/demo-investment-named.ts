import { seededRandom } from './demo-enterprise-generator.js';
import type { ZoneSeed } from './demo-investment.js';
import { type DemoActivity, type DemoLead, type DemoScreening, shift } from './demo-investment-rows.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (investment): the leads, visits and study trips the 长子 article names (../shared/seeds/).
 * Stated facts are used as stated (星萌冻干: 浙江同景新能源集团, signed 2022-04, work began in May, total
 * investment 25.6亿元, phase one 6.33亿元 sales, 0.7亿元 tax, 300 jobs; the three 丹朱 tenants signed;
 * four projects negotiating after April 2024's visits; three screened as feasible; the 丰台区 talks);
 * where the article is silent (exact days, investors of the smaller projects, amounts) the values
 * are made up to look real.
 */
/** What a task force follows an open lead up with, in turn, between the article's visits and today. */
const FOLLOW_UPS = ['电话跟进项目推进情况', '对接项目用地及手续办理', '了解投资方决策进展', '沟通项目落地条件'];

type Named = Omit<DemoLead, 'key' | 'code' | 'taskForceId' | 'methodId' | 'ownerId' | 'targetParkId'> & {
  taskForce: string;
  method: string;
  park: string | null;
};

const feasible = (decidedOn: string): DemoScreening => ({
  verdict: 'pass',
  reasons: '经环保准入研判，项目符合园区产业定位和环境准入要求，可行性较高，列入重点推进。',
  decidedBy: '环保服务所',
  decidedOn,
});

export function addNamedChangziLeads(seed: ZoneSeed): void {
  const who = (taskForce: string, i = 0) => seed.staff.get(taskForce)?.[i] ?? null;
  const names = (taskForce: string) => (seed.staff.get(taskForce) ?? []).map((s) => s.name).join('、');
  const visit = (
    taskForce: string,
    on: string,
    kind: DemoActivity['kind'],
    subject: string,
    city: string,
    counterparts: string,
  ): DemoActivity => ({
    kind,
    subject,
    happenedOn: on,
    endsOn: kind === 'outboundVisit' ? shift(on, 2) : null,
    city,
    participants: names(taskForce),
    counterparts,
    recordedBy: who(taskForce)?.id ?? null,
  });
  const named: Named[] = [];
  const add = (n: Named) => named.push(n);
  // The article stops in 2024; an open lead is worked on since, up to the demo's today.
  const random = seededRandom(20240416);
  const days = (least: number, most: number) => least + Math.floor(random() * (most - least + 1));
  const followUps = (n: Named): DemoActivity[] => {
    if (n.landed || n.dropped) return [];
    const today = seed.rows.today;
    const recent = shift(today, -days(2, 25));
    const done: DemoActivity[] = [];
    let on = [n.registeredOn, ...n.activities.map((a) => a.happenedOn)].sort().at(-1) ?? n.registeredOn;
    for (let next = shift(on, days(45, 90)); next < recent; next = shift(on, days(45, 90))) {
      on = next;
      done.push(
        visit(n.taskForce, on, 'call', FOLLOW_UPS[done.length % FOLLOW_UPS.length] ?? '', '长治市', n.investorName),
      );
    }
    if (recent > on) done.push(visit(n.taskForce, recent, 'call', '电话跟进项目最新进展', '长治市', n.investorName));
    return done;
  };
  // Codes follow registration, so they are given once every named lead is known.
  const flush = () => {
    for (const n of named.sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : 1)))
      seed.rows.addLead({
        ...n,
        activities: [...n.activities, ...followUps(n)],
        key: `named/${n.name}`,
        code: seed.nextCode(n.registeredOn.slice(0, 4)),
        taskForceId: seed.taskForceId(n.taskForce),
        methodId: seed.methodId(n.method),
        ownerId: who(n.taskForce)?.id ?? null,
        targetParkId: n.park ? seed.parkId(n.park) : null,
      });
  };

  const xm = '星萌冻干项目专班';
  add({
    name: '星萌冻干食品产业园项目',
    investorName: '浙江同景新能源集团',
    investorRegion: 'yangtzeDelta',
    investorProvince: '浙江省',
    investorCity: '杭州市',
    industryCode: '1321',
    chainName: '食品加工产业链（冻干）',
    plannedInvestmentYuan: 2_560_000_000,
    expectedOutputYuan: 633_000_000,
    expectedTaxYuan: 70_000_000,
    expectedJobs: 300,
    landDemandMu: 186.5,
    energyDemandTce: 12_000,
    sourcePerson: '招商局',
    taskForce: xm,
    method: '上门招商',
    park: 'central',
    description:
      '冷冻真空干燥食品项目，总投资25.6亿元，分三期建设；一期总投资3.2亿元，建设冻干宠物食品生产线20条，年产1万吨，年销售收入6.33亿元，年利税0.7亿元，就业300余人。2022年5月开工，2023年5月一期建成投产。',
    registeredOn: '2022-01-10',
    activities: [
      visit(xm, '2022-01-18', 'outboundVisit', '赴浙江洽谈冷冻真空干燥食品项目', '杭州市', '浙江同景新能源集团'),
      visit(xm, '2022-02-22', 'inboundVisit', '浙江同景新能源集团来长子考察选址', '长治市', '浙江同景新能源集团'),
      visit(xm, '2022-03-15', 'meeting', '项目投资协议条款洽谈', '长治市', '浙江同景新能源集团'),
      visit(xm, '2022-05-18', 'meeting', '开工前手续代办协调会', '长治市', '山西星萌科技有限公司'),
    ],
    negotiatingOn: '2022-02-25',
    signed: { on: '2022-04-16', amountYuan: 2_560_000_000, screening: feasible('2022-03-28') },
    landed: {
      on: '2022-05-20',
      enterpriseId: demoId('changzi', 'enterprise', '山西星萌科技有限公司'),
      parcelId: demoId('changzi', 'parcel', 'CZ-C-01'),
      buildingId: null,
    },
  });

  const dz = '丹朱总部经济园区专班';
  const tenants: [string, string, string, string, string, string, number, number][] = [
    ['深圳电子信息产业园', '深圳市鹏芯电子信息有限公司', 'greaterBay', '广东省', '深圳市', '3982', 500_000_000, 240],
    ['香港智能硬件', '香港智创硬件科技有限公司', 'greaterBay', '香港特别行政区', '香港', '3969', 300_000_000, 160],
    ['储能锂电池生产基地', '常州储源新能源科技有限公司', 'yangtzeDelta', '江苏省', '常州市', '3841', 800_000_000, 420],
  ];
  tenants.forEach(([name, investorName, region, province, city, industryCode, amount, jobs], i) => {
    const met = `2023-${String(9 + i).padStart(2, '0')}-1${i}`;
    add({
      name,
      investorName,
      investorRegion: region,
      investorProvince: province,
      investorCity: city,
      industryCode,
      chainName: '电子信息与新能源',
      plannedInvestmentYuan: amount,
      expectedOutputYuan: amount * 1.5,
      expectedTaxYuan: amount * 0.08,
      expectedJobs: jobs,
      landDemandMu: null,
      energyDemandTce: 2_000 + i * 1_500,
      sourcePerson: '招商局',
      taskForce: dz,
      method: i === 1 ? '以商招商' : '平台招商',
      park: 'north',
      description: `入驻丹朱总部经济园区${i + 1}号标准化厂房，厂房交付后同步装修和设备安装，计划8月完工投产。`,
      registeredOn: `2023-0${7 + i}-0${3 + i}`,
      activities: [
        visit(dz, met, 'outboundVisit', `赴${city}对接${name}项目`, city, investorName),
        visit(dz, shift(met, 30), 'inboundVisit', `${investorName}来长子考察丹朱总部经济园区`, '长治市', investorName),
        visit(dz, '2024-05-08', 'meeting', '标准化厂房交付及入驻装修对接会', '长治市', investorName),
      ],
      negotiatingOn: shift(met, 3),
      signed: { on: `2024-0${1 + i}-2${i}`, amountYuan: amount, screening: feasible(`2023-12-1${i}`) },
    });
  });

  // name, task force, investor, region/province/city, industry, planned (万元), visited on
  const negotiating: [string, string, string, string, string, number, string][] = [
    [
      '冻干薯片',
      '冻干脱水蔬菜项目专班',
      '河南豫薯食品有限公司',
      'centralChina/河南省/郑州市',
      '1371',
      12_000,
      '2024-04-12',
    ],
    [
      '银耳培育工厂',
      '食用菌项目专班',
      '通江县银珍食用菌有限公司',
      'chengyu/四川省/巴中市',
      '0142',
      8_000,
      '2024-04-18',
    ],
    [
      '青尖椒预冷干燥',
      '冻干脱水蔬菜项目专班',
      '寿光绿丰果蔬有限公司',
      'huanbohai/山东省/潍坊市',
      '1371',
      6_000,
      '2024-04-23',
    ],
    [
      '水处理环保设备生产',
      '浩诚环保项目专班',
      '宜兴清源水处理设备有限公司',
      'yangtzeDelta/江苏省/无锡市',
      '3591',
      15_000,
      '2024-04-26',
    ],
  ];
  for (const [name, taskForce, investorName, origin, industryCode, wan, visitedOn] of negotiating) {
    const [region = null, province = null, city = ''] = origin.split('/');
    const amount = wan * 10_000;
    add({
      name,
      investorName,
      investorRegion: region,
      investorProvince: province,
      investorCity: city,
      industryCode,
      chainName: taskForce === '浩诚环保项目专班' ? '节能环保产业链' : '食品加工产业链',
      plannedInvestmentYuan: amount,
      expectedOutputYuan: amount * 1.2,
      expectedTaxYuan: amount * 0.06,
      expectedJobs: Math.round(amount / 1_000_000),
      landDemandMu: Math.round(amount / 2_500_000),
      sourcePerson: '招商局',
      taskForce,
      method: taskForce === '浩诚环保项目专班' ? '以商招商' : '产业链招商',
      park: taskForce === '浩诚环保项目专班' ? 'south' : 'central',
      description: '2024年4月通过考察洽谈，有望很快落地开工。',
      registeredOn: shift(visitedOn, -45),
      activities: [
        visit(taskForce, shift(visitedOn, -30), 'call', `与${investorName}电话对接项目意向`, city, investorName),
        visit(taskForce, visitedOn, 'inboundVisit', `${investorName}来长子考察${name}项目`, '长治市', investorName),
        visit(taskForce, shift(visitedOn, 12), 'meeting', `${name}项目用地及投资强度洽谈`, '长治市', investorName),
      ],
      negotiatingOn: shift(visitedOn, 2),
    });
  }

  // name, task force, investor, region/province/city, industry, visited on, planned (万元)
  const reserve: [string, string, string, string, string, string, number][] = [
    [
      '低空经济',
      '装备制造产业链专班',
      '深圳市翼航低空科技有限公司',
      'greaterBay/广东省/深圳市',
      '3963',
      '2024-03-20',
      20_000,
    ],
    [
      '充换电站基础设施',
      '陆港综合物流园专班',
      '佛山市电驿新能源有限公司',
      'greaterBay/广东省/佛山市',
      '4419',
      '2024-03-22',
      9_000,
    ],
    [
      '食用明胶',
      '星萌冻干项目专班',
      '石家庄冀胶生物科技有限公司',
      'jingjinji/河北省/石家庄市',
      '1495',
      '2024-04-02',
      11_000,
    ],
  ];
  for (const [name, taskForce, investorName, origin, industryCode, visitedOn, wan] of reserve) {
    const [region = null, province = null, city = ''] = origin.split('/');
    add({
      name,
      investorName,
      investorRegion: region,
      investorProvince: province,
      investorCity: city,
      industryCode,
      chainName: null,
      plannedInvestmentYuan: wan * 10_000,
      sourcePerson: '招商局',
      taskForce,
      method: '上门招商',
      park: 'north',
      description: `到${city}考察收集的项目信息，经筛选可行性较高，重点推进。`,
      registeredOn: visitedOn,
      activities: [
        visit(taskForce, visitedOn, 'outboundVisit', `赴${city}考察，收集${name}项目信息`, city, investorName),
      ],
      screening: feasible(shift(visitedOn, 40)),
    });
  }

  const eq = '装备制造产业链专班';
  add({
    name: '京长合作共建园区（丰台区）',
    investorName: '北京市丰台区人民政府',
    investorRegion: 'jingjinji',
    investorProvince: '北京市',
    investorCity: '北京市',
    industryCode: null,
    chainName: null,
    plannedInvestmentYuan: 1_000_000_000,
    landDemandMu: 500,
    sourcePerson: '管委会',
    taskForce: eq,
    method: '飞地招商',
    park: 'north',
    description: '加强北京对口合作，与丰台区洽谈合作共建园区事宜。',
    registeredOn: '2024-01-16',
    activities: [
      visit(eq, '2024-02-27', 'outboundVisit', '赴北京丰台区洽谈合作共建园区', '北京市', '北京市丰台区'),
      visit(eq, '2024-04-16', 'meeting', '共建园区合作框架视频会商', '长治市', '北京市丰台区'),
    ],
    negotiatingOn: '2024-03-01',
  });

  flush();

  // Study trips of 2024 to other zones: work of a task force, but no lead.
  const trips: [string, string, string][] = [
    ['2024-03-12', '高平市', '赴高平经开区学习行政审批改革经验'],
    ['2024-03-26', '太原市', '赴山西综改示范区学习招落一体工作机制'],
    ['2024-04-09', '长治市', '赴长治高新区学习飞地招商经验'],
  ];
  for (const [on, city, subject] of trips)
    seed.rows.addActivity(seed.taskForceId(eq), null, {
      ...visit(eq, on, 'outboundVisit', subject, city, subject.slice(1, subject.indexOf('学习'))),
      notes: '学习行政审批、招落一体、飞地招商等内容。',
    });
}
