export const projectMeetings = {
  'menu.projects.meetings': '调度会',
  'permission.meeting.view': '查看调度会',
  'permission.meeting.manage': '召开调度会（议程、交办事项、纪要）',
};
