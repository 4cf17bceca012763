import type { GateItem, MoveRefusal, Stage } from '@zonehub/investment-rules';
import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';

/**
 * The words of pool moves in both languages: pool names, why a move is not a move, what a gate still
 * lacks, and the value checks. Field errors carry their message in the caller's language already
 * (the error handler localizes only title and detail).
 */
export const POOL_NAMES: Record<Locale, Record<Stage, string>> = {
  'zh-CN': { reserve: '信息储备库', negotiating: '在谈库', signed: '签约库', landed: '落地库', dropped: '终止' },
  'en-US': { reserve: 'Reserve', negotiating: 'Negotiating', signed: 'Signed', landed: 'Landed', dropped: 'Dropped' },
};

const REFUSALS: Record<Locale, Record<MoveRefusal, string>> = {
  'zh-CN': {
    sameStage: '该项目信息已在此库中',
    fromDropped: '已终止的项目信息不能再移库，只能由开发区管理员撤销终止',
    backward: '不能退回前一个库，只能由开发区管理员撤销上一次移库',
    skipsPool: '一次只能前移一个库',
  },
  'en-US': {
    sameStage: 'The lead is already in this pool',
    fromDropped: 'A dropped lead cannot move; only a zone admin can undo the drop',
    backward: 'A lead cannot move back; only a zone admin can undo the last move',
    skipsPool: 'A lead moves forward one pool at a time',
  },
};

export const refusalText = (locale: Locale, refusal: MoveRefusal) => REFUSALS[locale][refusal];

/** Where each missing item is asked for: a body field of the move, or evidence the lead must gather first. */
const GATE_FIELDS: Record<GateItem, string> = {
  meeting: 'evidence.meeting',
  signedOn: 'body.signedOn',
  signedAmount: 'body.signedAmountYuan',
  contractDocument: 'body.contractAttachmentId',
  screening: 'evidence.screening',
  screeningRejected: 'evidence.screening',
  enterprise: 'body.enterpriseId',
  site: 'body.parcelId',
  reason: 'body.reason',
};

/** Short names, listed in the problem's detail. */
const GATE_NAMES: Record<Locale, Record<GateItem, string>> = {
  'zh-CN': {
    meeting: '会谈记录',
    signedOn: '签约日期',
    signedAmount: '签约金额',
    contractDocument: '合同或协议文件',
    screening: '环保准入研判',
    screeningRejected: '通过的环保准入研判',
    enterprise: '注册企业',
    site: '落地地块或厂房',
    reason: '终止原因',
  },
  'en-US': {
    meeting: 'a meeting record',
    signedOn: 'the signing date',
    signedAmount: 'the signed amount',
    contractDocument: 'the contract or agreement document',
    screening: 'an environmental access screening',
    screeningRejected: 'a screening that is not a rejection',
    enterprise: 'the registered enterprise',
    site: 'the parcel or factory building',
    reason: 'the reason for dropping',
  },
};

/** Full sentences, one per field error. */
const GATE_MESSAGES: Record<Locale, Record<GateItem, string>> = {
  'zh-CN': {
    meeting: '至少需要一次与投资方的会谈记录（会谈、来访或外出考察）',
    signedOn: '请填写合同或协议的签约日期',
    signedAmount: '请填写签约金额（元）',
    contractDocument: '请上传并选择合同或协议文件',
    screening: '签约前须完成环保准入研判',
    screeningRejected: '环保准入研判结论为“否决”，不能签约',
    enterprise: '请关联或新建已注册的落地企业',
    site: '请选择落地的地块或厂房',
    reason: '终止须说明原因',
  },
  'en-US': {
    meeting: 'At least one meeting with the investor must be recorded (meeting, inbound or outbound visit)',
    signedOn: 'Give the date the contract or agreement was signed',
    signedAmount: 'Give the signed amount (yuan)',
    contractDocument: 'Upload and choose the contract or agreement document',
    screening: 'An environmental access screening is required before signing',
    screeningRejected: 'The environmental access screening rejected the project; it cannot be signed',
    enterprise: 'Link or create the registered enterprise that lands',
    site: 'Choose the parcel or factory building it lands on',
    reason: 'Dropping a lead needs a reason',
  },
};

export function gateParams(locale: Locale, to: Stage, missing: readonly GateItem[]) {
  const separator = locale === 'zh-CN' ? '、' : ', ';
  return { pool: POOL_NAMES[locale][to], items: missing.map((item) => GATE_NAMES[locale][item]).join(separator) };
}

export function gateFieldErrors(locale: Locale, missing: readonly GateItem[]): FieldError[] {
  return missing.map((item) => ({
    field: GATE_FIELDS[item],
    code: `gate.${item}`,
    message: GATE_MESSAGES[locale][item],
  }));
}

export type MoveValueCode =
  | 'date.future'
  | 'date.tooEarly'
  | 'date.tooLate'
  | 'date.invalid'
  | 'enterprise.exactlyOne'
  | 'attachment.unknown'
  | 'enterprise.notInZone'
  | 'park.notInZone'
  | 'parcel.notInZone'
  | 'building.notInZone'
  | 'parcel.taken'
  | 'building.areaRequired'
  | 'building.noRoom';

const VALUE_MESSAGES: Record<Locale, Record<MoveValueCode, string>> = {
  'zh-CN': {
    'date.future': '日期不能晚于今天（{today}）',
    'date.tooEarly': '日期不能早于 {earliest}',
    'date.tooLate': '日期不能晚于 {latest}',
    'enterprise.exactlyOne': '关联已有企业（enterpriseId）与新建企业（newEnterprise）只能选一项',
    'date.invalid': '不是有效日期',
    'attachment.unknown': '该附件不属于此项目信息',
    'enterprise.notInZone': '企业不属于当前开发区',
    'park.notInZone': '园区不属于当前开发区',
    'parcel.notInZone': '地块不属于当前开发区',
    'building.notInZone': '厂房不属于当前开发区',
    'parcel.taken': '该地块已供给{enterprise}，请选择未供或储备的地块',
    'building.areaRequired': '入驻厂房须填写使用面积（平方米）',
    'building.noRoom': '该厂房自 {from} 起可用面积仅 {freeM2} 平方米',
  },
  'en-US': {
    'date.future': 'The date cannot be after today ({today})',
    'date.tooEarly': 'The date cannot be before {earliest}',
    'date.tooLate': 'The date cannot be after {latest}',
    'enterprise.exactlyOne': 'Either link an enterprise (enterpriseId) or create one (newEnterprise), not both',
    'date.invalid': 'Not a valid date',
    'attachment.unknown': 'That attachment does not belong to this lead',
    'enterprise.notInZone': 'The enterprise is not in this zone',
    'park.notInZone': 'The park is not in this zone',
    'parcel.notInZone': 'The parcel is not in this zone',
    'building.notInZone': 'The factory building is not in this zone',
    'parcel.taken': 'The parcel is already supplied to {enterprise}; choose an unsupplied or reserved parcel',
    'building.areaRequired': 'Give the floor area (m²) the enterprise takes in the building',
    'building.noRoom': 'From {from} the building has only {freeM2} m² free',
  },
};

export function moveFieldError(
  locale: Locale,
  field: string,
  code: MoveValueCode,
  params: Record<string, string> = {},
): FieldError {
  const message = VALUE_MESSAGES[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? `{${key}}`);
  return { field, code, message };
}
