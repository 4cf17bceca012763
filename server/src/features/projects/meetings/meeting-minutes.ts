import { stripForbiddenCharacters } from '@zonehub/xml-text';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import type { Action, MeetingDetail, Outcome } from './meeting.schema.js';
import { getMeetingDetail } from './meeting.service.js';
import { meetingTitle } from './meeting-view.js';

/**
 * The minutes of a meeting (会议纪要) as .docx, in zh-CN (the document the committee files): title,
 * date, time and place, the on-site enterprise (现场交办), attendees, agenda, decisions, information,
 * the new action items (事项, 责任人, 完成时限), the carried-over items still open with their age, and
 * the items closed at this meeting with their results.
 */

const FONT = 'SimSun';
/** Every run of the minutes: older text may hold U+FFFE/U+FFFF, which docx passes on and Word refuses. */
const run = (text: string, bold: boolean) => new TextRun({ text: stripForbiddenCharacters(text), bold, font: FONT });
const para = (text: string, bold = false) => new Paragraph({ children: [run(text, bold)] });
const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text, true)] });

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((c) => new TableCell({ children: [para(c, bold)] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

const numbered = (items: string[]) => items.map((text, i) => para(`${i + 1}. ${text}`));
const withProject = (o: { text: string; projectName: string | null }) =>
  o.projectName ? `【${o.projectName}】${o.text}` : o.text;
const none = () => para('无。');

/** The minutes' blocks, pure over the meeting's detail (so tests and reports can reuse it). */
export function minutesBlocks(m: MeetingDetail): (Paragraph | Table)[] {
  const byKind = (kind: Outcome['kind']) => m.outcomes.filter((o) => o.kind === kind);
  const actions = byKind('action');
  const stillOpen = m.carriedOver.filter((a) => a.closedInMeetingId !== m.id);
  const closedHere = m.carriedOver.filter((a) => a.closedInMeetingId === m.id);
  const place = [m.place, m.onSite ? '（现场交办）' : ''].join('');
  const ageWords = (a: Action) => `${a.ageWorkdays} 个工作日${a.overdue ? '（已逾期）' : ''}`;
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [run(`${meetingTitle(m.series.name, m.heldOn)} 会议纪要`, true)],
    }),
    para(`时间：${m.heldOn}${m.startsAt ? ` ${m.startsAt}` : ''}`),
    para(`地点：${place || '—'}`),
    ...(m.onSite ? [para(`现场交办企业：${m.siteEnterpriseName ?? m.place ?? '—'}`)] : []),
    para(`主持：${m.series.chairName ?? '—'}`),
    heading('参会人员'),
    m.attendees.length === 0
      ? none()
      : para(m.attendees.map((a) => (a.organization ? `${a.name}（${a.organization}）` : a.name)).join('、')),
    heading('会议议程'),
    ...(m.agenda.length === 0
      ? [none()]
      : numbered(m.agenda.map((a) => (a.projectName ? `${a.topic}（${a.projectName}）` : a.topic)))),
    ...(m.summary ? [heading('会议概述'), para(m.summary)] : []),
    heading('议定事项'),
    ...(byKind('decision').length === 0 ? [none()] : numbered(byKind('decision').map(withProject))),
    heading('通报事项'),
    ...(byKind('info').length === 0 ? [none()] : numbered(byKind('info').map(withProject))),
    heading('本次交办事项'),
    actions.length === 0
      ? none()
      : table(
          ['序号', '事项', '责任人', '完成时限'],
          actions.map((a, i) => [String(i + 1), withProject(a), a.ownerName ?? '—', a.dueOn ?? '—']),
        ),
    heading('上次会议遗留未销号事项'),
    stillOpen.length === 0
      ? none()
      : table(
          ['序号', '事项', '责任人', '完成时限', '交办日期', '已历时'],
          stillOpen.map((a, i) => [
            String(i + 1),
            withProject(a),
            a.ownerName ?? '—',
            a.dueOn ?? '—',
            a.raisedOn,
            ageWords(a),
          ]),
        ),
    heading('本次会议销号事项'),
    closedHere.length === 0
      ? none()
      : table(
          ['序号', '事项', '责任人', '办理结果', '销号日期'],
          closedHere.map((a, i) => [
            String(i + 1),
            withProject(a),
            a.ownerName ?? '—',
            a.result ?? '',
            a.closedOn ?? '',
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
  const doc = new Document({
    creator: 'ZoneHub',
    title: stripForbiddenCharacters(meetingTitle(meeting.series.name, meeting.heldOn)),
    sections: [{ children: minutesBlocks(meeting) }],
  });
  return {
    fileName: `${meetingTitle(meeting.series.name, meeting.heldOn)} 会议纪要.docx`,
    body: await Packer.toBuffer(doc),
  };
}
