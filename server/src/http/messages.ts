import type { ErrorCode } from './errors.js';
import type { Locale } from './locale.js';

type Messages = Record<ErrorCode, { title: string; detail: string }>;

const zhCN: Messages = {
  'validation.failed': { title: '输入有误', detail: '请求中有 {count} 处错误，请按提示修改。' },
  'request.malformedJson': { title: '请求格式错误', detail: '请求体不是合法的 JSON：{reason}' },
  'request.unsupportedMediaType': { title: '不支持的内容类型', detail: '请以 application/json 提交。' },
  'request.tooLarge': { title: '请求过大', detail: '请求体超过 {limit} 的上限。' },
  'auth.unauthenticated': { title: '未登录', detail: '请先登录。' },
  'auth.sessionExpired': { title: '会话已过期', detail: '会话已过期，请重新登录。' },
  'auth.invalidCredentials': { title: '登录失败', detail: '用户名或密码错误。' },
  'auth.locked': { title: '登录已锁定', detail: '失败次数过多，请 {minutes} 分钟后再试。' },
  'auth.slowDown': { title: '尝试过于频繁', detail: '此网络地址登录失败次数过多，请 {seconds} 秒后再试。' },
  'auth.wrongPassword': { title: '当前密码错误', detail: '当前密码不正确。' },
  'auth.forbidden': { title: '无权访问', detail: '您没有执行此操作的权限。' },
  'auth.passwordChangeRequired': { title: '需要修改密码', detail: '首次登录须先修改密码。' },
  'auth.csrfInvalid': { title: '请求校验失败', detail: '缺少或无效的 CSRF 令牌，请刷新页面后重试。' },
  'auth.inactive': { title: '账号已停用', detail: '该账号已停用，请联系管理员。' },
  notFound: { title: '未找到', detail: '未找到该{entity}。' },
  'route.notFound': { title: '未找到', detail: '没有这个接口：{method} {url}' },
  conflict: { title: '冲突', detail: '{reason}' },
  'enterprise.usccTaken': {
    title: '统一社会信用代码已存在',
    detail: '统一社会信用代码 {uscc} 已登记为企业“{name}”（{existingId}）。',
  },
  'enterprise.versionConflict': {
    title: '企业信息已被他人修改',
    detail: '“{name}”已被{by}于 {at} 修改（现为第 {version} 版），请刷新后再保存。',
  },
  'user.outsideAuthority': {
    title: '无权管理该账号',
    detail:
      '该用户还在您不管理的开发区任职，账号信息、密码、启停和角色只能由系统管理员或管理其全部开发区的管理员修改。',
  },
  'user.systemAdminOnly': { title: '仅限系统管理员', detail: '只有系统管理员可以管理系统管理员账号或授予该角色。' },
  'parcel.codeTaken': { title: '地块编号已存在', detail: '地块编号 {code} 已被地块 {existingId} 使用。' },
  'parcel.hasBuildings': {
    title: '地块上有厂房',
    detail: '地块 {code} 上有 {count} 栋标准化厂房，请先移除或改挂厂房。',
  },
  'building.codeTaken': { title: '厂房编号已存在', detail: '厂房编号 {code} 已被厂房 {existingId} 使用。' },
  'building.overOccupied': {
    title: '超出厂房面积',
    detail: '入驻面积超出可用面积：该时段空余 {freeM2} m²（建筑面积 {floorAreaM2} m²）。',
  },
  'import.notXlsx': { title: '不是 Excel 文件', detail: '请上传 .xlsx 格式的 Excel 文件（{reason}）。' },
  'import.tooLarge': { title: '文件过大', detail: '文件超过 {limit} 的上限。' },
  'import.unsafeZip': {
    title: '文件解压后过大',
    detail: '这个 .xlsx 文件解压后超过 {limit}（或包含的部件过多），为保护系统已拒绝读取；请检查文件或拆分后再上传。',
  },
  'import.tooManyRows': {
    title: '行数超过上限',
    detail: '一次最多导入 {limit} 行数据，这个文件超过了上限；请拆分成多个文件分批导入。',
  },
  'import.noHeader': {
    title: '找不到表头',
    detail: '前 {rows} 行中没有一行像表头：至少要有“统一社会信用代码”“企业名称”等列名。请用导入模板。',
  },
  'import.missingColumns': { title: '缺少必填列', detail: '表头中缺少必填列：{columns}。' },
  'import.empty': { title: '没有数据', detail: '表头下面没有任何数据行。' },
  'import.notReady': { title: '不能导入', detail: '这次导入的状态是“{status}”，只有校验通过的文件才能导入。' },
  'lead.versionConflict': {
    title: '项目信息已被他人修改',
    detail: '“{name}”已被{by}于 {at} 修改或移库（现为第 {version} 版），请刷新后再操作。',
  },
  'lead.moveRefused': { title: '不能移库', detail: '{reason}' },
  'lead.gateMissing': { title: '移库条件不足', detail: '进入“{pool}”还缺：{items}。' },
  'lead.attachmentTooLarge': { title: '附件过大', detail: '附件超过 {limit} 的上限。' },
  'lead.attachmentInUse': { title: '附件正在使用', detail: '该附件是签约移库所用的合同文件，不能删除。' },
  'lead.noMoveToUndo': { title: '没有可撤销的移库', detail: '该项目信息没有可撤销的移库记录。' },
  'investment.methodInUse': {
    title: '招商方式正在使用',
    detail: '有 {count} 条项目信息使用“{name}”，只能停用，不能删除。',
  },
  'investment.methodNameTaken': { title: '招商方式已存在', detail: '本开发区已有名为“{name}”的招商方式。' },
  'project.versionConflict': {
    title: '已被他人修改',
    detail: '“{name}”已被{by}于 {at} 修改（现为第 {version} 版），请刷新后再保存。',
  },
  'project.leadNotLanded': { title: '尚未落地', detail: '项目信息“{name}”还在“{stage}”，落地后才能转为项目。' },
  'project.leadHandedOver': { title: '已转为项目', detail: '项目信息“{name}”已转为项目 {code}。' },
  'project.dependencyCycle': { title: '前置关系成环', detail: '前置关系形成了循环：{cycle}。' },
  'meeting.versionConflict': {
    title: '已被他人修改',
    detail: '“{name}”已被{by}于 {at} 修改（现为第 {version} 版），请刷新后再保存。',
  },
  'meeting.resultRequired': { title: '请填写办理结果', detail: '交办事项“{text}”须填写办理结果才能销号。' },
  'meeting.notAnAction': { title: '不是交办事项', detail: '只有交办事项需要销号，“{text}”是{kind}。' },
  'meeting.alreadyClosed': { title: '已销号', detail: '交办事项“{text}”已于 {closedOn} 销号。' },
  'meeting.seriesHasMeetings': { title: '已有会议', detail: '“{name}”已召开 {count} 次会议，只能停用，不能删除。' },
  'enterpriseChange.decided': { title: '申请已处理', detail: '该变更申请已审核完毕，不能再修改或审核。' },
  'enterpriseChange.fileTooLarge': { title: '附件过大', detail: '附件超过 {limit} 的上限。' },
  'agency.stepRefused': { title: '不能办理这一步', detail: '事项“{name}”当前为“{state}”，不能{step}，请刷新后再试。' },
  internal: { title: '服务器内部错误', detail: '服务器出错了，请稍后再试。如需帮助，请提供请求编号 {requestId}。' },
};

const enUS: Messages = {
  'validation.failed': { title: 'Invalid input', detail: 'The request has {count} error(s); see the fields.' },
  'request.malformedJson': { title: 'Malformed request', detail: 'The request body is not valid JSON: {reason}' },
  'request.unsupportedMediaType': { title: 'Unsupported media type', detail: 'Send application/json.' },
  'request.tooLarge': { title: 'Request too large', detail: 'The request body exceeds the {limit} limit.' },
  'auth.unauthenticated': { title: 'Not signed in', detail: 'Please sign in first.' },
  'auth.sessionExpired': { title: 'Session expired', detail: 'Your session has expired; please sign in again.' },
  'auth.invalidCredentials': { title: 'Sign-in failed', detail: 'Wrong username or password.' },
  'auth.locked': { title: 'Sign-in locked', detail: 'Too many failed attempts; try again in {minutes} minutes.' },
  'auth.slowDown': {
    title: 'Too many attempts',
    detail: 'Too many failed sign-ins from this network address; try again in {seconds} seconds.',
  },
  'auth.wrongPassword': { title: 'Wrong current password', detail: 'The current password is not correct.' },
  'auth.forbidden': { title: 'Forbidden', detail: 'You are not allowed to do this.' },
  'auth.passwordChangeRequired': {
    title: 'Password change required',
    detail: 'Change your password before going on.',
  },
  'auth.csrfInvalid': {
    title: 'Request check failed',
    detail: 'Missing or invalid CSRF token; reload the page and try again.',
  },
  'auth.inactive': { title: 'Account disabled', detail: 'This account is disabled; contact an administrator.' },
  notFound: { title: 'Not found', detail: 'That {entity} was not found.' },
  'route.notFound': { title: 'Not found', detail: 'No such endpoint: {method} {url}' },
  conflict: { title: 'Conflict', detail: '{reason}' },
  'enterprise.usccTaken': {
    title: 'Credit code already registered',
    detail: 'Credit code {uscc} is already registered as "{name}" ({existingId}).',
  },
  'enterprise.versionConflict': {
    title: 'Enterprise changed by someone else',
    detail: '"{name}" was changed by {by} at {at} (now version {version}); reload before saving.',
  },
  'user.outsideAuthority': {
    title: 'Outside your authority',
    detail:
      'This user also holds a role in a zone you do not administer; only a system administrator, or an administrator of all their zones, may change the account, its password, status or roles.',
  },
  'user.systemAdminOnly': {
    title: 'System administrators only',
    detail: 'Only a system administrator may manage a system administrator account or grant that role.',
  },
  'parcel.codeTaken': {
    title: 'Parcel code taken',
    detail: 'Parcel code {code} is already used by parcel {existingId}.',
  },
  'parcel.hasBuildings': {
    title: 'Buildings stand on the parcel',
    detail: 'Parcel {code} carries {count} standard factory building(s); remove or move them first.',
  },
  'building.codeTaken': {
    title: 'Building code taken',
    detail: 'Building code {code} is already used by building {existingId}.',
  },
  'building.overOccupied': {
    title: 'Over the floor area',
    detail:
      'The occupied area would exceed the free area: {freeM2} m² free in that period (floor area {floorAreaM2} m²).',
  },
  'import.notXlsx': { title: 'Not an Excel file', detail: 'Upload an .xlsx workbook ({reason}).' },
  'import.tooLarge': { title: 'File too large', detail: 'The file exceeds the {limit} limit.' },
  'import.unsafeZip': {
    title: 'File too large unpacked',
    detail:
      'This .xlsx file unpacks to more than {limit} (or holds too many parts); it was not read. Check the file or split it.',
  },
  'import.tooManyRows': {
    title: 'Too many rows',
    detail: 'At most {limit} data rows can be imported at once; this file has more. Split it into several files.',
  },
  'import.noHeader': {
    title: 'No header row',
    detail:
      'None of the first {rows} rows looks like a header (it needs column names such as 统一社会信用代码 and 企业名称). Use the template.',
  },
  'import.missingColumns': {
    title: 'Required columns missing',
    detail: 'The header lacks required column(s): {columns}.',
  },
  'import.empty': { title: 'No data', detail: 'There are no data rows below the header.' },
  'import.notReady': {
    title: 'Cannot import',
    detail: 'This import is "{status}"; only a validated file can be imported.',
  },
  'lead.versionConflict': {
    title: 'Lead changed by someone else',
    detail: '"{name}" was changed or moved by {by} at {at} (now version {version}); reload and try again.',
  },
  'lead.moveRefused': { title: 'Move refused', detail: '{reason}' },
  'lead.gateMissing': { title: 'Evidence missing', detail: 'To enter "{pool}" the lead still needs: {items}.' },
  'lead.attachmentTooLarge': { title: 'Attachment too large', detail: 'The attachment exceeds the {limit} limit.' },
  'lead.attachmentInUse': {
    title: 'Attachment in use',
    detail: 'This attachment is the contract a signing move used; it cannot be deleted.',
  },
  'lead.noMoveToUndo': { title: 'Nothing to undo', detail: 'This lead has no move that can be undone.' },
  'investment.methodInUse': {
    title: 'Method in use',
    detail: '{count} leads use "{name}"; deactivate it instead of deleting it.',
  },
  'investment.methodNameTaken': {
    title: 'Method name taken',
    detail: 'This zone already has a promotion method named "{name}".',
  },
  'project.versionConflict': {
    title: 'Changed by someone else',
    detail: '"{name}" was changed by {by} at {at} (now version {version}); reload before saving.',
  },
  'project.leadNotLanded': {
    title: 'Not landed yet',
    detail: 'The lead "{name}" is still in "{stage}"; only a landed lead becomes a project.',
  },
  'project.leadHandedOver': { title: 'Already a project', detail: 'The lead "{name}" is already project {code}.' },
  'project.dependencyCycle': { title: 'Dependency cycle', detail: 'The predecessors form a cycle: {cycle}.' },
  'meeting.versionConflict': {
    title: 'Changed by someone else',
    detail: '"{name}" was changed by {by} at {at} (now version {version}); reload before saving.',
  },
  'meeting.resultRequired': {
    title: 'Result required',
    detail: 'The action item "{text}" closes only with a recorded result.',
  },
  'meeting.notAnAction': { title: 'Not an action item', detail: 'Only action items are closed; "{text}" is a {kind}.' },
  'meeting.alreadyClosed': { title: 'Already closed', detail: 'The action item "{text}" was closed on {closedOn}.' },
  'meeting.seriesHasMeetings': {
    title: 'Series has meetings',
    detail: '"{name}" has held {count} meetings; deactivate it instead of deleting it.',
  },
  'enterpriseChange.decided': {
    title: 'Already decided',
    detail: 'This change request has been decided; it can no longer be changed or reviewed.',
  },
  'enterpriseChange.fileTooLarge': { title: 'File too large', detail: 'The file exceeds the {limit} limit.' },
  'agency.stepRefused': {
    title: 'Step not possible',
    detail: 'The item "{name}" is {state}; it cannot be {step} now. Reload and try again.',
  },
  internal: {
    title: 'Internal server error',
    detail: 'Something went wrong on our side. Quote request id {requestId} when asking for help.',
  },
};

const ENTITY_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    user: '用户',
    zone: '开发区',
    park: '园区',
    orgUnit: '组织机构',
    enterprise: '企业',
    parcel: '地块',
    factoryBuilding: '标准化厂房',
    occupancy: '入驻记录',
    session: '会话',
    investmentMethod: '招商方式',
    notification: '消息',
    instruction: '批示',
    milestone: '节点',
    meetingOutcome: '交办事项',
    changeRequest: '变更申请',
    file: '附件',
  },
  'en-US': {
    investmentMethod: 'promotion method',
    changeRequest: 'change request',
    meetingOutcome: 'action item',
  },
};

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function problemText(
  locale: Locale,
  code: ErrorCode,
  params: Record<string, string | number>,
): { title: string; detail: string } {
  const table = locale === 'en-US' ? enUS : zhCN;
  const message = table[code];
  const entity = typeof params.entity === 'string' ? (ENTITY_NAMES[locale][params.entity] ?? params.entity) : '';
  const values = { ...params, entity };
  return { title: message.title, detail: fill(message.detail, values) };
}
