import type { Db } from '../../../db/database.js';
import { documentDate } from '../../../documents/document-dates.js';
import { bodyText, outline } from '../../../documents/official-blocks.js';
import { officialDocx } from '../../../documents/official-docx.js';
import { type TableColumn, table } from '../../../documents/official-table.js';
import type { AppContext, Caller } from '../../../http/context.js';
import type { Action, MeetingDetail, Outcome } from './meeting.schema.js';
import { getMeetingDetail } from './meeting.service.js';
import { meetingTitle } from './meeting-view.js';

/**
 * The minutes of a meeting (会议纪要) as .docx, in zh-CN (the document the committee files), laid out
 * by GB/T 9704 like the reports (documents/): the title with the meeting's date under it; time,
 * place, the on-site enterprise (现场交办) and the chair; then numbered sections: attendees, agenda,
 * summary, decisions, information, the new action items (事项, 责任人, 完成时限), the carried-over
 * items still open with their age, and the items closed at this meeting with their results.
 */

/** The title's parts: 星萌冻干项目周调度会 → 星萌冻干项目周调度会 纪要; 星萌周调度 → 星萌周调度 会议纪要. */
export const minutesTitle = (seriesName: string) => [seriesName, seriesName.endsWith('会') ? '纪要' : '会议纪要'];

const day = (value: string | null) => (value ? documentDate(value) : '—');
const NO: TableColumn = { header: '序号', weight: 1, align: 'center' };
const ITEM: TableColumn = { header: '事项', weight: 3 };
const OWNER: TableColumn = { header: '责任人', weight: 1 };
const dated = (header: string): TableColumn => ({ header, weight: 1, nowrap: true });

const numbered = (items: string[]) => items.map((text, i) => bodyText(`${i + 1}.${text}`));
const withProject = (o: { text: string; projectName: string | null }) =>
  o.projectName ? `【${o.projectName}】${o.text}` : o.text;
const none = () => bodyText('无。');

/** The minutes' body blocks, pure over the meeting's detail. */
export function minutesBlocks(m: MeetingDetail): string[] {
  const heading = outline();
  const byKind = (kind: Outcome['kind']) => m.outcomes.filter((o) => o.kind === kind);
  const actions = byKind('action');
  const stillOpen = m.carriedOver.filter((a) => a.closedInMeetingId !== m.id);
  const closedHere = m.carriedOver.filter((a) => a.closedInMeetingId === m.id);
  const place = [m.place, m.onSite ? '（现场交办）' : ''].join('');
  const ageWords = (a: Action) => `${a.ageWorkdays}个工作日${a.overdue ? '（已逾期）' : ''}`;
  return [
    bodyText(`时间：${documentDate(m.heldOn)}${m.startsAt ? ` ${m.startsAt}` : ''}`),
    bodyText(`地点：${place || '—'}`),
    ...(m.onSite ? [bodyText(`现场交办企业：${m.siteEnterpriseName ?? m.place ?? '—'}`)] : []),
    bodyText(`主持：${m.series.chairName ?? '—'}`),
    heading(1, '参会人员'),
    m.attendees.length === 0
      ? none()
      : bodyText(m.attendees.map((a) => (a.organization ? `${a.name}（${a.organization}）` : a.name)).join('、')),
    heading(1, '会议议程'),
    ...(m.agenda.length === 0
      ? [none()]
      : numbered(m.agenda.map((a) => (a.projectName ? `${a.topic}（${a.projectName}）` : a.topic)))),
    ...(m.summary ? [heading(1, '会议概述'), bodyText(m.summary)] : []),
    heading(1, '议定事项'),
    ...(byKind('decision').length === 0 ? [none()] : numbered(byKind('decision').map(withProject))),
    heading(1, '通报事项'),
    ...(byKind('info').length === 0 ? [none()] : numbered(byKind('info').map(withProject))),
    heading(1, '本次交办事项'),
    actions.length === 0
      ? none()
      : table(
          [NO, ITEM, OWNER, dated('完成时限')],
          actions.map((a, i) => [String(i + 1), withProject(a), a.ownerName ?? '—', day(a.dueOn)]),
        ),
    heading(1, '上次会议遗留未销号事项'),
    stillOpen.length === 0
      ? none()
      : table(
          [NO, ITEM, OWNER, dated('完成时限'), dated('交办日期'), { header: '已历时', weight: 1 }],
          stillOpen.map((a, i) => [
            String(i + 1),
            withProject(a),
            a.ownerName ?? '—',
            day(a.dueOn),
            day(a.raisedOn),
            ageWords(a),
          ]),
        ),
    heading(1, '本次会议销号事项'),
    closedHere.length === 0
      ? none()
      : table(
          [NO, ITEM, OWNER, { header: '办理结果', weight: 2 }, dated('销号日期')],
          closedHere.map((a, i) => [
            String(i + 1),
            withProject(a),
            a.ownerName ?? '—',
            a.result ?? '',
            a.closedOn ? documentDate(a.closedOn) : '',
          ]),
        ),
  ];
}

export async function meetingMinutesDocx(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  meetingId: string,
): Promise<{ fileName: string; body: Buffer }> {
  const meeting = await getMeetingDetail(ctx, db, caller, meetingId);
  const name = `${meetingTitle(meeting.series.name, meeting.heldOn)} 会议纪要`;
  const body = officialDocx({
    name,
    title: minutesTitle(meeting.series.name),
    dateLine: `（${documentDate(meeting.heldOn)}）`,
    body: minutesBlocks(meeting),
    images: [],
  });
  return { fileName: `${name}.docx`, body };
}
