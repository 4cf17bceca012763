export const notifications = {
  'notifications.title': '消息通知',
};
