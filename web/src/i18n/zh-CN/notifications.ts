export const notifications = {
  'notifications.title': '消息通知',
  'notifications.bell': '消息',
  'notifications.latest': '最新消息',
  'notifications.all': '全部消息',
  'notifications.readAll': '全部已读',
  'notifications.readAllDone': '已将 {{count}} 条消息标为已读',
  'notifications.empty': '暂无消息',
  'notifications.emptyUnread': '没有未读消息',
  'notifications.filter.all': '全部',
  'notifications.filter.unread': '未读',
  'notifications.unread': '未读',
  'notifications.total': '共 {{total}} 条',
  'notifications.kind.milestoneDueSoon':
    '{{projectName}}：节点“{{itemName}}”将于 {{dueOn}} 到期，剩余 {{days}} 个工作日',
  'notifications.kind.milestoneOverdue':
    '{{projectName}}：节点“{{itemName}}”已逾期 {{days}} 个工作日（应于 {{dueOn}} 完成）',
  'notifications.kind.milestoneEscalated':
    '督办：您包联的{{projectName}}，节点“{{itemName}}”已逾期 {{days}} 个工作日（应于 {{dueOn}} 完成），负责人 {{ownerName}}',
  'notifications.kind.milestoneEscalated.noOwner':
    '督办：您包联的{{projectName}}，节点“{{itemName}}”已逾期 {{days}} 个工作日（应于 {{dueOn}} 完成），尚无负责人',
  'notifications.kind.actionAssigned': '{{meetingTitle}} 交办您：“{{itemName}}”，请于 {{dueOn}} 前完成',
  'notifications.kind.actionAssigned.noDue': '{{meetingTitle}} 交办您：“{{itemName}}”',
  'notifications.kind.actionDueSoon':
    '{{meetingTitle}} 交办的“{{itemName}}”将于 {{dueOn}} 到期，剩余 {{days}} 个工作日',
  'notifications.kind.actionOverdue':
    '{{meetingTitle}} 交办的“{{itemName}}”已逾期 {{days}} 个工作日（应于 {{dueOn}} 完成）',
  'notifications.label.milestoneDueSoon': '即将到期',
  'notifications.label.milestoneOverdue': '已逾期',
  'notifications.label.milestoneEscalated': '督办',
  'notifications.label.actionAssigned': '新交办',
  'notifications.label.actionDueSoon': '交办将到期',
  'notifications.label.actionOverdue': '交办逾期',
  'notifications.kind.accountLocked':
    '账号“{{displayName}}”（{{username}}）连续登录失败 {{attempts}} 次，已锁定 {{minutes}} 分钟，请核实是否有人尝试盗用',
  'notifications.label.accountLocked': '账号锁定',
};
